// The same on the bundled dataset, with its dictionary.
import { agencyLoad, buildResponsibilityGraph, parseTable } from '@fengong/core';
import { hunanGba2020 } from '@fengong/core/datasets';
globalThis.result = agencyLoad(buildResponsibilityGraph(parseTable(hunanGba2020.text), { dictionary: hunanGba2020.dictionary }));

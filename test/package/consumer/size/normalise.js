// Load plus name normalisation (aliases, traditional → simplified with OpenCC).
import { agencyLoad, buildResponsibilityGraph, normaliseTable, parseTable } from '@fengong/core';
globalThis.result = agencyLoad(buildResponsibilityGraph(normaliseTable(parseTable(globalThis.text))));

// Parse a table, build the graph, rank by load.
import { agencyLoad, buildResponsibilityGraph, parseTable } from '@fengong/core';
globalThis.result = agencyLoad(buildResponsibilityGraph(parseTable(globalThis.text)));

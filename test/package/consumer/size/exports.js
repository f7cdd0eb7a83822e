// Load plus the four exporters.
import { buildResponsibilityGraph, parseTable, toGexf, toGraphml, toGraphologyJson, toNeo4jCsv } from '@fengong/core';
const graph = buildResponsibilityGraph(parseTable(globalThis.text));
globalThis.result = [toGexf, toGraphml, toGraphologyJson, toNeo4jCsv].map((f) => f(graph));

// The full analysis (every metric, communities, projection).
import { analyze, buildResponsibilityGraph, parseTable } from '@fengong/core';
globalThis.result = analyze(buildResponsibilityGraph(parseTable(globalThis.text)));

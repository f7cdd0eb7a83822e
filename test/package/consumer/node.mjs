// A new user's first script: import the installed packages and use them in Node.
import { agencyLoad, analyze, buildResponsibilityGraph, parseTable, toGexf, toGraphml, toGraphologyJson, toNeo4jCsv } from '@fengong/core';
import { datasets, hunanGba2020 } from '@fengong/core/datasets';
import { EXIT } from '@fengong/cli';

const graph = buildResponsibilityGraph(parseTable(hunanGba2020.text, { file: hunanGba2020.file }), { dictionary: hunanGba2020.dictionary });
const [top] = agencyLoad(graph, { by: 'lead', excludeCollective: true });
const report = analyze(graph, { excludeCollective: true });
console.log(
  JSON.stringify({
    datasets: Object.keys(datasets),
    order: graph.order,
    top: top?.agency,
    communities: report.network.communities,
    gexf: toGexf(graph).startsWith('<?xml'),
    graphml: toGraphml(graph).includes('<graphml'),
    json: toGraphologyJson(graph).nodes.length,
    neo4j: toNeo4jCsv(graph).agencies.split('\n')[0],
    exit: EXIT,
  }),
);

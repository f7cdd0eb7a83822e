// Type-checked in the installed project: the published declarations resolve and carry real types.
import { agencyLoad, buildResponsibilityGraph, parseTable, toGexf, type AgencyLoad, type ResponsibilityGraph } from '@fengong/core';
import { hunanGba2020, type Dataset } from '@fengong/core/datasets';
import { main, type Output } from '@fengong/cli';

const dataset: Dataset = hunanGba2020;
const graph: ResponsibilityGraph = buildResponsibilityGraph(parseTable(dataset.text), { dictionary: dataset.dictionary });
const rows: AgencyLoad[] = agencyLoad(graph, { by: 'lead' });
const name: string | undefined = rows[0]?.agency;
// @ts-expect-error `by` takes a load key
agencyLoad(graph, { by: 'nonsense' });
// @ts-expect-error a graph, not a table
toGexf(dataset);
const attributes = graph.getNodeAttributes('agency:省发展改革委');
const part: 'agency' | 'task' = attributes.part;
const quiet: Output = { out: () => undefined, err: () => undefined };
const code: Promise<number> = main(['rank'], quiet);
export { code, name, part };

// Writers: records as CSV, and the graph for other tools (Gephi, Cytoscape, graphology, Neo4j, UCINET, Pajek).
export { toCsv } from './csv.js';
export { toGexf, type GexfOptions } from './gexf.js';
export { toGraphml } from './graphml.js';
export { toGraphologyJson } from './graphology-json.js';
export {
  toNeo4jCsv,
  neo4jImportCommand,
  NEO4J_FILES,
  NEO4J_RELATIONSHIP,
  type Neo4jCsv,
  type Neo4jOptions,
} from './neo4j.js';
export { toPajek, type PajekOptions } from './pajek.js';
export { toUcinetDl, type UcinetDlOptions } from './ucinet-dl.js';
export { NETWORK_MODES, quotedLabel, type NetworkMode } from './network-lists.js';

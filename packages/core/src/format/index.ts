// Writers: records as CSV, and the graph for other tools (Gephi, Cytoscape, graphology, Neo4j).
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

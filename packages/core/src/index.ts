// @fengong/core: responsibility-division tables → a graphology bipartite graph → agency load.
export type {
  Diagnostic,
  DiagnosticCode,
  Layout,
  ResponsibilityTable,
  Role,
  TaskRecord,
  UnitMention,
} from './types.js';
export {
  parseTable,
  parseWordTable,
  splitUnits,
  columnRole,
  formatDiagnostic,
  TableParseError,
  DUTY_CLAUSE,
  HEADER_NAMES,
  type ParseTableOptions,
  type ParseOptions,
  type SplitUnits,
  type ColumnRole,
} from './parse/index.js';
export { isCollectiveName } from './collective.js';
export {
  indexDictionary,
  type AgencyEntry,
  type AgencyKind,
  type CategoryEntry,
  type Dictionary,
  type TaskEntry,
} from './dictionary.js';
export { buildResponsibilityGraph, agencyKey, taskKey, type BuildOptions } from './graph/build.js';
export type {
  AgencyNodeAttributes,
  ExcludedUnit,
  Part,
  ResponsibilityEdgeAttributes,
  ResponsibilityGraph,
  ResponsibilityGraphAttributes,
  ResponsibilityNodeAttributes,
  TaskNodeAttributes,
} from './graph/types.js';
export { agencyLoad, LOAD_KEYS, type AgencyLoad, type LoadKey, type LoadOptions } from './load.js';
export { toCsv } from './format/csv.js';

// @fengong/core: responsibility-division tables → a graphology bipartite graph → agency load.
/**
 * Parse responsibility-division tables (重点任务责任分工), build the bipartite agency–task graph,
 * measure load, centralities and co-responsibility, and export to GEXF, GraphML, graphology JSON
 * and Neo4j CSV.
 * @module @fengong/core
 */
export type {
  Diagnostic,
  DiagnosticCode,
  Layout,
  FileFormat,
  LeadSource,
  ResponsibilityTable,
  Role,
  TaskRecord,
  UnitMention,
} from './types.js';
export {
  parseTable,
  parseWordTable,
  parseProse,
  parseDelimited,
  parseMarkdown,
  parseJsonTable,
  tableToJson,
  detectLayout,
  LAYOUTS,
  MAX_INPUT_SIZE,
  parseFile,
  detectFormat,
  decodeText,
  parseXlsx,
  parseDocx,
  parseLineCells,
  TABLE_JSON_FORMAT,
  parseUnitPhrase,
  parseTaskNumber,
  numberedLine,
  chineseNumeral,
  columnRole,
  formatDiagnostic,
  TableParseError,
  DUTY_CLAUSE,
  OFFICIAL_LABELS,
  HEADER_NAMES,
  type ParseTableOptions,
  type ParseFileOptions,
  type ReadPdfOptions,
  type PdfAssetLoaders,
  type PdfEngineOptions,
  type ParseOptions,
  type LeadConvention,
  type PhraseUnit,
  type UnitPhrase,
  type NumberedLine,
  type ColumnRole,
} from './parse/index.js';
export { isCollectiveName } from './collective.js';
export { largest, smallest } from './largest.js';
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
export {
  toCsv,
  toGexf,
  toGraphml,
  toGraphologyJson,
  toNeo4jCsv,
  neo4jImportCommand,
  NEO4J_FILES,
  NEO4J_RELATIONSHIP,
  toPajek,
  toUcinetDl,
  quotedLabel,
  NETWORK_MODES,
  type GexfOptions,
  type Neo4jCsv,
  type Neo4jOptions,
  type NetworkMode,
  type PajekOptions,
  type UcinetDlOptions,
} from './format/index.js';
export { compact, compactTable, withoutCollective, type CompactGraph } from './graph/compact.js';
export { nodeMetric, type MetricOptions, type NodeMetric } from './metrics/metric.js';
export { degreeCentrality } from './metrics/centrality/degree.js';
export { betweenness, maxBipartiteBetweenness, type BetweennessOptions } from './metrics/centrality/betweenness.js';
export type { BetweennessChoice, BetweennessSetting } from './metrics/centrality/betweenness-plan.js';
export { EXACT_CLOSENESS_WORK, DEFAULT_CLOSENESS_PIVOTS, type ClosenessChoice, type ClosenessSetting } from './metrics/centrality/closeness-plan.js';
export { closeness, type ClosenessOptions } from './metrics/centrality/closeness.js';
export { pagerank, type PageRankOptions } from './metrics/centrality/pagerank.js';
export { eigenvector, EigenvectorConvergenceError, eigenvectorIterationCap, EIGENVECTOR_WORK, type EigenvectorOptions } from './metrics/centrality/eigenvector.js';
export { latapyClustering, type LatapyOptions } from './metrics/node/latapy-clustering.js';
export { redundancy } from './metrics/node/redundancy.js';
export { roleLoad, type RoleLoad, type RoleLoadOptions } from './metrics/role-load.js';
export {
  projection,
  pairCounts,
  pairWeights,
  pairPValues,
  type PairCounts,
  type PairWeight,
  type ProjectionEdgeAttributes,
  type ProjectionGraph,
  type ProjectionNodeAttributes,
  type ProjectionOptions,
} from './projection/projection.js';
export { hypergeometricUpperTail, benjaminiHochberg } from './projection/hypergeometric.js';
export { leadNetwork, type LeadEdgeAttributes, type LeadNetwork } from './projection/lead-network.js';
export { agencyCommunities, type Communities, type CommunityOptions } from './structure/communities.js';
export { louvainCsr, modularity, type LouvainResult, type WeightedCsr } from './structure/louvain.js';
export { barberModularity, extendPartitionToTasks } from './structure/modularity.js';
export { moduleRoles, type ModuleRole } from './structure/roles-in-modules.js';
export {
  structuralHoles,
  type StructuralHoles,
  type StructuralHolesOptions,
} from './structure/structural-holes.js';
export { structuralHolesCsr, type StructuralHolesArrays } from './kernels/structural-holes.js';
export {
  agencyCoreness,
  twoModeCoreness,
  twoModeCore,
  type CoreOptions,
  type TwoModeCore,
  type TwoModeCoreOptions,
} from './structure/cores.js';
export { coreNumbers, type Adjacency } from './kernels/cores.js';
export { networkMeasures, gini, type NetworkMeasures } from './structure/network.js';
export type { Nodf } from './structure/nodf.js';
export { removeAgency, type RemovalImpact, type RankChange } from './structure/what-if.js';
export {
  analyze,
  analyzeTable,
  type AgencyReport,
  type AnalysisReport,
  type AnalyzeOptions,
  type CommunityBlocks,
  type PairReport,
  type TaskReport,
} from './report/analyze.js';
export {
  normaliseTable,
  cleanCharacters,
  type NameChange,
  type NameChangeReason,
  type NormaliseOptions,
  type NormalisedTable,
} from './normalise/index.js';
export { SUFFIX_ALIASES, EXACT_ALIASES } from './normalise/aliases.js';
export { accountFor, type Accounting } from './report/accounting.js';
export {
  comparePlans,
  type AgencyAcross,
  type AgencyInPlan,
  type ComparedPlan,
  type CompareOptions,
  type PairChange,
  type PlanComparison,
  type PlanInput,
  type PlanStep,
} from './compare/compare-plans.js';
export type { PlanNetwork } from './compare/plan-profile.js';
export { planDate, isPlanDate, type PlanDate } from './compare/plan-date.js';
export { spearman, kendallTauB, pearson, averageRanks } from './compare/rank-correlation.js';
export { placeRole, type PlaceRole } from './compare/place-role.js';
export {
  applyIdentity,
  type IdentityChange,
  type IdentityOptions,
  type SameRole,
  type UserIdentityRule,
} from './compare/identity.js';
export {
  REFORM_RULES,
  REFORM_SOURCES,
  type IdentityRule,
  type ReformLevel,
  type ReformSource,
  type ReformSourceKey,
} from './compare/reforms.js';
export { parseIdentityTable } from './compare/identity-table.js';
export {
  qapCorrelation,
  mrqap,
  type Mrqap,
  type MrqapCoefficient,
  type PermutationTest,
  type QapCorrelation,
  type QapOptions,
  type SquareMatrix,
} from './compare/qap.js';
export { leastSquares, type LeastSquares } from './compare/least-squares.js';
export {
  corePeriphery,
  twoModeCorePeriphery,
  type CorePeriphery,
  type CorePeripheryOptions,
} from './structure/core-periphery.js';
export { continuousCoreness, type CellModel, type ContinuousCoreness } from './kernels/core-periphery.js';
export { discreteCorePeriphery, type DiscreteCorePeriphery } from './kernels/core-periphery-discrete.js';
export { categoryBlocks, type CategoryBlock, type CategoryBlocks, type CategoryGroup } from './structure/category-blocks.js';
export {
  twoModeCentralisation,
  twoModeCentralisationMaxima,
  type ModeCentralisation,
  type TwoModeCentralisation,
} from './structure/two-mode-centralisation.js';
export {
  partitionBlocks,
  type BlockBetween,
  type BlockGroup,
  type BlockPartition,
  type GroupLabel,
  type PartitionBlocks,
  type PartitionBlocksOptions,
} from './structure/partition-blocks.js';
export { brokerage, BROKERAGE_GROUPINGS, type BrokerageGrouping, type BrokerageOptions, type BrokerageRoles } from './structure/brokerage.js';
export { brokerageCounts, type BrokerageArrays, type Digraph } from './kernels/brokerage.js';
export { sdsmBackbone, sdsmPairTests, sdsmPValues, SDSM_EXACT_VARIANCE, type BackboneEdgeAttributes, type SdsmBackboneOptions, type SdsmPairTest, type SdsmPValues } from './projection/sdsm.js';
export { fitBicm, type BicmFit } from './kernels/bicm.js';
export {
  normalUpperTail,
  poissonBinomialMoments,
  poissonBinomialTails,
  poissonBinomialUpperRna,
  tailAt,
  type BernoulliGroups,
  type UpperTails,
} from './kernels/poisson-binomial.js';
export { robustness, REMOVAL_STRATEGIES, type RemovalStrategy, type Robustness, type RobustnessOptions } from './structure/robustness.js';
export { attackCurves, areaUnder, type AttackCurves } from './kernels/robustness.js';

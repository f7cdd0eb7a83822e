// Which fields of core's AgencyReport the CLI sorts by and writes as columns.
import type { AgencyReport } from '@fengong/core';

/** Role-aware load, centralities, clustering and projection metrics, in report order. */
const METRICS = [
  'leadShare',
  'weightedLoad',
  'credit',
  'coordinationBurden',
  'coordinated',
  'entropy',
  'specialisation',
  'degreeCentrality',
  'betweenness',
  'closeness',
  'pagerank',
  'eigenvector',
  'latapyClustering',
  'redundancy',
  'strength',
  'partners',
] as const satisfies readonly (keyof AgencyReport)[];

/** Guimerà–Amaral roles in the community structure. */
const MODULE_METRICS = ['participation', 'withinModuleZ'] as const satisfies readonly (keyof AgencyReport)[];

/** Burt's structural holes on the agency projection (weighted by shared tasks, then unweighted) and cores. */
const HOLE_AND_CORE_METRICS = [
  'effectiveSize',
  'efficiency',
  'constraint',
  'hierarchy',
  'effectiveSizeUnweighted',
  'efficiencyUnweighted',
  'constraintUnweighted',
  'hierarchyUnweighted',
  'coreness',
  'twoModeCoreness',
] as const satisfies readonly (keyof AgencyReport)[];

/** Borgatti & Everett's continuous coreness, on the projection and on the agency–task matrix. */
const CORE_PERIPHERY_METRICS = ['continuousCoreness', 'continuousCorenessTwoMode'] as const satisfies readonly (keyof AgencyReport)[];

/** Gould & Fernandez brokerage role counts on the lead → co network, then their total. */
const BROKERAGE_METRICS = ['coordinator', 'consultant', 'gatekeeper', 'representative', 'liaison', 'brokerage'] as const satisfies readonly (keyof AgencyReport)[];

/** Ties in the SDSM backbone. */
const BACKBONE_METRICS = ['backboneDegree'] as const satisfies readonly (keyof AgencyReport)[];

/**
 * Agency metrics of `analyze()` that `rank --by` accepts besides the load keys (tasks, lead, co,
 * categories, share), each sorted descending. `community` is a label, not a metric, so it is not here.
 */
export const REPORT_METRICS = [...METRICS, ...MODULE_METRICS, ...HOLE_AND_CORE_METRICS, ...CORE_PERIPHERY_METRICS, ...BROKERAGE_METRICS, ...BACKBONE_METRICS] as const;
export type ReportMetric = (typeof REPORT_METRICS)[number];

/**
 * Columns of `analyze --format csv`, in order: identity, load, role-aware load, centralities,
 * clustering, projection, communities, structural holes and cores, core–periphery, brokerage, backbone. Every numeric field of
 * AgencyReport is here (checked below at compile time, so a metric added to core cannot be
 * silently left out).
 */
export const AGENCY_COLUMNS = [
  'rank',
  'agency',
  'nameEn',
  'collective',
  'tasks',
  'lead',
  'co',
  'responsible',
  'share',
  'categories',
  'mainCategory',
  ...METRICS,
  'community',
  ...MODULE_METRICS,
  ...HOLE_AND_CORE_METRICS,
  ...CORE_PERIPHERY_METRICS,
  'core',
  'coreTwoMode',
  ...BROKERAGE_METRICS,
  ...BACKBONE_METRICS,
] as const satisfies readonly (keyof AgencyReport)[];

type NumericField = { [K in keyof AgencyReport]: AgencyReport[K] extends number ? K : never }[keyof AgencyReport];
type Missing = Exclude<NumericField, (typeof AGENCY_COLUMNS)[number]>;
/** Fails to compile, naming the field, when a numeric AgencyReport field is missing from AGENCY_COLUMNS. */
export const allNumericFieldsListed: [Missing] extends [never] ? true : Missing = true;

// The URL holds the state: a copied link reproduces the view. Defaults are left out of the URL.
import { isMetricKey } from './metrics/catalog.js';
import { DEFAULT_STATE, PAIR_WEIGHTS, type ColorBy, type LayoutName, type Lang, type MatrixOrderName, type PairWeight, type State } from './state.js';
import type { ViewName } from './types.js';

/** Query parameters, and the state field each one holds. */
export const URL_PARAMS = {
  view: 'view',
  layout: 'layout',
  colorBy: 'color',
  sizeBy: 'size',
  weight: 'weight',
  minWeight: 'min',
  backboneOnly: 'backbone',
  hiddenCategories: 'hide',
  leadOnly: 'lead',
  hideCollective: 'nocoll',
  selected: 'sel',
  sortBy: 'sort',
  sortAscending: 'asc',
  lang: 'lang',
  matrixOrder: 'order',
} as const satisfies Partial<Record<keyof State, string>>;

/** Table to open instead of the bundled one: a same-origin URL (see `fengong view`). */
export const SRC_PARAM = 'src';

/**
 * Name of the table the user opened from their own machine. A link cannot carry the file itself;
 * this says which one it was, so that the page opening the link elsewhere can say so (and a reload
 * here knows the kept table is the one meant).
 */
export const FILE_PARAM = 'file';

/**
 * The query string `search` with the shown table's source: `file` = the name of a table read on
 * this machine (and no `src`: a reload must not fetch the server's table over it), or neither
 * `file` nor a stale name when `file` is null (the bundled plan, or a `src` table, which keeps `src`).
 */
export function withLocalFile(search: string, file: string | null): string {
  const p = new URLSearchParams(search);
  p.delete(FILE_PARAM);
  if (file !== null) {
    p.delete(SRC_PARAM);
    p.set(FILE_PARAM, file);
  }
  const query = p.toString();
  return query === '' ? '' : `?${query}`;
}

const VIEWS: readonly ViewName[] = ['bipartite', 'projection', 'lead', 'matrix'];
const LAYOUTS: readonly LayoutName[] = ['force', 'columns'];
const COLORS: readonly ColorBy[] = ['category', 'community'];
const LANGS: readonly Lang[] = ['zh', 'en'];
const MATRIX_ORDERS: readonly MatrixOrderName[] = ['blocks', 'core'];

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((v) => v === value);
}

/** The state a query string asks for; unknown or malformed values are ignored. */
export function readUrlState(search: string): Partial<State> {
  const p = new URLSearchParams(search);
  const out: Partial<State> = {};
  const view = oneOf(VIEWS, p.get(URL_PARAMS.view));
  if (view !== undefined) out.view = view;
  const layout = oneOf(LAYOUTS, p.get(URL_PARAMS.layout));
  if (layout !== undefined) out.layout = layout;
  const colorBy = oneOf(COLORS, p.get(URL_PARAMS.colorBy));
  if (colorBy !== undefined) out.colorBy = colorBy;
  const weight = oneOf<PairWeight>(PAIR_WEIGHTS, p.get(URL_PARAMS.weight));
  if (weight !== undefined) out.weight = weight;
  const lang = oneOf(LANGS, p.get(URL_PARAMS.lang));
  if (lang !== undefined) out.lang = lang;
  const matrixOrder = oneOf(MATRIX_ORDERS, p.get(URL_PARAMS.matrixOrder));
  if (matrixOrder !== undefined) out.matrixOrder = matrixOrder;
  const size = p.get(URL_PARAMS.sizeBy);
  if (size !== null && isMetricKey(size)) out.sizeBy = size;
  const sort = p.get(URL_PARAMS.sortBy);
  if (sort !== null && isMetricKey(sort)) out.sortBy = sort;
  const min = Number(p.get(URL_PARAMS.minWeight));
  if (p.has(URL_PARAMS.minWeight) && Number.isFinite(min) && min >= 0) out.minWeight = min;
  const hidden = p.getAll(URL_PARAMS.hiddenCategories);
  if (hidden.length > 0) out.hiddenCategories = new Set(hidden);
  if (p.get(URL_PARAMS.leadOnly) === '1') out.leadOnly = true;
  if (p.get(URL_PARAMS.backboneOnly) === '1') out.backboneOnly = true;
  if (p.get(URL_PARAMS.hideCollective) === '1') out.hideCollective = true;
  if (p.get(URL_PARAMS.sortAscending) === '1') out.sortAscending = true;
  const selected = p.get(URL_PARAMS.selected);
  if (selected !== null && selected !== '') out.selected = selected;
  return out;
}

/** The query string of a state, keeping `src` (and any parameter the viewer does not own). */
export function writeUrlState(state: Readonly<State>, search: string): string {
  const p = new URLSearchParams(search);
  for (const name of Object.values(URL_PARAMS)) p.delete(name);
  const put = <K extends keyof typeof URL_PARAMS>(key: K, value: string): void => {
    if (state[key] !== DEFAULT_STATE[key]) p.set(URL_PARAMS[key], value);
  };
  put('view', state.view);
  put('layout', state.layout);
  put('colorBy', state.colorBy);
  put('sizeBy', state.sizeBy);
  put('weight', state.weight);
  put('minWeight', String(state.minWeight));
  for (const category of state.hiddenCategories) p.append(URL_PARAMS.hiddenCategories, category);
  put('leadOnly', '1');
  put('backboneOnly', '1');
  put('hideCollective', '1');
  if (state.selected !== null) p.set(URL_PARAMS.selected, state.selected);
  put('sortBy', state.sortBy);
  put('sortAscending', '1');
  put('lang', state.lang);
  put('matrixOrder', state.matrixOrder);
  const query = p.toString();
  return query === '' ? '' : `?${query}`;
}

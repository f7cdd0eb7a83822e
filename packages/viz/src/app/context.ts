// What the interface components share: the state store, the open table, its metrics, the actions.
import type { AgencyMetrics } from '../metrics/agency-metrics.js';
import type { Network } from '../network.js';
import type { Renderer } from '../renderer.js';
import type { SearchIndex } from '../search/search-index.js';
import type { State } from '../state.js';
import type { Store } from '../store.js';
import type { Actions } from './actions.js';

/** Events other than state changes: a new table, new metrics, layout progress. */
export interface AppEvents {
  /** A table was opened (also fired once at start). */
  network: Network;
  /** A metric (or communities) arrived, or the metrics were restarted. */
  metrics: AgencyMetrics;
  /** The current view's layout started or finished. */
  layout: 'running' | 'done';
  /** Pinyin forms were added to the search index. */
  pinyin: SearchIndex;
}

export class Emitter<E extends object> {
  private readonly listeners = new Map<keyof E, Set<(value: never) => void>>();

  on<K extends keyof E>(name: K, listener: (value: E[K]) => void): () => void {
    let set = this.listeners.get(name);
    if (set === undefined) this.listeners.set(name, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  emit<K extends keyof E>(name: K, value: E[K]): void {
    for (const listener of this.listeners.get(name) ?? []) (listener as (value: E[K]) => void)(value);
  }
}

export interface AppContext {
  readonly store: Store<State>;
  readonly events: Emitter<AppEvents>;
  readonly actions: Actions;
  /** The open table, whole. */
  network(): Network;
  /** What the filters leave of it: views, metrics, counts, ranking and details describe this. */
  visible(): Network;
  metrics(): AgencyMetrics;
  search(): SearchIndex;
  renderer(): Renderer;
  /** Category → colour of the open table. */
  categoryColors(): ReadonlyMap<string, string>;
}

// Several plans opened at once (issue 15): the list, the one shown, and their comparison.
import type { PlanComparison, ResponsibilityTable } from '@fengong/core';
import type { Network } from '../network.js';
import { comparePlanOrder, planOrderDate, type PlanOrderDate } from './plan-order.js';

export interface Plan {
  /** The file name without its extension: distinct among the plans. */
  label: string;
  file: string;
  network: Network;
  table: ResponsibilityTable;
  /** The date the plans are ordered by (from the document, else the file name); found by {@link Plans.set} when absent. */
  date?: PlanOrderDate | undefined;
}

type Listener = () => void;

/**
 * The opened plans in time order (by the date in each document, else a date-like file name such
 * as 2017.docx; undated plans last, in file-name order), which one is shown, and core's
 * comparison of them (computed once, lazily).
 */
export class Plans {
  private list: Plan[] = [];
  private shown = 0;
  private comparison: Promise<PlanComparison> | undefined;
  private readonly listeners = new Set<Listener>();

  get plans(): readonly Plan[] {
    return this.list;
  }

  get current(): number {
    return this.shown;
  }

  /** Replaces the plans (two or more), showing the first. */
  set(plans: readonly Plan[]): void {
    const seen = new Map<string, number>();
    this.list = plans
      .map((p) => ({ ...p, date: p.date ?? planOrderDate(p.table, p.file) }))
      .sort(comparePlanOrder)
      .map((p) => {
        // Distinct labels: a second plan.txt from another folder becomes plan (2).
        const n = (seen.get(p.label) ?? 0) + 1;
        seen.set(p.label, n);
        return n === 1 ? p : { ...p, label: `${p.label} (${n})` };
      });
    this.shown = 0;
    this.comparison = undefined;
    this.emit();
  }

  /** Forgets the plans (a single table was opened). */
  clear(): void {
    if (this.list.length === 0) return;
    this.list = [];
    this.shown = 0;
    this.comparison = undefined;
    this.emit();
  }

  show(index: number): void {
    if (index < 0 || index >= this.list.length || index === this.shown) return;
    this.shown = index;
    this.emit();
  }

  /** core's comparePlans on every plan, computed on first call. */
  compare(): Promise<PlanComparison> {
    const plans = this.list;
    this.comparison ??= import('./compare.js').then((m) => m.comparePlansOf(plans));
    return this.comparison;
  }

  on(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }
}

/** A plan's label from its file name: the name without folders and extension. */
export function planLabel(file: string): string {
  const base = file.split('/').pop() ?? file;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

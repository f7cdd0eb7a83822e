// Several plans opened at once (issue 15): the list, the one shown, and their comparison.
import type { PlanComparison, ResponsibilityTable } from '@fengong/core';
import type { Network } from '../network.js';

export interface Plan {
  /** The file name without its extension: distinct among the plans. */
  label: string;
  file: string;
  network: Network;
  table: ResponsibilityTable;
}

type Listener = () => void;

/**
 * The opened plans, in file-name order (name plans by year, 2017.docx, 2020.docx, to compare them
 * in time order), which one is shown, and core's comparison of them (computed once, lazily).
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
    this.list = [...plans]
      .sort((a, b) => a.file.localeCompare(b.file, 'en', { numeric: true }))
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

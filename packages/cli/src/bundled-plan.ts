// The bundled plan read ahead of time: an installed fengong reads `bundled-plan.json`, written
// beside the bundle when the package is packed (scripts/bundle-cli.mjs), instead of parsing and
// normalising the plan's text on every run (~20–30 ms of a cold `fengong rank`). Only ever used
// when no file is given and the reading options are the defaults; the repository has no such file
// (it would go stale there), so the workspace always parses.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normaliseTable, parseTable, type NormalisedTable, type ResponsibilityTable } from '@fengong/core';
import type { Dataset } from '@fengong/core/datasets';
import { InputError } from './errors.js';

/** The file beside the module (in the bundle: `bundle/bundled-plan.json`). */
export const READ_AHEAD_FILE = 'bundled-plan.json';

/** A dataset as `fengong` reads it with the default options: parsed, and parsed then normalised. */
export interface ReadAhead {
  /** The dataset's id (`Dataset.id`): a file for another dataset is not used. */
  id: string;
  /** `parseTable(text, { file })`. */
  parsed: ResponsibilityTable;
  /** `normaliseTable(parsed, { dictionary, inferPrefixes: false })`. */
  normalised: NormalisedTable;
}

/** The parse options of a dataset read with the defaults. */
export const datasetParseOptions = (dataset: Dataset): { file: string } => ({ file: dataset.file });

/** The normalisation options of a dataset read with the defaults (no aliases file, no inferred prefixes). */
export const datasetNormaliseOptions = (dataset: Dataset): { dictionary?: Dataset['dictionary']; inferPrefixes: boolean } => ({
  ...(dataset.dictionary ? { dictionary: dataset.dictionary } : {}),
  inferPrefixes: false,
});

/** Reads `dataset` with the default options, now: what {@link READ_AHEAD_FILE} holds. */
export function readAheadOf(dataset: Dataset): ReadAhead {
  const parsed = parseTable(dataset.text, datasetParseOptions(dataset));
  return { id: dataset.id, parsed, normalised: normaliseTable(parsed, datasetNormaliseOptions(dataset)) };
}

/**
 * The read-ahead form of `dataset` shipped beside this module, or undefined when there is none
 * (the repository) or it is another dataset's. A file that is there but unreadable is an error
 * (an InputError naming it): a broken package, not a reason to fall back quietly.
 */
export function shippedReadAhead(dataset: Dataset): ReadAhead | undefined {
  const url = new URL(READ_AHEAD_FILE, import.meta.url);
  let text: string;
  try {
    text = readFileSync(url, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new InputError(`${fileURLToPath(url)}: cannot read: ${(error as Error).message}: reinstall @fengong/cli`);
  }
  let data: ReadAhead;
  try {
    data = JSON.parse(text) as ReadAhead;
  } catch (error) {
    throw new InputError(`${fileURLToPath(url)}: not valid JSON (${(error as Error).message}): reinstall @fengong/cli`);
  }
  return data.id === dataset.id ? data : undefined;
}

// Bundled datasets, importable in Node and the browser as `@fengong/core/datasets`.
/**
 * The bundled tables with their agency dictionaries.
 * @module @fengong/core/datasets
 */
import { hunanGba2020 } from './hunan-gba-2020.js';
import type { Dataset } from './types.js';

export type { Dataset } from './types.js';
export { hunanGba2020 };

/** Every bundled dataset by id; `hunan-gba-2020` is the default. */
export const datasets: Readonly<Record<string, Dataset>> = { [hunanGba2020.id]: hunanGba2020 };

/** The dataset used when no file is given. */
export const defaultDataset: Dataset = hunanGba2020;

// Programmatic entry to the CLI (used by tests and embedders): `main(argv, output)` → exit code.
/**
 * The `fengong` command, callable from code: `main(argv, output)` resolves to the exit code.
 * @module @fengong/cli
 */
export { main } from './main.js';
export { EXIT, InputError, UsageError } from './errors.js';
export type { Output } from './output.js';

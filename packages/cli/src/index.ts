// Programmatic entry to the CLI (used by tests and embedders): `main(argv, output)` → exit code.
export { main } from './main.js';
export { EXIT, InputError, UsageError } from './errors.js';
export type { Output } from './output.js';

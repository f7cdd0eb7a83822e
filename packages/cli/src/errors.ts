// Errors the CLI turns into exit codes: 1 for bad input, 2 for bad usage.

/** Exit codes: 0 success, 1 bad input (unreadable or malformed table), 2 bad usage. */
export const EXIT = { ok: 0, input: 1, usage: 2 } as const;

/** A problem with the user's input file: reported without a stack trace, exit 1. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** A problem with the command line: reported with a pointer to --help, exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

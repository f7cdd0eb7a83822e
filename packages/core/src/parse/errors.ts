// The error thrown when a table cannot be read: carries every problem found, each with its line.
import type { Diagnostic, DiagnosticCode } from '../types.js';

/** `file:line: message`, the form editors and terminals recognise. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = `${d.file ?? '<input>'}:${d.line}`;
  return `${where}: ${d.severity === 'warning' ? 'warning: ' : ''}${d.message}`;
}

/**
 * Thrown by the parsers when the input has at least one error. `diagnostics` lists every error
 * found (not only the first), so a user can fix them all in one pass.
 */
export class TableParseError extends Error {
  override readonly name = 'TableParseError';
  readonly file: string | undefined;
  readonly diagnostics: readonly Diagnostic[];

  constructor(diagnostics: readonly Diagnostic[], file?: string) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const head = `Cannot read ${file ?? 'the table'}: ${errors.length} problem${errors.length === 1 ? '' : 's'}`;
    super([head, ...errors.map((d) => `  ${formatDiagnostic(d)}`)].join('\n'));
    this.file = file;
    this.diagnostics = errors;
  }

  /** Line of the first error. */
  get line(): number {
    return this.diagnostics[0]?.line ?? 1;
  }
}

/** Collects diagnostics for one parse, stamping each with the file name. */
export class DiagnosticSink {
  readonly items: Diagnostic[] = [];
  constructor(private readonly file: string | undefined) {}

  error(code: DiagnosticCode, line: number, message: string): void {
    this.push('error', code, line, message);
  }

  warn(code: DiagnosticCode, line: number, message: string): void {
    this.push('warning', code, line, message);
  }

  get hasErrors(): boolean {
    return this.items.some((d) => d.severity === 'error');
  }

  /** Throws a {@link TableParseError} if any error was recorded. */
  throwIfErrors(): void {
    if (this.hasErrors) throw new TableParseError(this.items, this.file);
  }

  get warnings(): Diagnostic[] {
    return this.items.filter((d) => d.severity === 'warning');
  }

  private push(severity: Diagnostic['severity'], code: DiagnosticCode, line: number, message: string): void {
    const d: Diagnostic = { severity, code, message, line };
    if (this.file !== undefined) d.file = this.file;
    this.items.push(d);
  }
}

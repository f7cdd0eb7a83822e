// Fuzzing the CLI entry point in-process (fast-check, seeded): any command line gives exit 0, 1 or
// 2 with output on the right stream, and never an uncaught exception.
import { main, type Output } from '@fengong/cli';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const WORDS = ['rank', 'analyze', 'pairs', 'parse', 'export', '--top', '-n', '3', '0', '-1', 'abc', '--by', 'lead', 'pagerank', 'jaccard', 'nope',
  '--format', '-f', 'json', 'csv', 'table', 'markdown', 'xml', '--exclude-collective', '--layout', 'prose', 'word-table', 'pdf', '--lead-rule',
  'first-listed', '--no-normalise', '--infer-prefixes', '--aliases', '--seed', '42', '1.5', '--rho', '2', '--lambda', '--help', '--version',
  'test/fixtures/tables/small.txt', 'test/fixtures/tables/missing-cell.txt', 'test/fixtures/office/table.xlsx', 'no/such/file', 'test', '', '--', '省发展改革委'];

describe('fuzzing the CLI', () => {
  it('exits 0, 1 or 2 for any command line, printing errors to stderr only on failure', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...WORDS), { maxLength: 7 }), async (argv) => {
        let out = '';
        let err = '';
        const output: Output = { out: (s) => (out += s), err: (s) => (err += s) };
        const code = await main(argv, output);
        expect([0, 1, 2]).toContain(code);
        if (code !== 0) expect(err).not.toBe('');
        expect(err).not.toMatch(/\n\s+at .+:\d+:\d+/u); // no stack trace
        void out;
      }),
      { seed: 2020, numRuns: 150 },
    );
  }, 120_000);
});

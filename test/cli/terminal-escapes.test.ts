// Names and titles carrying terminal escapes (issue 18, item 12): shown escaped in the human-readable
// outputs, as `ls` and git do, and kept exact in JSON and CSV.
import { describe, expect, it } from 'vitest';
import { fengong, root } from './run.js';

/** test/fixtures/regression/terminal-escapes.csv: ESC ] 0 ; … BEL, ESC [ 2 J, ESC [ 31 m and CR LF in names and a title. */
const file = `${root}test/fixtures/regression/terminal-escapes.csv`;

// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/u;

describe('control characters reach the terminal only escaped', () => {
  it.each([
    ['rank', ['rank', file, '--no-normalise']],
    ['rank (normalised)', ['rank', file]],
    ['parse -f table', ['parse', file, '-f', 'table', '--no-normalise']],
    ['pairs', ['pairs', file, '--no-normalise']],
    ['analyze -f markdown', ['analyze', file, '-f', 'markdown', '--no-normalise']],
  ])('%s: no raw control character on stdout or stderr', (_name, args) => {
    const r = fengong(args);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
  });

  it('rank shows the names with their escapes spelled out', () => {
    const r = fengong(['rank', file, '--no-normalise']);
    expect(r.stdout).toContain('省财政厅\\x1b]0');
    expect(r.stdout).toContain('fengong\\x07');
    expect(r.stdout).toContain('省交通运输厅\\x1b[31m');
  });

  it('parse -f table keeps the row on one line, the title’s CR LF shown as \\r\\n', () => {
    const r = fengong(['parse', file, '-f', 'table', '--no-normalise']);
    const row = r.stdout.split('\n').find((line) => line.includes('建设高铁'));
    expect(row).toContain('建设高铁\\r\\n（\\x1b[2J第一期）');
    expect(row).toContain('省财政厅\\x1b]0、fengong\\x07');
  });

  it('a file name carrying an escape is escaped in the error', () => {
    expect(fengong(['rank', 'no\u001b[2Jsuch.txt'])).toMatchObject({ code: 1, stderr: 'fengong: no\\x1b[2Jsuch.txt: cannot read: no such file\n' });
  });

  it.each([
    ['an unknown command', ['bad\u001b]0;x\u0007'], "error: unknown command 'bad\\x1b]0;x\\x07'"],
    ['an unknown option', ['rank', '--bo\u001b[31m'], "error: unknown option '--bo\\x1b[31m'"],
    ['an invalid option argument', ['rank', '--top', '\u001b[2J'], "argument '\\x1b[2J' is invalid"],
  ])('commander’s own message for %s shows the argument escaped', (_name, args, shown) => {
    const r = fengong(args);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stderr).toContain(shown);
  });

  it('JSON and CSV keep the names exact', () => {
    const json = JSON.parse(fengong(['rank', file, '-f', 'json', '--no-normalise']).stdout) as { agency: string }[];
    expect(json.map((r) => r.agency).sort()).toEqual(['fengong\u0007', '省交通运输厅\u001b[31m', '省财政厅\u001b]0']);
    const parsed = JSON.parse(fengong(['parse', file, '--no-normalise']).stdout) as { tasks: { title: string }[] };
    expect(parsed.tasks[0]?.title).toBe('建设高铁\r\n（\u001b[2J第一期）');
    expect(fengong(['rank', file, '-f', 'csv', '--no-normalise']).stdout).toContain('省财政厅\u001b]0');
  });
});

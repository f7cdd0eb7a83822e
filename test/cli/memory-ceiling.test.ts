// The memory fengong may use per byte of input (issue 18, "the standard to meet"): `rank` and
// `parse` (on tables of 8 and 16 MiB) stay under MEMORY_BASE + MEMORY_PER_BYTE × size of resident
// memory, the ceilings stated in docs/hardening.md (at the 64 MiB input limit: 3.25 and 2.5 GiB).
// Peak RSS is what the child reports of itself (`process.resourceUsage().maxRSS`), so nothing here is timed.
// How far V8 lets the heap grow before it collects depends on the machine, not on fengong: the same
// 16 MiB parse peaked at 643 MiB here with the collector's helper threads and at 860 MiB with
// `--single-threaded-gc` (as on a one-core machine, or one whose cores are busy: CI failed on 864 MiB).
// So the child runs as the worst case, single-threaded, with its old space capped at the ceiling's
// per-byte part (the base is Node itself, code, buffers and the young generation): it must complete
// inside that cap and peak under the ceiling, whatever the machine. Measured 2026-12-07: `parse -f
// json` at 16 MiB completes with a cap of 440 MiB (not 430), against 576 here; `rank` at 8 MiB with
// 210, against 384. (The whole-string JSON this ceiling was lowered after needs 500–550: it passes
// too, its 979 MiB was mostly the collector's slack.)
// A .docx is held to a ceiling per byte of its inflated word/document.xml (what the reader parses),
// not of the file: MEMORY_PER_XML_BYTE below.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from './run.js';
// @ts-expect-error: a plain .mjs script without types
import { makers as scaledMakers } from '../../scripts/growth/scale-formats.mjs';

/** Resident memory fengong needs whatever the input: Node, the libraries, the dictionaries. */
const MEMORY_BASE = 256 * 2 ** 20;
/**
 * Resident memory per byte of input, on top of the base, for each command (docs/hardening.md,
 * measured up to 62 MiB): `rank` about 43 bytes (the table, the graph and what reading them
 * leaves for the collector); `parse -f json` about 33 since its JSON is written in pieces (about
 * 60 when the whole text was built as one string: 979 MiB at 16 MiB, over this ceiling's 832).
 */
const MEMORY_PER_BYTE = { rank: 48, 'parse -f json': 36 } as const;

/**
 * Resident memory per byte of word/document.xml for `parse -f json` on a .docx in Word's own markup
 * (the growth benchmark's: a real plan's table, about 2.3 KB of XML a row), on top of the base:
 * 256 MiB + 4 bytes a byte is 1.25 GiB at the 256 MiB extraction limit. The reader holds the XML
 * as one string (about 2 bytes a byte) and a tree of one paragraph or table row at a time; the
 * tree of the whole document it replaced needed 6–10 (measured 2026-12-07: 20.6 MB of XML completed
 * with the old space capped at 40 MiB, not 32; the whole tree needed more than 120). The text read
 * from the XML costs what the same text as a table does (MEMORY_PER_BYTE), which passes this only
 * for XML with far less markup than Word writes.
 */
const MEMORY_PER_XML_BYTE = 4;

/** The growth benchmark's files: a real plan's table repeated k times inside its container. */
const makers = scaledMakers as Record<'docx', (k: number) => Uint8Array>;

const dir = mkdtempSync(join(tmpdir(), 'fengong-memory-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A CSV table of about `bytes` bytes: tasks with a lead and two to four co-operating units out of 3,000 agencies (seeded). */
function table(bytes: number): string {
  let state = 7;
  const random = (): number => (state = (state * 48271) % 2147483647) / 2147483647;
  const rows = ['序号,重点任务,牵头单位,配合单位'];
  let size = 0;
  for (let i = 1; size < bytes; i += 1) {
    const co = Array.from({ length: 2 + Math.floor(random() * 3) }, () => `第${1 + Math.floor(random() * 3000)}局`);
    const row = `${i},推进第${i}项重点工作落实到位,第${1 + Math.floor(random() * 3000)}局,${[...new Set(co)].join('、')}`;
    rows.push(row);
    size += Buffer.byteLength(row) + 1;
  }
  return `${rows.join('\n')}\n`;
}

/** Runs the CLI's `main` in a child (single-threaded collector, old space capped at `heap` bytes) that prints its own peak resident memory (bytes) last on stderr. */
function peakMemory(args: readonly string[], heap: number): { code: number | null; peak: number; stderr: string } {
  const script = `import { main } from ${JSON.stringify(`${root}packages/cli/dist/main.js`)};
const code = await main(process.argv.slice(1));
process.stderr.write('\\npeak ' + process.resourceUsage().maxRSS * 1024 + '\\n');
process.exitCode = code;`;
  const cap = `--max-old-space-size=${Math.floor(heap / 2 ** 20)}`;
  const r = spawnSync(process.execPath, ['--single-threaded-gc', cap, '--input-type=module', '-e', script, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 512 * 2 ** 20 });
  const peak = Number(/peak (\d+)\n$/u.exec(r.stderr)?.[1]);
  return { code: r.status, peak, stderr: r.stderr };
}

describe('memory per input byte', () => {
  // parse on 16 MiB: at 8 MiB the JSON built whole (534–557 MiB) and in pieces (362–382 MiB) are
  // both under any ceiling true at 62 MiB; at 16 MiB they are 979 and 670 MiB, either side of it.
  const sizes = { rank: 8, 'parse -f json': 16 } as const;
  const files = Object.fromEntries(
    Object.entries(sizes).map(([name, mib]) => {
      const file = join(dir, `table-${mib}.csv`);
      writeFileSync(file, table(mib * 2 ** 20));
      return [name, file];
    }),
  ) as Record<keyof typeof sizes, string>;

  it.each([
    ['rank', ['rank', files.rank, '--top', '3']],
    ['parse -f json', ['parse', files['parse -f json'], '-f', 'json']],
  ] as const)(`%s stays under ${MEMORY_BASE / 2 ** 20} MiB + its bytes per input byte`, (name, args) => {
    const perByte = MEMORY_PER_BYTE[name] * statSync(files[name]).size;
    const ceiling = MEMORY_BASE + perByte;
    const { code, peak, stderr } = peakMemory(args, perByte);
    expect(code, stderr.slice(-500)).toBe(0);
    expect(Number.isFinite(peak)).toBe(true);
    expect(peak).toBeLessThan(ceiling);
  }, 300_000);
});

describe('memory per byte of a .docx document', () => {
  it(`parse -f json on 9,000 rows of Word's XML stays under ${MEMORY_BASE / 2 ** 20} MiB + ${MEMORY_PER_XML_BYTE} bytes per byte of word/document.xml`, () => {
    const bytes = makers.docx(300);
    const xml = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml'] as Uint8Array;
    expect(xml.length).toBeGreaterThan(20 * 10 ** 6);
    const file = join(dir, 'rows.docx');
    writeFileSync(file, bytes);
    const perByte = MEMORY_PER_XML_BYTE * xml.length;
    const { code, peak, stderr } = peakMemory(['parse', file, '-f', 'json'], perByte);
    expect(code, stderr.slice(-500)).toBe(0);
    expect(peak).toBeLessThan(MEMORY_BASE + perByte);
  }, 300_000);
});

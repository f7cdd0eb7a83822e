// A Vite browser build bundling the installed @fengong/core, run in Chromium, and what core costs
// a browser user on top of graphology.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, createLogger, type Rollup } from 'vite';
import { describe, expect, inject, it } from 'vitest';
import { launchChromium, openBuilt } from '../helpers/chromium.js';

/** Builds `input` in the consumer project; returns the output chunks and the warnings Vite gave. */
async function bundle(input: string, outDir: string, write = true): Promise<{ chunks: Rollup.OutputChunk[]; warnings: string[] }> {
  const warnings: string[] = [];
  const logger = createLogger('warn');
  logger.warn = (message) => void warnings.push(message);
  logger.warnOnce = (message) => void warnings.push(message);
  const result = (await build({
    root: inject('app'),
    configFile: false,
    customLogger: logger,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, write, reportCompressedSize: false, rollupOptions: { input } },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const outputs = Array.isArray(result) ? result : [result];
  return { chunks: outputs.flatMap((o) => o.output.filter((c): c is Rollup.OutputChunk => c.type === 'chunk')), warnings };
}

const kib = (bytes: number) => Math.round(bytes / 102.4) / 10;

describe('a Vite browser build of the installed @fengong/core', () => {
  it('bundles with no Node built-in pulled in, and runs in Chromium', async () => {
    const outDir = join(inject('app'), 'dist');
    const { chunks, warnings } = await bundle(join(inject('app'), 'index.html'), outDir);
    expect(warnings.filter((w) => /externalized|browser compatibility|node:/u.test(w))).toEqual([]);
    expect(chunks.some((c) => c.code.includes('__vite-browser-external'))).toBe(false);
    expect(readdirSync(join(outDir, 'assets')).some((f) => f.endsWith('.js'))).toBe(true);

    const browser = await launchChromium();
    try {
      const { page, errors, close } = await openBuilt(browser, inject('app'), outDir, 'body[data-ready="true"]');
      expect(await page.textContent('#result')).toBe('64 nodes; 省发展改革委 leads 10; GEXF ok');
      expect(errors).toEqual([]);
      await close();
    } finally {
      await browser.close();
    }
  });

  it('costs a browser user a measured amount on top of graphology (minified + gzip, written in core’s README)', async () => {
    const variants = ['graphology', 'load', 'dataset', 'normalise', 'analyze', 'files', 'exports', 'everything'];
    const sizes: Record<string, { min: number; gzip: number }> = {};
    // What loads up front: the entry and what it imports statically. The file-format readers
    // (HTML, PDF, Word binary …) are dynamic imports, loaded when a file of their kind is opened.
    let lazy = { min: 0, gzip: 0 };
    for (const name of variants) {
      const { chunks } = await bundle(join(inject('app'), 'size', `${name}.js`), join(inject('app'), 'size-out'), false);
      const byName = new Map(chunks.map((c) => [c.fileName, c]));
      const upfront = new Set<string>();
      const visit = (file: string): void => {
        if (upfront.has(file)) return;
        upfront.add(file);
        for (const next of byName.get(file)?.imports ?? []) visit(next);
      };
      for (const c of chunks) if (c.isEntry) visit(c.fileName);
      const code = chunks.filter((c) => upfront.has(c.fileName)).map((c) => c.code).join('\n');
      sizes[name] = { min: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
      if (name === 'files') {
        const rest = chunks.filter((c) => !upfront.has(c.fileName)).map((c) => c.code).join('\n');
        lazy = { min: Buffer.byteLength(rest), gzip: gzipSync(rest, { level: 9 }).length };
      }
    }
    const base = sizes.graphology as { min: number; gzip: number };
    const rows = variants.map((v) => {
      const s = sizes[v] as { min: number; gzip: number };
      return `${v.padEnd(11)} ${String(kib(s.min)).padStart(6)} KiB min ${String(kib(s.gzip)).padStart(6)} KiB gzip  (+${kib(s.gzip - base.gzip)} KiB gzip over graphology)`;
    });
    rows.push(`files, lazy  ${String(kib(lazy.min)).padStart(6)} KiB min ${String(kib(lazy.gzip)).padStart(6)} KiB gzip  (the format readers, loaded on demand)`);
    console.log(`bundle sizes (Vite production build of the installed tarball):\n${rows.join('\n')}`);
    // Budgets with headroom, so a change that drags a dependency into every bundle is noticed.
    const over = (v: string) => (sizes[v] as { gzip: number }).gzip - base.gzip;
    // The reader's own code (every layout's rules) is most of it: 30.5 KiB at the semi-Markov table
    // aligner, about 2 KiB more for the rules of stop 25 (copied web text, running-text divisions),
    // 42.4 KiB after stop 27's readers (cells run together, retold lists, subject sentences, names),
    // 47.8 KiB after stops 29 and 30 (merged cells, clause labels, copied-page text, hard wraps, unit headings),
    // 53.9 KiB after stop 31 (run-together tables: departments' short names, surnames; closing matter; quoted tasks),
    // 57.9 KiB after stops 32 and 33 (opening divisions, a speech's points, duty lists, task records,
    // inspection notices, the stall checks of web pages and workbooks): the budgets raised by 4 KiB;
    // 62.0 KiB after stops 34 and 35 (notes under tables, names run together, news of meetings): by 4 more;
    // 65.7 KiB after stop 36 (headers in two rows, cells after the units, minutes' charges): by 4 more;
    // 72.4 KiB after stops 37–39 (names after items, label typography, sub-numbered rows, documents in two parts): by 6 more.
    expect(over('load')).toBeLessThan(76 * 1024);
    expect(over('dataset')).toBeLessThan(82 * 1024);
    expect(over('everything')).toBeLessThan(250 * 1024);
  });
});

// Vite config for the viewer: workspace packages resolve to their TypeScript source; the build
// carries a Content-Security-Policy.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';

/**
 * The built page's Content-Security-Policy: scripts, styles and workers only from the page's own
 * origin (no inline script), plus `blob:` workers for the layouts (graphology's ForceAtlas2
 * supervisor starts its worker from a blob), `data:` images for the favicon and
 * `blob:` ones for exports. Inline `style` attributes are allowed for the positions and colours
 * the viewer and sigma set from script. Tables load only from the same origin (`?src=`).
 * Not applied to the dev server, whose client injects styles and opens a WebSocket.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'fengong-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

/** pdfjs-dist as core resolves it (pnpm does not hoist it to the viewer). */
const PDFJS = dirname(createRequire(new URL('../core/package.json', import.meta.url)).resolve('pdfjs-dist/package.json'));
const PDFJS_ASSETS = ['cmaps', 'standard_fonts'];

/**
 * The CMaps and standard fonts pdf.js ships, served beside the app as `pdfjs/cmaps/…` and
 * `pdfjs/standard_fonts/…` (copied into the build; served from pdfjs-dist by the dev server), so
 * the viewer reads Chinese PDFs whose fonts use predefined CMaps without fetching anything else.
 */
function pdfjsAssets(): Plugin {
  return {
    name: 'fengong-pdfjs-assets',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const m = /\/pdfjs\/(cmaps|standard_fonts)\/([\w.-]+)$/u.exec(request.url ?? '');
        if (m === null) return next();
        try {
          response.end(readFileSync(join(PDFJS, m[1] as string, m[2] as string)));
        } catch {
          response.statusCode = 404;
          response.end();
        }
      });
    },
    generateBundle() {
      for (const folder of PDFJS_ASSETS) {
        for (const name of readdirSync(join(PDFJS, folder))) {
          this.emitFile({ type: 'asset', fileName: `pdfjs/${folder}/${name}`, source: readFileSync(join(PDFJS, folder, name)) });
        }
      }
    },
  };
}

export default defineConfig({
  // Relative asset URLs, so `dist/` works when served from any sub-path (e.g. GitHub Pages).
  base: './',
  resolve: {
    // `@fengong/core` exports its `src/*.ts` under the `source` condition: nothing to build first.
    conditions: ['source', ...defaultClientConditions],
  },
  plugins: [contentSecurityPolicy(), pdfjsAssets()],
  // The analysis worker imports modules (core, graphology): an ES module worker.
  worker: { format: 'es' },
  // Pre-bundle the dependencies up front, so the dev server never reloads the page mid-test
  // after discovering one late.
  optimizeDeps: {
    include: [
      'sigma',
      'sigma/rendering',
      '@sigma/node-square',
      '@sigma/export-image',
      'graphology',
      'graphology-layout-forceatlas2',
      'graphology-layout-forceatlas2/worker',
      // The layout worker's ForceAtlas2 parts and the exports loaded on use: found only when a
      // worker starts or a button is pressed, they would otherwise make the dev server re-optimise
      // mid-test and answer the page 504 (Outdated Optimize Dep).
      'graphology-layout-forceatlas2/iterate.js',
      'graphology-layout-forceatlas2/helpers.js',
      'graphology-layout-forceatlas2/defaults.js',
      'write-excel-file/browser',
      'graphology-layout-noverlap',
      'graphology-gexf/browser',
      'pinyin-pro',
      // @fengong/core's own dependencies, reached through it (pnpm does not hoist them to viz).
      '@fengong/core > papaparse',
      '@fengong/core > opencc-js/t2cn',
      '@fengong/core > fflate',
      '@fengong/core > fast-xml-parser',
      '@fengong/core > read-excel-file/universal',
      '@fengong/core > htmlparser2',
      '@fengong/core > pdfjs-dist/legacy/build/pdf.mjs',
      '@fengong/core > pdfjs-dist/legacy/build/pdf.worker.mjs',
    ],
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});

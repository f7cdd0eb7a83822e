// Vite config for the viewer: workspace packages resolve to their TypeScript source.
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  // Relative asset URLs, so `dist/` works when served from any sub-path (e.g. GitHub Pages).
  base: './',
  resolve: {
    // `@fengong/core` exports its `src/*.ts` under the `source` condition: nothing to build first.
    conditions: ['source', ...defaultClientConditions],
  },
  // Pre-bundle the dependencies up front, so the dev server never reloads the page mid-test
  // after discovering one late.
  optimizeDeps: {
    include: ['sigma', '@sigma/node-square', 'graphology', 'graphology-layout-forceatlas2'],
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});

// One vitest run for the whole workspace; projects split by kind of test (see test/README.md).
import { defineConfig } from 'vitest/config';

// Workspace packages resolve to their TypeScript source (the `source` export condition), so tests
// never run a stale build.
const conditions = ['source', 'import', 'module', 'node', 'default'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ['source'] } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'cli',
          include: ['test/cli/**/*.test.ts'],
          environment: 'node',
          // The CLI is tested as the real `bin` running under plain node, so build it first.
          globalSetup: ['test/cli/build.setup.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'examples',
          include: ['test/examples/**/*.test.ts'],
          environment: 'node',
          // Examples import the packages as an outside user would (their built dist).
          globalSetup: ['test/cli/build.setup.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'package',
          include: ['test/package/**/*.test.ts'],
          environment: 'node',
          // Packs core and cli and installs the tarballs into a temporary project (see test/README.md).
          globalSetup: ['test/package/setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});

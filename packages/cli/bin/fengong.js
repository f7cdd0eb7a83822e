#!/usr/bin/env node
// The `fengong` command. An installed package runs bundle/main.js: the CLI with the library and its
// pure-JS dependencies in one code-split bundle, built when the package is packed
// (scripts/bundle-cli.mjs) — about 120 fewer files for the ES loader to resolve and compile. In the
// repository there is no bundle (it exists only between prepack and postpack), so the command runs
// dist/main.js, the TypeScript sources compiled by `tsc -b`.
import { existsSync } from 'node:fs';

const bundled = new URL('../bundle/main.js', import.meta.url);
const { main } = await import(existsSync(bundled) ? bundled.href : '../dist/main.js');

// Output piped to a reader that stopped early (`fengong rank | head`): stop quietly, as git and ls do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await main(process.argv.slice(2));

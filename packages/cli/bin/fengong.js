#!/usr/bin/env node
// The `fengong` command. The TypeScript sources are compiled to dist/ on install (`tsc -b`).
import { main } from '../dist/main.js';

// Output piped to a reader that stopped early (`fengong rank | head`): stop quietly, as git and ls do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await main(process.argv.slice(2));

#!/usr/bin/env node
// The `fengong` command. The TypeScript sources are compiled to dist/ on install (`tsc -b`).
import { main } from '../dist/main.js';

process.exitCode = await main(process.argv.slice(2));

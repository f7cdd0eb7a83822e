// Loaded with `node --import` by test/cli/startup.test.ts: records every module the process
// loads (resolved URLs, one per line) in the file named by FENGONG_IMPORT_LOG.
import { register } from 'node:module';

register(
  `data:text/javascript,${encodeURIComponent(`
import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (process.env.FENGONG_IMPORT_LOG) appendFileSync(process.env.FENGONG_IMPORT_LOG, result.url + '\\n');
  return result;
}`)}`,
);

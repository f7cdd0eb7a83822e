// Loaded with `node --import` by test/cli/startup.test.ts: records every module the process
// loads (resolved URLs, one per line) in the file named by FENGONG_IMPORT_LOG — ES modules through
// a resolve hook, and modules loaded with `require` (the CLI requires string-width on demand),
// which that hook does not see on Node 20, through the CommonJS loader.
import { appendFileSync } from 'node:fs';
import Module, { register } from 'node:module';
import { pathToFileURL } from 'node:url';

register(
  `data:text/javascript,${encodeURIComponent(`
import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (process.env.FENGONG_IMPORT_LOG) appendFileSync(process.env.FENGONG_IMPORT_LOG, result.url + '\\n');
  return result;
}`)}`,
);

const load = Module._load;
Module._load = function recordedLoad(request, parent, isMain) {
  if (process.env.FENGONG_IMPORT_LOG && !request.startsWith('node:')) {
    try {
      appendFileSync(process.env.FENGONG_IMPORT_LOG, `${pathToFileURL(Module._resolveFilename(request, parent, isMain)).href}\n`);
    } catch {
      // a built-in or an unresolvable name: the load below reports it
    }
  }
  return load.apply(this, [request, parent, isMain]);
};

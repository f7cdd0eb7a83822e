// Node only: reads the CMaps and standard fonts shipped inside the installed pdfjs-dist, so
// Chinese text in fonts with predefined CMaps (UniGB-UCS2-H, GBK-EUC-H …) comes out right with no
// network access. Loaded by a dynamic import from pdf-engine.ts only when running in Node; it
// reaches Node's modules through `process.getBuiltinModule`, so bundlers for the browser see no
// `node:` import.
import type { PdfAssetLoaders } from './pdf-engine.js';

interface NodeModules {
  createRequire: (url: string) => { resolve(id: string): string };
}
interface NodeFs {
  promises: { readFile(path: string): Promise<Uint8Array> };
}
interface NodePath {
  dirname(path: string): string;
  join(...parts: string[]): string;
}

/** Loaders reading `pdfjs-dist/cmaps/<name>.bcmap` and `pdfjs-dist/standard_fonts/<filename>` from disk. */
export function nodeAssetLoaders(): Required<PdfAssetLoaders> {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  if (proc?.getBuiltinModule === undefined) throw new Error('process.getBuiltinModule is missing: Node 20.16 or later is needed');
  const get = (id: string) => (proc.getBuiltinModule as (id: string) => unknown)(id);
  const { createRequire } = get('module') as NodeModules;
  const fs = get('fs') as NodeFs;
  const path = get('path') as NodePath;
  const root = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const read = async (file: string) => new Uint8Array(await fs.promises.readFile(file));
  return {
    cMap: (name) => read(path.join(root, 'cmaps', `${name}.bcmap`)),
    standardFont: (filename) => read(path.join(root, 'standard_fonts', filename)),
  };
}

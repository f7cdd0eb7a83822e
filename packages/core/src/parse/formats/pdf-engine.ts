// Loading pdf.js (pdfjs-dist's legacy build, which runs in Node 20 and in browsers) to read text
// only: no canvas, no fonts installed into the page, no eval, nothing fetched from the network.
// This file knows pdf.js's API; the rest of the PDF reader works on plain numbers and strings.

/** The part of pdf.js's text item the reader uses (see `page.getTextContent()`). */
export interface PdfJsTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

/** A page as far as the reader uses it. */
export interface PdfJsPage {
  view: number[];
  getTextContent(params?: { includeMarkedContent?: boolean; disableNormalization?: boolean }): Promise<{ items: readonly unknown[] }>;
  getOperatorList(): Promise<{ fnArray: readonly number[]; argsArray: readonly unknown[] }>;
  cleanup(): boolean;
}

/** A loaded document as far as the reader uses it. */
export interface PdfJsDocument {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfJsPage>;
}

/** What `getDocument()` returns. */
export interface PdfJsLoadingTask {
  promise: Promise<PdfJsDocument>;
  destroy(): Promise<void>;
}

/** The pdf.js operator codes the ruling-line reader needs (`pdfjs.OPS`). */
export interface PdfJsOps {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

interface PdfJsModule {
  getDocument(params: Record<string, unknown>): PdfJsLoadingTask;
  OPS: PdfJsOps;
  VerbosityLevel: { ERRORS: number };
  PDFWorker: { create(params: { port: unknown; verbosity?: number }): unknown };
}

/**
 * Loads the files pdf.js ships beside its code: `cMap` a predefined CMap by name (`UniGB-UCS2-H`,
 * `GBK-EUC-H` …: the bytes of `pdfjs-dist/cmaps/<name>.bcmap`), `standardFont` one of the
 * standard fonts (`pdfjs-dist/standard_fonts/<filename>`).
 */
export interface PdfAssetLoaders {
  cMap?: ((name: string) => Promise<Uint8Array>) | undefined;
  standardFont?: ((filename: string) => Promise<Uint8Array>) | undefined;
}

/** How pdf.js is set up for one document. */
export interface PdfEngineOptions extends PdfAssetLoaders {
  /** A Web Worker running `pdfjs-dist/legacy/build/pdf.worker.mjs`; without one pdf.js's worker code runs on this thread. */
  workerPort?: unknown;
}

interface Host {
  process?: { versions?: { node?: string }; getBuiltinModule?: (id: string) => unknown };
  console?: { warn: (...args: unknown[]) => void };
  DOMMatrix?: unknown;
  ImageData?: unknown;
  Path2D?: unknown;
  pdfjsWorker?: unknown;
}

const host = globalThis as Host;

/** True when running in Node (not a browser, not a browser worker). */
export const isNode = (): boolean => typeof host.process?.versions?.node === 'string' && typeof host.process.getBuiltinModule === 'function';

// The stand-ins pdf.js's display layer needs at import: in Node without @napi-rs/canvas it builds a
// DOMMatrix at module level (for rendering, which is never done here). Installed for the import
// only, then removed, so nothing outside sees them.
class MatrixStandIn {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;
}
class StandIn {}

let loaded: Promise<PdfJsModule> | undefined;

async function importPdfJs(): Promise<PdfJsModule> {
  const added: (keyof Host)[] = [];
  const stand = (name: 'DOMMatrix' | 'ImageData' | 'Path2D', value: unknown) => {
    if (host[name] === undefined) {
      host[name] = value;
      added.push(name);
    }
  };
  stand('DOMMatrix', MatrixStandIn);
  stand('ImageData', StandIn);
  stand('Path2D', StandIn);
  // pdf.js warns at import that the optional canvas package is missing (it is, on purpose).
  const console = host.console;
  const warn = console?.warn;
  if (console !== undefined && warn !== undefined) {
    console.warn = (...args: unknown[]) => {
      if (typeof args[0] === 'string' && /^Warning: Cannot (load "@napi-rs\/canvas"|polyfill)/u.test(args[0])) return;
      warn.apply(console, args);
    };
  }
  try {
    const pdfjs: unknown = await import('pdfjs-dist/legacy/build/pdf.mjs');
    return pdfjs as PdfJsModule;
  } finally {
    if (console !== undefined && warn !== undefined) console.warn = warn;
    for (const name of added) delete host[name];
  }
}

/** pdf.js, imported once (lazily: it is large and only PDF files need it). */
export function pdfJs(): Promise<PdfJsModule> {
  loaded ??= importPdfJs().catch((error: unknown) => {
    loaded = undefined;
    throw error;
  });
  return loaded;
}

let worker: Promise<void> | undefined;

/**
 * pdf.js's worker code, to run on this thread: the way pdf.js provides for environments without
 * workers (it looks for `globalThis.pdfjsWorker`, in Node and in browsers alike). Imported here
 * rather than by pdf.js from a URL, so bundlers see it and Node needs no `workerSrc`; only when
 * no worker port is given, and before the first document is opened without one.
 */
function mainThreadWorker(): Promise<void> {
  worker ??= (async () => {
    if (host.pdfjsWorker !== undefined) return;
    // @ts-expect-error -- pdfjs-dist ships no type declarations for its worker entry.
    const code = (await import('pdfjs-dist/legacy/build/pdf.worker.mjs')) as { WorkerMessageHandler: unknown };
    host.pdfjsWorker = { WorkerMessageHandler: code.WorkerMessageHandler };
  })().catch((error: unknown) => {
    worker = undefined;
    throw error;
  });
  return worker;
}

let nodeLoaders: Promise<Required<PdfAssetLoaders>> | undefined;

/** In Node: loaders reading the CMaps and standard fonts of the installed pdfjs-dist (see pdf-node-assets.ts). */
function defaultLoaders(): Promise<PdfAssetLoaders> {
  if (!isNode()) return Promise.resolve({});
  nodeLoaders ??= import('./pdf-node-assets.js').then((m) => m.nodeAssetLoaders());
  return nodeLoaders;
}

const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.+-]*$/u;

/**
 * Records what could not be loaded, so a document whose text is lost because a CMap is missing
 * is reported as that rather than as a scan.
 */
export interface AssetLog {
  missing: string[];
}

// pdf.js asks a factory class for CMaps and standard fonts (`CMapReaderFactory`,
// `StandardFontDataFactory` options of getDocument). These route its requests to the loaders.
function cMapFactory(load: PdfAssetLoaders['cMap'], log: AssetLog) {
  return class {
    async fetch({ name }: { name: string }): Promise<{ cMapData: Uint8Array; isCompressed: boolean }> {
      if (load === undefined || !SAFE_NAME.test(name)) {
        log.missing.push(`CMap ${name}`);
        throw new Error(`no loader for the CMap ${name} (give readPdf a cMap option)`);
      }
      try {
        return { cMapData: await load(name), isCompressed: true };
      } catch (error) {
        log.missing.push(`CMap ${name}`);
        throw error;
      }
    }
  };
}

function fontFactory(load: PdfAssetLoaders['standardFont'], log: AssetLog) {
  return class {
    async fetch({ filename }: { filename: string }): Promise<Uint8Array> {
      if (load === undefined || !SAFE_NAME.test(filename)) {
        log.missing.push(`font ${filename}`);
        throw new Error(`no loader for the standard font ${filename} (give readPdf a standardFont option)`);
      }
      return load(filename);
    }
  };
}

/**
 * Starts loading a document with pdf.js set up for reading text: fonts are parsed for their text
 * only (`disableFontFace`, no system fonts), no eval, images are skipped before decoding
 * (`maxImageSize: 0`; no WebAssembly decoders), only errors are logged, and CMaps and standard fonts come from the
 * loaders given (or, in Node, from the installed pdfjs-dist). The bytes are copied: pdf.js
 * takes ownership of the buffer it is given.
 */
export async function openPdf(bytes: Uint8Array, options: PdfEngineOptions, log: AssetLog): Promise<{ task: PdfJsLoadingTask; ops: PdfJsOps }> {
  const pdfjs = await pdfJs();
  const defaults = options.cMap !== undefined && options.standardFont !== undefined ? {} : await defaultLoaders();
  const verbosity = pdfjs.VerbosityLevel.ERRORS;
  const params: Record<string, unknown> = {
    data: bytes.slice(),
    CMapReaderFactory: cMapFactory(options.cMap ?? defaults.cMap, log),
    StandardFontDataFactory: fontFactory(options.standardFont ?? defaults.standardFont, log),
    useWorkerFetch: false,
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    enableXfa: false,
    maxImageSize: 0,
    useWasm: false,
    verbosity,
  };
  if (options.workerPort !== undefined) params.worker = pdfjs.PDFWorker.create({ port: options.workerPort, verbosity });
  else await mainThreadWorker();
  return { task: pdfjs.getDocument(params), ops: pdfjs.OPS };
}

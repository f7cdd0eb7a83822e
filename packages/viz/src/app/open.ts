// Opening a table the user gives: a file (picker or drop) or a same-origin URL, read by core's
// parseFile from its bytes (any text layout in UTF-8, UTF-16 or GB18030; Word, OpenDocument, RTF,
// web pages, PDF and spreadsheets), or a table pasted from the clipboard; parse errors are listed
// with their lines and the current view is kept.
import { t } from '../i18n.js';
import { counts, networkFromBytes, networkFromText, type Network } from '../network.js';
import type { Lang } from '../state.js';
import { diagnosticLine, errorLines } from '../ui/diagnostic-text.js';
import type { Messages } from '../ui/messages.js';
import { withLocalFile } from '../url-state.js';
import type { Actions } from './actions.js';
import { nextTask } from './after-frame.js';
import { keepTable } from './persist.js';

/**
 * The largest file the viewer opens (2 MiB, about 15,000 tasks): parsing runs on the page, so a
 * larger table is refused with a message pointing to the CLI instead of freezing the tab.
 */
export const MAX_VIEWER_BYTES = 2 * 1024 * 1024;

/** A table that could not be fetched: the server's HTTP status, or none when the request itself failed. */
export class SourceError extends Error {
  override readonly name = 'SourceError';
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** The URL `src` resolves to, if it is on this page's origin (the viewer never fetches elsewhere). */
export function sameOriginUrl(src: string, base: string = location.href): URL | undefined {
  try {
    const url = new URL(src, base);
    return url.origin === new URL(base).origin ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Fetches a same-origin table; throws {@link SourceError} with a message a user can act on. */
export async function fetchTable(url: URL): Promise<ArrayBuffer> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch (error) {
    throw new SourceError(error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw new SourceError(`HTTP ${response.status} ${response.statusText}`.trim(), response.status);
  return response.arrayBuffer();
}

/** The file name part of a URL, for messages and the header (as written where its escapes are malformed, `100%.txt`). */
export function fileNameOf(url: URL): string {
  const last = url.pathname.split('/').filter((s) => s !== '').pop();
  if (last === undefined) return url.href;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

export interface OpenTargets {
  messages: Messages;
  /** Shows a parsed table. */
  load: (network: Network) => void;
}

export function makeOpeners({ messages, load }: OpenTargets): Pick<Actions, 'openText' | 'openFile' | 'openUrl' | 'openPaste'> {
  /** `local`: read from this machine (a file, a drop, a paste), so a copied link cannot carry it. */
  const show = (file: string, read: () => Network, local = false): boolean => {
    let next: Network;
    try {
      next = read();
    } catch (error) {
      messages.error((l) => t(l, 'errorTitle', { file }), (l) => errorLines(error, l));
      return false;
    }
    load(next);
    const search = withLocalFile(location.search, local ? file : null);
    history.replaceState(history.state, '', `${search || location.pathname}${location.hash}`);
    const c = counts(next.graph);
    const opened = (l: Lang): string => t(l, 'opened', { file, tasks: c.tasks, agencies: c.agencies });
    messages.notice(
      (l) => (local ? `${opened(l)} ${t(l, 'localLinkNote')}` : opened(l)),
      (l) => next.warnings.map((d) => diagnosticLine(d, l)),
    );
    return true;
  };
  /** The latest file asked for: a read that finishes after a later one was asked for is not shown. */
  let latest = 0;
  /** Reads bytes with core (async), then shows the result or its errors. */
  const openBytes = async (bytes: ArrayBuffer, file: string, local: boolean): Promise<boolean> => {
    const ticket = ++latest;
    if (bytes.byteLength > MAX_VIEWER_BYTES) {
      const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);
      messages.error(
        (l) => t(l, 'errorTitle', { file }),
        (l) => [t(l, 'errorTooLarge', { file, size: mb(bytes.byteLength), max: mb(MAX_VIEWER_BYTES) })],
      );
      return false;
    }
    let network: Network | Error;
    try {
      network = await networkFromBytes(bytes, file);
      // Drawing it is a task of its own too (a long one for a large table): the page gets a turn first.
      await nextTask();
    } catch (error) {
      network = error instanceof Error ? error : new Error(String(error));
    }
    // (A large file read in the worker can finish after a small one opened later: the later one stays.)
    if (ticket !== latest) return false;
    const shown = show(
      file,
      () => {
        if (network instanceof Error) throw network;
        return network;
      },
      local,
    );
    // Kept in this browser, so that a reload reopens it (not the bundled plan).
    // `data-kept` says when it is (a reload before then shows the bundled plan, and says so).
    if (shown) {
      delete document.body.dataset.kept;
      void keepTable(file, bytes).then((kept) => {
        document.body.dataset.kept = kept ? 'true' : 'false';
      });
    }
    return shown;
  };
  return {
    openText: (text, file) => {
      latest += 1; // (a read still in the worker is not shown over it)
      return show(file, () => networkFromText(text, file), true);
    },
    openFile: async (file) => openBytes(await file.arrayBuffer(), file.name, true),
    openPaste: async (html, text) => {
      if (html.trim() === '') {
        latest += 1;
        return show('clipboard.txt', () => networkFromText(text, 'clipboard.txt'), true);
      }
      // The clipboard's HTML is already text: a byte-order mark keeps a <meta charset> in it from being obeyed.
      const bytes = new TextEncoder().encode(`\ufeff${html}`);
      return openBytes(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), 'clipboard.html', true);
    },
    openUrl: async (src) => {
      const url = sameOriginUrl(src);
      if (url === undefined) {
        messages.error((l) => t(l, 'errorSrcOrigin', { src }), []);
        return false;
      }
      try {
        return await openBytes(await fetchTable(url), fileNameOf(url), false);
      } catch (error) {
        // The browser's own words for a failed request are in its language, not the page's: the status or the kind of failure instead.
        const status = error instanceof SourceError ? error.status : undefined;
        messages.error((l) => (status === undefined ? t(l, 'errorFetchNetwork', { src }) : t(l, 'errorFetchStatus', { src, status })), []);
        return false;
      }
    },
  };
}

// Web pages saved as one file (.mht, .mhtml: MIME multipart/related, as browsers and WPS save
// them): the HTML part, its transfer encoding (quoted-printable, base64) and charset undone.
import { DiagnosticSink } from '../errors.js';

const latin1 = (bytes: Uint8Array): string => new TextDecoder('latin1').decode(bytes);

/** True for bytes that begin with MIME headers declaring a multipart document or an HTML body. */
export function looksLikeMhtml(bytes: Uint8Array): boolean {
  const head = latin1(bytes.subarray(0, Math.min(bytes.length, 4096)));
  const headers = head.split(/\r?\n\r?\n/u)[0] ?? '';
  return /^MIME-Version:/imu.test(headers) && /^Content-Type:\s*(multipart\/related|text\/html)/imu.test(headers);
}

interface Part {
  headers: Map<string, string>;
  body: string;
}

function parsePart(raw: string): Part {
  const at = /\r?\n\r?\n/u.exec(raw);
  const head = at === null ? raw : raw.slice(0, at.index);
  const body = at === null ? '' : raw.slice(at.index + at[0].length);
  const headers = new Map<string, string>();
  // Folded header lines continue with a space or a tab.
  for (const line of head.replace(/\r?\n[ \t]+/gu, ' ').split(/\r?\n/u)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

const parameter = (value: string | undefined, name: string): string | undefined =>
  value === undefined ? undefined : new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'iu').exec(value)?.slice(1).find((v) => v !== undefined);

function decodeBody(body: string, encoding: string | undefined): Uint8Array {
  const kind = (encoding ?? '7bit').toLowerCase();
  if (kind === 'base64') {
    const clean = body.replace(/[^A-Za-z0-9+/=]/gu, '');
    const binary = atob(clean.slice(0, clean.length - (clean.length % 4)));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  }
  if (kind === 'quoted-printable') {
    const text = body.replace(/=\r?\n/gu, '');
    const out = new Uint8Array(text.length);
    let n = 0;
    for (let i = 0; i < text.length; i += 1) {
      const hex = text[i] === '=' ? text.slice(i + 1, i + 3) : '';
      if (/^[0-9A-Fa-f]{2}$/u.test(hex)) {
        out[n++] = Number.parseInt(hex, 16);
        i += 2;
      } else out[n++] = text.charCodeAt(i) & 0xff;
    }
    return out.subarray(0, n);
  }
  return Uint8Array.from(body, (c) => c.charCodeAt(0) & 0xff);
}

/**
 * The HTML of a saved page: the multipart's root part (its `start`, else the first text/html
 * part), decoded to bytes, with the charset its headers give (the page may declare its own).
 *
 * @throws {TableParseError} when the file holds no HTML part.
 */
export function mhtmlPage(bytes: Uint8Array, file?: string): { html: Uint8Array; charset: string | undefined } {
  const text = latin1(bytes);
  const top = parsePart(text);
  const type = top.headers.get('content-type') ?? '';
  let page: Part | undefined;
  if (/^text\/html/iu.test(type)) page = top;
  else {
    const boundary = parameter(type, 'boundary');
    if (boundary !== undefined) {
      const parts = top.body
        .split(`--${boundary}`)
        .slice(1)
        .filter((p) => !p.startsWith('--'))
        .map((p) => parsePart(p.replace(/^\r?\n/u, '')));
      const start = parameter(type, 'start')?.replace(/^<|>$/gu, '');
      page =
        (start === undefined ? undefined : parts.find((p) => p.headers.get('content-id')?.replace(/^<|>$/gu, '') === start)) ??
        parts.find((p) => /^text\/html/iu.test(p.headers.get('content-type') ?? ''));
    }
  }
  if (page === undefined) {
    const sink = new DiagnosticSink(file);
    sink.error('unreadable-file', 1, 'a MIME (.mht) file with no HTML part');
    sink.throwIfErrors();
  }
  const part = page as Part;
  return { html: decodeBody(part.body, part.headers.get('content-transfer-encoding')), charset: parameter(part.headers.get('content-type'), 'charset')?.toLowerCase() };
}

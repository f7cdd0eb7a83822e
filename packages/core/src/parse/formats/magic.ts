// The first bytes of the binary formats, checked by `detectFormat` before any reader is loaded
// (and by the readers themselves).

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** True if the bytes start with the compound-file signature D0 CF 11 E0 A1 B1 1A E1 ([MS-CFB] 2.2). */
export const isOle = (bytes: Uint8Array): boolean => bytes.length >= 8 && OLE_MAGIC.every((b, i) => bytes[i] === b);

/** True when the bytes are a PDF: `%PDF-` within the first 1024 bytes (where readers look for it). */
export const isPdf = (bytes: Uint8Array): boolean => {
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + 5 <= head.length; i += 1) {
    if (head[i] === 0x25 && head[i + 1] === 0x50 && head[i + 2] === 0x44 && head[i + 3] === 0x46 && head[i + 4] === 0x2d) return true;
  }
  return false;
};

/** True when the bytes start with `{\rtf`. */
export const isRtf = (bytes: Uint8Array): boolean => bytes[0] === 0x7b && bytes[1] === 0x5c && bytes[2] === 0x72 && bytes[3] === 0x74 && bytes[4] === 0x66;

/** True for the bytes of a zip archive (local file header `PK\x03\x04`). */
export const isZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** True for bytes that begin (after a byte-order mark, spaces and comments) with an HTML tag. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 4096)));
  const start = head.replace(/^(\xef\xbb\xbf|\xff\xfe|\xfe\xff)/u, '').replace(/\0/gu, '').replace(/^(\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*/u, '');
  return /^<(!doctype\s+html|html|head|body|meta|title|table|div|p|span|font|center|br|style|script|link|base)\b/iu.test(start);
}

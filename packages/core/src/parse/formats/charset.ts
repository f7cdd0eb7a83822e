// Bytes → text: byte-order marks, declared charsets (GB2312 and GBK read as GB18030, their
// superset), strict UTF-8, and GB18030 as the fallback common in Chinese government files.

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/**
 * Decodes text bytes: a byte-order mark decides (UTF-8, UTF-16 LE/BE); otherwise strict UTF-8,
 * falling back to GB18030 (common in Chinese government files, a superset of GBK and GB2312).
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

const GB = new Set(['gb2312', 'gbk', 'x-gbk', 'gb18030', 'cp936', 'windows-936', 'ms936', 'euc-cn', 'csgb2312', 'chinese', 'iso-ir-58', 'gb_2312-80']);

/**
 * Decodes bytes in the charset a document declares (a byte-order mark wins); without one, or
 * with one the platform does not know, as {@link decodeText} does.
 */
export function decodeDeclared(bytes: Uint8Array, charset: string | undefined): string {
  const hasBom = (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (charset !== undefined && !hasBom) {
    const label = GB.has(charset.toLowerCase()) ? 'gb18030' : charset;
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // An unknown label: guess below.
    }
  }
  return decodeText(bytes).text;
}

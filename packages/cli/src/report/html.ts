// HTML text with every name escaped: the report never puts data into markup unescaped.

/** `text` escaped for HTML element content and double-quoted attribute values. */
export function esc(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;').replace(/'/gu, '&#39;');
}

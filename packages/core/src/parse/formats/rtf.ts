// Rich Text Format (.rtf), as Word, WPS and LibreOffice write it: paragraphs and tables (\cell,
// \row, vertical merges \clvmgf/\clvmrg), Unicode \uN (with its \ucN fallback skipped) and 8-bit
// \'hh bytes in the code page of the font in use (GBK for \fcharset134, Big5 for 136 …).
import { DiagnosticSink } from '../errors.js';
import type { Block } from './blocks.js';
import { MAX_CELLS, MAX_COLUMNS } from './limits.js';


/** Destinations whose text is not document text. */
const SKIPPED = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'object', 'header', 'headerl', 'headerr', 'headerf', 'footer', 'footerl', 'footerr', 'footerf',
  'footnote', 'annotation', 'listtable', 'listoverridetable', 'rsidtbl', 'generator', 'themedata', 'colorschememapping', 'datastore', 'latentstyles',
  'xmlnstbl', 'mmathPr', 'fldinst', 'shpinst', 'nonshppict', 'xe', 'tc', 'txe', 'pgdsctbl', 'revtbl', 'filetbl', 'atnid', 'atnauthor', 'bkmkstart', 'bkmkend',
]);

/** Windows code pages of RTF font charsets. */
const CHARSET_CODEPAGE: Record<number, number> = { 0: 1252, 128: 932, 129: 949, 134: 936, 136: 950, 161: 1253, 162: 1254, 177: 1255, 178: 1256, 186: 1257, 204: 1251, 222: 874, 238: 1250 };

const DECODER_LABEL: Record<number, string> = { 936: 'gb18030', 950: 'big5', 932: 'shift_jis', 949: 'euc-kr', 874: 'windows-874' };

const decoders = new Map<number, InstanceType<typeof TextDecoder>>();
function decoder(codepage: number): InstanceType<typeof TextDecoder> {
  let d = decoders.get(codepage);
  if (d === undefined) {
    try {
      d = new TextDecoder(DECODER_LABEL[codepage] ?? `windows-${codepage}`);
    } catch {
      d = new TextDecoder('windows-1252');
    }
    decoders.set(codepage, d);
  }
  return d;
}

const SYMBOLS: Record<string, string> = {
  line: '\n', tab: '\t', emdash: '—', endash: '–', emspace: ' ', enspace: ' ', qmspace: ' ', bullet: '•', lquote: '‘', rquote: '’', ldblquote: '“', rdblquote: '”',
};

interface GroupState {
  skip: boolean;
  uc: number;
  font: number;
  /** The group is a font's entry in the font table. */
  fontTable: boolean;
}

interface CellDef {
  vertical: 'first' | 'continue' | undefined;
  horizontal: boolean;
}

/**
 * Reads an RTF document into blocks: paragraphs, and tables whose rows come from `\cell` /
 * `\row`; a cell continuing a vertical merge repeats the text above, one continuing a
 * horizontal merge is empty. Headers, footers, footnotes, pictures, field instructions and other
 * destinations are left out (a field's result is kept).
 *
 * @throws {TableParseError} when the file is not RTF or passes the limits.
 */
export function readRtf(bytes: Uint8Array, file?: string): Block[] {
  const sink = new DiagnosticSink(file);
  const text = new TextDecoder('latin1').decode(bytes);
  if (!text.startsWith('{\\rtf')) {
    sink.error('unreadable-file', 1, 'not an RTF file: it does not start with {\\rtf');
    sink.throwIfErrors();
  }
  const blocks: Block[] = [];
  const fontCodepage = new Map<number, number>();
  let defaultCodepage = 1252;
  let defaultFont = 0;
  let state: GroupState = { skip: false, uc: 1, font: 0, fontTable: false };
  const stack: GroupState[] = [];
  let paragraph = '';
  let cell = '';
  let inTable = false;
  let row: string[] = [];
  let rows: string[][] = [];
  let defs: CellDef[] = [];
  let pendingDef: CellDef = { vertical: undefined, horizontal: false };
  let cells = 0;
  let pending: number[] = [];
  let skipChars = 0;
  let fontEntry = -1;
  let destinationStart = false;

  const codepage = (): number => fontCodepage.get(state.font) ?? defaultCodepage;
  const emit = (s: string): void => {
    if (state.skip) return;
    if (inTable) cell += s;
    else paragraph += s;
  };
  const flushBytes = (): void => {
    if (pending.length === 0) return;
    emit(decoder(codepage()).decode(Uint8Array.from(pending)));
    pending = [];
  };
  const endTable = (): void => {
    if (row.length > 0) endRow();
    if (rows.length > 0) blocks.push({ kind: 'table', rows });
    rows = [];
  };
  const endParagraph = (): void => {
    flushBytes();
    if (inTable) {
      cell += '\n';
      return;
    }
    endTable();
    blocks.push({ kind: 'paragraph', text: paragraph.trim() });
    paragraph = '';
  };
  const endCell = (): void => {
    flushBytes();
    if (row.length >= MAX_COLUMNS) sink.error('too-large', 1, `a table row has more than ${MAX_COLUMNS} cells`);
    else row.push(cell.trim());
    cell = '';
    cells += 1;
    if (cells > MAX_CELLS) sink.error('too-large', 1, `the document's tables have more than ${MAX_CELLS} cells`);
  };
  const endRow = (): void => {
    flushBytes();
    if (cell.trim() !== '') endCell();
    const above = rows.at(-1);
    rows.push(row.map((c, i) => (defs[i]?.vertical === 'continue' ? (above?.[i] ?? '') : defs[i]?.horizontal === true ? '' : c)));
    row = [];
    cell = '';
  };

  const control = (word: string, param: number | undefined): void => {
    if (destinationStart) {
      destinationStart = false;
      if (SKIPPED.has(word) && word !== 'fonttbl') state.skip = true;
      if (word === 'fonttbl') {
        state.skip = true;
        state.fontTable = true;
      }
    }
    if (state.fontTable) {
      if (word === 'f' && param !== undefined) fontEntry = param;
      else if (word === 'fcharset' && param !== undefined && fontEntry >= 0) {
        const cp = CHARSET_CODEPAGE[param];
        if (cp !== undefined) fontCodepage.set(fontEntry, cp);
      } else if (word === 'cpg' && param !== undefined && fontEntry >= 0) fontCodepage.set(fontEntry, param);
      return;
    }
    if (word !== 'u' && skipChars > 0) skipChars = 0;
    switch (word) {
      case 'ansicpg':
        if (param !== undefined && param > 0) defaultCodepage = param;
        return;
      case 'deff':
        defaultFont = param ?? 0;
        state.font = defaultFont;
        return;
      case 'f':
        flushBytes();
        state.font = param ?? defaultFont;
        return;
      case 'uc':
        state.uc = Math.max(0, param ?? 1);
        return;
      case 'u': {
        flushBytes();
        const code = param === undefined ? 0x3f : param < 0 ? param + 65536 : param;
        emit(String.fromCharCode(code));
        skipChars = state.uc;
        return;
      }
      case 'par':
      case 'sect':
      case 'page':
        if (!state.skip) endParagraph();
        return;
      case 'pard':
        inTable = false;
        return;
      case 'intbl':
        inTable = true;
        return;
      case 'cell':
        if (!state.skip) endCell();
        return;
      case 'nestcell':
        emit(' ');
        return;
      case 'row':
        if (!state.skip) endRow();
        inTable = false;
        return;
      case 'trowd':
        defs = [];
        pendingDef = { vertical: undefined, horizontal: false };
        return;
      case 'clvmgf':
        pendingDef.vertical = 'first';
        return;
      case 'clvmrg':
        pendingDef.vertical = 'continue';
        return;
      case 'clmrg':
        pendingDef.horizontal = true;
        return;
      case 'cellx':
        defs.push(pendingDef);
        pendingDef = { vertical: undefined, horizontal: false };
        return;
      default: {
        const symbol = SYMBOLS[word];
        if (symbol !== undefined) {
          flushBytes();
          emit(symbol);
        }
      }
    }
  };

  let i = 0;
  const n = text.length;
  while (i < n && !sink.hasErrors) {
    const ch = text[i] as string;
    if (ch === '{') {
      flushBytes();
      stack.push(state);
      state = { ...state };
      destinationStart = true;
      i += 1;
      continue;
    }
    if (ch === '}') {
      flushBytes();
      if (state.fontTable) fontEntry = -1;
      state = stack.pop() ?? state;
      destinationStart = false;
      i += 1;
      continue;
    }
    if (ch === '\\') {
      const next = text[i + 1] ?? '';
      if (/[a-zA-Z]/u.test(next)) {
        let j = i + 1;
        while (j < n && /[a-zA-Z]/u.test(text[j] as string)) j += 1;
        const word = text.slice(i + 1, j);
        let k = j;
        if (text[k] === '-' || /\d/u.test(text[k] ?? '')) {
          k += 1;
          while (k < n && /\d/u.test(text[k] as string)) k += 1;
        }
        const param = k > j ? Number(text.slice(j, k)) : undefined;
        if (text[k] === ' ') k += 1;
        i = k;
        if (word === 'bin' && param !== undefined && param > 0) {
          i += param;
          continue;
        }
        flushBytes();
        control(word, param);
        continue;
      }
      if (next === "'") {
        const byte = Number.parseInt(text.slice(i + 2, i + 4), 16);
        i += 4;
        if (skipChars > 0) {
          skipChars -= 1;
          continue;
        }
        if (Number.isFinite(byte) && !state.skip) pending.push(byte);
        continue;
      }
      if (next === '*') {
        state.skip = true;
        i += 2;
        continue;
      }
      destinationStart = false;
      flushBytes();
      i += 2;
      if (skipChars > 0) {
        skipChars -= 1;
        continue;
      }
      if (next === '~') emit(' ');
      else if (next === '_') emit('-');
      else if (next === '\\' || next === '{' || next === '}') emit(next);
      else if (next === '\n' || next === '\r') endParagraph();
      continue;
    }
    i += 1;
    if (ch === '\r' || ch === '\n') continue;
    destinationStart = false;
    if (skipChars > 0) {
      skipChars -= 1;
      continue;
    }
    const code = ch.charCodeAt(0);
    if (code >= 0x80) pending.push(code);
    else {
      flushBytes();
      emit(ch);
    }
  }
  flushBytes();
  sink.throwIfErrors();
  if (inTable && cell.trim() !== '') endCell();
  endTable();
  if (paragraph.trim() !== '') blocks.push({ kind: 'paragraph', text: paragraph.trim() });
  return blocks.filter((b) => b.kind === 'table' || b.text !== '');
}

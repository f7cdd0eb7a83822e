// Records produced by the parsers: what a responsibility-division table says, before any graph.

/**
 * The part an agency plays on a task: `lead` (牵头), `co` (配合 / 按职责分工负责 beside a lead), or
 * `responsible` when the text names units without marking any lead (责任单位：X、Y) and the
 * first-listed convention was not asked for.
 */
export type Role = 'lead' | 'co' | 'responsible';

/**
 * Every layout a parser understands. The text layouts are read by `parseTable`; `grid` is a table
 * read cell by cell from a document or a spreadsheet (a Word, OpenDocument, RTF, HTML or PDF
 * table, or a sheet), which only `parseFile` produces.
 */
export type Layout = 'word-table' | 'line-cells' | 'prose' | 'delimited' | 'markdown' | 'json' | 'grid';

/**
 * File formats `parseFile` recognises from the bytes (never from the file name): `text` (UTF-8,
 * UTF-16 or GB18030), `docx`, `doc` (Word 97–2003 binary, also what WPS writes as `.wps`), `odt`,
 * `rtf`, `html`, `mhtml` (a web page saved as one file), `pdf`, `xlsx`, `xls`, `ods`.
 */
export type FileFormat = 'text' | 'docx' | 'doc' | 'odt' | 'rtf' | 'html' | 'mhtml' | 'pdf' | 'xlsx' | 'xls' | 'ods';

/** Where a task's lead came from: marked in the text (牵头, a 牵头单位 column), the first-listed convention, or nowhere. */
export type LeadSource = 'marked' | 'first-listed' | 'none';

/** One mention of a responsible unit on a task, in the order the table lists them. */
export interface UnitMention {
  /** The unit's name as written (trimmed, role words and a trailing 等 removed). */
  name: string;
  /** The name after normalisation (aliases, traditional → simplified, prefixes); equal to `name` when unchanged. The graph uses this one. */
  canonical: string;
  /** `lead`, `co` or `responsible` (see {@link Role}). */
  role: Role;
  /** 0-based position in the task's list of units. */
  position: number;
  /** 1-based line of the source text the mention was read from. */
  line: number;
}

/** One key task (重点任务) of the table. */
export interface TaskRecord {
  /** The task number as a string of ASCII digits, e.g. `"1"`; unique within a table. */
  id: string;
  /** The task number as a number (its own number when numbering restarts under each heading; a running index for unnumbered tasks). */
  number: number;
  /**
   * How the task was numbered in a prose text: its marker as written (`1.`, `（一）`), or `null`
   * for a task without a number of its own (several tasks in one paragraph, field lists).
   * Absent for table rows, whose number is their 序号.
   */
  marker?: string | null;
  /** The category (类别) the task belongs to, inherited from the row above when merged; `null` when the table has no category column. */
  category: string | null;
  /** The task title (重点任务) as written. */
  title: string;
  /** Responsible units, in the order listed. */
  units: UnitMention[];
  /** Whether the unit list ended with 按职责分工负责 ("each according to its duties"). */
  dutyClause: boolean;
  /** How the lead was determined. */
  leadSource: LeadSource;
  /** Cells of columns the parser does not interpret, and labelled attributes such as leading officials (责任领导), keyed by header or label (nothing is dropped). */
  extra: Record<string, string>;
  /** 1-based line of the row's first cell. */
  line: number;
}

/** A problem found while reading a table. Errors stop the parse; warnings are reported and kept. */
export interface Diagnostic {
  severity: 'error' | 'warning';
  /** A stable machine-readable code, e.g. `missing-cells`. */
  code: DiagnosticCode;
  /** What is wrong and what was expected, in plain words. */
  message: string;
  /** The file name given to the parser, if any. */
  file?: string;
  /** 1-based line number in the source text. */
  line: number;
}

export type DiagnosticCode =
  | 'not-a-table'
  | 'missing-header'
  | 'missing-column'
  | 'no-rows'
  | 'missing-cells'
  | 'extra-cells'
  | 'bad-task-number'
  | 'duplicate-task-number'
  | 'missing-category'
  | 'empty-title'
  | 'empty-units'
  | 'empty-unit'
  | 'duplicate-unit'
  | 'text-inside-table'
  | 'text-after-table'
  | 'numbering-gap'
  | 'same-agency'
  | 'too-large'
  | 'unreadable-file'
  | 'no-text'
  | 'unread-table'
  | 'unclosed-bracket'
  | 'pinyin-removed'
  | 'markup-removed'
  | 'furniture-removed'
  | 'closing-removed';

/** A parsed responsibility-division table. */
export interface ResponsibilityTable {
  /** The layout the text was read as. */
  layout: Layout;
  /** The file format the table was read from (set by `parseFile`; absent for text given to `parseTable`). */
  format?: FileFormat;
  /** The file name given to the parser, if any (used in messages). */
  file?: string;
  /** Non-table lines before the header (e.g. 附件, 重点任务责任分工), kept as written. */
  preamble: string[];
  /** Text lines after the last row (e.g. notes under the table), kept as written. */
  notes: string[];
  /** Header cells as written. */
  columns: string[];
  /** Categories in order of first appearance. */
  categories: string[];
  /** Tasks in table order. */
  tasks: TaskRecord[];
  /** Warnings (a table with errors is never returned: the parser throws). */
  diagnostics: Diagnostic[];
  /**
   * How the text was read, in words, for people checking it (`fengong parse` shows it): why the
   * layout was chosen, which readings were tried and how many tasks each found, where the header
   * is, how cells and rows were told apart. Not a stable format.
   */
  evidence?: string[];
}

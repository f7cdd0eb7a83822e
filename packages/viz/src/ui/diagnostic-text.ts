// A reader's diagnostic as a line of the message area, in the interface's language: core writes
// its messages in English; the Chinese interface says what each kind of problem is in Chinese,
// with the line and the document's own words it names.
import { TableParseError, formatDiagnostic, type Diagnostic, type DiagnosticCode } from '@fengong/core';
import type { Lang } from '../state.js';

/** What each kind of problem is, in Chinese (the English is core's message). */
const ZH: Record<DiagnosticCode, string> = {
  'not-a-table': '不是可读的责任分工表（未找到列出责任单位的任务）',
  'missing-header': '未找到表头：应有一行列名，如 序号 / 类别 / 重点任务 / 责任单位',
  'missing-column': '表头缺少必需的列（重点任务或责任单位）',
  'no-rows': '表头之后没有任务行',
  'missing-cells': '该行的单元格少于表头的列数',
  'extra-cells': '该行的单元格多于表头的列数',
  'bad-task-number': '序号无法识别',
  'duplicate-task-number': '序号重复',
  'missing-category': '类别为空，且上方没有可沿用的类别',
  'empty-title': '该行没有任务内容',
  'empty-units': '未列出责任单位，作为备注保留',
  'empty-unit': '单位名单中有空项（两个分隔符之间没有名称）',
  'duplicate-unit': '同一单位在一项任务中列出两次，只计一次',
  'text-inside-table': '表格中的这段文字不是任务，作为备注保留',
  'text-after-table': '表格之后的文字不是任务，作为备注保留',
  'numbering-gap': '序号不连续',
  'same-agency': '两个名称规范化后是同一单位，只计一次',
  'too-large': '文件太大，请拆分为较小的文件',
  'unreadable-file': '无法读取该文件（已损坏、加密或格式不受支持）',
  'no-text': '文件中没有可读的文字（可能是扫描件，需要先做文字识别）',
  'unread-table': '另一张表格或工作表未读取，作为备注保留',
  'unclosed-bracket': '括号未闭合，按普通字符读取',
  'pinyin-removed': '已删除网页附在汉字后的拼音',
  'markup-removed': '已删除残留的网页标记',
  'furniture-removed': '已删除网页周围的栏目、按钮与页脚',
  'closing-removed': '已删除公文末尾的抄送、印发与联系人等行',
};

/** The document's words a message quotes (“…”), in order, without repeats. */
function quoted(message: string): string[] {
  return [...new Set([...message.matchAll(/“([^”]*)”/gu)].map((m) => m[1] ?? ''))].filter((q) => q !== '');
}

/**
 * `file:line: message` as core formats it (English), or in Chinese: `file 第 N 行：警告：<what it
 * is>` followed by the cell counts of a row of the wrong length, or the document's words the
 * message quotes.
 */
export function diagnosticLine(d: Diagnostic, lang: Lang): string {
  if (lang === 'en') return formatDiagnostic(d);
  let detail = '';
  const cells = /row has (\d+) cells?, expected (\d+) \(([^)]*)\)/u.exec(d.message);
  if (cells !== null && (d.code === 'missing-cells' || d.code === 'extra-cells')) {
    detail = `：有 ${cells[1]} 个，应为 ${cells[2]} 个（${cells[3]}）${d.message.includes('tab-indented') ? '；空单元格也须是以制表符缩进的一行' : ''}`;
  }
  else {
    const words = quoted(d.message);
    if (words.length > 0) detail = `：${words.map((w) => `“${w}”`).join('、')}`;
  }
  return `${d.file ?? '<input>'} 第 ${d.line} 行：${d.severity === 'warning' ? '警告：' : ''}${ZH[d.code]}${detail}`;
}

/** The lines of an error thrown while reading a table: each diagnostic, else the error's own message. */
export function errorLines(error: unknown, lang: Lang): string[] {
  if (error instanceof TableParseError) return error.diagnostics.map((d) => diagnosticLine(d, lang));
  const message = error instanceof Error ? error.message : String(error);
  return [lang === 'zh' ? `读取时出错：${message}` : message];
}

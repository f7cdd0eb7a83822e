// Deadlines and progress words written after a task's units (6月底前完成, 2025年底前, 长期坚持,
// 年内持续推进): kept on the task, never read as units.
import { withTraditional } from './traditional.js';

const PROGRESS = withTraditional([
  '长期坚持', '长期推进', '长期', '持续推进', '持续开展', '持续实施', '持续', '年内完成', '年内持续推进', '年内', '全年', '逐年推进', '分步实施',
  '分阶段推进', '分年度推进', '按进度推进', '按计划推进', '按年度推进', '按时序推进', '常态化推进', '常态推进', '每年', '每季度', '每月', '定期',
  '年底前', '年底', '年中', '上半年', '下半年', '适时', '及时', '立即', '当年', '今年', '明年', '年度', '长期任务',
]);
const TIME = /^(\d{4}|[〇零一二三四五六七八九]{4})\s*年|^\d{4}\s*[-—–~～至]\s*\d{4}|^\d{1,2}\s*月|^[一二三四1-4１-４]\s*季度|^(第)?[一二三四]季度|^[一二三四五六七八九十]{1,2}月|^\d{4}\.\d{1,2}/u;
const HEADING_WORDS = /经济|社会|发展|目标|预期|主要|要点|规划|计划|報告|报告|經濟|發展|預期|規劃|計劃/u;
const ENDS = withTraditional(['前完成', '前启动', '前出台', '前建成', '底前', '月前', '年前', '以前', '之前', '前', '完成', '启动', '推进', '实施', '坚持', '见效', '建成', '到位']);

/**
 * Whether a clause is a deadline or a progress note rather than a unit: `6月底前完成`,
 * `2025年底前`, `2023年12月`, `长期坚持`, `年内持续推进`, `一季度`, `2021—2025年`.
 */
export function isDeadline(clause: string): boolean {
  const t = clause.trim().replace(/[。．.；;，,]+$/u, '');
  if (t === '' || t.length > 30) return false;
  if (PROGRESS.includes(t)) return true;
  // A year that opens a heading (2025年经济社会发展主要预期目标, 2024年工作要点) is no deadline.
  if (TIME.test(t)) return !HEADING_WORDS.test(t);
  if (PROGRESS.some((p) => t.startsWith(p) && t.length <= p.length + 8) && ENDS.some((e) => t.endsWith(e))) return true;
  return /^(完成|实现|启动|出台|建成)?时[间限]/u.test(t);
}

/** Splits a deadline written after the last name of a clause without a separator: `乙局 6月底前完成` → [`乙局`, `6月底前完成`]. */
export function splitTrailingDeadline(clause: string): [string, string | undefined] {
  const m = /^(.*?[^\d\s])\s+(\S.*)$/u.exec(clause);
  if (m !== null && isDeadline(m[2] as string)) return [(m[1] as string).trim(), (m[2] as string).trim()];
  const n = /^(.*?[^\d年月])((?:\d{4}年)?\d{1,2}月(?:底|末|中旬|上旬|下旬)?(?:前|以前|之前)?(?:完成)?|\d{4}年(?:底|末)?(?:前|以前)?(?:完成)?|长期坚持|持续推进)$/u.exec(clause);
  if (n !== null && (n[1] as string).length >= 2) return [(n[1] as string).trim(), (n[2] as string).trim()];
  return [clause, undefined];
}

// A government site's furniture copied with a plan's text: the breadcrumb above it (首页 > 政务公开 >
// …), the font and print buttons (【字体：大 中 小】 【打印】 【关闭】), view counts, the share line, and the
// footer below it (扫一扫在手机打开当前页, 网站标识码, ICP备案号, 版权所有). Not part of the document: such
// lines are blanked (their line numbers kept) before the text is read, with a warning saying how
// many and where — so that a footer after a table's last row is not read as one more row.

/** Buttons and counters a site prints around a page, alone or several on one line. */
const BUTTON = /[【[〔(（]?\s*(?:打印本页|打印此页|打印|关闭本页|关闭窗口|关闭|收藏本页|收藏|返回顶部|返回|字体|字号|分享到|分享)\s*(?:[:：]\s*(?:[【[]?\s*[大中小]\s*[\]】]?\s*){1,3})?[\]】〕)）]?/gu;
/** Whole lines a site prints: the mobile-view prompt, breadcrumbs, view counts, footers. */
const LINE = [
  /^扫一扫在手机(?:上)?(?:打开|查看|浏览)(?:当前页|当前页面|本页)?$/u,
  /^(?:首页|当前位置[:：]?\s*首页|您(?:当前)?的位置[:：]?\s*首页|您现在的位置[:：]?\s*首页)\s*(?:[>＞»›/]\s*[^>＞»›/]{1,12}\s*){1,6}$/u,
  /^(?:浏览次数|访问次数|阅读次数|浏览量|访问量|点击数|点击量)[:：]\s*\d*$/u,
];
/** A footer: its site identifiers (网站标识码, ICP备, 公网安备, 版权所有, 技术支持), whatever else it says. */
const FOOTER = /网站标识码[:：]?\s*[0-9A-Za-z]|ICP备\s*\d|ICP证\s*\d|公网安备\s*\d|版权所有\s*[:：©(（]|(?:©|Copyright)\s*\d{4}|技术支持[:：]/u;

/** Whether a line is only site furniture (see the file's comment). */
export function isPageFurniture(line: string): boolean {
  const s = line.trim();
  if (s === '' || s.length > 160) return false;
  if (FOOTER.test(s)) return true;
  if (LINE.some((re) => re.test(s))) return true;
  // Only buttons: nothing left once they and the blanks between them are taken away.
  const rest = s.replace(BUTTON, '').replace(/[\s|｜]+/gu, '');
  return rest === '' && s.replace(/[\s|｜]+/gu, '').length >= 2;
}

/** The text with its furniture lines blanked, and the 1-based lines blanked. */
export function removePageFurniture(text: string): { text: string; count: number; lines: number[] } {
  if (!/打印|关闭|扫一扫|首页|网站标识码|ICP|公网安备|版权所有|技术支持|浏览|访问|阅读次数|点击|字体|字号|分享|收藏|返回/u.test(text)) return { text, count: 0, lines: [] };
  const lines: number[] = [];
  const out = text.split('\n').map((line, i) => {
    if (!isPageFurniture(line.replace(/\r$/u, ''))) return line;
    lines.push(i + 1);
    return '';
  });
  return { text: out.join('\n'), count: lines.length, lines };
}

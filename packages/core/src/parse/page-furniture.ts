// A government site's furniture copied with a plan's text: the breadcrumb above it (首页 > 政务公开 >
// …), the font and print buttons (【字体：大 中 小】 【打印】 【关闭】), view counts, the share line, and the
// footer below it (扫一扫在手机打开当前页, 网站标识码, ICP备案号, 版权所有). Not part of the document: such
// lines are blanked (their line numbers kept) before the text is read, with a warning saying how
// many and where — so that a footer after a table's last row is not read as one more row.

/** Buttons and counters a site prints around a page, alone or several on one line. */
const BUTTON = /[【[〔(（]?\s*(?:打印本页|打印此页|打印|关闭本页|关闭窗口|关闭|收藏本页|收藏|返回顶部|返回|字体|字号|分享到|分享)\s*(?:[:：]\s*(?:[【[]?\s*[大中小]\s*[\]】]?\s*){1,3})?[\]】〕)）]?/gu;
/** Whole lines a site prints: the mobile-view prompt and view counts (breadcrumbs: {@link isBreadcrumb}). */
const LINE = [
  /^扫一扫在手机(?:上)?(?:打开|查看|浏览)(?:当前页|当前页面|本页)?$/u,
  /^(?:浏览次数|访问次数|阅读次数|浏览量|访问量|点击数|点击量)[:：]\s*\d*$/u,
  // A document-sharing site's mark where it cut the text: ……(开头部分已省略924字).
  /^[…．.\s]*[(（]?(?:开头部分|开头|中间部分|中间|此处|以上|以下|下文|后文)?已?省略(?:了)?\d+字[)）]?[…．.\s]*$/u,
];
/**
 * A line of a page's article header set as a bulleted list (`• 2019-08-26 10:25:23`, `• 来源: 市府办公厅`,
 * `• 0` for the view count, `• 听全文`, `• -`): a bullet and only such furniture after it. (A bulleted
 * line of text is the document's own.)
 */
const BULLETED_META = /^[•·▪◦]\s*(?:[-—]?|\d{1,7}|\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?|(?:来源|來源|作者|编辑|編輯|责任编辑|責任編輯|发布时间|發佈時間|发布日期)\s*[:：].{0,30}|听全文|聽全文|朗读|朗讀)$/u;

/** Where a breadcrumb starts: 首页, or 当前位置：首页 and its variants. */
const CRUMB_START = /^(?:当前位置[:：]?|您(?:当前)?的位置[:：]?|您现在的位置[:：]?)?\s*首页\s*(?=[>＞»›/])/u;

/** 首页 > 政务公开 > 通知公告: pieces of a few words between separators (split, not matched, so no backtracking). */
function isBreadcrumb(line: string): boolean {
  const start = CRUMB_START.exec(line);
  if (start === null) return false;
  const pieces = line.slice(start[0].length).split(/[>＞»›/]/u).slice(1).map((p) => p.trim());
  return pieces.length >= 1 && pieces.length <= 12 && pieces.every((p) => p.length >= 1 && p.length <= 16 && !/[。；;，,]/u.test(p));
}
/** A footer: its site identifiers (网站标识码, ICP备, 公网安备, 版权所有, 技术支持), whatever else it says. */
const FOOTER = /网站标识码[:：]?\s*[0-9A-Za-z]|ICP备\s*\d|ICP证\s*\d|公网安备\s*\d|版权所有\s*[:：©(（]|(?:©|Copyright)\s*\d{4}/u;
/** A site's builder credited on a line of its own (技术支持：某某网络科技有限公司). */
const CREDIT = /^技术支持[:：]\s*\S{2,30}(?:公司|中心)$/u;
/** Buttons only a site prints: a plain 关闭 or 打印 alone may be a table's cell. */
const SITE_BUTTON = /打印本页|打印此页|关闭窗口|关闭本页|返回顶部|收藏本页|分享到|[【[][^】\]]{1,8}[】\]]|[大中小]\s*[\]】]?\s*$/u;

/** Whether a line is only site furniture (see the file's comment). */
export function isPageFurniture(line: string): boolean {
  const s = line.trim();
  if (s === '' || s.length > 160) return false;
  if (FOOTER.test(s) || CREDIT.test(s)) return true;
  if (LINE.some((re) => re.test(s)) || isBreadcrumb(s) || BULLETED_META.test(s)) return true;
  // Only buttons: nothing left once they and the blanks between them are taken away — several of
  // them, or one only a site prints (【打印】, 关闭窗口), not a lone word (关闭 may be a table's cell).
  const rest = s.replace(BUTTON, '').replace(/[\s|｜•·▪◦]+/gu, '');
  const buttons = s.match(BUTTON)?.filter((b) => b.trim() !== '').length ?? 0;
  return rest === '' && s.replace(/[\s|｜]+/gu, '').length >= 2 && (buttons >= 2 || SITE_BUTTON.test(s));
}

/** A paginated page's mark that the text goes on from the page before (`[接上页]`, `（接上页）`), opening a line. */
const CONTINUED = /^([ \t\u3000]*)[[【(（〔]\s*(?:接上页|接上頁|续上页|續上頁)\s*[\]】)）〕]\s*/u;

/** The text with its furniture lines blanked (and page-continuation marks removed), and the 1-based lines touched. */
export function removePageFurniture(text: string): { text: string; count: number; lines: number[] } {
  if (!/打印|关闭|扫一扫|首页|网站标识码|ICP|公网安备|版权所有|技术支持|浏览|访问|阅读次数|点击|字体|字号|分享|收藏|返回|接上页|接上頁|续上页|續上頁|[•·▪◦]|省略/u.test(text)) return { text, count: 0, lines: [] };
  const lines: number[] = [];
  const out = text.split('\n').map((line, i) => {
    const continued = CONTINUED.exec(line);
    if (continued !== null) {
      lines.push(i + 1);
      return `${continued[1] as string}${line.slice(continued[0].length)}`;
    }
    if (!isPageFurniture(line.replace(/\r$/u, ''))) return line;
    lines.push(i + 1);
    return '';
  });
  return { text: out.join('\n'), count: lines.length, lines };
}

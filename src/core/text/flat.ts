// A page run together into one line, its blocks joined by spaces (a scraper's text of a web page: 通知 区直各单位…,
// …清单 平潭综合实验区管委会 2016年3月3日 附件…). Chinese prose puts no space between words, so a space between two
// blocks' words stands for the line break the page had; read as one, the page keeps its title, its date line, its
// headings and its table's rows.
import type { Edit } from "./html";
import { endsWithGloss } from "./pinyin";

/** A line at least this long, holding at least MIN_BREAKS such spaces, is a page run together. */
const RUN_ON = 300;
const MIN_BREAKS = 3;

/** What ends a block before a space: a Chinese character or closing punctuation (not a comma, 、 or a figure). */
const ENDS_BLOCK = /[\u4e00-\u9fff。;；!！?？:：”)）》」】]/;
/** What opens a block after a space: a Chinese character or opening punctuation. */
const OPENS_BLOCK = /[\u4e00-\u9fff“(（《「【]/;
/** A bullet opens a block after a space whatever ended the one before (…增长5%  ●城镇新增就业…). */
const BULLET = /[●■◆▲★○◇□►▶•]/;
/**
 * A date opening a block after a name or a stop (…管委会 2016年3月3日, 来源:保康融媒网 2023年,…, 。 2016年新开工项目): a year written close up
 * with its 年 — a PDF's spaced figures (到 2025 年, 新建 5 所) space both sides of the number.
 */
const YEAR_OPENS = /^(?:19|20)\d\d年/;
const BEFORE_YEAR = /[。;；!！?？:：”)）》」】会府局委厅办室部院网社报台]/;

/** Words closing a summary's caption, what its part holds (…发展成就总结, …发展目标), and a time in brackets after them. */
export const CAPTION_END = "(?:目标|成就|成效|总结|回顾|任务|举措|重点|情况|方向)";
/** A caption naming what a summary's part holds, then its first item after a hyphen: “十四五”时期发展成就总结 - … */
const CAPTION_THEN_ITEM = new RegExp(`^([^\\s[\\],，。;；:：]{2,28}${CAPTION_END}(?:[(（][^()（）\\s]{1,12}[)）])?) - `);

/** A heading's mark with nothing after it yet: 第一章, 一、 ((一) ends in a bracket, and is no block's end either). */
const BARE_MARK = /(?:^|[\s。;；])(?:第[一二三四五六七八九十百零〇]{1,4}[章节篇部分]|[一二三四五六七八九十]{1,3}、)$/;

/** Whether the line is a table's row: it opens and closes with a bar (a markdown row), or holds a tab. */
function isTableRow(line: string): boolean {
  return /^\s*\|[^]*\|\s*$/.test(line) || line.includes("\t");
}

/** The spaces of run-on lines that stand for line breaks, each to be read as one. */
export function findFlatBreaks(text: string): Edit[] {
  const out: Edit[] = [];
  const spaces = /[ \u3000\u00a0]+/g;
  for (let start = 0; start < text.length;) {
    let nl = text.indexOf("\n", start);
    if (nl < 0) nl = text.length;
    // (the line's own text: a search for the next space never runs past its end; a table's row keeps its spaces, they
    // are inside its cells)
    const line = nl - start >= RUN_ON ? text.slice(start, nl) : "";
    if (line && !isTableRow(line)) {
      const found: Edit[] = [];
      spaces.lastIndex = 0;
      for (let m = spaces.exec(line); m !== null; m = spaces.exec(line)) {
        const a = m.index;
        const b = a + m[0].length;
        if (a === 0 || b >= line.length) continue;
        // (not after a heading's bare mark: 第一章 发展回顾 is one heading)
        if (BARE_MARK.test(line.slice(Math.max(0, a - 8), a))) continue;
        // (nor after a reading glossed after a character, 個(ge) 在建: the space goes with the gloss)
        if (line[a - 1] === ")" && endsWithGloss(line.slice(Math.max(0, a - 10), a))) continue;
        // (a summary's caption between its citation marks and its first item, …[1][10] “十四五”时期发展成就总结 - 产业立城…:
        // it stands on a line of its own)
        if (line[a - 1] === "]") {
          const cap = CAPTION_THEN_ITEM.exec(line.slice(b, b + 40));
          if (cap) {
            found.push({ start: start + a, end: start + b, by: "\n" });
            found.push({ start: start + b + cap[1].length, end: start + b + cap[1].length + 1, by: "\n" });
            continue;
          }
        }
        if ((ENDS_BLOCK.test(line[a - 1]) && OPENS_BLOCK.test(line[b])) || BULLET.test(line[b]) || (BEFORE_YEAR.test(line[a - 1]) && YEAR_OPENS.test(line.slice(b, b + 5)))) {
          found.push({ start: start + a, end: start + b, by: "\n" });
        }
      }
      if (found.length >= MIN_BREAKS) for (const e of found) out.push(e);
    }
    start = nl + 1;
  }
  return out;
}

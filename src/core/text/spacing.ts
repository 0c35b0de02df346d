// Spaces a PDF's text layer or a typesetter puts inside a number's words: "2024 年", "2024 年 3 月 15 日",
// "用 5 年时间". Dropped in normalisation, so years and dates read as they do unspaced. Spaces between other words
// and numbers stay: in a table taken from a PDF they separate the cells (森林覆盖率 % 38.85 40.0).
import type { Range } from "./debris";
import { withoutSpans, type CleanText } from "./normalise";

const SPACE = "[ \\t\\u3000\\u00a0]";
/** A figure and the 年 / 月 / 日 that closes it, with spaces between: "2024 年", "3 月", "15 日" (not 年均, a column). */
const BEFORE_DATE_WORD = new RegExp(`\\d(${SPACE}{1,3})(?=[年月日](?!均))`, "g");
/** Spaces inside a whole date: "2024年 3 月 15 日" (a month and a day after a year belong to it). */
const IN_DATE = new RegExp(`(?:19|20)\\d\\d${SPACE}*年(${SPACE}+)\\d{1,2}${SPACE}*月(?:(${SPACE}+)\\d{1,2}${SPACE}*日)?`, "dg");

/** A decimal point with spaces either side, in a figure that a unit or a word closes: 经济增长6 . 5%左右. */
const IN_DECIMAL = new RegExp(`\\d(${SPACE}{1,2})\\.(${SPACE}{1,2})\\d+(?=${SPACE}?[%‰]|[万亿千百\\u4e00-\\u9fff])`, "dg");

/** A space after a compound unit's slash, before the unit's second word: 40微克/ 立方米. */
// (the space first, then the look back past it: the regex engine finds spaces fast)
const AFTER_SLASH = new RegExp(`(${SPACE})(?<=\\d[\\u4e00-\\u9fff]{1,3}/${SPACE})(?!年)(?=[\\u4e00-\\u9fff])`, "dg");

/** Ranges of the original text that are spaces inside a number's date words, its decimal point or its unit, sorted and disjoint. */
export function findNumberSpacing(text: string): Range[] {
  const out: Range[] = [];
  BEFORE_DATE_WORD.lastIndex = 0;
  // (the figure opens the match, so the regex engine looks only where a digit is)
  for (let m = BEFORE_DATE_WORD.exec(text); m; m = BEFORE_DATE_WORD.exec(text)) out.push({ start: m.index + 1, end: m.index + m[0].length });
  for (const re of [IN_DATE, AFTER_SLASH, IN_DECIMAL]) capturedSpaces(re, text, out);
  return out.sort((a, b) => a.start - b.start);
}

/** Adds to `out` every span the groups of `re` (a "dg" regex whose groups are spaces) capture in `text`. */
function capturedSpaces(re: RegExp, text: string, out: Range[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (const g of m.indices?.slice(1) ?? []) if (g) out.push({ start: g[0], end: g[1] });
  }
}

// (full-width marks are already half-width in the clean text: only CJK marks and curly quotes remain)
const isCjk = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3001 && c <= 0x3011) || (c >= 0x2018 && c <= 0x201d);
const isAlnum = (c: number): boolean => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

const NO_GAPS: ReadonlySet<number> = new Set();
/** A round number in words between single spaces, Chinese on both sides: 管线 一千 公里, 建立 一百 处. */
// (the space first, then the look back at the character before it: the regex engine finds the space fast)
const SPACED_NUMERAL = / (?<=[\u4e00-\u9fff] )([一二两三四五六七八九]?[十百千万][一二两三四五六七八九十百千万]{0,3}) (?=[\u4e00-\u9fff])/g;

/** The positions of the spaces either side of each round number in words spaced off in `line` (SPACED_NUMERAL). */
function spacedNumeralGaps(line: string): Set<number> {
  const out = new Set<number>();
  for (const m of line.matchAll(SPACED_NUMERAL)) {
    out.add(m.index);
    out.add(m.index + m[1].length + 1);
  }
  return out;
}

/**
 * Spaces a PDF's text puts around numbers and Latin words in prose (到 2025 年全市再新增 600 万千瓦): the positions, in
 * `line`, of the spaces to leave out so the number sits against its words again; empty when the line is no such prose.
 * A space qualifies when it is a single one between a Chinese character (or mark) and a digit or Latin letter. A line
 * whose every space qualifies closes them when some number stands between two of them or the line has a sentence's
 * punctuation; a line with a sentence's comma or stop (not only a 、, which a table's names hold too) closes those
 * that qualify and keeps its other spaces. A table row extracted from a PDF has spaces between words, between
 * numbers, or beside -, % and ≥, and keeps them all, as does a line naming an indicator's attribute (预期性, 约束性: a
 * table's rows run together). A number opening the line (a heading's 1.1.1) keeps its space.
 */
export function spacedNumberGaps(line: string): number[] {
  const gaps: number[] = [];
  let sandwich = false;
  // a line with a sentence's punctuation is prose whatever stands after its numbers (达到 98%以上, a line ending 培育 100)
  const prose = /[，。；、,;]/.test(line);
  const sentence = /[，。；,;]/.test(line) && !/预期性|约束性/.test(line);
  // (in a sentence, a round number in words spaced off alike, 新建改建污水收集管线 一千 公里: both its spaces)
  const numeralGaps = sentence && line.includes(" ") ? spacedNumeralGaps(line) : NO_GAPS;
  for (let i = line.indexOf(" "); i >= 0; i = line.indexOf(" ", i + 1)) {
    if (i === 0 || i === line.length - 1) return [];
    if (numeralGaps.has(i)) { gaps.push(i); sandwich = true; continue; }
    const a = line.charCodeAt(i - 1), b = line.charCodeAt(i + 1);
    // (in a sentence, another space — 记者 王某, a stray one — stays as it is)
    if (!((isCjk(a) && isAlnum(b)) || (isAlnum(a) && isCjk(b)))) {
      if (sentence) continue;
      return [];
    }
    // CJK ␠ number ␠ CJK: the number's other side is a space too
    if (isDigit(b)) {
      let k = i + 1;
      while (k < line.length && (isDigit(line.charCodeAt(k)) || line[k] === "." || line[k] === "-")) k++;
      if (line[k] === " " || (k < line.length && line[k] !== "%" && isCjk(line.charCodeAt(k))) || prose) sandwich = true;
    }
    gaps.push(i);
  }
  if (!sandwich) return [];
  const lead = /^\d[\d.]*(?= )/.exec(line);
  return lead ? gaps.filter((g) => g !== lead[0].length) : gaps;
}

/**
 * The clean text with the spaces of its prose lines' numbers closed up (到 2025 年全市再新增 600 万千瓦 → …再新增600万千瓦),
 * before anything reads it: the document's year and title are read from the same words as the rules read.
 */
export function closeSpacedNumbers(clean: CleanText): CleanText {
  const text = clean.text;
  const drop: [number, number][] = [];
  // only the lines holding a space need a look: from each space to the next line's start
  for (let space = text.indexOf(" "); space >= 0; space = text.indexOf(" ", space)) {
    const start = text.lastIndexOf("\n", space) + 1;
    const nl = text.indexOf("\n", space);
    const end = nl < 0 ? text.length : nl;
    const raw = text.slice(start, end);
    const t = raw.trim();
    if (t.indexOf(" ") >= 0) {
      const at = start + raw.indexOf(t[0]);
      for (const g of spacedNumberGaps(t)) drop.push([at + g, at + g + 1]);
    }
    space = end + 1;
  }
  return withoutSpans(clean, drop);
}

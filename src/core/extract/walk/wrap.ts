// Lines wrapped mid-sentence (text pasted from PDFs or web pages): a line that ends without sentence
// punctuation, followed by a line that continues the sentence, is joined to it so the sentence reads whole.
// The break and the spaces around it leave the clean text; the offset map still points into the original.
import { isNavLine } from "../../text/debris";
import { originalOf, withoutSpans, type CleanText } from "../../text/normalise";
import { headingOf } from "../../text/segment";
import { CAPTION_END } from "../../text/flat";
import { isMeasureWord, matchUnit } from "../../numbers/units";
import { leadingIncrementVerb, ORG_SUFFIX } from "../phrase/lexicon";
import { parseValueCell } from "../tables/cells";
import { columnOf } from "../tables/header";

/** Shortest line that may be wrapped prose (table cells and titles are shorter or end otherwise). */
const MIN_WRAPPED = 10;
// (an arrow closing a news lead points at what follows: …要点速读↓)
const ENDS_SENTENCE = /[。;!?:)】》”"」>|↓▼⬇]$/;
const TITLE_END = /(通知|方案|规划|纲要|意见|建议|计划|要点|报告|办法|措施|决定|细则|一览表|指标表|情况|清单|名单|目录)$/;
const LABEL_VALUE = /^[^\s:,;。]{2,30}:[^:]{1,60}$/;
// (or a cell a broken row left on its own line, closed by its bar: 序号 |)
const ROW = /^\|.*\||\t.*\t|\|\s*$/;
/** A short line that opens with a count and holds no punctuation: an item of a list of projects. */
export const COUNTED_ITEM = /^(?:\d[\d.]*|[一二两三四五六七八九十百千万]{1,3})[^,，;；。:：、\s]{2,34}$/;

/** A caption naming what a part of a summary holds (发展成就总结, 发展目标(至2030年)), with no sentence's punctuation. */
const CAPTION = new RegExp(`^[^,，。;；:：]{2,24}${CAPTION_END}(?:[(（][^)）]{1,12}[)）])?$`);

const trimmedOf = (s: string): string => s.trim();

/** A table's header cell (指标名称, 2025年目标, 完成情况); a line with a sentence's punctuation is none (…已整改完成7项,剩余9项). */
const isHeaderCell = (t: string): boolean => !/[,，。;；]/.test(t) && columnOf(t) !== null;

function isValueCell(t: string): boolean {
  if (t.length > 14) return false;
  if (/^(省下达|市下达|县下达|高于全省|高于全市|[-—–]+)$/.test(t)) return true;
  return parseValueCell(t) !== null && !/[\u4e00-\u9fff]{3}/.test(t);
}

/**
 * Whether the break between lines `a` and `b` (both trimmed) is a wrap inside a sentence. `fillsWidth`: line `a` runs
 * to the width the text wraps at (a heading that long was wrapped too: 一、2021年是…周年,是实施“十四五”规 / 划的…).
 */
export function isWrap(a: string, b: string, fillsWidth = false): boolean {
  if (a.length < MIN_WRAPPED || b.length === 0) return false;
  if (ENDS_SENTENCE.test(a) || ROW.test(a) || ROW.test(b) || isNavLine(a) || isNavLine(b)) return false;
  // cells separated by spaces (a table row extracted from a PDF); prose with spaced numbers has its commas
  const row = (t: string): boolean => /\S\s+\S+\s+\S/.test(t) && !/[,。;]/.test(t);
  if (row(a) || row(b)) return false;
  // one "label:value" item per line (城镇化率:62%, 高新技术企业数:突破300家): a list, not wrapped prose
  if (LABEL_VALUE.test(a) && LABEL_VALUE.test(b)) return false;
  // one counted item per line, a list of projects (10个滨江生态公园建设 / 30个河湖水库水质明显提升): no punctuation in
  // either, each opening with its count
  if (COUNTED_ITEM.test(a) && COUNTED_ITEM.test(b)) return false;
  // (a summary's caption after an item that closed with its amount, …认定产业人才3.1万人 / “十五五”时期发展目标(至2030年):
  // the next part's heading)
  if (b.length <= 30 && CAPTION.test(b) && (endsWithQuantity(a) || a.endsWith("]"))) return false;
  const ha = headingOf(a);
  if (ha && !/[。;!?]/.test(a) && !fillsWidth) return false; // a heading line of its own
  if (TITLE_END.test(a) && a.length <= 60) return false;
  if (/^(附件|——|—|·|•|\*|-\s)/.test(b) || /^(文|图|记者|编辑|来源|责编|作者)\s*[/:：]/.test(b) || headingOf(b) || isHeaderCell(a) || isHeaderCell(b) || isValueCell(b)) return false;
  // cells naming organisations (a responsible-unit column), one per line
  // (a cell holds no sentence's punctuation: …达到 65%。全市新增特殊教育资源教室 / 30 个。义务教育课后服务学校 is prose)
  if (a.length <= 30 && b.length <= 30 && ORG_SUFFIX.test(a) && ORG_SUFFIX.test(b) && !/[。;,]/.test(a + b)) return false;
  // a unit cell or a 属性 cell of a flattened table
  if (b.length <= 6 && (matchUnit(b, 0)?.end === b.length || /^(预期性|约束性|—|-)$/.test(b))) return false;
  // a count closing a line, then a verb of work opening the next: two items of a list whose end marks were lost
  // (…新引进各类首店300家以上 / 推进2400个亿元以上项目…); a wrap inside a sentence keeps the comma between such clauses
  if (closesWithCount(a) && opensWithWork(b)) return false;
  // a date or signature line, or a line that is only a year heading what follows (2026年——)
  if (/^(19|20)\d\d年(\d{1,2}月\d{1,2}日|\s*(——|—))$/.test(b)) return false;
  // prose continues: the next line begins with a word, a number or an opening mark, not a bullet — or with the mark
  // that closes or parts the sentence's words (a break a fixed width put before ,、。 or before a number's decimals)
  return /^[\u4e00-\u9fff\d“"(《%,、。;:)》”」!?]|^\.\d/.test(b);
}

/** The unit of a count closing a line (…2623套, 300家以上, 1.5万套, 20公里) and whether a bound follows it, or null. */
function closingCount(t: string): { unit: string; bounded: boolean } | null {
  const m = /\d(?:\.\d+)?[万亿千百]?([\u4e00-\u9fff]{1,3}?)(以上|左右|以内)?$/.exec(t);
  return m ? { unit: m[1], bounded: m[2] !== undefined } : null;
}

/**
 * A line closing on a quantity (…目标任务2623套, …1.45万亿斤左右, …增长5%): where a space parted it from the next block,
 * the quantity ended its item (a page run together from a list of goals, one goal a line).
 */
function endsWithQuantity(t: string): boolean {
  const m = QUANTITY_CLOSES.exec(t);
  if (m === null) return false;
  const unit = matchUnit(m[1], 0);
  return unit !== null && unit.end === m[1].length;
}
const QUANTITY_CLOSES = /\d([^\d\s.]{1,6}?)(?:以上|左右|以内|以下)?$/;

/** A count with its measure word (and bound) closing a line: 300家以上, 100家, 1.5万套, 20公里. */
function closesWithCount(t: string): boolean {
  const c = closingCount(t);
  return c !== null && (isMeasureWord(c.unit) || /^(公里|平方米|亩)$/.test(c.unit));
}
/**
 * Two lines of a list of goals, one a line with no end marks (…启动区260公顷产业空间保障 / 新增规上工业企业超300家 /
 * …省级专精特新企业50家以上 / 整备连片产业用地1.5平方公里以上): each states an amount, and the first closes on its
 * amount or the second opens with a verb of work, and neither holds a clause's marks. (Only in a text not wrapped at a fixed
 * width, whose breaks are its own.)
 */
function goalsApart(a: string, b: string): boolean {
  // (lines of a sentence hold its commas and stops: 到2025年40%建成区达到…要求,中心城35%左右 / 面积达到3-5年一遇…)
  // (two lines that each close on an amount are two items, commas and all: …总产值增长4.3%以上 / 规上工业增加值增速保持在
  // 9%以上,规上工业企业突破1000家)
  return /\d/.test(a) && /\d/.test(b) && ((!CLAUSE_MARK.test(a) && !CLAUSE_MARK.test(b) && (endsWithQuantity(a) || opensWithWork(b))) ||
    (endsWithQuantity(a) && endsWithQuantity(b) && !CONTINUES_AMOUNT.test(b)));
}
const CLAUSE_MARK = /[,，。;；:：]/;
/** A line opening on the growth or share of the amount the line before closed on (…达到80亿元 / 增长6%,…): one clause. */
const CONTINUES_AMOUNT = /^(?:增长|增速|增幅|下降|同比|年均|比上年|较上年|其中|占)/;
/** Whether a line opens with a verb of work: one that adds (新增…) or another (推进…, 实施…). */
function opensWithWork(b: string): boolean {
  return leadingIncrementVerb(b) !== undefined || WORK_OPENS.test(b);
}
/** Verbs that open a clause of work, beyond the verbs that add (推进2400个…项目, 加快…), perhaps after a word of manner
 * (积极打造城乡融合发展十大示范片区). */
const WORK_OPENS = /^(?:积极|大力|全力|着力|持续|全面|进一步)?(?:推进|推动|加快|实施|开展|支持|深化|启动|完成|争取|力争|确保|打造|建设)/;

/** A page number printed by a PDF: — 12 —, - 3 -, 第5页, 5/20. */
const PAGE_NUMBER = /^(?:[—–\-－]{1,2}\s*\d{1,4}\s*[—–\-－]{1,2}|第\s*\d{1,4}\s*页(?:\s*[,,/]?\s*共\s*\d{1,4}\s*页)?)$/;
/** A running page header: a periodical's name and issue (…公报 2024年第4期). */
const RUNNING_HEADER = /(公报|简报|通讯|年鉴|专刊|政报).{0,30}(年\s*第\s*\d{1,3}\s*期|第\s*\d{1,3}\s*期)$|^(20\d\d|19\d\d)年\s*第\s*\d{1,3}\s*期/;

/** Whether `t` (trimmed) is a page header printed after a page number: a line that recurs verbatim, or an issue line. */
function isRunningHeader(t: string, shortLines: () => Map<string, number>): boolean {
  if (t.length > 60 || /[。;,]/.test(t)) return false;
  if (RUNNING_HEADER.test(t)) return true;
  // (a header names the document or its part: a cell of a table written one cell per line — 3, 约束性, % — recurs too)
  return /[\u4e00-\u9fff]{4}/.test(t) && (shortLines().get(t) ?? 0) >= 2;
}

/** How often each short trimmed line occurs (one pass; built only when a page number is seen). */
function countShortLines(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf("\n", start);
    const i = nl < 0 ? text.length : nl;
    if (i - start <= 80) {
      const t = trimmedOf(text.slice(start, i));
      if (t.length > 0 && t.length <= 60) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    start = i + 1;
  }
  return counts;
}

/**
 * Page numbers a PDF's text glued to the start of the next line (…全国经济增速基 | 12本一致…): numbers opening lines,
 * stuck to the words, that count up one by one through the document (12, 13, 14 …). Three in a row make a run.
 */
function gluedPageNumbers(text: string): [number, number][] {
  const found: { start: number; end: number; n: number }[] = [];
  const re = /(^|\n)[ \t]*(\d{1,3})(?=[\u4e00-\u9fff“《])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    found.push({ start: end - m[2].length, end, n: Number(m[2]) });
  }
  const out: [number, number][] = [];
  let run: typeof found = [];
  const flush = (): void => {
    if (run.length >= 3) for (const f of run) out.push([f.start, f.end]);
    run = [];
  };
  for (const f of found) {
    if (run.length && f.n !== run[run.length - 1].n + 1) flush();
    run.push(f);
  }
  flush();
  return out;
}

/** A line shorter than this share of the text's wrap width is no wrapped line. */
const SHORT_OF_WIDTH = 0.5;
/** A line this share of the text's wrap width long or longer runs to it: the line was wrapped there. */
const FILLS_WIDTH = 0.95;
/** A line shorter than this share of a fixed width ends its paragraph (a wrapped line runs to the width, give or take
 * a mark kept off the next line's start, or figures narrower than characters). */
const ENDS_SHORT = 0.85;

/** The sorted lengths of a text's lines that may be prose (at most its first 5,000 such lines). */
function proseLengths(text: string): number[] {
  const lengths: number[] = [];
  let start = 0;
  while (start < text.length && lengths.length < 5000) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    const n = trimmedOf(text.slice(start, end)).length;
    if (n >= MIN_WRAPPED) lengths.push(n);
    start = end + 1;
  }
  return lengths.sort((x, y) => x - y);
}

/**
 * The width a text's lines run to, from the sorted lengths of its lines of prose: their 75th percentile. A PDF's
 * wrapped lines all stop near it; a web page's paragraphs are one long line each.
 */
const widthOf = (lengths: number[]): number => (lengths.length === 0 ? 0 : lengths[Math.floor(lengths.length * 0.75)]);

/**
 * The width a text is wrapped at when most of its lines of prose stop there (text laid out by a PDF or a terminal):
 * the length that 90 % of its lines of prose do not pass, when at least half of them lie within a few characters of
 * it; else null.
 */
export function fixedWidth(text: string): number | null {
  return fixedWidthOf(proseLengths(text));
}

function fixedWidthOf(lengths: number[]): number | null {
  if (lengths.length < 4) return null;
  const width = lengths[Math.floor(lengths.length * 0.9)];
  const near = lengths.filter((n) => n >= FILLS_WIDTH * width && n <= width + 1).length;
  return near * 2 >= lengths.length ? width : null;
}

/**
 * A line opening with a year as its time (2023年,…): in a text not wrapped at a fixed width, a paragraph of its own,
 * whatever mark the line before ended on (…达标率100%, / 2023年,浠水县坚持就业优先…).
 */
const YEAR_OPENS = /^(?:19|20)\d\d年[,，]/;

/**
 * The clean text with wrapped lines joined (the same object when nothing is wrapped), and PDF page furniture
 * (page numbers and the running header after them) left out, so a sentence broken by a page reads whole.
 */
export function joinWrappedLines(clean: CleanText, original?: string, breaks?: ReadonlySet<number>): CleanText {
  const text = clean.text;
  // (a break that stands for a space of a page run together into one line, after a count, parts two cells of a list:
  // …目标任务2623套 / 基本建成任务700套)
  const spaceBreak = (at: number): boolean => original !== undefined && /[ \u3000\u00a0]/.test(original[originalOf(clean.runs, at).start] ?? "");
  const drop: [number, number][] = [];
  let lineStart = 0;
  let prev: { trimmed: string; length: number; contentEnd: number } | null = null;
  // (the lengths of the text's lines, and the widths read from them, only when a line's join is in question)
  let lengths: number[] | undefined;
  let width: number | undefined;
  // page furniture seen since the last content line: dropped, and transparent to the wrap test
  let furniture: [number, number][] = [];
  let afterPageNumber = 0;
  let blank = false;
  let counts: Map<string, number> | null = null;
  const shortLines = (): Map<string, number> => (counts ??= countShortLines(text));
  // (only a text wrapped at a fixed width has lines that run to it: a web page's paragraphs end where they end)
  let fixed: number | null | undefined;
  const fixedNow = (): number | null => (fixed === undefined ? (fixed = fixedWidthOf(lengths ??= proseLengths(text))) : fixed);
  const fills = (n: number): boolean => { const f = fixedNow(); return f !== null && n >= FILLS_WIDTH * f && n <= f + 1; };
  const shortOfFixed = (n: number): boolean => { const f = fixedNow(); return f !== null && n < ENDS_SHORT * f; };
  while (lineStart <= text.length) {
    const nl = text.indexOf("\n", lineStart);
    const i = nl < 0 ? text.length : nl;
    const raw = text.slice(lineStart, i);
    const t = trimmedOf(raw);
    const lineEnd = Math.min(text.length, i + 1);
    if (t.length > 0 && t.length <= 16 && PAGE_NUMBER.test(t)) {
      furniture.push([lineStart, lineEnd]);
      afterPageNumber = 2;
    } else if (t.length > 0 && afterPageNumber > 0 && isRunningHeader(t, shortLines)) {
      furniture.push([lineStart, lineEnd]);
      afterPageNumber = 0;
    } else if (t.length > 0) {
      afterPageNumber = 0;
      const contentStart = lineStart + raw.indexOf(t[0]);
      // (spaces a PDF put around numbers were closed up before: see closeSpacedNumbers)
      // a line far shorter than the lines a text wraps at stands alone (a subheading over a paragraph of a web page)
      // (in a text wrapped at a fixed width, a line well short of it ended where its paragraph or its heading did)
      // (`breaks`: line ends known to be the page's own, where noise against copying closed the line)
      const joined = prev !== null && (!blank || furniture.length > 0) && !breaks?.has(lineStart - 1) && isWrap(prev.trimmed, t, fills(prev.length)) && !(endsWithQuantity(prev.trimmed) && spaceBreak(lineStart - 1)) &&
        !(fixedNow() === null && (goalsApart(prev.trimmed, t) || YEAR_OPENS.test(t))) &&
        prev.length >= SHORT_OF_WIDTH * (width ??= widthOf(lengths ??= proseLengths(text))) && !shortOfFixed(prev.length);
      if (joined) drop.push([prev!.contentEnd, contentStart]);
      else for (const f of furniture) drop.push(f);
      furniture = [];
      blank = false;
      prev = { trimmed: t.length > 200 ? t.slice(-200) : t, length: t.length, contentEnd: contentStart + t.length };
    } else if (furniture.length === 0) {
      // an empty line ends the paragraph, unless page furniture follows it
      blank = true;
    }
    lineStart = i + 1;
  }
  for (const f of furniture) drop.push(f);
  drop.push(...gluedPageNumbers(text));
  if (drop.length === 0) return clean;
  return withoutSpans(clean, drop);
}

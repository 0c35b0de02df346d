// Lines wrapped mid-sentence (text pasted from PDFs or web pages): a line that ends without sentence
// punctuation, followed by a line that continues the sentence, is joined to it so the sentence reads whole.
// The break and the spaces around it leave the clean text; the offset map still points into the original.
import { isNavLine } from "../../text/debris";
import { runOf, RunsBuilder, type CleanText } from "../../text/normalise";
import { headingOf } from "../../text/segment";
import { matchUnit } from "../../numbers/units";
import { ORG_SUFFIX } from "../phrase/lexicon";
import { parseValueCell } from "../tables/cells";
import { columnOf } from "../tables/header";

/** Shortest line that may be wrapped prose (table cells and titles are shorter or end otherwise). */
const MIN_WRAPPED = 10;
const ENDS_SENTENCE = /[。;!?:)】》”"」>|]$/;
const TITLE_END = /(通知|方案|规划|纲要|意见|建议|计划|要点|报告|办法|措施|决定|细则|一览表|指标表|情况|清单|名单|目录)$/;
const LABEL_VALUE = /^[^\s:,;。]{2,30}:[^:]{1,60}$/;
const ROW = /^\|.*\||\t.*\t/;
/** A short line that opens with a count and holds no punctuation: an item of a list of projects. */
export const COUNTED_ITEM = /^(?:\d[\d.]*|[一二两三四五六七八九十百千万]{1,3})[^,，;；。:：、\s]{2,34}$/;

const trimmedOf = (s: string): string => s.replace(/^\s+|\s+$/g, "");

function isValueCell(t: string): boolean {
  if (t.length > 14) return false;
  if (/^(省下达|市下达|县下达|高于全省|高于全市|[-—–]+)$/.test(t)) return true;
  return parseValueCell(t) !== null && !/[\u4e00-\u9fff]{3}/.test(t);
}

/** Whether the break between lines `a` and `b` (both trimmed) is a wrap inside a sentence. */
export function isWrap(a: string, b: string): boolean {
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
  const ha = headingOf(a);
  if (ha && !/[。;!?]/.test(a)) return false; // a heading line of its own
  if (TITLE_END.test(a) && a.length <= 60) return false;
  if (/^(附件|——|—|·|•|\*|-\s)/.test(b) || /^(文|图|记者|编辑|来源|责编|作者)\s*[/:：]/.test(b) || headingOf(b) || columnOf(a) !== null || columnOf(b) !== null || isValueCell(b)) return false;
  // cells naming organisations (a responsible-unit column), one per line
  // (a cell holds no sentence's punctuation: …达到 65%。全市新增特殊教育资源教室 / 30 个。义务教育课后服务学校 is prose)
  if (a.length <= 30 && b.length <= 30 && ORG_SUFFIX.test(a) && ORG_SUFFIX.test(b) && !/[。;,]/.test(a + b)) return false;
  // a unit cell or a 属性 cell of a flattened table
  if (b.length <= 6 && (matchUnit(b, 0)?.end === b.length || /^(预期性|约束性|—|-)$/.test(b))) return false;
  // a date or signature line, or a line that is only a year heading what follows (2026年——)
  if (/^(19|20)\d\d年(\d{1,2}月\d{1,2}日|\s*(——|—))$/.test(b)) return false;
  // prose continues: the next line begins with a word, a number or an opening mark, not a bullet
  return /^[\u4e00-\u9fff\d“"(《%]/.test(b);
}

// (full-width marks are already half-width in the clean text: only CJK marks and curly quotes remain)
const isCjk = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3001 && c <= 0x3011) || (c >= 0x2018 && c <= 0x201d);
const isAlnum = (c: number): boolean => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/**
 * Spaces a PDF's text puts around numbers and Latin words in prose (到 2025 年全市再新增 600 万千瓦): the positions, in
 * `line`, of the spaces to leave out so the number sits against its words again; empty when the line is no such prose.
 * A line qualifies only when every space in it is a single one between a Chinese character (or mark) and a digit or
 * Latin letter, and some number stands between two such spaces or the line has a sentence's punctuation — a table row extracted from a PDF has spaces between
 * words, between numbers, or beside -, % and ≥, and keeps them. A number opening the line (a heading's 1.1.1) keeps its space.
 */
export function spacedNumberGaps(line: string): number[] {
  const gaps: number[] = [];
  let sandwich = false;
  // a line with a sentence's punctuation is prose whatever stands after its numbers (达到 98%以上, a line ending 培育 100)
  const prose = /[，。；、,;]/.test(line);
  for (let i = line.indexOf(" "); i >= 0; i = line.indexOf(" ", i + 1)) {
    if (i === 0 || i === line.length - 1) return [];
    const a = line.charCodeAt(i - 1), b = line.charCodeAt(i + 1);
    if (!((isCjk(a) && isAlnum(b)) || (isAlnum(a) && isCjk(b)))) return [];
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

/** A page number printed by a PDF: — 12 —, - 3 -, 第5页, 5/20. */
const PAGE_NUMBER = /^(?:[—–\-－]{1,2}\s*\d{1,4}\s*[—–\-－]{1,2}|第\s*\d{1,4}\s*页(?:\s*[,,/]?\s*共\s*\d{1,4}\s*页)?)$/;
/** A running page header: a periodical's name and issue (…公报 2024年第4期). */
const RUNNING_HEADER = /(公报|简报|通讯|年鉴|专刊|政报).{0,30}(年\s*第\s*\d{1,3}\s*期|第\s*\d{1,3}\s*期)$|^(20\d\d|19\d\d)年\s*第\s*\d{1,3}\s*期/;

/** Whether `t` (trimmed) is a page header printed after a page number: a line that recurs verbatim, or an issue line. */
function isRunningHeader(t: string, shortLines: () => Map<string, number>): boolean {
  if (t.length > 60 || /[。;,]/.test(t)) return false;
  if (RUNNING_HEADER.test(t)) return true;
  return (shortLines().get(t) ?? 0) >= 2;
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

/**
 * The width a text's lines run to: the 75th percentile of the lengths of its lines that may be prose. A PDF's
 * wrapped lines all stop near it; a web page's paragraphs are one long line each.
 */
export function wrapWidth(text: string): number {
  const lengths: number[] = [];
  let start = 0;
  while (start < text.length && lengths.length < 5000) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    const n = trimmedOf(text.slice(start, end)).length;
    if (n >= MIN_WRAPPED) lengths.push(n);
    start = end + 1;
  }
  if (lengths.length === 0) return 0;
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.75)];
}

/**
 * The clean text with wrapped lines joined (the same object when nothing is wrapped), and PDF page furniture
 * (page numbers and the running header after them) left out, so a sentence broken by a page reads whole.
 */
export function joinWrappedLines(clean: CleanText): CleanText {
  const text = clean.text;
  const drop: [number, number][] = [];
  let lineStart = 0;
  let prev: { trimmed: string; length: number; contentEnd: number } | null = null;
  let width: number | undefined;
  // page furniture seen since the last content line: dropped, and transparent to the wrap test
  let furniture: [number, number][] = [];
  let afterPageNumber = 0;
  let blank = false;
  let counts: Map<string, number> | null = null;
  const shortLines = (): Map<string, number> => (counts ??= countShortLines(text));
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
      const gaps = t.indexOf(" ") >= 0 ? spacedNumberGaps(t) : [];
      let closed = t;
      if (gaps.length > 0) {
        for (const g of gaps) drop.push([contentStart + g, contentStart + g + 1]);
        const gapSet = new Set(gaps);
        closed = [...t].filter((_, k) => !gapSet.has(k)).join("");
      }
      // a line far shorter than the lines a text wraps at stands alone (a subheading over a paragraph of a web page)
      const joined = prev !== null && (!blank || furniture.length > 0) && isWrap(prev.trimmed, closed) && prev.length >= SHORT_OF_WIDTH * (width ??= wrapWidth(text));
      if (joined) drop.push([prev!.contentEnd, contentStart]);
      else for (const f of furniture) drop.push(f);
      furniture = [];
      blank = false;
      prev = { trimmed: closed.length > 200 ? closed.slice(-200) : closed, length: closed.length, contentEnd: contentStart + t.length };
    } else if (furniture.length === 0) {
      // an empty line ends the paragraph, unless page furniture follows it
      blank = true;
    }
    lineStart = i + 1;
  }
  for (const f of furniture) drop.push(f);
  drop.push(...gluedPageNumbers(text));
  if (drop.length === 0) return clean;
  drop.sort((a, b) => a[0] - b[0]);
  // the kept parts of the clean text, and the map of each part composed with the clean text's map
  const runs = new RunsBuilder();
  const parts: string[] = [];
  let from = 0;
  const keep = (to: number): void => {
    if (to <= from) return;
    parts.push(text.slice(from, to));
    for (let r = runOf(clean.runs, from); r < clean.runs.at.length && clean.runs.at[r] < to; r++) {
      const a = Math.max(from, clean.runs.at[r]);
      const b = Math.min(to, r + 1 < clean.runs.at.length ? clean.runs.at[r + 1] : text.length);
      const w = clean.runs.width[r];
      const o = clean.runs.from[r] + (a - clean.runs.at[r]) * w;
      if (w === 1) runs.linear(o, b - a);
      else for (let i = 0; i < b - a; i++) runs.wide(o + i * w, w);
    }
  };
  for (const [s, e] of drop) {
    keep(s);
    from = Math.max(from, e);
  }
  keep(text.length);
  return { text: parts.join(""), runs: runs.runs, originalLength: clean.originalLength };
}

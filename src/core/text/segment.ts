// Segmentation of the clean text: lines, headings (一、/(一)/1./(1)/第一章), sentences and clauses,
// plus masks for spans inside 《book titles》 where numbers are names.
import { matchUnit } from "../numbers/units";
import { codeTable } from "./code-units";

export interface Span {
  start: number;
  end: number;
}

export interface Heading {
  level: number;
  /** The heading as shown in a section path, e.g. "(三)实施大众创业行动". */
  title: string;
  /** A numbered paragraph of body text (a sentence, not a title): it closes sections but adds none. */
  body?: boolean;
}

const CN = "一二三四五六七八九十";
const HEADING_PATTERNS: { level: number; re: RegExp }[] = [
  { level: 0, re: new RegExp(`^第[${CN}百零〇]{1,4}[章篇部分]`) },
  // a 节 sits under its 章
  { level: 0.5, re: new RegExp(`^第[${CN}百零〇]{1,4}节`) },
  { level: 1, re: new RegExp(`^[${CN}]{1,3}、`) },
  { level: 2, re: new RegExp(`^[(][${CN}]{1,3}[)]`) },
  // (1.2018年发展目标: a year may follow the dot)
  { level: 3, re: /^\d{1,3}(?:[.、](?!\d)|\.(?=(?:19|20)\d\d年)|\s)/ },
  { level: 4, re: /^[(]\d{1,2}[)]/ },
  { level: 5, re: /^[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]/ },
  // a news page's section marks (■ 2024年成绩单 / ■ 2025年…主要预期目标); its items carry ● and are body text
  { level: 1, re: /^[■◆▌▍]\s*/ },
];

const BULLET_MARK = /^[■◆▌▍]/;
/** The level of an item marked as a section (◆ with amounts): below a plain heading, above a numbered one's parts. */
export const ITEM_UNDER_HEADING = 1.5;

/** First characters of the patterns above: most lines open with none and need no pattern tried. */
const HEADING_OPENS = codeTable(`第${CN}(0123456789①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳■◆▌▍`);

/** Longest title part (marker included) a heading line may have; a longer first phrase is body text. */
const MAX_TITLE = 26;
/** A quantity with a measure word: a title part stating one (培训不少于3.5万人次) is a sentence, not a heading. */
const QUANTITY = /\d[.\d]{0,12}\s?(?:[—–-]\s?\d[.\d]{0,12})?\s?(?:%|万|亿|个|家|名|人|项|所|座|条|公里|亩|户|套|张|台|辆|吨|千瓦|元|处|次|栋|间)/;

/**
 * Heading carried by a line, if any. A short line without sentence punctuation is a heading whole (commas may
 * join its two halves: 四、以产业链高级化推进产业转型升级,构建…); a numbered line with a sentence after it gives
 * only its first phrase, up to the first 。/;/,/: . A numbered paragraph whose first phrase is long or states a
 * quantity is body text (`body: true`): it closes the sections at its level but names none.
 */
export function headingOf(line: string): Heading | null {
  const t = line.trim();
  if (t.length < 2 || HEADING_OPENS[t.charCodeAt(0)] !== 1) return null;
  for (const { level, re } of HEADING_PATTERNS) {
    const m = re.exec(t);
    if (!m) continue;
    // "1 " style needs real text after it and must not be a bare table cell number
    if (level === 3 && /^\d{1,3}\s*$/.test(t)) return null;
    // 40 万套（包括间）以上。: a quantity a wrapped line opens with, not a numbered heading
    if (level === 3 && /\s$/.test(m[0]) && matchUnit(t, m[0].length) !== null) return null;
    const sentence = t.length > 40 || /[。;!?]/.test(t);
    // (a line with no sentence's end is its title whole; a sentence's title ends at its first stop, comma or colon)
    let title = (sentence ? t.slice(0, firstStop(t, m[0].length)) : t).trim();
    // (a chapter's or a section's mark alone on its line, its title on the next, still opens its chapter and closes the
    // one before: 第二章 / “十四五”发展战略…; its title is the mark alone, the next line is read as body text)
    if (title.length <= m[0].length) {
      if (level <= 0.5 && title === t) return { level, title };
      continue;
    }
    title = title.replace(/\s+/g, " ");
    const body = (sentence && title.length > MAX_TITLE) || QUANTITY.test(title.slice(m[0].length));
    // (a section mark on a line stating amounts marks an item, ◆GDP同比增长5%;…, under the heading above it — 2024年重点指标)
    if (body && level === 1 && BULLET_MARK.test(m[0])) return { level: ITEM_UNDER_HEADING, title: title.slice(0, MAX_TITLE), body: true };
    return body ? { level, title: title.slice(0, MAX_TITLE), body: true } : { level, title };
  }
  return null;
}

/** Where a sentence's first phrase ends: its first 。;!?,: at or after `from`, else its end. */
function firstStop(t: string, from: number): number {
  for (let i = from; i < t.length; i++) if (PHRASE_END[t.charCodeAt(i)] === 1) return i;
  return t.length;
}

/** A heading marker where a heading may begin inside a run-on line: 第三章 · 二、 · (三) · 1. */
const INLINE_MARKER = new RegExp(`^(?:第[${CN}百零〇]{1,4}[章节篇]|[${CN}]{1,3}、|[(][${CN}]{1,3}[)]|\\d{1,2}[.、](?![\\d.]))`);
const MARKERS = new RegExp(INLINE_MARKER.source.slice(1), "g");
/** Characters a heading marker may open with; sentence ends; what a heading may follow. */
const OPENS = codeTable("第一二三四五六七八九十(0123456789");
const AFTER_STOP = codeTable("。;:!? ");
const PHRASE_END = codeTable("。;!?,:");

/**
 * A line split where a heading begins inside it — text flattened from a web page runs a whole document into one
 * line: …不辱使命、不负重托。二、锚定目标,… / 一、2024年工作情况(一)深层次… A heading begins after a sentence's end
 * (。;:!? or a space), or right after a heading's title that no punctuation closed (一、2024年工作情况 | (一)…).
 */
export function inlineSegments(text: string, line: Span): Span[] {
  if (line.end - line.start < 80) return [line];
  const out: Span[] = [];
  pushSegments(text, line.start, line.end, out);
  return out;
}

/**
 * The lines the walk reads, in order (without their newlines): each line of the text, a run-on line split where a
 * heading begins inside it (see inlineSegments). One pass, no array per line.
 */
export function readingLines(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    if (end - start < 80) out.push({ start, end });
    else pushSegments(text, start, end, out);
    start = end + 1;
  }
  return out;
}

/** Adds to `out` the segments of the line text[lineStart, lineEnd) (see inlineSegments). */
function pushSegments(text: string, lineStart: number, lineEnd: number, out: Span[]): void {
  let start = lineStart;
  // the current segment opened with a marker (its title may run on without punctuation)
  let opened = INLINE_MARKER.test(text.slice(start, start + 8));
  // (the line's own text: a search never runs past its end)
  const own = text.slice(lineStart, lineEnd);
  MARKERS.lastIndex = 1;
  for (let m = MARKERS.exec(own); m; m = MARKERS.exec(own)) {
    const p = lineStart + m.index;
    const before = text.charCodeAt(p - 1);
    // 十一、 is one marker; 第一、二季度 is no heading
    if (OPENS[before] === 1 || before === 0x2e) continue;
    const afterStop = AFTER_STOP[before] === 1;
    const titleRunsOn = opened && p - start <= 40 && !/[。;!?]/.test(text.slice(start, p));
    if (!afterStop && !titleRunsOn) continue;
    out.push({ start, end: p });
    start = p;
    opened = true;
  }
  out.push({ start, end: lineEnd });
}

const COLON = 0x3a;
const DASH = 0x2014; // —
const COMMA = 0x2c;
const SPACE = 0x20;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** A Chinese character's code (the CJK Unified Ideographs block). */
export const isHan = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;

/** Sentence ends (。!?; and the line break). */
const SENTENCE_ENDS = codeTable("。!?;\n");
/** What a clause scan stops at: 1 for a break (a clause's ends, and a dash that may open ——), 2 for a digit, 3 for a space. */
const CLAUSE_CLASS = new Uint8Array(65536);
for (const ch of "。!?;\n,:—") CLAUSE_CLASS[ch.charCodeAt(0)] = 1;
for (const ch of "0123456789") CLAUSE_CLASS[ch.charCodeAt(0)] = 2;
CLAUSE_CLASS[SPACE] = 3;
// (a closing quote right before an opening one parts two quoted goals, each with its amount: 提出“…800公里等民生实事”“新增再生水
// 2500万立方米”等目标 — not quoted names, 省“尖兵”“领雁”立项7项以上, “丰优258”“涡麦229”小麦品种2个)
for (const ch of "\"”") CLAUSE_CLASS[ch.charCodeAt(0)] = 4;

/** Whether the comma at `i` groups thousands: 1,000 / 12,500 / 1,200,000 (not 3,2 or a list of numbers). */
function groupsThousands(text: string, i: number): boolean {
  let h = i;
  while (h > 0 && isDigit(text.charCodeAt(h - 1)) && i - h < 4) h--;
  if (i - h < 1 || i - h > 3 || (h > 0 && text.charCodeAt(h - 1) === COMMA && !isDigit(text.charCodeAt(h - 2)))) return false;
  return isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3)) && !isDigit(text.charCodeAt(i + 4));
}

/** Whether the break character at `i` ends nothing: a colon between digits is a ratio or a time (2.5:1, 8:30); a comma
 * grouping thousands (人民币1,000亿元) is none either: a head of one to three digits, then three digits. */
function joinsNumbers(text: string, i: number, c: number): boolean {
  if (c === COLON) return isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1));
  return c === COMMA && groupsThousands(text, i);
}

export function sentences(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let start = from;
  // (one pass over the characters: this runs over every line of the text)
  for (let i = from; i < to; i++) {
    if (SENTENCE_ENDS[text.charCodeAt(i)] !== 1) continue;
    if (i > start) out.push({ start, end: i });
    start = i + 1;
  }
  if (to > start) out.push({ start, end: to });
  return out;
}

/**
 * Clauses of text[from, to): split at 。!?;,: and the line break, and at "——" bullets (the second dash starts the next
 * clause), then at the spaces of a list written with spaces for punctuation (实施…二期工程 包括挡墙13.46千米
 * 道路8.72千米 护砌2.75千米): a clause holding two or more spaces between Chinese characters, each after an item that
 * stated its number, is split at them. One such space (a heading's 2026年 民生实事) stays.
 */
export function clauses(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let start = from;
  // (the clause's own characters after its first: a digit there, then a space between Chinese characters, ends an item)
  let digit = false;
  // spaces between Chinese characters in the current clause that each end an item stating its number (one array for
  // the whole call, emptied at each break)
  const gaps: number[] = [];
  // one pass over the characters, without a search per break: this runs over the whole text
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const kind = CLAUSE_CLASS[c];
    if (kind === 0) continue;
    if (kind === 2) { if (i > start) digit = true; continue; }
    if (kind === 4) {
      const next = text.charCodeAt(i + 1);
      if (i > start && (next === 0x22 || next === 0x201c) && i + 1 < to && quotesAmount(text, start, i)) { pushClause(out, start, i + 1, gaps); start = i + 1; digit = false; gaps.length = 0; }
      continue;
    }
    if (kind === 3) {
      // a space ends an item once the item has stated its number (地区生产总值 增长5%左右 一般公共预算收入 增长3%)
      if (digit && i > start && i + 1 < to && isHan(text.charCodeAt(i - 1)) && isHan(text.charCodeAt(i + 1))) { gaps.push(i); digit = false; }
      continue;
    }
    // (a lone dash breaks nothing: only —— does, the one a clause may end at the range's end reads past it)
    if (c === DASH ? text.charCodeAt(i + 1) !== DASH : joinsNumbers(text, i, c)) continue;
    if (i > start) pushClause(out, start, i, gaps);
    start = i + 1;
    digit = false;
    gaps.length = 0;
  }
  if (to > start) pushClause(out, start, to, gaps);
  return out;
}

/** Whether the quote closing at `close` holds an amount: words, then a figure (…改造800公里…, 新增再生水2500万立方米). */
function quotesAmount(text: string, start: number, close: number): boolean {
  const c = text.charCodeAt(close);
  let open = close - 1;
  while (open >= start && text.charCodeAt(open) !== (c === 0x22 ? 0x22 : 0x201c)) open--;
  if (isDigit(text.charCodeAt(close - 1))) return false;
  // (a quoted goal opened in a clause before, its last clause holding a figure: “全省冷库容量达到1000万吨,冷藏车保有量达到
  // 6000辆、年均增长10%以上”“肉类…分别达到85%、30%、85%”)
  if (open < start) {
    for (let k = start; k < close; k++) if (isDigit(text.charCodeAt(k))) return true;
    return false;
  }
  // (the figure after the words of the goal, 新增再生水2500…: a name opening with its figure, “5G+…”, “15分钟生活圈”, is none)
  for (let k = open + 1; k < close; k++) if (isDigit(text.charCodeAt(k))) return k - open > 2;
  return false;
}

/** The clause [start, end), or its items when two or more spaces in it end one (`gaps`). */
function pushClause(out: Span[], start: number, end: number, gaps: number[]): void {
  if (gaps.length < 2) { out.push({ start, end }); return; }
  for (let k = 0; k < gaps.length; k++) {
    out.push({ start, end: gaps[k] });
    start = gaps[k] + 1;
  }
  out.push({ start, end });
}

/**
 * For each position, whether it lies inside 《…》 or 〈…〉 (titles of other documents) within a line.
 * Unclosed marks end at the line break.
 */
export function titleMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  // only lines with a 《 or 〈 need a look (the regex engine finds them)
  const open = /[《〈]/g;
  for (let m = open.exec(text); m; m = open.exec(text)) {
    let depth = 0;
    let i = m.index;
    for (; i < text.length; i++) {
      const ch = text[i];
      if (ch === "\n") break;
      if (ch === "《" || ch === "〈") depth++;
      else if ((ch === "》" || ch === "〉") && depth > 0) { mask[i] = 1; depth--; if (depth === 0) { i++; break; } continue; }
      if (depth > 0) mask[i] = 1;
    }
    open.lastIndex = i;
  }
  return mask;
}

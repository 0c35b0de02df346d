// The lines of a bulletin, each told apart as prose, heading, table caption, table header, table row or page
// furniture (page numbers such as "— 3 —", running headers, chart axis labels, page widgets). Bulletins come
// as HTML text (one paragraph per line, tables as TSV) or as PDF layout text (hard-wrapped lines, space-
// aligned tables, letter-spaced words); the classes below hold for both.
import { isNavLine } from "../text/debris";
import { normalise, runOf } from "../text/normalise";
import { MappedBuilder, type MappedText } from "./mapped";

export type LineKind = "blank" | "furniture" | "heading" | "caption" | "header" | "row" | "prose" | "note";

/** A table cell: [s, e) within its line's text. */
export interface Cell {
  text: string;
  s: number;
  e: number;
}

export interface Line {
  text: MappedText;
  kind: LineKind;
  /** Table cells (header and row lines). */
  cells: Cell[];
}

const CJK = /[\u4e00-\u9fff]/;
const NUMERIC_CELL = /^[-−]?\d[\d,]*(?:\.\d+)?%?$/;
const PLACEHOLDER_CELL = /^[-—–…/]+$/;
const HEADER_WORDS = /(指标|项目|名称|单位|绝对数|增长|增速|比重|产量|数量|年末数|总额|金额|涨跌|比上年|同比|%|地区|类别|分组|本年|上年)/;
/** Page widgets and the header fields of archived pages (栏目 / 原文链接 / 本地目录 / ==== 正文 ====). */
const WIDGET = /^(【?字号|分享[:]?$|访问量|打印|关闭|\[?打印本页|栏目[:]|原文链接[:]|本地目录[:]|页面链接|=+正文=+$)/;

export function isNumericCell(t: string): boolean {
  return NUMERIC_CELL.test(t);
}

/** A cell that stands for a missing number (—, …, /). */
export function isPlaceholderCell(t: string): boolean {
  return PLACEHOLDER_CELL.test(t);
}

/** Cells of a line: tab-separated, or separated by runs of two or more spaces (PDF layout). */
export function splitCells(line: string): Cell[] {
  const cells: Cell[] = [];
  const sep = line.includes("\t") ? /\t+/g : /\s{2,}|\t+/g;
  let from = 0;
  const add = (s: number, e: number): void => {
    while (s < e && /\s/.test(line[s]!)) s++;
    while (e > s && /\s/.test(line[e - 1]!)) e--;
    if (e > s) cells.push({ text: line.slice(s, e), s, e });
  };
  for (let m = sep.exec(line); m; m = sep.exec(line)) {
    add(from, m.index);
    from = m.index + m[0].length;
  }
  add(from, line.length);
  return cells;
}

const compact = (t: string): string => t.replace(/\s+/g, "");

function isRow(cells: Cell[], text: string): boolean {
  if (cells.length < 2 || text.includes("。")) return false;
  const first = cells[0]!.text;
  if (!CJK.test(first) || /[,;]/.test(first) || compact(first).length > 40) return false;
  // a number must follow the name; cells after the name are numbers, placeholders or a unit
  let numbers = 0;
  for (const c of cells.slice(1)) {
    if (isNumericCell(c.text)) numbers++;
    else if (!isPlaceholderCell(c.text) && (compact(c.text).length > 8 || /[,;。]/.test(c.text))) return false;
  }
  return numbers > 0;
}

function isHeader(cells: Cell[], text: string): boolean {
  if (cells.length < 2 || /[。;,]/.test(text)) return false;
  if (cells.some((c) => isNumericCell(c.text) || compact(c.text).length > 24)) return false;
  return cells.filter((c) => HEADER_WORDS.test(c.text)).length >= 1 && cells.some((c) => CJK.test(c.text));
}

function isHeading(t: string): boolean {
  const c = compact(t);
  if (c.length === 0 || /[。;,]/.test(c)) return false;
  if (/^[一二三四五六七八九十]{1,3}、/.test(c) && c.length <= 20) return true;
  if (/^第[一二三四五六七八九十]{1,3}(部分|章)/.test(c) && c.length <= 24) return true;
  // a short title line of its own (综合, 农业, 对外经济): no digits, no punctuation
  return c.length <= 8 && /^[\u4e00-\u9fff、和与及]+$/.test(c);
}

/** Classifies every line of the document. Offsets of each line's characters point into `original`. */
export function readLines(original: string): Line[] {
  const clean = normalise(original);
  const text = clean.text;
  const raw: { s: number; e: number }[] = [];
  for (let s = 0, i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === "\n") {
      raw.push({ s, e: i });
      s = i + 1;
    }
  }
  // Running headers: the same line (spaces ignored) on many pages.
  const counts = new Map<string, number>();
  for (const r of raw) {
    const c = compact(text.slice(r.s, r.e));
    if (c.length >= 6) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const lines: Line[] = raw.map((r) => {
    const b = new MappedBuilder();
    // the runs are in order: find the line's first once, then step along
    const { at, from, width } = clean.runs;
    for (let i = r.s, k = r.s < r.e ? runOf(clean.runs, r.s) : 0; i < r.e; i++) {
      while (k + 1 < at.length && at[k + 1]! <= i) k++;
      const o = from[k]! + (i - at[k]!) * width[k]!;
      b.push(text[i]!, o, o + width[k]!);
    }
    const mapped = b.build();
    const t = mapped.text;
    const c = compact(t);
    let kind: LineKind;
    let cells: Cell[] = [];
    if (c === "") kind = "blank";
    else if ((!CJK.test(c) && !/[。、,;]/.test(c)) || isNavLine(t) || WIDGET.test(c)) kind = "furniture";
    else {
      cells = splitCells(t);
      if (isRow(cells, t)) kind = "row";
      // table headers repeat from table to table; other repeated lines are running headers
      else if (isHeader(cells, t)) kind = "header";
      else if ((counts.get(c) ?? 0) >= 3 && !c.includes("。")) kind = "furniture";
      else if (isHeading(t)) kind = "heading";
      else kind = "prose";
      if (kind !== "row" && kind !== "header") cells = [];
    }
    return { text: mapped, kind, cells };
  });
  markCaptions(lines);
  markNotes(lines);
  return lines;
}

/** Footnotes ([6]限额以上…) and the notes at the end (注：, 资料来源：): definitions, not observations. */
const NOTE_LINE = /^(?:\[\d{1,2}\]|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]|注[:释]|注$|资料来源|附注|说明[:])/;
const NOTES_SECTION = /^(?:注[:释]?|资料来源[:]?|附注[:]?)$/;

function markNotes(lines: Line[]): void {
  let tail = false;
  for (const l of lines) {
    if (l.kind === "blank" || l.kind === "furniture") continue;
    const c = compact(l.text.text);
    if (NOTES_SECTION.test(c)) tail = true;
    if (tail || NOTE_LINE.test(c)) l.kind = "note";
  }
}

const SKIPPABLE: ReadonlySet<LineKind> = new Set(["blank", "furniture"]);

/**
 * A caption is the prose line right above a table (its header or first row), or any line starting 表N or 图N.
 * Captions name the table and its year; they are not joined into the prose.
 */
function markCaptions(lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.kind !== "prose" && l.kind !== "heading") continue;
    const c = compact(l.text.text);
    if (/^[表图]\d/.test(c)) {
      l.kind = "caption";
      continue;
    }
    if (/[。;]$/.test(c) || c.length > 60) continue;
    let j = i + 1;
    while (j < lines.length && SKIPPABLE.has(lines[j]!.kind)) j++;
    const next = lines[j];
    if (next && (next.kind === "header" || next.kind === "row")) l.kind = "caption";
  }
}

// A table laid out with spaces, as PDF text keeps it (pdftotext -layout): each cell stands under its header cell, so a
// cell belongs to the column it lies under, not to its place in the row. That reads blank cells (a row with fewer
// cells), a value written with a space in it (6 左右, ≥ 560) and an indicator name wrapped onto a line of its own.
import { isHan, type Span } from "../../text/segment";
import { attributeOf, isEmptyMark, parseValueCell, type Cell } from "./cells";
import { columnOf, readHeader, resolveYears, SECOND_TIER_VALUE, type Column } from "./header";
import type { Row } from "./table";

/** A cell of a laid-out line, with the display columns it spans (a Chinese character is two wide). */
interface Placed extends Cell { from: number; to: number }

/** Display width of a character: CJK ideographs, their punctuation and full-width forms take two columns. */
function widthOf(code: number): number {
  return (code >= 0x2e80 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xffef) || (code >= 0x3000 && code <= 0x303f) ? 2 : 1;
}

/**
 * Width of the character at `i` as the page laid it out: a bracket beside a Chinese character was a full-width one
 * (细颗粒物（PM2.5）平均浓度) that the text's normalisation made narrow, and it took two columns on the page.
 */
function laidWidth(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if ((code === 0x28 || code === 0x29) && (isHan(text.charCodeAt(i - 1)) || isHan(text.charCodeAt(i + 1)))) return 2;
  return widthOf(code);
}

/** A bound written apart from its value (6 左右, 5.5 以上), or a comparator apart from it (≥ 560). */
const BOUND_WORD = /^(?:左右|以上|以下|以内|及以上)$/;
const COMPARATOR = /^[≥≤><＞＜~～]$/;

/** The cells of a line: runs of non-spaces, a bound or comparator written apart joined to its value. */
export function laidCells(text: string, start: number, end: number): Placed[] {
  const out: Placed[] = [];
  let col = 0;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x3000 || c === 0x09) { col += c === 0x3000 ? 2 : c === 0x09 ? 8 - (col % 8) : 1; i++; continue; }
    const from = col;
    const s = i;
    while (i < end && text.charCodeAt(i) !== 0x20 && text.charCodeAt(i) !== 0x3000 && text.charCodeAt(i) !== 0x09) { col += laidWidth(text, i); i++; }
    const cell: Placed = { start: s, end: i, text: text.slice(s, i), from, to: col };
    const prev = out[out.length - 1];
    // (joined only across a single space: a wider gap parts two cells)
    if (prev && from - prev.to === 1 && ((BOUND_WORD.test(cell.text) && /[\d%]$/.test(prev.text)) || COMPARATOR.test(prev.text))) {
      out[out.length - 1] = { start: prev.start, end: i, text: text.slice(prev.start, i), from: prev.from, to: col };
    } else out.push(cell);
  }
  return out;
}

/** The index of the header column a name lies under: the last whose header cell starts at or before it. */
function columnAt(starts: number[], from: number): number {
  let k = 0;
  // (a right-aligned number may start a little before its header cell)
  while (k + 1 < starts.length && starts[k + 1] - 2 <= from) k++;
  return k;
}

const mid = (c: Placed): number => (c.from + c.to) / 2;

/** How far `at` lies from header cell `h`: 0 within it, else the distance to its nearer edge. */
const away = (h: Placed, at: number): number => (at < h.from ? h.from - at : at > h.to ? at - h.to : 0);

/** Of the columns `among`, the one whose header cell lies nearest `at`. */
function nearestColumn(head: Placed[], among: number[], at: number): number {
  let best = among[0];
  for (const k of among) if (away(head[k], at) < away(head[best], at)) best = k;
  return best;
}

/** The shift (in display columns, −8…8) that sets the middles of most of a row's data cells within 2 of a header cell. */
function rowShift(head: Placed[], among: number[], data: Placed[]): number {
  let best = 0;
  let most = -1;
  for (let s = 0; s <= 8; s = s > 0 ? -s : -s + 1) {
    let n = 0;
    for (const c of data) if (among.some((k) => away(head[k], mid(c) - s) <= 2)) n++;
    if (n > most) { most = n; best = s; }
    if (s === -8) break;
  }
  return best;
}

/** Whether a cell stands under header cell `h`: its start, middle or end within three columns of the header cell's. */
const under = (h: Placed, c: Placed): boolean =>
  Math.abs(h.from - c.from) <= 3 || Math.abs(h.to - c.to) <= 3 || Math.abs((h.from + h.to) / 2 - (c.from + c.to) / 2) <= 3;

const NAME_ROLES = new Set<Column["role"]>(["category", "serial", "indicator", "unit"]);

export interface LaidTable { columns: Column[]; rows: Row[]; lastLine: number }

/**
 * The table whose header is line `li`, read by position: a header whose every cell has a column role, then rows until
 * a line that is neither a row, a wrapped part of a name nor a part's label. Null when line `li` is no such header.
 */
export function laidTable(text: string, lines: Span[], li: number, docYear: number | null, horizon: number | null): LaidTable | null {
  let head = laidCells(text, lines[li].start, lines[li].end);
  if (head.length < 3) return null;
  // (a header of two lines: 2025年 | 2030年 over 绝对值 | 绝对值 | 年均增长(%))
  const tier = li + 1 < lines.length ? laidCells(text, lines[li + 1].start, lines[li + 1].end) : [];
  const twoLines = tier.length > 0 && tier.every((c) => SECOND_TIER_VALUE.test(c.text) || columnOf(c.text)?.role === "growth") && tier.some((c) => SECOND_TIER_VALUE.test(c.text));
  if (twoLines) head = withTierUnder(head, tier);
  const h = readHeader(head, 0);
  if (!h || h.next < head.length || h.columns.length !== head.length) return null;
  resolveYears(h.columns, docYear, horizon);
  const columns = h.columns;
  const starts = head.map((c) => c.from);
  const ind = columns.findIndex((c) => c.role === "indicator");
  if (ind < 0) return null;
  const rows: Row[] = [];
  // (the first part of a name whose row comes on a later line: 数字经济核心产业增加值占地区 / 生产总值比重(%)  9.6  13)
  let pending: Cell | null = null;
  let k = twoLines ? li + 2 : li + 1;
  let blanks = 0;
  // (cells separated by spaces but not set under their header cells, as a word processor's text pastes, are read in order
  // instead: most value cells must stand under theirs)
  let valueCells = 0;
  let aligned = 0;
  const dataColumns = columns.map((c, j) => j).filter((j) => !NAME_ROLES.has(columns[j].role));
  for (; k < lines.length; k++) {
    const t = text.slice(lines[k].start, lines[k].end);
    // (a page break leaves a few blank lines between a table's parts)
    if (t.trim() === "") { if (++blanks > 8) break; continue; }
    blanks = 0;
    if (t.length > 160 || t.includes("。")) break;
    // (a page's number between dashes, — 15 —, or 第15页, between the parts of a table a page break split)
    if (/^\s*(?:[-—–－]+\s*\d{1,4}\s*[-—–－]+|第\s*\d{1,4}\s*页)\s*$/.test(t)) continue;
    const cells = laidCells(text, lines[k].start, lines[k].end);
    // (the header again at the top of the next page)
    if (cells.length === head.length && cells.every((c, j) => c.text === head[j].text)) continue;
    // (a name whose width the text changed, narrowed brackets or wide letters, moves the row's values off their header cells
    // by a few columns: the shift that sets most of them under one is the row's)
    const isData = cells.map((c) => parseValueCell(c.text) !== null || attributeOf(c.text) !== null || isEmptyMark(c.text));
    const shift = rowShift(head, dataColumns, cells.filter((_, j) => isData[j]));
    const at = cells.map((c, j) => (isData[j] ? nearestColumn(head, dataColumns, mid(c) - shift) : columnAt(starts, c.from - shift)));
    for (let j = 0; j < cells.length; j++) if (!NAME_ROLES.has(columns[at[j]].role)) { valueCells++; if (away(head[at[j]], mid(cells[j]) - shift) <= 3 || under(head[at[j]], cells[j])) aligned++; }
    // (two cells of a row under one header cell: the row is not set under the header)
    const taken = at.filter((a) => !NAME_ROLES.has(columns[a].role));
    if (new Set(taken).size < taken.length) return null;
    const data = cells.filter((_, j) => !NAME_ROLES.has(columns[at[j]].role));
    const names = cells.filter((_, j) => at[j] === ind);
    if (data.length === 0) {
      // a line of names only: a part's label (经济发展), the rest of the name above, or the start of the name below
      if (names.length === 0) { if (cells.every((_, j) => columns[at[j]].role === "category")) continue; break; }
      const part = joinCells(text, names);
      if (part.text.length > 40) break;
      const last = rows[rows.length - 1];
      // (a part that closes the name, with its unit in brackets, ends the row above; else it opens the row below)
      if (last && pending === null && /[)）]$/.test(part.text) && !/[)）]$/.test(last.nameText ?? last.name.text)) {
        last.nameText = (last.nameText ?? last.name.text) + part.text;
        last.name = { start: last.name.start, end: part.end, text: last.nameText };
      } else pending = pending ? joinCells(text, [pending, part]) : part;
      continue;
    }
    // (values with no name: the name's parts stand on the lines around them)
    let name: Cell | null = names.length ? joinCells(text, names) : null;
    if (pending) { name = name ? joinCells(text, [pending, name]) : pending; pending = null; }
    if (!name) {
      // (the second part of the name may follow on the next line)
      const next = k + 1 < lines.length ? laidCells(text, lines[k + 1].start, lines[k + 1].end) : [];
      if (next.length > 0 && next.every((c) => columnAt(starts, c.from) === ind)) { name = joinCells(text, next); k++; }
      else break;
    }
    const row: Row = { name, nameText: name.text, unit: null, attribute: null, values: new Map(), responsible: [] };
    cells.forEach((c, j) => {
      const role = columns[at[j]].role;
      if (role === "unit") row.unit = c;
      else if (role === "attribute" || attributeOf(c.text) !== null) row.attribute = c;
      else if (!NAME_ROLES.has(role) && role !== "responsible" && role !== "other" && parseValueCell(c.text) !== null) {
        const list = row.values.get(at[j]) ?? [];
        list.push(c);
        row.values.set(at[j], list);
      }
    });
    rows.push(row);
  }
  return rows.length && aligned >= 0.8 * valueCells ? { columns, rows, lastLine: k - 1 } : null;
}

/**
 * A header line with the line of its second tier under it: a tier cell under a header cell completes it (2025年 over 绝对值
 * → 2025年绝对值), set where the tier cell stands, as the values below are; one under none is a column of its own (年均增长
 * beside the 2030年 merged over two columns). Header cells with nothing under them stay as they are.
 */
function withTierUnder(head: Placed[], tier: Placed[]): Placed[] {
  const over = (h: Placed, t: Placed): boolean => h.from < t.to && t.from < h.to;
  const kept = head.filter((h) => !tier.some((t) => over(h, t)));
  const completed = tier.map((t) => {
    const above = head.find((h) => over(h, t));
    return above ? { ...t, text: above.text + t.text } : t;
  });
  return [...kept, ...completed].sort((a, b) => a.from - b.from);
}

/** Cells joined into one (a name in parts): from the first's start to the last's end, their texts run together. */
function joinCells(text: string, cells: Cell[]): Cell {
  return { start: cells[0].start, end: cells[cells.length - 1].end, text: cells.map((c) => c.text).join("") };
}

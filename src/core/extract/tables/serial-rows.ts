// Tables as PDF text gives them: one line per row, opening with the row's serial number, cells separated by spaces,
// and the words of a long cell pushed onto the lines above and below its row:
//   全社会研发经费支出相当于
//   6 % 预期性 4.5左右 -
//   全市生产总值比例
// The header's words are scattered over the lines before the first row (序 | 指 标 单位 属性 | 号 | 2025年 年均[累计]);
// what matters is the value columns' order. Values are the cells after the attribute (预期性/约束性), else the last
// cells of the line.
import type { Span } from "../../text/segment";
import { attributeOf, isUnitCell, type Cell } from "./cells";
import { columnOf, resolveYears, type Column } from "./header";
import { readTable, type Row, type TableReading } from "./table";

export interface SerialRows {
  reading: TableReading;
  lastLine: number;
}

const blank = (c: Column["role"], text: string): Column => ({ role: c, year: null, cumulative: false, unit: null, places: false, text });

/** Space-separated cells of a line, with clean-text offsets. */
function cellsOf(text: string, span: Span): Cell[] {
  const out: Cell[] = [];
  const line = text.slice(span.start, span.end);
  for (const m of line.matchAll(/\S+/g)) out.push({ start: span.start + m.index, end: span.start + m.index + m[0].length, text: m[0] });
  return out;
}

const isRow = (t: string, n: number): boolean => {
  const digits = String(n);
  return t.startsWith(digits) && /^\s+\S/.test(t.slice(digits.length));
};
/** A short line holding part of a cell of the row above or below. */
const isFragment = (t: string): boolean => t.length > 0 && t.length <= 40 && !/[。;]/.test(t) && !/^\d+\s/.test(t);

/** The value columns named by the header's words in the lines above the first row, in order; null without a header. */
function headerAbove(text: string, lines: Span[], li: number): { columns: Column[]; title: string | null } | null {
  const words: string[] = [];
  let title: string | null = null;
  for (let k = li - 1; k >= 0 && k >= li - 6; k--) {
    const t = text.slice(lines[k].start, lines[k].end).trim();
    if (t.length > 40 || /。/.test(t)) { title = null; break; }
    if (/(指标|表)$/.test(t) && t.length > 6) { title = t; break; }
    words.unshift(...t.split(/\s+/));
  }
  if (!words.some((w) => /属性/.test(w)) || !words.some((w) => /单位|指/.test(w))) return null;
  const columns = words.map((w) => columnOf(w)).filter((c): c is Column => c !== null && (c.role === "growth" || (c.year !== null && /20\d\d/.test(c.text))));
  return columns.length ? { columns, title } : null;
}

/** The table whose first row is line `li` (a line opening with 1), if any. */
export function serialRowsAt(text: string, lines: Span[], li: number, docYear: number | null, horizon: number | null): SerialRows | null {
  const line = (k: number): string => text.slice(lines[k].start, lines[k].end).trim();
  if (!isRow(line(li), 1)) return null;
  const header = headerAbove(text, lines, li);
  if (!header) return null;
  resolveYears(header.columns, docYear, horizon);
  const columns: Column[] = [blank("indicator", "指标"), blank("unit", "单位"), blank("attribute", "属性"), ...header.columns];
  const firstValue = 3;
  // row lines and the fragment lines between them
  const rowsAt: number[] = [];
  let k = li;
  let n = 1;
  for (; k < lines.length; k++) {
    const t = line(k);
    if (!t) continue;
    if (isRow(t, n)) { rowsAt.push(k); n++; continue; }
    if (!isFragment(t)) break;
  }
  const rows: Row[] = [];
  rowsAt.forEach((at, r) => {
    const cells = cellsOf(text, lines[at]).slice(1);
    const a = cells.findIndex((c) => attributeOf(c.text) !== null);
    const valueCells = a >= 0 ? cells.slice(a + 1) : cells.slice(Math.max(0, cells.length - header.columns.length));
    const before = a >= 0 ? cells.slice(0, a) : cells.slice(0, cells.length - valueCells.length);
    const unit = before.length && isUnitCell(before[before.length - 1].text) ? before[before.length - 1] : null;
    const nameCells = unit ? before.slice(0, -1) : before;
    // fragments: the line right above belongs to this row when the row lacks what it holds (a name, a unit)
    const above = r > 0 || at > li ? fragmentBetween(rowsAt[r - 1] ?? li - 1, at, "above") : null;
    const below = fragmentBetween(at, rowsAt[r + 1] ?? k, "below");
    const aboveText = above !== null ? line(above) : "";
    const belowText = below !== null ? line(below) : "";
    const nameStart = above !== null && !isUnitCell(aboveText) && !/\/$/.test(aboveText) ? lines[above].start + text.slice(lines[above].start, lines[above].end).indexOf(aboveText) : nameCells[0]?.start ?? lines[at].start;
    const nameText = [aboveText && !/\/$/.test(aboveText) && !isUnitCell(aboveText) ? aboveText : "", ...nameCells.map((c) => c.text), belowText && !isUnitCell(belowText) ? belowText : ""]
      .join("").replace(/(?<=[\u4e00-\u9fff])\d$/, "");
    const unitText = unit ? unit.text : [aboveText, belowText].filter((x) => /\/$/.test(x) || isUnitCell(x)).join("");
    const values = new Map<number, Cell[]>();
    valueCells.forEach((c, i) => { if (firstValue + i < columns.length) values.set(firstValue + i, [c]); });
    rows.push({
      name: { start: nameStart, end: nameCells.length ? nameCells[nameCells.length - 1].end : nameStart, text: nameText }, nameText,
      unit: unitText ? { start: unit?.start ?? nameStart, end: unit?.end ?? nameStart, text: unitText } : null,
      attribute: a >= 0 ? cells[a] : null, values, responsible: [],
    });
  });
  if (rows.length < 2) return null;
  return { reading: readTable({ columns, rows, title: header.title }, horizon), lastLine: k - 1 };

  /** The fragment line between two row lines that belongs to the row on the given side, or null. */
  function fragmentBetween(from: number, to: number, side: "above" | "below"): number | null {
    const between: number[] = [];
    for (let x = from + 1; x < to; x++) if (line(x)) between.push(x);
    if (between.length === 0) return null;
    if (between.length >= 2) return side === "above" ? between[between.length - 1] : between[0];
    // one fragment: the row above takes it when it lacks what the fragment holds (a unit, a name), else the row below
    const lone = between[0];
    const unitLike = /\/$/.test(line(lone)) || isUnitCell(line(lone));
    const rowAbove = from >= li ? cellsOf(text, lines[from]).slice(1) : null;
    const a = rowAbove ? rowAbove.findIndex((c) => attributeOf(c.text) !== null) : -1;
    const named = rowAbove ? (a >= 0 ? rowAbove.slice(0, a) : rowAbove) : [];
    const belongsAbove = rowAbove !== null && (unitLike ? !named.some((c) => isUnitCell(c.text)) : !named.some((c) => !isUnitCell(c.text)));
    return (side === "below") === belongsAbove ? lone : null;
  }
}

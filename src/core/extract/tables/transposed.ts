// A table laid on its side: its header runs down the first column and each indicator has a column of its own
// (主要指标 | 粮食综合生产能力 | 农业科技进步贡献率 … / 2022年目标值 | >6亿吨 | 61.5% … / 属性 | 约束性 | 预期性 …), in
// blocks of a few indicators each. A web page may put a row's label on a line of its own, its cells on the next. The
// rows are turned into columns and read as any table is.
import type { Span } from "../../text/segment";
import { rowCells, type Cell } from "./cells";
import { columnOf } from "./header";

/** A row of a table on its side: its label (a header cell) and its cells. */
interface SideRow {
  label: Cell;
  cells: Cell[];
  /** Index of the row's last line. */
  line: number;
}

/** The header column a label names (主 要 指 标, 2022 年 目 标 值, 属 性), or null. */
const labelRole = (t: string): string | null => columnOf(t.replace(/\s+/g, ""))?.role ?? null;

/**
 * The row that starts at line `li`: a label with its cells on the same line, or a label alone on its line with its
 * cells on the next line that is not blank. Null when none starts there.
 */
function sideRowAt(text: string, lines: Span[], li: number): SideRow | null {
  const cells = rowCells(text, lines[li].start, lines[li].end);
  if (cells.length === 0 || labelRole(cells[0].text) === null) return null;
  if (cells.length >= 3) return { label: cells[0], cells: cells.slice(1), line: li };
  if (cells.length !== 1) return null;
  let k = li + 1;
  while (k < lines.length && lines[k].end === lines[k].start) k++;
  if (k >= lines.length) return null;
  const next = rowCells(text, lines[k].start, lines[k].end);
  // (the cells under a lone label are no labels themselves)
  if (next.length < 2 || next.some((c) => labelRole(c.text) !== null) || !text.slice(lines[k].start, lines[k].end).includes("|")) return null;
  return { label: cells[0], cells: next, line: k };
}

/**
 * The rows of the table on its side that starts at line `li`, turned into rows of an ordinary table (each block's
 * labels first, as its header), and the index of its last line; null when no such table starts there. Blocks of a few
 * indicators each follow one another, each opening with its indicator row again.
 */
export function sidewaysTableAt(text: string, lines: Span[], li: number): { rows: Cell[][]; lastLine: number } | null {
  const first = sideRowAt(text, lines, li);
  if (!first || labelRole(first.label.text) !== "indicator") return null;
  const rows: Cell[][] = [];
  let block: SideRow[] = [first];
  // (the last line of the last block read: a block that does not read as a table is left to be read as lines)
  let lastLine = first.line;
  const flush = (): void => {
    // (a block needs a row of values beside its indicators, each row as wide as the indicators'; its labels head it)
    const width = block[0].cells.length;
    if (block.length < 2 || !block.slice(1).every((r) => r.cells.length <= width && r.cells.length >= width - 1)) return;
    rows.push(block.map((r) => r.label));
    for (let j = 0; j < width; j++) rows.push(block.map((r) => r.cells[j] ?? { start: r.label.end, end: r.label.end, text: "" }));
    lastLine = block[block.length - 1].line;
  };
  let k = first.line + 1;
  while (k < lines.length) {
    if (lines[k].end === lines[k].start || text.slice(lines[k].start, lines[k].end).trim() === "") { k++; continue; }
    const row = sideRowAt(text, lines, k);
    if (!row) break;
    if (labelRole(row.label.text) === "indicator") {
      flush();
      block = [row];
    } else block.push(row);
    k = row.line + 1;
  }
  flush();
  return rows.length === 0 ? null : { rows, lastLine };
}

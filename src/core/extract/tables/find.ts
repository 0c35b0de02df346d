// Finds indicator tables in the line stream: pipe / tab separated rows, or tables flattened one cell per line.
import { isNavLine } from "../../text/debris";
import type { Span } from "../../text/segment";
import { isHeaderStart, readFlatTable, readHeader, readRowTable, rowCells, type Cell } from "./rows";
import type { Candidate } from "../types";

export interface TableFound {
  targets: Candidate[];
  /** Index of the table's last line. */
  lastLine: number;
}

const isRowLine = (t: string): boolean => /^\|.*\|/.test(t) || t.split("\t").length >= 3;

/**
 * The table starting at line `li`, if any. A run of pipe rows without an indicator header (page metadata)
 * is returned with no targets so the caller skips it.
 */
export function tableAt(text: string, lines: Span[], li: number, trimmed: string, horizon: number | null = null): TableFound | null {
  if (/^\|.*\|.*\|/.test(trimmed) || trimmed.split("\t").length >= 3) {
    const rows: Cell[][] = [];
    let k = li;
    for (; k < lines.length; k++) {
      const t = text.slice(lines[k].start, lines[k].end).trim();
      if (!isRowLine(t)) break;
      rows.push(rowCells(text, lines[k].start, lines[k].end));
    }
    const targets = readRowTable(rows, horizon);
    if (targets.length || trimmed.startsWith("|")) return { targets, lastLine: k - 1 };
    return null;
  }
  const spaced = spacedTable(text, lines, li, trimmed, horizon);
  if (spaced) return spaced;
  if (!isHeaderStart(trimmed)) return null;
  const cells: (Cell & { line: number })[] = [];
  let header = false;
  for (let k = li; k < lines.length; k++) {
    const t = text.slice(lines[k].start, lines[k].end).trim();
    if (!t || isNavLine(t)) continue;
    const off = lines[k].start + text.slice(lines[k].start, lines[k].end).indexOf(t);
    cells.push({ start: off, end: off + t.length, text: t, line: k });
    if (t.length > 60 || t.includes("。")) break;
    // the header needs at most a dozen cells: give up early when there is none (linear on any input)
    if (!header && cells.length === 12) {
      if (!readHeader(cells, 0, horizon)) return null;
      header = true;
    }
  }
  if (!readHeader(cells, 0, horizon)) return null;
  const table = readFlatTable(cells, 0, horizon);
  if (!table) return null;
  const lastLine = table.next < cells.length ? cells[table.next].line - 1 : cells[cells.length - 1].line;
  return { targets: table.targets, lastLine: Math.max(li, lastLine) };
}

/** Cells of a line split at runs of spaces (tables extracted from PDFs), with clean-text offsets. */
function spacedCells(text: string, start: number, end: number): Cell[] {
  const out: Cell[] = [];
  const re = /\S+/g;
  const line = text.slice(start, end);
  for (let m = re.exec(line); m; m = re.exec(line)) out.push({ start: start + m.index, end: start + m.index + m[0].length, text: m[0] });
  return out;
}

/**
 * A table whose cells are separated by spaces: a header line (指标 单位 2020年 2025年 属性) whose every cell has a
 * column role, then rows until a line that is not split into cells. A row one cell short of the header lacks its
 * category cell (merged in the source) and is aligned from the right.
 */
function spacedTable(text: string, lines: Span[], li: number, trimmed: string, horizon: number | null): TableFound | null {
  if (trimmed.length > 120 || !/\S\s+\S+\s+\S/.test(trimmed)) return null;
  const head = spacedCells(text, lines[li].start, lines[li].end);
  const h = readHeader(head, 0, horizon);
  if (!h || h.next < head.length) return null;
  const rows: Cell[][] = [head];
  let k = li + 1;
  for (; k < lines.length; k++) {
    const t = text.slice(lines[k].start, lines[k].end).trim();
    if (t.length === 0) continue;
    const cells = spacedCells(text, lines[k].start, lines[k].end);
    if (cells.length < 2 || cells.length > head.length || t.length > 120 || /。/.test(t)) break;
    const missing = head.length - cells.length;
    const blanks: Cell[] = Array.from({ length: missing }, () => ({ start: cells[0].start, end: cells[0].start, text: "" }));
    rows.push(missing > 0 && h.roles[0] === "category" ? [...blanks, ...cells] : cells);
  }
  return { targets: readRowTable(rows, horizon), lastLine: k - 1 };
}

// Finds indicator tables in the line stream: pipe / tab separated rows, or tables flattened one cell per line.
import { isNavLine } from "../text/debris";
import type { Span } from "../text/segment";
import { isHeaderStart, readFlatTable, readHeader, readRowTable, rowCells, type Cell } from "./rules/table-rows";
import type { Candidate } from "./types";

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

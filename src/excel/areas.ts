// The rectangles of a RangeAreas address as Excel writes it ("'某市, 规划'!X2:X3,'某市, 规划'!X7", "Sheet1!$A$2:$G$5"):
// sheet names may hold commas inside their quotes; whole columns (A:G) and whole rows (2:5) span the grid.
import { columnFromLetter } from "../core/sheet";

/** 0-based first row and column, and size. */
export interface Area { row: number; column: number; rows: number; columns: number }

/** Excel's grid: 1,048,576 rows by 16,384 columns (A to XFD). */
export const GRID_ROWS = 1_048_576;
export const GRID_COLUMNS = 16_384;

export function parseAreas(address: string): Area[] {
  const out: Area[] = [];
  for (const part of address.match(/('(?:[^']|'')*'|[^,'])+/g) ?? []) {
    const local = part.slice(part.lastIndexOf("!") + 1).trim().replace(/\$/g, "");
    const cells = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/i.exec(local);
    const columns = /^([A-Z]{1,3}):([A-Z]{1,3})$/i.exec(local);
    const rows = /^(\d+):(\d+)$/.exec(local);
    let c1: number, c2: number, r1: number, r2: number;
    if (cells) {
      [c1, r1] = [columnFromLetter(cells[1]!), Number(cells[2]) - 1];
      [c2, r2] = cells[3] ? [columnFromLetter(cells[3]), Number(cells[4]) - 1] : [c1, r1];
    } else if (columns) {
      [c1, c2, r1, r2] = [columnFromLetter(columns[1]!), columnFromLetter(columns[2]!), 0, GRID_ROWS - 1];
    } else if (rows) {
      [c1, c2, r1, r2] = [0, GRID_COLUMNS - 1, Number(rows[1]) - 1, Number(rows[2]) - 1];
    } else continue;
    out.push({ row: Math.min(r1, r2), column: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, columns: Math.abs(c2 - c1) + 1 });
  }
  return out;
}

/** True when `inner` lies wholly inside `outer`. */
export function areaWithin(inner: Area, outer: Area): boolean {
  return inner.row >= outer.row && inner.column >= outer.column &&
    inner.row + inner.rows <= outer.row + outer.rows && inner.column + inner.columns <= outer.column + outer.columns;
}

// Broadcasting: ranges of one shape combine cell by cell, single values repeat across them.
import { MeasureError } from "../core/measure/errors";
import type { Cell, Grid } from "./cells";
import { isExcelErrorValue, type ErrorFactory } from "./excel-errors";

/** An argument as it reaches a custom function: a range, a single value, or omitted. */
export type Arg = Grid | Cell;

const OMITTED: Grid = [[null]];

/** Wraps scalars and omitted optionals as 1×1 ranges; rejects ragged ranges. */
export function asGrid(a: Arg, name: string): Grid {
  if (a === null || a === undefined) return OMITTED;
  if (!Array.isArray(a)) return [[a]];
  if (a.length === 0 || !a.every((row) => Array.isArray(row) && row.length === a[0]!.length && row.length > 0)) {
    throw new MeasureError("value", `${name} is not a rectangular range`);
  }
  return a as Grid;
}

/** The common shape of the ranges among the arguments; a mismatch is #VALUE! naming both shapes. */
export function broadcastShape(grids: Grid[], names: string[]): [number, number] {
  let rows = 1;
  let cols = 1;
  let first = -1;
  grids.forEach((g, i) => {
    const r = g.length;
    const c = g[0]!.length;
    if (r === 1 && c === 1) return;
    if (first === -1) {
      first = i;
      rows = r;
      cols = c;
    } else if (r !== rows || c !== cols) {
      throw new MeasureError(
        "value",
        `${names[i]} is ${r}×${c} but ${names[first]} is ${rows}×${cols}; ranges must have the same shape`,
      );
    }
  });
  return [rows, cols];
}

/**
 * Applies fn cell by cell over broadcast arguments. A failing cell becomes that cell's Excel error; an
 * error value among the inputs is passed through. fn receives a reused array: it must not keep it.
 */
export function broadcast(args: Arg[], names: string[], errors: ErrorFactory, fn: (cells: Cell[]) => Cell): Cell[][] {
  const grids = args.map((a, i) => asGrid(a, names[i]!));
  const [rows, cols] = broadcastShape(grids, names);
  const n = grids.length;
  // Single values read once, ranges per cell: a 1×1 grid has row stride 0.
  const scalar = grids.map((g) => g.length === 1 && g[0]!.length === 1);
  const cells: Cell[] = new Array(n);
  const out: Cell[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const row: Cell[] = new Array(cols);
    for (let c = 0; c < cols; c++) {
      let passed: Cell | undefined;
      for (let i = 0; i < n; i++) {
        const v = scalar[i] ? grids[i]![0]![0] : grids[i]![r]![c];
        if (passed === undefined && isExcelErrorValue(v)) passed = v;
        cells[i] = v;
      }
      if (passed !== undefined) {
        row[c] = passed;
        continue;
      }
      try {
        row[c] = fn(cells);
      } catch (e) {
        row[c] = toExcelError(e, errors);
      }
    }
    out[r] = row;
  }
  return out;
}

/** Maps any failure to an Excel error: measure errors keep their kind, anything else is #VALUE!. */
export function toExcelError(e: unknown, errors: ErrorFactory): object {
  if (e instanceof MeasureError) return errors(e.kind, e.message);
  return errors("value", e instanceof Error ? e.message : String(e));
}

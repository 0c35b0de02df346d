// Broadcasting: ranges of one shape combine cell by cell, single values repeat across them.
import { MeasureError } from "../core/measure/errors";
import type { Cell, Grid } from "./cells";
import type { ErrorFactory } from "./excel-errors";

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
 * How one parameter is read from a cell: its name (for messages) and a reader that throws on bad input,
 * an error value among them (cells.ts).
 */
export interface Param<T = unknown> {
  name: string;
  read: (cell: Cell, name: string) => T;
}

// Outcome of reading a single-value argument once for the whole call.
type Fixed = { ok: true; value: unknown } | { ok: false; error: unknown };

function readOnce(p: Param, cell: Cell): Fixed {
  try {
    return { ok: true, value: p.read(cell, p.name) };
  } catch (error) {
    return { ok: false, error };
  }
}

/**
 * Applies fn cell by cell over broadcast arguments, each read by its parameter's reader. Single values are
 * read once per call. A cell whose inputs fail to read (the first failure in argument order, an error value
 * among the inputs included), or whose computation fails, holds that Excel error. fn receives a reused array
 * of read values: it must not keep it.
 */
export function broadcast(args: Arg[], params: Param[], errors: ErrorFactory, fn: (values: unknown[]) => Cell): Cell[][] {
  const names = params.map((p) => p.name);
  const grids = args.map((a, i) => asGrid(a, names[i]!));
  const [rows, cols] = broadcastShape(grids, names);
  const n = grids.length;
  const isRange = grids.map((g) => g.length > 1 || g[0]!.length > 1);
  const fixed: (Fixed | null)[] = grids.map((g, i) => (isRange[i] ? null : readOnce(params[i]!, g[0]![0])));
  const values: unknown[] = fixed.map((f) => (f && f.ok ? f.value : undefined));
  const out: Cell[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const row: Cell[] = new Array(cols);
    for (let c = 0; c < cols; c++) {
      let result: Cell;
      try {
        for (let i = 0; i < n; i++) {
          const f = fixed[i];
          if (f === null) values[i] = params[i]!.read(grids[i]![r]![c], names[i]!);
          else if (!f.ok) throw f.error;
        }
        result = fn(values);
      } catch (e) {
        result = toExcelError(e, errors);
      }
      row[c] = result;
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

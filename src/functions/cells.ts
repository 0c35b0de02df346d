// Reading cell values: numbers, text that is a number, empty cells and text where a number belongs.
import { MeasureError } from "../core/measure/errors";

/** One cell as Excel hands it to a custom function. */
export type Cell = number | string | boolean | null | undefined | object;

/** A range: rows of cells. A single value arrives as a 1×1 range. */
export type Grid = Cell[][];

const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

const BLANK_TEXT = /^\s*$/;

// Called for every input cell: a regular-expression test allocates nothing, unlike trim().
function isEmpty(c: Cell): boolean {
  return c === null || c === undefined || (typeof c === "string" && (c.length === 0 || BLANK_TEXT.test(c)));
}

/**
 * A number, or text Excel itself would read as one ("12", "1,200", "5%"). Empty → #N/A, so a missing
 * input never passes as 0; any other text or a logical → #VALUE!.
 */
export function toNumber(c: Cell, name: string): number {
  if (typeof c === "number") {
    if (!Number.isFinite(c)) throw new MeasureError("num", `${name} is not a finite number`);
    return c;
  }
  if (isEmpty(c)) throw new MeasureError("na", `${name} is empty`);
  if (typeof c === "string") {
    const n = parseNumberText(c);
    if (n !== null) return n;
    throw new MeasureError("value", `${name} must be a number, not "${c.length > 40 ? c.slice(0, 40) + "…" : c}"`);
  }
  throw new MeasureError("value", `${name} must be a number, not ${typeof c === "boolean" ? (c ? "TRUE" : "FALSE") : "this value"}`);
}

/** Like toNumber, but an empty cell is null (the measure decides what missing means). */
export function toNumberOrNull(c: Cell, name: string): number | null {
  return isEmpty(c) ? null : toNumber(c, name);
}

/** Optional numeric argument: omitted or empty → undefined (the measure's default applies). */
export function toOptionalNumber(c: Cell, name: string): number | undefined {
  return isEmpty(c) ? undefined : toNumber(c, name);
}

/** Optional text argument (comparator, method, unit …): omitted or empty → null. */
export function toOptionalText(c: Cell, name: string): string | null {
  if (isEmpty(c)) return null;
  if (typeof c === "string") return c;
  throw new MeasureError("value", `${name} must be text`);
}

/** Required text argument. */
export function toText(c: Cell, name: string): string {
  if (isEmpty(c)) throw new MeasureError("na", `${name} is empty`);
  if (typeof c === "string") return c;
  if (typeof c === "number") return String(c);
  throw new MeasureError("value", `${name} must be text`);
}

/** Numbers typed as text: thousands separators and a trailing % are read as Excel reads them. */
export function parseNumberText(text: string): number | null {
  let t = text.trim().replace(/,/g, "");
  let scale = 1;
  if (t.endsWith("%")) {
    t = t.slice(0, -1).trim();
    scale = 0.01;
  }
  if (!NUMBER_TEXT.test(t)) return null;
  return Number(t) * scale;
}

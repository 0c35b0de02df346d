// Reading cell values: numbers, text that is a number, empty cells, error values and text where a number belongs.
import { MeasureError } from "../core/measure/errors";
import { excelErrorCode, errorKindOfCode } from "./excel-errors";

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
 * An Excel error value in an input cell (Excel passes them as the metadata sets allowErrorForDataTypeAny)
 * fails this cell's result with the same error, keeping its message; errors a custom function cannot return
 * (#REF!, #NAME?, #SPILL! …) become #VALUE! naming them. Anything else returns for the caller to judge.
 */
function throwIfErrorValue(c: object, name: string): void {
  const code = excelErrorCode(c);
  if (code === null) return;
  const kind = errorKindOfCode(code);
  const given = (c as { message?: unknown }).message;
  if (kind === null) throw new MeasureError("value", `${name} is ${code}`);
  throw new MeasureError(kind, typeof given === "string" && given !== "" ? given : `${name} is ${code}`);
}

/**
 * A number, or text Excel itself would read as one ("12", "1,200", "5%"). Empty → #N/A, so a missing
 * input never passes as 0; any other text or a logical → #VALUE!; an error value → that error.
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
  if (typeof c === "object" && c !== null) throwIfErrorValue(c, name);
  throw new MeasureError("value", `${name} must be a number, not ${typeof c === "boolean" ? (c ? "TRUE" : "FALSE") : "this value"}`);
}

/**
 * A number read with toNumberOrNull as a value the user has filled in, or null. Older Excel desktop builds pass
 * an empty cell as 0 (Excel on the web passes null: office-js #4702, #1951, #5262), so a 0 cannot be told from an
 * empty cell and counts as missing on every host: PLAN.STATUS then gives the same answer everywhere, and never a
 * status from a blank.
 */
export function zeroAsEmpty(n: unknown): number | null {
  return n === 0 || n === null ? null : (n as number);
}

/**
 * An optional logical: TRUE or FALSE (a number: non-zero is TRUE, as in Excel). Empty → FALSE; older desktop
 * builds pass an empty cell as 0, which is FALSE too.
 */
export function toFlag(c: Cell, name: string): boolean {
  if (isEmpty(c)) return false;
  if (typeof c === "boolean") return c;
  if (typeof c === "number" && Number.isFinite(c)) return c !== 0;
  if (typeof c === "object" && c !== null) throwIfErrorValue(c, name);
  throw new MeasureError("value", `${name} must be TRUE or FALSE`);
}

/** A number, or null for an empty cell (a 0 is a 0). */
export function toNumberOrNull(c: Cell, name: string): number | null {
  return isEmpty(c) ? null : toNumber(c, name);
}

/** Optional numeric argument: omitted or empty → undefined (the measure's default applies). */
export function toOptionalNumber(c: Cell, name: string): number | undefined {
  return isEmpty(c) ? undefined : toNumber(c, name);
}

// No word or unit is "0": a 0 where text belongs is an empty cell as older Excel desktop builds pass it.
const isEmptyText = (c: Cell): boolean => c === 0 || isEmpty(c);

/** Optional text argument (comparator, method, kind, path): omitted or empty → null. */
export function toOptionalText(c: Cell, name: string): string | null {
  if (isEmptyText(c)) return null;
  if (typeof c === "string") return c;
  if (typeof c === "object" && c !== null) throwIfErrorValue(c, name);
  throw new MeasureError("value", `${name} must be text`);
}

/** Required text argument. */
export function toText(c: Cell, name: string): string {
  if (isEmptyText(c)) throw new MeasureError("na", `${name} is empty`);
  if (typeof c === "string") return c;
  if (typeof c === "number") return String(c);
  if (typeof c === "object" && c !== null) throwIfErrorValue(c, name);
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

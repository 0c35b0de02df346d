// A measure that cannot be computed says why, and which Excel error a user expects for it.

/** The Excel error a failed measure maps to: #VALUE!, #NUM!, #N/A or #DIV/0!. */
export type ErrorKind = "value" | "num" | "na" | "div0";

export const EXCEL_ERROR_TEXT: Record<ErrorKind, string> = {
  value: "#VALUE!",
  num: "#NUM!",
  na: "#N/A",
  div0: "#DIV/0!",
};

export class MeasureError extends Error {
  readonly kind: ErrorKind;

  constructor(kind: ErrorKind, message: string) {
    super(message);
    this.name = "MeasureError";
    this.kind = kind;
  }
}

export function isMeasureError(e: unknown): e is MeasureError {
  return e instanceof MeasureError;
}

/** Throws #VALUE! unless x is a finite number; measures never compute on NaN or Infinity. */
export function requireFinite(x: number, name: string): number {
  if (typeof x !== "number" || !Number.isFinite(x)) {
    throw new MeasureError("value", `${name} must be a finite number`);
  }
  return x;
}

/** Guards a result: a non-finite outcome (overflow, negative base to a fractional power) is #NUM!. */
export function finiteResult(x: number, what: string): number {
  if (!Number.isFinite(x)) throw new MeasureError("num", `${what} is not a finite number`);
  return x;
}

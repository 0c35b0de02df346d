// Excel errors for custom functions, built through an injected factory so the adapters run in Node too.
import type { ErrorKind } from "../core/measure/errors";

/** Builds the value a custom function returns (or throws) for an Excel error. */
export type ErrorFactory = (kind: ErrorKind, message: string) => object;

/** What Node tests see: the same shape as CustomFunctions.Error ({ code, message }). */
export interface PlainExcelError {
  code: "#VALUE!" | "#NUM!" | "#N/A" | "#DIV/0!";
  message?: string;
}

const CODES: Record<ErrorKind, PlainExcelError["code"]> = {
  value: "#VALUE!",
  num: "#NUM!",
  na: "#N/A",
  div0: "#DIV/0!",
};

// Excel shows a custom message only for #VALUE! and #N/A; the others take none.
function takesMessage(kind: ErrorKind): boolean {
  return kind === "value" || kind === "na";
}

export const plainErrorFactory: ErrorFactory = (kind, message) =>
  takesMessage(kind) ? { code: CODES[kind], message } : { code: CODES[kind] };

/** Uses CustomFunctions.Error inside Excel, plain objects elsewhere. */
export function runtimeErrorFactory(): ErrorFactory {
  if (typeof CustomFunctions === "undefined" || typeof CustomFunctions.Error !== "function") return plainErrorFactory;
  // The codes are the error texts themselves; read as strings, older runtimes without the enum object work too.
  const code = CODES as Record<ErrorKind, CustomFunctions.ErrorCode>;
  return (kind, message) =>
    takesMessage(kind) ? new CustomFunctions.Error(code[kind], message) : new CustomFunctions.Error(code[kind]);
}

/** An Excel error value passed into a function (an input cell showing #N/A, say): returned unchanged. */
export function isExcelErrorValue(x: unknown): boolean {
  return typeof x === "object" && x !== null && typeof (x as { code?: unknown }).code === "string";
}

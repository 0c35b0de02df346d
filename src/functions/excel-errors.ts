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

/**
 * The error text ("#N/A") of an Excel error value passed into a function, or null for any other value.
 * Microsoft does not document the shape an input error takes, so both are read: a CustomFunctions.Error-like
 * { code } and the data-type error cell value { type: "Error", basicValue }.
 */
export function excelErrorCode(x: unknown): string | null {
  if (typeof x !== "object" || x === null) return null;
  const { code, type, basicValue } = x as { code?: unknown; type?: unknown; basicValue?: unknown };
  if (typeof code === "string" && code.startsWith("#")) return code;
  if (type === "Error" && typeof basicValue === "string" && basicValue.startsWith("#")) return basicValue;
  return null;
}

const KIND_OF_CODE = new Map(Object.entries(CODES).map(([kind, code]) => [code as string, kind as ErrorKind]));

/** The error kind a custom function can return for an input error's code, or null (#REF!, #NAME?, #SPILL! …). */
export function errorKindOfCode(code: string): ErrorKind | null {
  return KIND_OF_CODE.get(code) ?? null;
}

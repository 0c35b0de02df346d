// How Excel hands worksheet cells to a custom function, for tests: as strict as the documented behaviour the
// PLAN functions depend on.
// - An empty cell reaches the function as null in Excel on the web and as 0 in Excel desktop builds before
//   the fix (office-js #4702, #1951, #5262): mode "web" or "desktop".
// - A cell holding an error value: unless the metadata sets allowErrorForDataTypeAny, Excel never calls the
//   function and the whole formula shows that error ("Errors as custom function inputs", custom-functions-errors).
//   With allowCustomDataForDataTypeAny (data types) an error arrives as a data-type error value (Excel.ErrorCellValue:
//   type "Error", basicValue "#N/A", errorType "NotAvailable", no message). With allowErrorForDataTypeAny alone its
//   shape is not documented: the host passes either shape ("errorShape"), and the tests try both.
// - Metadata flags need a CustomFunctionsRuntime requirement set; the host refuses metadata whose flags the
//   manifest's declared set does not cover, as an Excel with only that set fails (office-js #4385, #3504).
// - An omitted optional argument is null; the invocation object always comes last.
// The metadata is the built dist/functions.json and the runtime the one manifest.xml requires, so the tests see
// what Excel would load.
import { readFileSync } from "node:fs";
import path from "node:path";
import { DIST, ROOT, ensureDist } from "../browser/support/ensure-dist";

/**
 * The CustomFunctionsRuntime each top-level metadata flag needs. allowCustomDataForDataTypeAny: 1.4 ("Requirement
 * set 1.4 includes custom functions integration with data types and the allowCustomDataForDataTypeAny JSON
 * manifest property", Custom Functions requirement sets). allowErrorForDataTypeAny: no set is documented; error
 * handling (CustomFunctions.Error) came with 1.2, which the manifest requires anyway.
 */
export const METADATA_FLAG_SETS: Record<string, string> = {
  allowCustomDataForDataTypeAny: "1.4",
  allowErrorForDataTypeAny: "1.2",
};

/** The CustomFunctionsRuntime MinVersion manifest.xml declares. */
export function declaredRuntime(manifest = readFileSync(path.join(ROOT, "manifest.xml"), "utf8")): string {
  const m = /<Set\s+Name="CustomFunctionsRuntime"\s+MinVersion="([\d.]+)"/.exec(manifest);
  if (!m) throw new Error("manifest.xml declares no CustomFunctionsRuntime");
  return m[1]!;
}

export const versionAtLeast = (have: string, need: string): boolean => {
  const [a, b] = [have, need].map((v) => v.split(".").map(Number));
  return a![0]! > b![0]! || (a![0] === b![0] && (a![1] ?? 0) >= (b![1] ?? 0));
};

/** Why an Excel with only `runtime` would not load the metadata's flags, or null. */
export function flagProblem(metadata: Record<string, unknown>, runtime: string): string | null {
  for (const [key, value] of Object.entries(metadata)) {
    if (key === "functions" || key === "enums" || value !== true) continue;
    const need = METADATA_FLAG_SETS[key];
    if (need === undefined) return `${key} is a metadata flag the tests do not know the requirement set of`;
    if (!versionAtLeast(runtime, need)) return `${key} needs CustomFunctionsRuntime ${need}; the manifest requires only ${runtime}`;
  }
  return null;
}

export type Host = "web" | "desktop";

/** An empty worksheet cell. */
export const EMPTY: unique symbol = Symbol("empty cell");

/** An error value in a cell, as Excel passes it to a function that accepts errors. */
export interface ErrorCell {
  code: string;
  message?: string;
}

export type SheetCell = number | string | boolean | ErrorCell | typeof EMPTY;
/** One argument as written in the formula: a literal or single cell, a range, or omitted (undefined). */
export type SheetArg = SheetCell | SheetCell[][] | undefined;

interface ParameterMetadata { name: string; type?: string; dimensionality?: string; optional?: boolean }
interface FunctionMetadata { id: string; parameters: ParameterMetadata[] }
export interface Metadata { allowErrorForDataTypeAny?: boolean; allowCustomDataForDataTypeAny?: boolean; functions: FunctionMetadata[] }

/** How an input error reaches the function: a data-type error value, or an object with the error's code. */
export type ErrorShape = "cellValue" | "codeObject";

export interface HostOptions {
  /** The shape of input errors under allowErrorForDataTypeAny alone (undocumented; default "codeObject"). */
  errorShape?: ErrorShape;
  /** The CustomFunctionsRuntime of the Excel (default: the one manifest.xml requires). */
  runtime?: string;
}

/** Excel.ErrorCellValue's errorType for each error text. */
const ERROR_TYPES: Record<string, string> = {
  "#N/A": "NotAvailable", "#DIV/0!": "Div0", "#VALUE!": "Value", "#NUM!": "Num", "#REF!": "Ref", "#NAME?": "Name", "#NULL!": "Null",
  "#SPILL!": "Spill", "#CALC!": "Calc",
};

/** What the formula shows: a spilled range, or one error for the whole formula. */
export type Outcome = { spill: unknown[][] } | { error: ErrorCell };

type Impl = (...args: unknown[]) => unknown;

export interface CustomFunctionsHost {
  metadata: Metadata;
  /** Evaluates =PLAN.<id>(args…) as the given Excel host would. */
  call(host: Host, id: string, ...args: SheetArg[]): Outcome;
  /** The same for a function that may return a Promise (PARSE): the cell shows what it settles to. */
  callAsync(host: Host, id: string, ...args: SheetArg[]): Promise<Outcome>;
}

const isErrorCell = (c: SheetCell): c is ErrorCell => typeof c === "object" && c !== null && typeof (c as ErrorCell).code === "string";

/** Each function id with the exported name behind it, from the @customfunction tags of functions.ts. */
function functionNames(source: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const m of source.matchAll(/@customfunction\s+(\w+)[\s\S]*?export (?:async )?function (\w+)/g)) names.set(m[1]!.toUpperCase(), m[2]!);
  return names;
}

/** Loads the built metadata (or the one given) and the functions behind it (src/functions/functions.ts). */
export async function loadCustomFunctionsHost(metadata?: Metadata, options: HostOptions = {}): Promise<CustomFunctionsHost> {
  ensureDist();
  const meta: Metadata = metadata ?? (JSON.parse(readFileSync(path.join(DIST, "functions.json"), "utf8")) as Metadata);
  const problem = flagProblem(meta as unknown as Record<string, unknown>, options.runtime ?? declaredRuntime());
  if (problem) throw new Error(`Excel would not load these custom functions: ${problem}`);
  const shape: ErrorShape = meta.allowCustomDataForDataTypeAny ? "cellValue" : options.errorShape ?? "codeObject";
  const asInput = (e: ErrorCell): object =>
    shape === "cellValue" ? { type: "Error", basicType: "Error", basicValue: e.code, errorType: ERROR_TYPES[e.code] ?? "Value" } : { ...e };
  const module = (await import("../../src/functions/functions")) as unknown as Record<string, Impl>;
  const names = functionNames(readFileSync(path.join(ROOT, "src/functions/functions.ts"), "utf8"));
  const impls = new Map([...names].map(([id, name]) => [id, module[name]!]));

  /** The arguments Excel passes to `id`'s function, or the error the cell shows before calling it. */
  function argumentsOf(host: Host, id: string, args: SheetArg[]): { passed: unknown[]; impl: Impl } | { error: ErrorCell } {
    const fn = meta.functions.find((f) => f.id === id);
    const impl = impls.get(id);
    if (!fn || !impl) throw new Error(`no custom function ${id}`);
    if (args.length > fn.parameters.length) throw new Error(`${id} takes ${fn.parameters.length} arguments`);
    const passed: unknown[] = [];
    for (const [i, p] of fn.parameters.entries()) {
      const a = args[i];
      if (a === undefined) {
        if (!p.optional) throw new Error(`${id}: ${p.name} is required`);
        passed.push(null);
        continue;
      }
      if ((p.type ?? "any") !== "any") throw new Error(`${id}.${p.name}: only parameters of type any are modelled`);
      const grid: SheetCell[][] = Array.isArray(a) ? a : [[a]];
      const firstError = grid.flat().find(isErrorCell);
      if (firstError && !meta.allowErrorForDataTypeAny) return { error: firstError };
      const cells = grid.map((row) => row.map((c) => (c === EMPTY ? (host === "web" ? null : 0) : isErrorCell(c) ? asInput(c) : c)));
      if (p.dimensionality === "matrix") passed.push(cells);
      else if (cells.length === 1 && cells[0]!.length === 1) passed.push(cells[0]![0]);
      else throw new Error(`${id}.${p.name} takes a single value; ranges over scalar parameters are not modelled`);
    }
    passed.push({ functionName: id });
    return { passed, impl };
  }

  const settled = (result: unknown): Outcome => ({ spill: Array.isArray(result) ? (result as unknown[][]) : [[result]] });
  const thrown = (e: unknown): Outcome =>
    // An unhandled exception (or a rejected Promise) shows as #VALUE! in Excel.
    typeof e === "object" && e !== null && typeof (e as ErrorCell).code === "string" ? { error: e as ErrorCell } : { error: { code: "#VALUE!" } };

  function call(host: Host, id: string, ...args: SheetArg[]): Outcome {
    const a = argumentsOf(host, id, args);
    if ("error" in a) return a;
    let result: unknown;
    try {
      result = a.impl(...a.passed);
    } catch (e) {
      return thrown(e);
    }
    if (result instanceof Promise) {
      void result.catch(() => undefined);
      throw new Error(`${id} returns a Promise: use callAsync`);
    }
    return settled(result);
  }

  async function callAsync(host: Host, id: string, ...args: SheetArg[]): Promise<Outcome> {
    const a = argumentsOf(host, id, args);
    if ("error" in a) return a;
    try {
      return settled(await a.impl(...a.passed));
    } catch (e) {
      return thrown(e);
    }
  }

  return { metadata: meta, call, callAsync };
}

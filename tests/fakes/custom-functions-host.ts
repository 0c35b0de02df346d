// How Excel hands worksheet cells to a custom function, for tests: as strict as the documented behaviour the
// PLAN functions depend on.
// - An empty cell reaches the function as null in Excel on the web and as 0 in Excel desktop builds before
//   the fix (office-js #4702, #1951, #5262): mode "web" or "desktop".
// - A cell holding an error value: unless the metadata sets allowErrorForDataTypeAny, Excel never calls the
//   function and the whole formula shows that error ("Errors as custom function inputs", custom-functions-errors).
// - An omitted optional argument is null; the invocation object always comes last.
// The metadata is the built dist/functions.json, so the tests see what Excel would load.
import { readFileSync } from "node:fs";
import path from "node:path";
import { DIST, ROOT, ensureDist } from "../browser/support/ensure-dist";

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
export interface Metadata { allowErrorForDataTypeAny?: boolean; functions: FunctionMetadata[] }

/** What the formula shows: a spilled range, or one error for the whole formula. */
export type Outcome = { spill: unknown[][] } | { error: ErrorCell };

type Impl = (...args: unknown[]) => unknown;

export interface CustomFunctionsHost {
  metadata: Metadata;
  /** Evaluates =PLAN.<id>(args…) as the given Excel host would. */
  call(host: Host, id: string, ...args: SheetArg[]): Outcome;
}

const isErrorCell = (c: SheetCell): c is ErrorCell => typeof c === "object" && c !== null && typeof (c as ErrorCell).code === "string";

/** Each function id with the exported name behind it, from the @customfunction tags of functions.ts. */
function functionNames(source: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const m of source.matchAll(/@customfunction\s+(\w+)[\s\S]*?export function (\w+)/g)) names.set(m[1]!.toUpperCase(), m[2]!);
  return names;
}

/** Loads the built metadata (or the one given) and the functions behind it (src/functions/functions.ts). */
export async function loadCustomFunctionsHost(metadata?: Metadata): Promise<CustomFunctionsHost> {
  ensureDist();
  const meta: Metadata = metadata ?? (JSON.parse(readFileSync(path.join(DIST, "functions.json"), "utf8")) as Metadata);
  const module = (await import("../../src/functions/functions")) as unknown as Record<string, Impl>;
  const names = functionNames(readFileSync(path.join(ROOT, "src/functions/functions.ts"), "utf8"));
  const impls = new Map([...names].map(([id, name]) => [id, module[name]!]));

  function call(host: Host, id: string, ...args: SheetArg[]): Outcome {
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
      const cells = grid.map((row) => row.map((c) => (c === EMPTY ? (host === "web" ? null : 0) : c)));
      if (p.dimensionality === "matrix") passed.push(cells);
      else if (cells.length === 1 && cells[0]!.length === 1) passed.push(cells[0]![0]);
      else throw new Error(`${id}.${p.name} takes a single value; ranges over scalar parameters are not modelled`);
    }
    passed.push({ functionName: id });
    try {
      const result = impl(...passed);
      return { spill: Array.isArray(result) ? (result as unknown[][]) : [[result]] };
    } catch (e) {
      if (typeof e === "object" && e !== null && typeof (e as ErrorCell).code === "string") return { error: e as ErrorCell };
      // An unhandled exception shows as #VALUE! in Excel.
      return { error: { code: "#VALUE!" } };
    }
  }

  return { metadata: meta, call };
}

// The worked examples of docs/measures.md, read from its tables, so that the page and the tests cannot drift apart.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Comparator, StatusMethod } from "../../src/core/model";
import { MEASURE_KINDS, ROW_MEASURES, type MeasureKind, type RowMeasureKey, type TargetRow } from "../../src/core/measure";
import { parseComparator } from "../../src/core/sheet";

export const MEASURES_DOC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../docs/measures.md");

/** A documented value: a number to its shown decimals, a status code, or blank. */
export type Documented = { kind: "number"; value: number; within: number } | { kind: "text"; value: string } | { kind: "blank" };

export interface WorkedExample {
  name: string;
  row: TargetRow & { kind: MeasureKind; comparator: Comparator };
  method: StatusMethod;
  results: [RowMeasureKey, Documented][];
}

const HEADER = "| example | kind | comparator | base (year) | latest (year) | target | target max | target year | method | results |";

/** "776 (2022)" → [776, 2022]; "— (2022)" → [null, 2022] (a year without a value); "—" → [null, null]. */
function valueAndYear(cell: string): [number | null, number | null] {
  if (cell === "—") return [null, null];
  const m = /^(-?[\d.]+|—) \((\d{4})\)$/.exec(cell);
  if (!m) throw new Error(`not "value (year)": ${cell}`);
  return [m[1] === "—" ? null : Number(m[1]), Number(m[2])];
}

const num = (cell: string): number | null => (cell === "—" ? null : Number(cell));

function documented(text: string): Documented {
  if (text === "—") return { kind: "blank" };
  if (/^-?\d+(\.\d+)?$/.test(text)) {
    const decimals = text.split(".")[1]?.length ?? 0;
    return { kind: "number", value: Number(text), within: 0.5 * 10 ** -decimals + 1e-12 };
  }
  return { kind: "text", value: text };
}

export function workedExamples(markdown = readFileSync(MEASURES_DOC, "utf8")): WorkedExample[] {
  const lines = markdown.split("\n");
  const start = lines.indexOf(HEADER);
  if (start < 0) throw new Error("docs/measures.md has no worked-examples table");
  const out: WorkedExample[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith("|")) break;
    const [name, kind, comparator, base, latest, target, targetMax, targetYear, method, results] = line.split("|").slice(1, -1).map((c) => c.trim());
    if (!MEASURE_KINDS.includes(kind as MeasureKind)) throw new Error(`${name}: unknown kind ${kind}`);
    const c = parseComparator(comparator!);
    if (!c) throw new Error(`${name}: unknown comparator ${comparator}`);
    if (method !== "time" && method !== "growth") throw new Error(`${name}: unknown method ${method}`);
    const [B, b] = valueAndYear(base!);
    const [L, l] = valueAndYear(latest!);
    out.push({
      name: name!,
      row: {
        kind: kind as MeasureKind, comparator: c, base: B, baseYear: b, latest: L, latestYear: l,
        target: num(target!), targetMax: num(targetMax!), targetYear: num(targetYear!),
      },
      method,
      results: results!.split(";").map((r) => {
        const [key, value] = r.split("=").map((x) => x.trim());
        if (!ROW_MEASURES.includes(key as RowMeasureKey)) throw new Error(`${name}: unknown column ${key}`);
        return [key as RowMeasureKey, documented(value!)];
      }),
    });
  }
  return out;
}

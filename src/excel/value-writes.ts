// Planning a write of base and latest values into a document's table, pure: each value goes only into empty
// cells. A row whose year or value cell holds something else is a conflict, reported with both and left alone,
// unless its entry asks to replace exactly what the row still holds (the user saw it and chose to).
import type { Language } from "../core/model";
import { valueSourceLine, withValueSourceLine, type CellValue, type ColumnKey, type ValueSource, type ValueUse } from "../core/sheet";

/** One value to write: the target's row (by id), base or latest, and where the value came from. */
export interface ValueEntry {
  targetId: string;
  source: ValueSource & { year: number };
  /** Replace the row's cells, provided they still hold these (what the user was shown in a conflict). */
  replace?: { year: CellValue; value: CellValue };
  /** A latest growth rate averaged since this year: the row's base year, written only where that cell is empty. */
  averagesFrom?: number;
}

/** The cells of a row the write reads. */
export type ValueRow = Partial<Record<"id" | ValueKeys["year"] | ValueKeys["value"] | "valueSource", CellValue>>;

interface ValueKeys {
  year: "baseYear" | "latestYear";
  value: "base" | "latest";
}

export const VALUE_KEYS: Record<ValueUse, ValueKeys> = {
  base: { year: "baseYear", value: "base" },
  latest: { year: "latestYear", value: "latest" },
};

export interface ValueConflict {
  targetId: string;
  use: ValueUse;
  /** What the row holds. */
  existing: { year: CellValue; value: CellValue };
  proposed: { year: number; value: number };
}

export interface ValueWritePlan {
  /** Cells to write: row index into the rows given, column, new content. */
  cells: { row: number; key: ColumnKey; value: string | number }[];
  /** Entries written into empty cells, and entries that replaced what the user chose to replace. */
  filled: { targetId: string; use: ValueUse }[];
  replaced: { targetId: string; use: ValueUse }[];
  /** Entries the row already held (the same year and value). */
  already: { targetId: string; use: ValueUse }[];
  conflicts: ValueConflict[];
  /** Target ids no row of the table has. */
  missing: string[];
  /** Rows that took the base year their averaged rate runs from (the base-year cell was empty). */
  baseYears: { targetId: string; year: number }[];
}

const isEmpty = (v: CellValue | undefined): boolean => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** A cell holds this number (a number cell, not text that looks like one: formulas read text as text). */
function holds(cell: CellValue | undefined, n: number): boolean {
  return typeof cell === "number" && Math.abs(cell - n) <= 1e-9 * Math.max(1, Math.abs(n));
}

/** Two cell contents the same for a replace check (as read back from Excel: "" for empty). */
const sameCell = (a: CellValue | undefined, b: CellValue | undefined): boolean =>
  (isEmpty(a) && isEmpty(b)) || (typeof a === "number" && typeof b === "number" ? holds(a, b) : a === b);

/**
 * What to write into `rows` (the table's rows, with `hasSourceColumn` telling whether it has the value-source
 * column) for `entries`. Every entry ends in exactly one of filled, replaced, already, conflicts or missing.
 */
export function planValueWrites(rows: readonly ValueRow[], entries: readonly ValueEntry[], language: Language, hasSourceColumn: boolean): ValueWritePlan {
  const plan: ValueWritePlan = { cells: [], filled: [], replaced: [], already: [], conflicts: [], missing: [], baseYears: [] };
  const rowOf = new Map<string, number>();
  rows.forEach((r, i) => {
    const id = String(r.id ?? "").trim();
    if (id !== "" && !rowOf.has(id)) rowOf.set(id, i);
  });
  // The value-source text of each row as this write leaves it (a row may take its base and its latest value).
  const sources = new Map<number, string>();
  for (const entry of entries) {
    const { targetId } = entry;
    const { use, year, value } = entry.source;
    const i = rowOf.get(targetId);
    if (i === undefined) {
      if (!plan.missing.includes(targetId)) plan.missing.push(targetId);
      continue;
    }
    const keys = VALUE_KEYS[use];
    const existing = { year: rows[i]![keys.year] ?? "", value: rows[i]![keys.value] ?? "" };
    const yearFree = isEmpty(existing.year) || holds(existing.year, year);
    const valueFree = isEmpty(existing.value) || holds(existing.value, value);
    let replacing = false;
    if (!yearFree || !valueFree) {
      const chosen = entry.replace && sameCell(entry.replace.year, existing.year) && sameCell(entry.replace.value, existing.value);
      if (!chosen) {
        plan.conflicts.push({ targetId, use, existing, proposed: { year, value } });
        continue;
      }
      replacing = true;
    } else if (holds(existing.year, year) && holds(existing.value, value)) {
      plan.already.push({ targetId, use });
      continue;
    }
    if (replacing || isEmpty(existing.year)) plan.cells.push({ row: i, key: keys.year, value: year });
    if (replacing || isEmpty(existing.value)) plan.cells.push({ row: i, key: keys.value, value });
    if (hasSourceColumn) {
      const before = sources.get(i) ?? String(rows[i]!.valueSource ?? "");
      sources.set(i, withValueSourceLine(before, valueSourceLine(entry.source, language), use));
    }
    (replacing ? plan.replaced : plan.filled).push({ targetId, use });
    // the years an averaged rate runs over start at the base year: the row needs it, but never over a typed one
    const from = entry.averagesFrom;
    if (use === "latest" && from !== undefined && isEmpty(rows[i]!.baseYear) && !plan.cells.some((c) => c.row === i && c.key === "baseYear")) {
      plan.cells.push({ row: i, key: "baseYear", value: from });
      plan.baseYears.push({ targetId, year: from });
    }
  }
  for (const [row, text] of sources) plan.cells.push({ row, key: "valueSource", value: text });
  return plan;
}

// Re-import planning, pure: match rows of the existing table to the new targets by stable id. User cells and
// user-added columns are never written; rows whose target disappeared are flagged, never deleted.
import { columnForHeader, type CellValue, type ColumnKey, type SheetModel } from "../core/sheet";
import { MESSAGES } from "./messages";

export interface ExistingTable {
  headers: string[];
  /** ID of each body row, in sheet order ("" for blank rows). */
  ids: string[];
  /** Current flag text of each body row (to report rows that come back). */
  flags?: string[];
}

export interface MergePlan {
  /** Table column position of each of our columns; -1 when the user removed it (it gets appended). */
  positions: Record<ColumnKey, number>;
  missingColumns: ColumnKey[];
  /** Existing row index → model row index, for rows whose target is still extracted. */
  updates: { row: number; modelRow: number }[];
  /** Existing rows whose target is no longer found. */
  missing: number[];
  /** Model rows to append (new targets). */
  appends: number[];
}

export function planMerge(model: SheetModel, existing: ExistingTable): MergePlan {
  const positions = {} as Record<ColumnKey, number>;
  model.columns.forEach((c) => (positions[c.key] = -1));
  existing.headers.forEach((h, j) => {
    const spec = columnForHeader(String(h));
    if (spec && positions[spec.key] === -1) positions[spec.key] = j;
  });
  if (positions.id === -1) throw new Error(MESSAGES[model.language].noIdColumn());
  const missingColumns = model.columns.filter((c) => positions[c.key] === -1).map((c) => c.key);
  const modelRowById = new Map(model.rows.map((r, i) => [r.id, i]));
  const seen = new Set<string>();
  const updates: MergePlan["updates"] = [];
  const missing: number[] = [];
  existing.ids.forEach((id, row) => {
    const key = String(id ?? "").trim();
    if (key === "") return; // a blank row the user added: leave it alone
    const m = modelRowById.get(key);
    if (m !== undefined && !seen.has(key)) {
      updates.push({ row, modelRow: m });
      seen.add(key);
    } else if (m === undefined) missing.push(row);
  });
  const appends = model.rows.map((r, i) => (seen.has(r.id) ? -1 : i)).filter((i) => i >= 0);
  return { positions, missingColumns, updates, missing, appends };
}

/** A full table row for an appended target: our cells at their positions, blanks in user-added columns. */
export function appendedRow(model: SheetModel, modelRow: number, positions: Record<ColumnKey, number>, width: number): CellValue[] {
  const row: CellValue[] = new Array(width).fill("");
  model.columns.forEach((c, k) => {
    const p = positions[c.key];
    const v = model.rows[modelRow]!.cells[k];
    if (p >= 0 && !c.formula) row[p] = v ?? "";
  });
  return row;
}

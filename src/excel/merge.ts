// Re-import planning, pure: where our columns are, which existing row takes which new target (see match.ts),
// what each row's flag says. User cells and user-added columns are never written; rows whose target
// disappeared are flagged, never deleted; a column of ours that is gone stops the import with its name, and
// columns of a later release than the table's are added.
import type { Language } from "../core/model";
import {
  COLUMNS, COMPARATOR_SYMBOLS, FIRST_RELEASE, KIND_LABELS, columnForHeader, columnIn, columnIndex, parseComparator, parseKind, type CellValue,
  type ColumnKey, type ColumnSpec, type SheetModel,
} from "../core/sheet";
import { TARGET_KEYS, matchTargets, type RowMatch, type TargetCells } from "./match";
import { SheetError, fieldWords } from "./messages";

/** The columns a re-import reads: the id, what says which target a row is, and the user's inputs. */
// (the flag too: a check the user has not cleared yet stays)
export const READ_KEYS: readonly ColumnKey[] = ["id", ...TARGET_KEYS, ...COLUMNS.filter((c) => c.kind === "user").map((c) => c.key), "flag"];

export type ExistingRow = Partial<Record<ColumnKey, CellValue>>;

export interface MergePlan {
  /** Existing row index → model row index, how sure the match is and the row's flag, for rows that keep (or take) a target. */
  updates: { row: number; modelRow: number; match: Pick<RowMatch, "changed" | "ambiguous">; flag: string }[];
  /** Existing rows whose target is no longer found. */
  missing: number[];
  /** Model rows to append (new targets). */
  appends: number[];
  /** Matched rows whose match the user should check. */
  toCheck: number;
  /** Share of the existing rows with an id that found a target (null when there were none). */
  overlap: number | null;
}

/** Table position of each of our columns by header (either language); -1 for a column not found. */
export function columnPositions(headers: readonly string[]): Record<ColumnKey, number> {
  const positions = Object.fromEntries(COLUMNS.map((c) => [c.key, -1])) as Record<ColumnKey, number>;
  headers.forEach((h, j) => {
    const spec = columnForHeader(String(h));
    if (spec && positions[spec.key] === -1) positions[spec.key] = j;
  });
  return positions;
}

/**
 * The columns a re-import adds to a table written by `release` (null: the first release): ours that came later.
 * A column of the table's own release that is gone was renamed or deleted: that stops the import, naming them in
 * the user's words.
 */
export function columnsToAdd(positions: Record<ColumnKey, number>, release: string | null, language: Language): ColumnSpec[] {
  if (positions.id === -1) throw new SheetError(language, (say) => say.noIdColumn());
  const gone = COLUMNS.filter((c) => positions[c.key] === -1);
  const renamed = gone.filter((c) => columnIn(c, release ?? FIRST_RELEASE));
  if (renamed.length) throw new SheetError(language, (say) => say.columnsRenamed(...renamed.map((c) => c.header[language])));
  return gone;
}

const CHECK: Record<Language, {
  lead: string; was: (field: string, value: string) => string; uncertain: string; typed: (field: string) => string; blank: string;
  moved: string; join: string;
}> = {
  "zh-CN": {
    lead: "请核对：", was: (f, v) => `${f}原为 ${v}`, uncertain: "对应关系不确定", typed: (f) => `${f}为手填值，未更新`, blank: "空",
    moved: "导入期间表格被改动，本行的目标与数值可能错位", join: "；",
  },
  "en-US": {
    lead: "Check: ", was: (f, v) => `${f} was ${v}`, uncertain: "match uncertain", typed: (f) => `${f} is a typed value, not updated`, blank: "blank",
    moved: "the table changed while importing; this row's target and values may not belong together", join: "; ",
  },
};

/**
 * Is `flag` a check of ours (in either language) about something that happened — a changed target, an uncertain
 * match, a table changed while importing — which stays until the user clears the cell? (A typed value's note
 * describes the row as it is, and goes when the value does.)
 */
export function isCheckFlag(flag: CellValue | undefined): boolean {
  if (typeof flag !== "string") return false;
  return Object.values(CHECK).some((t) =>
    flag.startsWith(t.lead) && (flag.includes(t.uncertain) || flag.includes(t.moved) || flag.includes(t.was("", ""))));
}

/**
 * A row's flag after an import: the fresh one, or — when the row is now certain and unchanged — the check the row
 * still shows, since only the user clearing it says it was checked (a re-import of the same revision does not).
 */
export function keptFlag(fresh: string, shown: CellValue | undefined): string {
  return fresh === "" && isCheckFlag(shown) ? String(shown) : fresh;
}

/** A row the import wrote where the table had changed since it was read (write-check.ts): nothing matched, nothing typed. */
export const MOVED: Pick<RowMatch, "changed" | "ambiguous"> = { changed: [], ambiguous: false };

/**
 * The flag of a matched row: empty when certain and unchanged, else what to check (the table changed under the
 * import, the old values, and our formula columns `typed` where the user's own value was kept).
 */
export function checkFlag(
  m: Pick<RowMatch, "changed" | "ambiguous">, language: Language, typed: readonly ColumnKey[] = [], moved = false,
): string {
  const t = CHECK[language];
  const parts = m.changed.map((c) => t.was(fieldWords(c.key, language), c.was === null || c.was === "" ? t.blank : String(c.was)));
  if (moved) parts.unshift(t.moved);
  if (m.ambiguous) parts.push(t.uncertain);
  for (const k of typed) parts.push(t.typed(fieldWords(k, language)));
  return parts.length ? t.lead + parts.join(t.join) : "";
}

/** A row's target cells, with kind and comparator in the sheet's current words (a table may carry the other language's). */
function targetCells(cell: (k: ColumnKey) => CellValue, language: Language): TargetCells {
  const out = Object.fromEntries(TARGET_KEYS.map((k) => [k, cell(k)])) as TargetCells;
  const kind = parseKind(String(out.kind ?? ""));
  const comparator = parseComparator(String(out.comparator ?? ""));
  if (kind) out.kind = KIND_LABELS[language][kind];
  if (comparator) out.comparator = COMPARATOR_SYMBOLS[comparator];
  return out;
}

/** Matches the existing rows (their READ_KEYS cells) to the model's targets. Rows without an id are the user's. */
export function planMerge(model: SheetModel, existing: readonly ExistingRow[]): MergePlan {
  const withId = existing.map((r, i) => ({ r, i })).filter(({ r }) => String(r.id ?? "").trim() !== "");
  const norm = (v: CellValue | undefined): CellValue => (v === undefined || v === "" ? null : v);
  const m = matchTargets(
    withId.map(({ r }) => targetCells((k) => norm(r[k]), model.language)),
    model.rows.map((row) => targetCells((k) => row.cells[columnIndex(k)] ?? null, model.language)),
  );
  const updates = m.matches.map((x) => ({ row: withId[x.row]!.i, modelRow: x.modelRow, match: x, flag: checkFlag(x, model.language) }));
  return {
    updates,
    missing: m.unmatched.map((i) => withId[i]!.i),
    appends: m.added,
    toCheck: updates.filter((u) => u.flag !== "").length,
    overlap: withId.length ? m.matches.length / withId.length : null,
  };
}

/** A table row for an appended target: our data and user cells at their positions, null (left as is) elsewhere. */
export function appendedRow(model: SheetModel, modelRow: number, positions: Record<ColumnKey, number>, width: number): CellValue[] {
  const row: CellValue[] = new Array(width).fill(null);
  model.columns.forEach((c, k) => {
    const p = positions[c.key];
    if (p >= 0 && !c.formula) row[p] = model.rows[modelRow]!.cells[k] ?? null;
  });
  return row;
}

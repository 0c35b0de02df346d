// A re-import: the document's new targets merged into its existing table. Nothing of the user's is written over:
// their columns and cells are left as they are (null in every 2-D write where they sit), values typed over our
// formulas stay and are flagged, formats are set only on rows and columns the import adds. What may be refused
// (rows or columns that must push the user's cells aside) runs first in the batch, so a refusal changes nothing.
import type { Language, PlanDocument } from "../core/model";
import { MISSING_FLAG, columnIndex, type CellValue, type ColumnKey, type ColumnSpec, type SheetColumn, type SheetModel } from "../core/sheet";
import { markOwner, type DocumentIdentity } from "./identity";
import type { TableLayout } from "./layout";
import { MOVED, READ_KEYS, appendedRow, checkFlag, keptFlag, type ExistingRow, type MergePlan } from "./merge";
import { SheetError } from "./messages";
import { toCell } from "./new-table";
import { SyncBudget, chunkRows } from "./payload";
import {
  ourTableFormats, queueColumnFormats, queueColumnLayout, queueFormulas, queueRowFormats, queueTableConditionalFormats, queueValidation, runs,
  type BodyLayout, type TableFormats, type TypedCells,
} from "./render-table";
import type { ImportSummary, ProgressCallback } from "./types";
import { WriteCheck } from "./write-check";

/** What sync 2 read of the document's table. */
export interface ReadTable {
  layout: TableLayout;
  positions: Record<ColumnKey, number>;
  body: Excel.Range;
  formats: TableFormats;
  /** Its rows (none for the blank row of a table made from a document without targets). */
  rows: ExistingRow[];
  typed: TypedCells;
}

/** Our formula columns holding a typed value in body row `row`. */
const typedIn = (typed: TypedCells, row: number): ColumnKey[] =>
  (Object.entries(typed) as [ColumnKey, ReadonlySet<number>][]).filter(([, rows]) => rows.has(row)).map(([k]) => k);

/** Excel's refusals to push cells aside, said plainly: nothing of the table was changed. */
function explainRefusal(e: unknown, language: Language): unknown {
  const code = (e as { code?: unknown } | null)?.code;
  return code === "InsertDeleteConflict" || code === "NonBlankCellOffSheet" ? new SheetError(language, (say) => say.cannotMakeRoom()) : e;
}

export async function mergeInto(...args: Parameters<typeof merge>): Promise<ImportSummary> {
  return merge(...args).catch((e: unknown) => {
    throw explainRefusal(e, args[1].language);
  });
}

async function merge(
  context: Excel.RequestContext,
  model: SheetModel,
  doc: PlanDocument,
  identity: DocumentIdentity,
  table: ReadTable,
  plan: MergePlan,
  added: ColumnSpec[],
  budget: SyncBudget,
  onProgress: ProgressCallback,
): Promise<ImportSummary> {
  const { layout, body, formats, rows, typed } = table;
  const positions = { ...table.positions };
  const ws = layout.table.worksheet;
  const headers = [...layout.headers];
  const firstRow = body.rowIndex;
  const firstCol = body.columnIndex;
  const bodyRows = Math.max(1, rows.length); // a table always has a body row, blank when it has no targets
  // The blank row of an empty table takes the first new target; every other new target gets a row of its own.
  const appendAt = rows.length;
  const newRows = plan.appends.length - (rows.length === 0 && plan.appends.length ? 1 : 0);
  context.application.suspendApiCalculationUntilNextSync();

  // 1. Room: new columns at the table's end, new rows below it. The cells beside and below move aside (Range.insert
  // for columns, whose add is not documented to do so; TableRowCollection.add inserts its rows).
  if (added.length) {
    ws.getRangeByIndexes(firstRow - 1, firstCol + headers.length, bodyRows + 1, added.length).insert(Excel.InsertShiftDirection.right);
    for (const c of added) {
      const header = c.header[model.language];
      layout.table.columns.add(undefined, undefined, header);
      positions[c.key] = headers.length;
      headers.push(header);
    }
  }
  const width = headers.length;
  for (const chunk of chunkRows(Array.from({ length: newRows }, () => new Array<string>(width).fill("")))) {
    await budget.reserve(chunk.bytes);
    layout.table.rows.add(undefined, chunk.rows);
  }
  const appendRows = plan.appends.map((i) => appendedRow(model, i, positions, width));
  const l: BodyLayout = { sheet: ws, firstRow, rows: appendAt + appendRows.length, firstCol, positions, headers };

  // 2. Formats where the import adds cells, before any text goes in (Text cells keep text as written).
  await queueColumnFormats(model, l, added.map((c) => c.key), budget);
  await queueRowFormats(model, l, width, appendAt, appendRows.length, budget);

  // 3. Our data cells in the rows that keep or take a target, and the flags, where they differ from what sync 2
  // read (columns it did not read are all written); text columns as Text first (a table of an earlier release has
  // them General).
  const typedRows = new Map(plan.updates.map((u) => [u.row, typedIn(typed, u.row)]));
  const flagOf = (u: MergePlan["updates"][number]): string => keptFlag(checkFlag(u.match, model.language, typedRows.get(u.row)), rows[u.row]?.flag);
  for (const c of model.columns.filter((x) => x.kind === "data")) {
    const k = columnIndex(c.key);
    const read = READ_KEYS.includes(c.key);
    const cells = new Map<number, CellValue>();
    for (const u of plan.updates) {
      const v = c.key === "flag" ? flagOf(u) : model.rows[u.modelRow]!.cells[k]!;
      if (!read || toCell(rows[u.row]![c.key]) !== toCell(v)) cells.set(u.row, v);
    }
    if (c.key === "flag") for (const m of plan.missing) cells.set(m, MISSING_FLAG[model.language]);
    await queueCells(l, c, cells, budget);
  }
  // New targets: our data and the actuals the model has; null leaves every other cell (formulas follow).
  for (const chunk of chunkRows(appendRows)) {
    await budget.reserve(chunk.bytes);
    ws.getRangeByIndexes(firstRow + appendAt + chunk.start, firstCol, chunk.rows.length, width).values = chunk.rows;
  }

  // 4. Formulas around the values typed over them; layout and validation of what is new; our conditional formats
  // replaced over the grown body (the user's stay as they are).
  await queueFormulas(model, l, budget, typed);
  queueColumnLayout(model, l, added.map((c) => c.key));
  queueValidation(model.validation, l, appendAt, appendRows.length);
  queueValidation(model.validation.filter((v) => added.some((c) => c.key === v.column)), l, 0, appendAt);
  for (const cf of ourTableFormats(formats)) cf.delete();
  queueTableConditionalFormats(model, l, width);
  markOwner(ws, doc, identity);
  // 5. Read back, after the writes, what they left: did the rows stay where sync 2 read them?
  const userKeys = model.columns.filter((c) => c.kind === "user").map((c) => c.key);
  const unwritten = new Map<number, ExistingRow>();
  for (const u of plan.updates) unwritten.set(u.row, { ...pick(rows[u.row]!, userKeys), id: model.rows[u.modelRow]!.id });
  for (const m of plan.missing) unwritten.set(m, pick(rows[m]!, ["id", ...userKeys]));
  const appended = appendRows.map((_, i) => appendAt + i);
  const check = new WriteCheck(budget, layout.table, positions, unwritten, Math.max(1, appendAt + appendRows.length), appended);
  onProgress(0.8, "sync");
  await context.sync(); // 3
  budget.synced();

  // 6. Rows the table moved under: flagged, the flag saying so first.
  const flags = new Map<number, string>(plan.updates.map((u) => [u.row, flagOf(u)]));
  const moved = await check.moved();
  if (moved.length) {
    const byRow = new Map(plan.updates.map((u) => [u.row, u]));
    for (const r of moved) flags.set(r, checkFlag(byRow.get(r)?.match ?? MOVED, model.language, typedRows.get(r), true));
    await queueCells(l, model.columns[columnIndex("flag")]!, new Map(moved.map((r) => [r, flags.get(r)!])), budget);
    await budget.sync(); // 4, only then
  }
  onProgress(1, "done");
  return {
    sheetName: layout.sheet,
    tableName: layout.name,
    imported: appendRows.length,
    updated: plan.updates.length,
    kept: plan.updates.filter((u) => userKeys.some((k) => toCell(rows[u.row]?.[k]) !== "")).length,
    toCheck: [...flags.values()].filter((f) => f !== "").length,
    changedWhileImporting: moved.length,
    missing: plan.missing.length,
    addedColumns: added.map((c) => c.header[model.language]),
    syncs: budget.syncs,
  };
}

const pick = (row: ExistingRow, keys: readonly ColumnKey[]): ExistingRow => Object.fromEntries(keys.map((k) => [k, row[k] ?? null]));

/** Queues one column's cells (body row → value) in runs, each chunk within the sync budget; text columns as Text first. */
async function queueCells(l: BodyLayout, c: SheetColumn, cells: ReadonlyMap<number, CellValue>, budget: SyncBudget): Promise<void> {
  for (const [start, count] of runs(cells.keys())) {
    const grid = Array.from({ length: count }, (_, i) => [toCell(cells.get(start + i))]);
    for (const chunk of chunkRows(grid)) {
      await budget.reserve(chunk.bytes * (c.numberFormat === "@" ? 2 : 1));
      const range = l.sheet.getRangeByIndexes(l.firstRow + start + chunk.start, l.firstCol + l.positions[c.key], chunk.rows.length, 1);
      if (c.numberFormat === "@") range.numberFormat = chunk.rows.map(() => ["@"]);
      range.values = chunk.rows;
    }
  }
}

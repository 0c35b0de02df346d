// A document's first import: a new sheet with one Excel table. Text cells are formatted as Text before any value
// is written, so Excel keeps "- 到2025年…" or "1-2" as written; the table, its name and the sheet's owner mark
// come last, so a sheet without them is never taken for the add-in's. A batch is no transaction: when a sync
// fails, the half-written sheet is removed again.
import type { PlanDocument } from "../core/model";
import { uniqueSheetName, type CellValue, type ColumnKey, type SheetModel } from "../core/sheet";
import { markOwner, type DocumentIdentity } from "./identity";
import type { WorkbookLayout } from "./layout";
import { SyncBudget, chunkRows, payloadBytes } from "./payload";
import {
  queueColumnFormats, queueFormulas, queueSheetLayout, queueTableConditionalFormats, queueValidation, type BodyLayout,
} from "./render-table";
import type { ImportSummary, ProgressCallback } from "./types";

/** Marks a sheet an import added and has not finished; removed by the import's last command. */
const UNFINISHED_PROPERTY = "PlanTargets.unfinished";

export const toCell = (v: CellValue | undefined): string | number => (v === null || v === undefined ? "" : v);

export async function writeNew(
  context: Excel.RequestContext,
  model: SheetModel,
  doc: PlanDocument,
  identity: DocumentIdentity,
  layout: WorkbookLayout,
  tableName: string,
  budget: SyncBudget,
  onProgress: ProgressCallback,
): Promise<ImportSummary> {
  const sheetName = uniqueSheetName(model.sheetName, layout.sheets.map((s) => s.name));
  try {
    return await write(context, model, doc, identity, sheetName, tableName, budget, onProgress);
  } catch (e) {
    await removeUnfinished(sheetName);
    throw e;
  }
}

async function write(
  context: Excel.RequestContext,
  model: SheetModel,
  doc: PlanDocument,
  identity: DocumentIdentity,
  sheetName: string,
  tableName: string,
  budget: SyncBudget,
  onProgress: ProgressCallback,
): Promise<ImportSummary> {
  const ws = context.workbook.worksheets.add(sheetName);
  // Right after the sheet exists: a failed import then knows the sheet is its own to remove.
  ws.customProperties.add(UNFINISHED_PROPERTY, "1");
  context.application.suspendApiCalculationUntilNextSync();
  const width = model.columns.length;
  const rows = model.rows.map((r) => r.cells.map(toCell));
  const header = model.columns.map((c) => c.header);
  // An empty document still gets a table with one blank row to type into.
  const bodyRows = rows.length ? rows : [model.columns.map(() => "")];
  const positions = Object.fromEntries(model.columns.map((c, i) => [c.key, i])) as Record<ColumnKey, number>;
  const body: BodyLayout = { sheet: ws, firstRow: 1, rows: bodyRows.length, firstCol: 0, positions, headers: header };
  await queueColumnFormats(model, body, model.columns.map((c) => c.key), budget);
  await budget.reserve(payloadBytes(header));
  ws.getRangeByIndexes(0, 0, 1, width).values = [header];
  for (const chunk of chunkRows(bodyRows)) {
    await budget.reserve(chunk.bytes);
    ws.getRangeByIndexes(1 + chunk.start, 0, chunk.rows.length, width).values = chunk.rows;
  }
  // Formulas refer to the table's columns ([@基期值]): the table comes first.
  const table = ws.tables.add(ws.getRangeByIndexes(0, 0, bodyRows.length + 1, width), true);
  table.name = tableName;
  const filled: BodyLayout = { ...body, rows: rows.length };
  await queueFormulas(model, filled, budget);
  queueSheetLayout(model, filled);
  queueValidation(model.validation, filled);
  queueTableConditionalFormats(model, filled, width);
  ws.activate();
  markOwner(ws, doc, identity);
  ws.customProperties.getItem(UNFINISHED_PROPERTY).delete();
  onProgress(0.8, "sync");
  await context.sync(); // 2 (3 when the workbook has tables to look at)
  budget.synced();
  onProgress(1, "done");
  return { sheetName, tableName, imported: rows.length, updated: 0, kept: 0, toCheck: 0, changedWhileImporting: 0, missing: 0, addedColumns: [], syncs: budget.syncs };
}

/** Deletes the sheet an import failed to finish: the one it added, still marked unfinished. */
async function removeUnfinished(sheetName: string): Promise<void> {
  await Excel.run({ delayForCellEdit: true }, async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(sheetName);
    await context.sync();
    if (ws.isNullObject) return;
    const unfinished = ws.customProperties.getItemOrNullObject(UNFINISHED_PROPERTY);
    await context.sync();
    if (!unfinished.isNullObject) ws.delete();
    await context.sync();
  });
}

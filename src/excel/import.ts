// importTargets: writes a document's targets as one Excel table on a sheet the add-in owns, or merges them
// into that table on re-import. Two or three syncs whatever the row count (more only when the data would
// exceed the 5 MB request limit), values as 2-D arrays, calculation suspended during the write.
import type { PlanDocument, Target } from "../core/model";
import {
  MISSING_FLAG, buildSheetModel, columnIndex, uniqueSheetName, type CellValue, type ColumnKey, type SheetModel,
} from "../core/sheet";
import type { ImportOptions, ImportSummary, ProgressCallback } from "./types";
import { appendedRow, planMerge, type MergePlan } from "./merge";
import { SyncBudget, chunkRows, payloadBytes } from "./payload";
import {
  queueFormulas, queueLayout, queueNumberFormats, queueTableConditionalFormats, queueValidation, type BodyLayout,
} from "./render-table";

/** Worksheet custom property that marks a sheet as made by the add-in, holding the document id. */
export const OWNER_PROPERTY = "PlanTargets.docId";

const toCell = (v: CellValue): string | number => (v === null ? "" : v);

export async function importTargets(
  doc: PlanDocument,
  targets: Target[],
  options: ImportOptions,
  onProgress: ProgressCallback = () => undefined,
): Promise<ImportSummary> {
  const model = buildSheetModel(doc, targets, {
    language: options.language,
    method: options.method,
    tolerance: options.tolerance,
    flavour: options.flavour ?? "custom",
    ...(options.vocabulary ? { vocabulary: options.vocabulary } : {}),
  });
  onProgress(0.05, "model");
  return Excel.run(async (context) => {
    const budget = new SyncBudget(context);
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const table = context.workbook.tables.getItemOrNullObject(model.tableName);
    table.load("name");
    await context.sync(); // 1: sheet names, our table if any
    budget.synced();
    const names = sheets.items.map((s) => s.name);

    if (!table.isNullObject) {
      const ws = table.worksheet;
      const owner = ws.customProperties.getItemOrNullObject(OWNER_PROPERTY);
      owner.load("value");
      ws.load("name");
      const header = table.getHeaderRowRange().load("values,columnIndex,rowIndex");
      const body = table.getDataBodyRange().load("values,rowCount");
      await context.sync(); // 2: the existing table
      budget.synced();
      if (!owner.isNullObject && owner.value === doc.id) {
        onProgress(0.3, "merge");
        return mergeInto(context, model, ws, table, header, body, budget, onProgress);
      }
      // Same table name on a sheet we did not make: leave it alone and import beside it.
      model.tableName = uniqueTableName(model.tableName, names);
    }
    onProgress(0.3, "write");
    return writeNew(context, model, names, budget, onProgress);
  });
}

function uniqueTableName(base: string, salt: string[]): string {
  return `${base}_${salt.length + 1}`;
}

async function writeNew(
  context: Excel.RequestContext,
  model: SheetModel,
  existingNames: string[],
  budget: SyncBudget,
  onProgress: ProgressCallback,
): Promise<ImportSummary> {
  const sheetName = uniqueSheetName(model.sheetName, existingNames);
  const ws = context.workbook.worksheets.add(sheetName);
  ws.customProperties.add(OWNER_PROPERTY, model.docId);
  context.application.suspendApiCalculationUntilNextSync();
  const width = model.columns.length;
  const rows = model.rows.map((r) => r.cells.map(toCell));
  const header = model.columns.map((c) => c.header);
  await budget.reserve(payloadBytes(header));
  ws.getRangeByIndexes(0, 0, 1, width).values = [header];
  // An empty document still gets a table with one blank row to type into.
  const bodyRows = rows.length ? rows : [model.columns.map(() => "")];
  for (const chunk of chunkRows(bodyRows)) {
    await budget.reserve(chunk.bytes);
    ws.getRangeByIndexes(1 + chunk.start, 0, chunk.rows.length, width).values = chunk.rows;
  }
  const table = ws.tables.add(ws.getRangeByIndexes(0, 0, bodyRows.length + 1, width), true);
  table.name = model.tableName;
  const positions = Object.fromEntries(model.columns.map((c, i) => [c.key, i])) as Record<ColumnKey, number>;
  const layout: BodyLayout = { sheet: ws, firstRow: 1, rows: rows.length, firstCol: 0, positions, headers: header };
  await queueFormulas(model, layout, budget);
  await queueNumberFormats(model, layout, budget);
  queueLayout(model, layout);
  queueValidation(model, layout);
  queueTableConditionalFormats(model, layout, width);
  ws.activate();
  onProgress(0.8, "sync");
  await context.sync(); // 2 (or 3 when an earlier table had our name)
  budget.synced();
  onProgress(1, "done");
  return { sheetName, imported: rows.length, updated: 0, kept: 0, missing: 0, syncs: budget.syncs };
}

async function mergeInto(
  context: Excel.RequestContext,
  model: SheetModel,
  ws: Excel.Worksheet,
  table: Excel.Table,
  header: Excel.Range,
  body: Excel.Range,
  budget: SyncBudget,
  onProgress: ProgressCallback,
): Promise<ImportSummary> {
  const headers = (header.values[0] ?? []).map((h) => String(h));
  const bodyValues = body.values;
  // A table whose only body row is blank is empty.
  const existingRows = bodyValues.length === 1 && bodyValues[0]!.every((v) => v === "" || v === null) ? 0 : bodyValues.length;
  const idPos = planMerge(model, { headers, ids: [] }).positions.id;
  const ids = bodyValues.slice(0, existingRows).map((r) => String(r[idPos] ?? ""));
  const plan: MergePlan = planMerge(model, { headers, ids });
  context.application.suspendApiCalculationUntilNextSync();

  let width = headers.length;
  for (const key of plan.missingColumns) {
    const name = model.columns[columnIndex(key)]!.header;
    table.columns.add(undefined, undefined, name);
    headers.push(name);
    plan.positions[key] = width++;
  }
  const firstRow = header.rowIndex + 1;
  const firstCol = header.columnIndex;
  const userKeys = model.columns.filter((c) => c.kind === "user").map((c) => c.key);
  const kept = plan.updates.filter((u) => userKeys.some((k) => {
    const p = plan.positions[k];
    return p >= 0 && p < bodyValues[u.row]!.length && bodyValues[u.row]![p] !== "" && bodyValues[u.row]![p] !== null;
  })).length;

  // Refresh our data columns cell by cell only in matched rows: one 2-D write per column over the body,
  // carrying the current values through for rows that are not ours to change.
  const dataKeys = model.columns.filter((c) => c.kind === "data" && c.key !== "flag").map((c) => c.key);
  const flagText = MISSING_FLAG[model.language];
  for (const key of [...dataKeys, "flag" as ColumnKey]) {
    const p = plan.positions[key];
    if (existingRows === 0) break;
    const k = columnIndex(key);
    const grid: (string | number)[][] = bodyValues.slice(0, existingRows).map((r) => [p < r.length ? r[p] : ""]);
    for (const u of plan.updates) grid[u.row]![0] = toCell(model.rows[u.modelRow]!.cells[k]!);
    if (key === "flag") for (const m of plan.missing) grid[m]![0] = flagText;
    await budget.reserve(payloadBytes(grid));
    ws.getRangeByIndexes(firstRow, firstCol + p, existingRows, 1).values = grid;
  }

  const appendRows = plan.appends.map((i) => appendedRow(model, i, plan.positions, width).map(toCell));
  if (existingRows === 0 && appendRows.length) {
    // Fill the blank placeholder row first, then add the rest.
    const [first, ...rest] = appendRows;
    await budget.reserve(payloadBytes(first));
    ws.getRangeByIndexes(firstRow, firstCol, 1, width).values = [first!];
    for (const chunk of chunkRows(rest)) {
      await budget.reserve(chunk.bytes);
      table.rows.add(undefined, chunk.rows);
    }
  } else {
    for (const chunk of chunkRows(appendRows)) {
      await budget.reserve(chunk.bytes);
      table.rows.add(undefined, chunk.rows);
    }
  }
  const totalRows = Math.max(existingRows, 0) + appendRows.length;
  const layout: BodyLayout = { sheet: ws, firstRow, rows: totalRows, firstCol, positions: plan.positions, headers };
  await queueFormulas(model, layout, budget);
  await queueNumberFormats(model, layout, budget);
  queueValidation(model, layout);
  queueTableConditionalFormats(model, layout, width);
  onProgress(0.8, "sync");
  await context.sync(); // 3
  budget.synced();
  onProgress(1, "done");
  return {
    sheetName: ws.name, // loaded in sync 2
    imported: appendRows.length,
    updated: plan.updates.length,
    kept,
    missing: plan.missing.length,
    syncs: budget.syncs,
  };
}

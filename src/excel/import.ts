// importTargets: writes a document's targets as one Excel table on a sheet the add-in owns, or, on re-import,
// merges them into that document's table. The table is found by its sheet's owner and the document's identity
// (identity.ts), never merged with another document's; reads take only the columns they need and writes are
// batched, each sync under the 5 MB limits. Two syncs for a first import, three for a re-import of normal size;
// more only when the data would exceed the limits.
import type { PlanDocument, Target } from "../core/model";
import {
  MISSING_FLAG, buildSheetModel, columnIndex, uniqueSheetName, type CellValue, type ColumnKey, type ColumnSpec, type SheetModel,
} from "../core/sheet";
import type { ImportOptions, ImportSummary, ProgressCallback } from "./types";
import {
  DOCUMENT_PROPERTY, isTableNameFor, parseStoredDocument, sameDocument, storedDocument, tableBaseName, unusedTableName,
  type DocumentIdentity, type StoredDocument,
} from "./identity";
import { looksLikeOurs, queueLayout, type TableLayout, type WorkbookLayout } from "./layout";
import { READ_KEYS, appendedRow, columnPositions, columnsToAdd, planMerge, type ExistingRow, type MergePlan } from "./merge";
import { SyncBudget, chunkRows, payloadBytes } from "./payload";
import { ColumnReader, syncReads } from "./read";
import {
  ourTableFormats, queueColumnLayout, queueFormulas, queueSheetLayout, queueNumberFormats, queueTableConditionalFormats, queueTableFormatsLoad,
  queueValidation, type BodyLayout, type TableFormats,
} from "./render-table";

/** Worksheet custom property that marks a sheet as made by the add-in, holding the document's identity key. */
export const OWNER_PROPERTY = "PlanTargets.docId";

/**
 * What a row of the columns a re-import reads may weigh in a response (a long source sentence and a section
 * path): the first window of a table of up to 5,000 such rows fits one sync.
 */
const READ_BYTES_PER_ROW = 800;

const toCell = (v: CellValue | undefined): string | number => (v === null || v === undefined ? "" : v);

/** A table that may be the document's: who owns its sheet and, when asked for, its rows. */
interface Inspected {
  layout: TableLayout;
  positions: Record<ColumnKey, number>;
  owner: string | null;
  stored: StoredDocument | null;
  read?: { body: Excel.Range; formats: TableFormats; rows: ExistingRow[] };
}

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
  const identity = options.identity ?? { key: doc.id, fingerprint: "" };
  onProgress(0.05, "model");
  return Excel.run(async (context) => {
    const budget = new SyncBudget(context);
    const readLayout = queueLayout(context);
    await context.sync(); // 1: sheets, tables with their headers, defined names
    budget.synced();
    const layout = readLayout();
    const base = tableBaseName(identity.key);
    const named = layout.tables.filter((t) => isTableNameFor(base, t.name));
    // A table of ours under another name: the user renamed it.
    const renamed = layout.tables.filter((t) => !isTableNameFor(base, t.name) && looksLikeOurs(t.headers));
    let found: Inspected[] = [];
    if (named.length + renamed.length) {
      found = await inspect(budget, model, named, renamed); // 2: owners, and the rows of tables named for the document
      const unread = found.filter((f) => !f.read && f.owner === identity.key);
      if (unread.length) found = [...found.filter((f) => f.read), ...(await inspect(budget, model, unread.map((f) => f.layout), []))];
    }
    const match = sameDocumentTable(found.filter((f) => f.read && f.owner === identity.key), doc, identity, model);
    if (match) {
      const added = columnsToAdd(match.table.positions, match.table.stored?.release ?? null, model.language);
      onProgress(0.3, "merge");
      return mergeInto(context, model, doc, identity, match.table, match.plan, added, budget, onProgress);
    }
    onProgress(0.3, "write");
    return writeNew(context, model, doc, identity, layout, unusedTableName(base, layout.takenNames), budget, onProgress);
  });
}

/**
 * Queues who owns each table's sheet and what it remembers of its document; for `withRows` also the body, its
 * conditional formats and the columns a merge reads. Syncs, then reads what the first window left.
 */
async function inspect(budget: SyncBudget, model: SheetModel, withRows: TableLayout[], ownersOnly: TableLayout[]): Promise<Inspected[]> {
  const reader = new ColumnReader(budget, READ_BYTES_PER_ROW);
  type Queued = { layout: TableLayout; positions: Record<ColumnKey, number>; owner: Excel.WorksheetCustomProperty; stored: Excel.WorksheetCustomProperty; rows?: { body: Excel.Range; formats: TableFormats; keys: ColumnKey[] } };
  let queued: Queued[] = [];
  await syncReads(budget, (scale) => {
    queued = [...withRows.map((t) => [t, true] as const), ...ownersOnly.map((t) => [t, false] as const)].map(([layout, rows]) => {
      const props = layout.table.worksheet.customProperties;
      const positions = columnPositions(layout.headers);
      const q: Queued = {
        layout,
        positions,
        owner: props.getItemOrNullObject(OWNER_PROPERTY).load("value"),
        stored: props.getItemOrNullObject(DOCUMENT_PROPERTY).load("value"),
      };
      if (rows) {
        const body = layout.table.getDataBodyRange().load("rowIndex,columnIndex");
        q.rows = { body, formats: queueTableFormatsLoad(model, body, positions), keys: READ_KEYS.filter((k) => positions[k] >= 0) };
      }
      return q;
    });
    reader.queue(queued.flatMap((q) => (q.rows ? [{ body: q.rows.body, columns: q.rows.keys.map((k) => q.positions[k]) }] : [])), scale);
  });
  const columns = await reader.read();
  let next = 0;
  return queued.map((q) => {
    const found: Inspected = {
      layout: q.layout,
      positions: q.positions,
      owner: q.owner.isNullObject ? null : q.owner.value,
      stored: q.stored.isNullObject ? null : parseStoredDocument(q.stored.value),
    };
    if (!q.rows) return found;
    const cols = columns[next++]!;
    const keys = q.rows.keys;
    const rows = (cols[0] ?? []).map((_, r) => Object.fromEntries(keys.map((k, j) => [k, cols[j]![r]])) as ExistingRow);
    return { ...found, read: { body: q.rows.body, formats: q.rows.formats, rows } };
  });
}

/** The table made from this document (the same text first, then the one most of whose rows it still contains). */
function sameDocumentTable(tables: Inspected[], doc: PlanDocument, identity: DocumentIdentity, model: SheetModel): { table: Inspected; plan: MergePlan } | null {
  const planned = tables.map((table) => ({ table, plan: planMerge(model, existingRows(table.read!.rows)) }));
  const sameText = (t: Inspected) => (identity.fingerprint !== "" && t.stored?.fingerprint === identity.fingerprint ? 1 : 0);
  planned.sort((a, b) => sameText(b.table) - sameText(a.table) || (b.plan.overlap ?? -1) - (a.plan.overlap ?? -1));
  return planned.find((p) => sameDocument(p.table.stored, doc, identity, p.plan.overlap)) ?? null;
}

/** A table whose only body row is blank has no rows. */
function existingRows(rows: ExistingRow[]): ExistingRow[] {
  const blank = (r: ExistingRow) => Object.values(r).every((v) => v === "" || v === null || v === undefined);
  return rows.length === 1 && blank(rows[0]!) ? [] : rows;
}

function markOwner(ws: Excel.Worksheet, doc: PlanDocument, identity: DocumentIdentity): void {
  ws.customProperties.add(OWNER_PROPERTY, identity.key);
  ws.customProperties.add(DOCUMENT_PROPERTY, JSON.stringify(storedDocument(doc, identity)));
}

async function writeNew(
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
  const ws = context.workbook.worksheets.add(sheetName);
  markOwner(ws, doc, identity);
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
  table.name = tableName;
  const positions = Object.fromEntries(model.columns.map((c, i) => [c.key, i])) as Record<ColumnKey, number>;
  const body: BodyLayout = { sheet: ws, firstRow: 1, rows: rows.length, firstCol: 0, positions, headers: header };
  await queueFormulas(model, body, budget);
  await queueNumberFormats(model, body, budget);
  queueSheetLayout(model, body);
  queueValidation(model, body);
  queueTableConditionalFormats(model, body, width);
  ws.activate();
  onProgress(0.8, "sync");
  await context.sync(); // 2 (3 when the workbook has tables to look at)
  budget.synced();
  onProgress(1, "done");
  return { sheetName, tableName, imported: rows.length, updated: 0, kept: 0, toCheck: 0, missing: 0, addedColumns: [], syncs: budget.syncs };
}

/** Consecutive runs of the given row indexes: [start, count]. */
function runs(rows: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const r of [...rows].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && last[0] + last[1] === r) last[1]++;
    else out.push([r, 1]);
  }
  return out;
}

async function mergeInto(
  context: Excel.RequestContext,
  model: SheetModel,
  doc: PlanDocument,
  identity: DocumentIdentity,
  found: Inspected,
  plan: MergePlan,
  added: ColumnSpec[],
  budget: SyncBudget,
  onProgress: ProgressCallback,
): Promise<ImportSummary> {
  const { layout } = found;
  const positions = { ...found.positions };
  const { body, formats } = found.read!;
  const rows = existingRows(found.read!.rows);
  const ws = layout.table.worksheet;
  const headers = [...layout.headers];
  context.application.suspendApiCalculationUntilNextSync();
  // Columns of a later release than the table's go at its end, before anything is written into it.
  for (const c of added) {
    const header = c.header[model.language];
    layout.table.columns.add(undefined, undefined, header);
    positions[c.key] = headers.length;
    headers.push(header);
  }
  const width = headers.length;
  const firstRow = body.rowIndex;
  const firstCol = body.columnIndex;
  const userKeys = model.columns.filter((c) => c.kind === "user").map((c) => c.key);
  const kept = plan.updates.filter((u) => userKeys.some((k) => toCell(rows[u.row]?.[k]) !== "")).length;

  // Our data cells in the rows that keep or take a target, and the flags; user cells and columns stay untouched.
  for (const c of model.columns.filter((x) => x.kind === "data")) {
    const k = columnIndex(c.key);
    const cells = new Map<number, CellValue>(plan.updates.map((u) => [u.row, c.key === "flag" ? u.flag : model.rows[u.modelRow]!.cells[k]!]));
    if (c.key === "flag") for (const m of plan.missing) cells.set(m, MISSING_FLAG[model.language]);
    for (const [start, count] of runs([...cells.keys()])) {
      const grid = Array.from({ length: count }, (_, i) => [toCell(cells.get(start + i))]);
      for (const chunk of chunkRows(grid)) {
        await budget.reserve(chunk.bytes);
        ws.getRangeByIndexes(firstRow + start + chunk.start, firstCol + positions[c.key], chunk.rows.length, 1).values = chunk.rows;
      }
    }
  }

  const appendRows = plan.appends.map((i) => appendedRow(model, i, positions, width).map(toCell));
  // An empty table's blank placeholder row takes the first new target.
  const placeholder = rows.length === 0 && appendRows.length > 0;
  if (placeholder) {
    await budget.reserve(payloadBytes(appendRows[0]));
    ws.getRangeByIndexes(firstRow, firstCol, 1, width).values = [appendRows[0]!];
  }
  for (const chunk of chunkRows(placeholder ? appendRows.slice(1) : appendRows)) {
    await budget.reserve(chunk.bytes);
    layout.table.rows.add(undefined, chunk.rows);
  }
  const totalRows = rows.length + appendRows.length;
  const bodyLayout: BodyLayout = { sheet: ws, firstRow, rows: totalRows, firstCol, positions, headers };
  queueColumnLayout(model, bodyLayout, added.map((c) => c.key));
  await queueFormulas(model, bodyLayout, budget);
  await queueNumberFormats(model, bodyLayout, budget);
  queueValidation(model, bodyLayout);
  // Our conditional formats are replaced over the grown body; the user's stay as they are.
  for (const cf of ourTableFormats(formats)) cf.delete();
  queueTableConditionalFormats(model, bodyLayout, width);
  markOwner(ws, doc, identity);
  onProgress(0.8, "sync");
  await context.sync(); // 3
  budget.synced();
  onProgress(1, "done");
  return {
    sheetName: layout.sheet,
    tableName: layout.name,
    imported: appendRows.length,
    updated: plan.updates.length,
    kept,
    toCheck: plan.toCheck,
    missing: plan.missing.length,
    addedColumns: added.map((c) => c.header[model.language]),
    syncs: budget.syncs,
  };
}

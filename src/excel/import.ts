// importTargets: writes a document's targets as one Excel table on a sheet the add-in owns, or, on re-import,
// merges them into that document's table. The table is found by its sheet's owner and the document's identity
// (identity.ts), never merged with another document's; reads take only the columns they need and writes are
// batched, each sync under the 5 MB limits (new-table.ts, merge-table.ts). Two syncs for a first import, three
// for a re-import of normal size; more only when the data would exceed the limits.
import type { PlanDocument, Target } from "../core/model";
import { buildSheetModel, type ColumnKey, type SheetModel } from "../core/sheet";
import { parseAreas } from "./areas";
import type { ImportOptions, ImportSummary, ProgressCallback } from "./types";
import {
  DOCUMENT_PROPERTY, OWNER_PROPERTY, isTableNameFor, parseStoredDocument, sameDocument, tableBaseName, unusedTableName,
  type DocumentIdentity, type StoredDocument,
} from "./identity";
import { looksLikeOurs, queueLayout, type TableLayout } from "./layout";
import { READ_KEYS, columnPositions, columnsToAdd, planMerge, type ExistingRow, type MergePlan } from "./merge";
import { mergeInto, type ReadTable } from "./merge-table";
import { writeNew } from "./new-table";
import { SyncBudget } from "./payload";
import { ColumnReader, syncReads } from "./read";
import { queueTableFormatsLoad, type TableFormats } from "./render-table";

/**
 * What a row of the columns a re-import reads may weigh in a response (a long source sentence and a section
 * path): the first window of a table of up to 5,000 such rows fits one sync.
 */
const READ_BYTES_PER_ROW = 800;

/** A table that may be the document's: who owns its sheet and, when asked for, what a merge needs of it. */
interface Inspected {
  layout: TableLayout;
  positions: Record<ColumnKey, number>;
  owner: string | null;
  stored: StoredDocument | null;
  read?: ReadTable;
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
    ...(options.valueTexts ? { valueTexts: options.valueTexts } : {}),
  });
  const identity = options.identity ?? { key: doc.id, fingerprint: "" };
  onProgress(0.05, "model");
  // Excel waits while the user edits a cell instead of failing the import half way (Excel.RunOptions).
  return Excel.run({ delayForCellEdit: true }, async (context) => {
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
      return mergeInto(context, model, doc, identity, match.table.read!, match.plan, added, budget, onProgress);
    }
    onProgress(0.3, "write");
    return writeNew(context, model, doc, identity, layout, unusedTableName(base, layout.takenNames), budget, onProgress);
  });
}

/**
 * Body rows (0-based) of a body column's cells listed in a RangeAreas address ("'表'!X2:X3,'表'!X7"; sheet names
 * may hold commas). Cells outside that column or the body are left out: in Excel's desktop application the
 * special cells of a single cell cover the whole sheet, and whether getSpecialCells does the same is not documented.
 */
export function areaRows(address: string, body: { rowIndex: number; rowCount: number }, column: number): Set<number> {
  const rows = new Set<number>();
  for (const a of parseAreas(address)) {
    if (column < a.column || column >= a.column + a.columns) continue;
    for (let r = Math.max(a.row, body.rowIndex); r < Math.min(a.row + a.rows, body.rowIndex + body.rowCount); r++) rows.add(r - body.rowIndex);
  }
  return rows;
}

/**
 * Queues who owns each table's sheet and what it remembers of its document; for `withRows` also the body, its
 * conditional formats, the columns a merge reads, the first row whole (is it a blank placeholder?) and the cells
 * of our formula columns where the user typed a value. Syncs, then reads what the first window left.
 */
async function inspect(budget: SyncBudget, model: SheetModel, withRows: TableLayout[], ownersOnly: TableLayout[]): Promise<Inspected[]> {
  const reader = new ColumnReader(budget, READ_BYTES_PER_ROW);
  type Rows = { body: Excel.Range; formats: TableFormats; keys: ColumnKey[]; first: Excel.Range; typed: [ColumnKey, Excel.RangeAreas][] };
  type Queued = { layout: TableLayout; positions: Record<ColumnKey, number>; owner: Excel.WorksheetCustomProperty; stored: Excel.WorksheetCustomProperty; rows?: Rows };
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
        const body = layout.table.getDataBodyRange().load("rowIndex,columnIndex,rowCount");
        const formulaKeys = model.columns.filter((c) => c.formula && positions[c.key] >= 0).map((c) => c.key);
        q.rows = {
          body,
          formats: queueTableFormatsLoad(model, body, positions),
          keys: READ_KEYS.filter((k) => positions[k] >= 0),
          first: body.getRow(0).load("values"),
          typed: formulaKeys.map((k) => [k, body.getColumn(positions[k]).getSpecialCellsOrNullObject(Excel.SpecialCellType.constants).load("address")]),
        };
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
    const { body, formats, keys, first } = q.rows;
    const read = (cols[0] ?? []).map((_, r) => Object.fromEntries(keys.map((k, j) => [k, cols[j]![r]])) as ExistingRow);
    // A table made from a document without targets has one blank row: no rows, its blank row is the first new one's.
    const blank = read.length === 1 && (first.values[0] ?? []).every((v) => v === "" || v === null);
    const typed = Object.fromEntries(
      q.rows.typed.filter(([, a]) => !a.isNullObject).map(([k, a]) => [k, areaRows(a.address, body, body.columnIndex + q.positions[k])]),
    );
    return { ...found, read: { layout: q.layout, positions: q.positions, body, formats, rows: blank ? [] : read, typed } };
  });
}

/** The table made from this document (the same text first, then the one most of whose rows it still contains). */
function sameDocumentTable(tables: Inspected[], doc: PlanDocument, identity: DocumentIdentity, model: SheetModel): { table: Inspected; plan: MergePlan } | null {
  const planned = tables.map((table) => ({ table, plan: planMerge(model, table.read!.rows) }));
  const sameText = (t: Inspected) => (identity.fingerprint !== "" && t.stored?.fingerprint === identity.fingerprint ? 1 : 0);
  planned.sort((a, b) => sameText(b.table) - sameText(a.table) || (b.plan.overlap ?? -1) - (a.plan.overlap ?? -1));
  return planned.find((p) => sameDocument(p.table.stored, doc, identity, p.plan.overlap)) ?? null;
}

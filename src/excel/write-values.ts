// writeValues: puts base and latest values (accepted matches from a statistical bulletin) into a document's
// table: only into empty cells, with the row's value-source line; a cell holding something else is reported
// with both values and replaced only where the entry asks for it (value-writes.ts). The table is the one on a
// sheet the add-in made for this document (its owner property) holding most of the entries' targets; a
// document not imported yet has none, and nothing is written.
import type { Language } from "../core/model";
import { columnSpec, type ColumnKey } from "../core/sheet";
import { DOCUMENT_PROPERTY, OWNER_PROPERTY, parseStoredDocument, type DocumentIdentity } from "./identity";
import { looksLikeOurs, queueLayout, type TableLayout } from "./layout";
import { columnPositions } from "./merge";
import { SheetError } from "./messages";
import { SyncBudget, payloadBytes } from "./payload";
import { ColumnReader, syncReads } from "./read";
import { VALUE_KEYS, planValueWrites, type ValueConflict, type ValueEntry, type ValueRow, type ValueWritePlan } from "./value-writes";

export interface WriteValuesOptions {
  /** The document's identity, as its import used it. */
  identity: DocumentIdentity;
  /** Language of the value-source lines (the table's header language). */
  language: Language;
}

export interface WriteValuesSummary extends Omit<ValueWritePlan, "cells"> {
  sheetName: string;
  tableName: string;
  /** The table has no value-source column (made before the column existed): values were written unmarked. */
  unmarked: boolean;
  syncs: number;
}

export type { ValueConflict, ValueEntry };

/** The columns the write reads and writes. */
const KEYS: readonly ColumnKey[] = ["id", ...Object.values(VALUE_KEYS).flatMap((k) => [k.year, k.value]), "valueSource"];
/** What a row of those columns may weigh before any was read (a value-source cell holds two quoted sentences). */
const READ_BYTES_PER_ROW = 700;

/** Writes `entries` into the document's table; null when the document has no table yet. */
export async function writeValues(entries: readonly ValueEntry[], options: WriteValuesOptions): Promise<WriteValuesSummary | null> {
  return Excel.run({ delayForCellEdit: true }, async (context) => {
    const budget = new SyncBudget(context);
    const readLayout = queueLayout(context);
    await context.sync(); // 1: sheets and tables with their headers
    budget.synced();
    const candidates = readLayout().tables.filter((t) => looksLikeOurs(t.headers));
    if (candidates.length === 0) return null;
    const owned = await ownedBy(context, budget, candidates, options.identity);
    if (owned.length === 0) return null;
    const tables = await readRows(budget, owned);
    const ids = new Set(entries.map((e) => e.targetId));
    const found = (t: (typeof tables)[number]): number => t.rows.filter((r) => ids.has(String(r.id ?? ""))).length;
    tables.sort((a, b) => found(b) - found(a) || Number(b.sameText) - Number(a.sameText));
    const table = tables[0]!;
    const gone = KEYS.filter((k) => k !== "valueSource" && table.positions[k] < 0);
    if (gone.length) throw new SheetError(options.language, (say) => say.valueColumnsMissing(...gone.map((k) => headerOf(k, options.language))));
    const hasSource = table.positions.valueSource >= 0;
    const { cells, ...plan } = planValueWrites(table.rows, entries, options.language, hasSource);
    for (const cell of cells) {
      await budget.reserve(payloadBytes(cell.value) + 64);
      table.body.getCell(cell.row, table.positions[cell.key]).values = [[cell.value]];
    }
    if (cells.length) {
      await context.sync(); // the writes
      budget.synced();
    }
    return { ...plan, sheetName: table.layout.sheet, tableName: table.layout.name, unmarked: !hasSource && cells.length > 0, syncs: budget.syncs };
  });
}

const headerOf = (k: ColumnKey, language: Language): string => columnSpec(k).header[language];

/** The tables on sheets the add-in made for this document, with what the sheet remembers of its text. */
async function ownedBy(
  context: Excel.RequestContext, budget: SyncBudget, tables: TableLayout[], identity: DocumentIdentity,
): Promise<{ layout: TableLayout; sameText: boolean }[]> {
  const props = tables.map((layout) => {
    const p = layout.table.worksheet.customProperties;
    return { layout, owner: p.getItemOrNullObject(OWNER_PROPERTY).load("value"), stored: p.getItemOrNullObject(DOCUMENT_PROPERTY).load("value") };
  });
  await context.sync(); // 2: owners
  budget.synced();
  return props
    .filter((p) => !p.owner.isNullObject && p.owner.value === identity.key)
    .map((p) => {
      const stored = p.stored.isNullObject ? null : parseStoredDocument(p.stored.value);
      return { layout: p.layout, sameText: identity.fingerprint !== "" && stored?.fingerprint === identity.fingerprint };
    });
}

/** Each table's body and the rows of the columns the write needs, under the response limit. */
async function readRows(budget: SyncBudget, tables: { layout: TableLayout; sameText: boolean }[]) {
  const reader = new ColumnReader(budget, READ_BYTES_PER_ROW);
  let queued: { layout: TableLayout; sameText: boolean; body: Excel.Range; positions: Record<ColumnKey, number>; keys: ColumnKey[] }[] = [];
  await syncReads(budget, (scale) => {
    queued = tables.map((t) => {
      const positions = columnPositions(t.layout.headers);
      return { ...t, body: t.layout.table.getDataBodyRange(), positions, keys: KEYS.filter((k) => positions[k] >= 0) };
    });
    reader.queue(queued.map((q) => ({ body: q.body, columns: q.keys.map((k) => q.positions[k]) })), scale);
  }); // 3: the rows (more syncs only for tables too large for one response)
  const columns = await reader.read();
  return queued.map((q, n) => {
    const cols = columns[n]!;
    const rows = (cols[0] ?? []).map((_, r) => Object.fromEntries(q.keys.map((k, j) => [k, cols[j]![r]])) as ValueRow);
    return { ...q, rows };
  });
}

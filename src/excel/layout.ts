// What the workbook holds, in one round trip: sheet names, every table with its sheet and column headers, and
// the defined names (a table may not take one). Import and dashboard start from it.
import { COLUMNS, columnForHeader } from "../core/sheet";

export interface TableLayout {
  table: Excel.Table;
  name: string;
  sheet: string;
  headers: string[];
}

export interface WorkbookLayout {
  sheets: Excel.Worksheet[];
  tables: TableLayout[];
  /** Names a new table may not take: every table's and every defined name. */
  takenNames: string[];
}

/** Queues the loads; call `read` after the caller's sync. */
export function queueLayout(context: Excel.RequestContext): () => WorkbookLayout {
  const sheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name,items/worksheet/name,items/columns/items/name");
  const names = context.workbook.names.load("items/name");
  return () => ({
    sheets: sheets.items,
    tables: tables.items.map((t) => ({ table: t, name: t.name, sheet: t.worksheet.name, headers: t.columns.items.map((c) => c.name) })),
    takenNames: [...tables.items.map((t) => t.name), ...names.items.map((n) => n.name)],
  });
}

/** Has the table the add-in's columns (an ID column and most of the others, in either language)? */
export function looksLikeOurs(headers: readonly string[]): boolean {
  const keys = new Set(headers.map((h) => columnForHeader(h)?.key).filter((k) => k !== undefined));
  return keys.has("id") && keys.size >= COLUMNS.length / 2;
}

// The dashboard sheet in Excel: live counts by status per imported document and a bar chart of progress
// against time progress per indicator. Rebuilt in place when it exists (it is ours); never over a user sheet.
// The add-in's tables are those on sheets it owns, whatever they are named; their ids and indicators are read
// under the 5 MB response limit.
import type { Language } from "../core/model";
import type { StatusVocabulary } from "../core/measure";
import {
  buildDashboard as buildDashboardModel, uniqueSheetName, type ColumnKey, type DashboardCell,
} from "../core/sheet";
import { OWNER_PROPERTY } from "./import";
import { looksLikeOurs, queueLayout, type TableLayout } from "./layout";
import { columnPositions } from "./merge";
import { MESSAGES } from "./messages";
import { SyncBudget } from "./payload";
import { ColumnReader, syncReads } from "./read";

export const DASHBOARD_PROPERTY = "PlanTargets.dashboard";
/** What the id and indicator of a row may weigh in a response. */
const READ_BYTES_PER_ROW = 200;

export interface DashboardOptions {
  language: Language;
  /** Most indicators to chart (the counts always cover every row). */
  chartLimit?: number;
  /** Words heading the counts (default standard); the counts key on status codes. */
  vocabulary?: StatusVocabulary;
}

export interface DashboardSummary {
  sheetName: string;
  documents: number;
  indicators: number;
  syncs: number;
}

/** A whole-column structured reference, e.g. PlanTargets_x[状态] or PlanTargets_x[[Base value]]. */
function columnRef(table: string, header: string): string {
  const escaped = header.replace(/['#[\]]/g, (ch) => `'${ch}`);
  return /^[\p{L}\p{N}_]+$/u.test(header) ? `${table}[${escaped}]` : `${table}[[${escaped}]]`;
}

const cellValue = (v: DashboardCell): string | number => (v === null ? "" : typeof v === "object" ? v.formula : v);

export async function buildDashboard(options: DashboardOptions): Promise<DashboardSummary> {
  return Excel.run(async (context) => {
    const budget = new SyncBudget(context);
    const readLayout = queueLayout(context);
    await context.sync(); // 1: sheets, tables and their headers
    budget.synced();
    const layout = readLayout();
    const sheets = context.workbook.worksheets;
    const reader = new ColumnReader(budget, READ_BYTES_PER_ROW);
    const candidates = layout.tables.filter((t) => looksLikeOurs(t.headers)).map((t) => ({ t, positions: columnPositions(t.headers) }));
    let found: { t: TableLayout; positions: Record<ColumnKey, number>; body: Excel.Range; owner: Excel.WorksheetCustomProperty; document: Excel.Range }[] = [];
    let dashProps: { s: Excel.Worksheet; p: Excel.WorksheetCustomProperty }[] = [];
    await syncReads(budget, (scale) => {
      dashProps = layout.sheets.map((s) => ({ s, p: s.customProperties.getItemOrNullObject(DASHBOARD_PROPERTY).load("value") }));
      found = candidates.map(({ t, positions }) => {
        const body = t.table.getDataBodyRange();
        return {
          t,
          positions,
          body,
          owner: t.table.worksheet.customProperties.getItemOrNullObject(OWNER_PROPERTY).load("value"),
          document: body.getCell(0, Math.max(0, positions.document)).load("values"),
        };
      });
      reader.queue(found.map((f) => ({ body: f.body, columns: [f.positions.id, Math.max(0, f.positions.indicator)] })), scale);
    }); // 2: which tables are ours, their ids and indicators (more syncs only for very large tables)
    const columns = await reader.read();
    const sources = found
      .map((f, i) => ({ ...f, ids: columns[i]![0]!, indicators: columns[i]![1]! }))
      .filter((f) => !f.owner.isNullObject)
      .map((f) => {
        const byKey = (k: ColumnKey) => f.t.headers[f.positions[k]] ?? "";
        const rows = f.ids
          .map((id, r) => ({ id: String(id ?? ""), indicator: f.positions.indicator >= 0 ? String(f.indicators[r] ?? "") : "" }))
          .filter((r) => r.id !== "");
        const title = f.positions.document >= 0 ? String(f.document.values[0]?.[0] ?? "") : "";
        return { tableName: f.t.name, header: byKey, title: rows.length && title ? title : f.t.name, indicators: rows };
      });
    if (sources.length === 0) throw new Error(MESSAGES[options.language].noTables());
    // The counts read the status codes and the binding column; a re-import adds them to an older table.
    const older = sources.filter((s) => s.header("statusCode") === "" || s.header("binding") === "");
    if (older.length) throw new Error(MESSAGES[options.language].needsReimport(older.map((s) => s.title).join("、")));
    const model = buildDashboardModel(
      sources,
      (i, key) => columnRef(sources[i]!.tableName, sources[i]!.header(key)),
      options.language,
      options.chartLimit,
      options.vocabulary,
    );
    const mine = dashProps.find((d) => !d.p.isNullObject);
    const wanted = options.language === "zh-CN" ? "仪表板" : "Dashboard";
    let name: string;
    if (mine) {
      name = mine.s.name;
      mine.s.delete(); // ours: rebuild it from scratch
    } else {
      name = uniqueSheetName(wanted, layout.sheets.map((s) => s.name));
    }
    const ws = sheets.add(name);
    ws.customProperties.add(DASHBOARD_PROPERTY, "1");
    context.application.suspendApiCalculationUntilNextSync();
    ws.getRange("A1").values = [[model.title]];
    ws.getRange("A1").format.font.bold = true;
    const countsWidth = model.counts[0]!.length;
    ws.getRangeByIndexes(2, 0, model.counts.length, countsWidth).formulas = model.counts.map((r) => r.map(cellValue));
    ws.getRangeByIndexes(2, 0, 1, countsWidth).format.font.bold = true;
    const chartTop = 2 + model.counts.length + 2;
    ws.getRangeByIndexes(chartTop - 1, 0, 1, 1).values = [[model.chartTitle]];
    ws.getRangeByIndexes(chartTop, 0, model.chart.length, 4).formulas = model.chart.map((r) => r.map(cellValue));
    if (model.chart.length > 1) {
      ws.getRangeByIndexes(chartTop + 1, 1, model.chart.length - 1, 2).numberFormat = model.chart.slice(1).map(() => [model.percentFormat, model.percentFormat]);
      const chart = ws.charts.add(Excel.ChartType.barClustered, ws.getRangeByIndexes(chartTop, 0, model.chart.length, 3), Excel.ChartSeriesBy.columns);
      chart.title.text = model.chartTitle;
    }
    ws.getRangeByIndexes(0, 0, 1, 1).format.columnWidth = 160;
    ws.activate();
    await context.sync(); // 3: the sheet
    budget.synced();
    return {
      sheetName: name,
      documents: sources.length,
      indicators: model.chart.length - 1,
      syncs: budget.syncs,
    };
  });
}

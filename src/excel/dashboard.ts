// The dashboard sheet in Excel: live counts by status per imported document and a bar chart of progress
// against time progress per indicator. Rebuilt in place when it exists (it is ours); never over a user sheet.
import type { Language } from "../core/model";
import type { StatusVocabulary } from "../core/measure";
import {
  buildDashboard as buildDashboardModel, columnForHeader, uniqueSheetName, type ColumnKey, type DashboardCell,
} from "../core/sheet";
import { OWNER_PROPERTY } from "./import";
import { MESSAGES } from "./messages";

export const DASHBOARD_PROPERTY = "PlanTargets.dashboard";
const TABLE_PREFIX = "PlanTargets_";

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
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const tables = context.workbook.tables;
    tables.load("items/name");
    await context.sync(); // 1: what exists
    const ours = tables.items.filter((t) => t.name.startsWith(TABLE_PREFIX));
    const found = ours.map((t) => {
      const ws = t.worksheet;
      const owner = ws.customProperties.getItemOrNullObject(OWNER_PROPERTY);
      owner.load("value");
      const header = t.getHeaderRowRange().load("values");
      const body = t.getDataBodyRange().load("values");
      return { table: t, owner, header, body };
    });
    const dashProps = sheets.items.map((s) => ({ s, p: s.customProperties.getItemOrNullObject(DASHBOARD_PROPERTY).load("value") }));
    await context.sync(); // 2: headers, ids and indicators of our tables; which sheet is our dashboard
    const sources = found
      .filter((f) => !f.owner.isNullObject)
      .map((f) => {
        const headers = f.header.values[0]!.map(String);
        const pos = (k: ColumnKey) => headers.findIndex((h) => columnForHeader(h)?.key === k);
        const byKey = (k: ColumnKey) => headers[pos(k)] ?? "";
        const rows = f.body.values.filter((r) => String(r[pos("id")] ?? "") !== "");
        const doc = rows[0] ? String(rows[0][pos("document")] ?? f.table.name) : f.table.name;
        return {
          tableName: f.table.name,
          header: byKey,
          title: doc,
          indicators: rows.map((r) => ({ id: String(r[pos("id")]), indicator: String(r[pos("indicator")] ?? "") })),
        };
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
      name = uniqueSheetName(wanted, sheets.items.map((s) => s.name));
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
    return {
      sheetName: name,
      documents: sources.length,
      indicators: model.chart.length - 1,
      syncs: 3,
    };
  });
}

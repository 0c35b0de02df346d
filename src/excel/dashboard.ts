// The dashboard sheet in Excel: live counts by status per imported document and a bar chart of progress
// against time progress per indicator. Rebuilt in place, over the areas it wrote itself; never over a user's cells.
// The add-in's tables are those on sheets it owns, whatever they are named; their ids and indicators are read
// under the 5 MB response limit.
import type { Language } from "../core/model";
import type { StatusVocabulary } from "../core/measure";
import {
  FIRST_RELEASE, buildDashboard as buildDashboardModel, columnFromLetter, columnIn, columnLetter, columnSpec, uniqueSheetName,
  type ColumnKey, type DashboardCell,
} from "../core/sheet";
import { DOCUMENT_PROPERTY, OWNER_PROPERTY, parseStoredDocument } from "./identity";
import { looksLikeOurs, queueLayout, type TableLayout } from "./layout";
import { columnPositions } from "./merge";
import { SheetError } from "./messages";
import { SyncBudget } from "./payload";
import { ColumnReader, syncReads } from "./read";

export const DASHBOARD_PROPERTY = "PlanTargets.dashboard";
/** The name of the add-in's chart on its dashboard sheet. */
const CHART_NAME = "PlanTargets.progressChart";
/** What the id and indicator of a row may weigh in a response. */
const READ_BYTES_PER_ROW = 200;
/** The columns the dashboard's formulas read from each table. */
const READ_COLUMNS: readonly ColumnKey[] = ["id", "indicator", "statusCode", "binding", "progress", "timeProgress"];

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
  /**
   * An earlier dashboard left as it was, now the user's sheet: one with the user's cells where the new counts
   * or chart would go, or one from a version that did not record what it wrote.
   */
  previous?: string;
  syncs: number;
}

/** What the dashboard property remembers: the areas the add-in wrote (A1 addresses) and its chart. */
interface Written { blocks: string[]; chart: string }

function parseWritten(json: string): Written | null {
  try {
    const x = JSON.parse(json) as Partial<Written>;
    return Array.isArray(x.blocks) && x.blocks.every((b) => typeof b === "string") && typeof x.chart === "string" ? { blocks: x.blocks, chart: x.chart } : null;
  } catch {
    return null;
  }
}

/** A whole-column structured reference, e.g. PlanTargets_x[状态] or PlanTargets_x[[Base value]]. */
function columnRef(table: string, header: string): string {
  const escaped = header.replace(/['#[\]]/g, (ch) => `'${ch}`);
  return /^[\p{L}\p{N}_]+$/u.test(header) ? `${table}[${escaped}]` : `${table}[[${escaped}]]`;
}

const cellValue = (v: DashboardCell): string | number => (v === null ? "" : typeof v === "object" ? v.formula : v);

interface Rect { r: number; c: number; rows: number; cols: number }
const a1 = (x: Rect): string => `${columnLetter(x.c)}${x.r + 1}:${columnLetter(x.c + x.cols - 1)}${x.r + x.rows}`;
const inside = (r: number, c: number, x: Rect): boolean => r >= x.r && r < x.r + x.rows && c >= x.c && c < x.c + x.cols;
function parseA1(a: string): Rect {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(a);
  if (!m) throw new Error(`bad block ${a}`);
  const c = columnFromLetter(m[1]!), r = Number(m[2]) - 1;
  return { r, c, rows: Number(m[4]) - r, cols: columnFromLetter(m[3]!) - c + 1 };
}

/** The areas the dashboard writes: title, counts, chart title and chart data. */
function blocksOf(model: ReturnType<typeof buildDashboardModel>): { title: Rect; counts: Rect; chartTitle: Rect; chart: Rect } {
  const countsRows = model.counts.length;
  const chartTop = 2 + countsRows + 2;
  return {
    title: { r: 0, c: 0, rows: 1, cols: 1 },
    counts: { r: 2, c: 0, rows: countsRows, cols: model.counts[0]!.length },
    chartTitle: { r: chartTop - 1, c: 0, rows: 1, cols: 1 },
    chart: { r: chartTop, c: 0, rows: model.chart.length, cols: 4 },
  };
}

export async function buildDashboard(options: DashboardOptions): Promise<DashboardSummary> {
  return Excel.run({ delayForCellEdit: true }, async (context) => {
    const budget = new SyncBudget(context);
    const readLayout = queueLayout(context);
    await context.sync(); // 1: sheets, tables and their headers
    budget.synced();
    const layout = readLayout();
    const reader = new ColumnReader(budget, READ_BYTES_PER_ROW);
    const candidates = layout.tables.filter((t) => looksLikeOurs(t.headers)).map((t) => ({ t, positions: columnPositions(t.headers) }));
    type Found = {
      t: TableLayout; positions: Record<ColumnKey, number>; body: Excel.Range; owner: Excel.WorksheetCustomProperty;
      stored: Excel.WorksheetCustomProperty; document: Excel.Range;
    };
    let found: Found[] = [];
    let dashProps: { s: Excel.Worksheet; p: Excel.WorksheetCustomProperty }[] = [];
    await syncReads(budget, (scale) => {
      dashProps = layout.sheets.map((s) => ({ s, p: s.customProperties.getItemOrNullObject(DASHBOARD_PROPERTY).load("value") }));
      found = candidates.map(({ t, positions }) => {
        const body = t.table.getDataBodyRange();
        const props = t.table.worksheet.customProperties;
        return {
          t,
          positions,
          body,
          owner: props.getItemOrNullObject(OWNER_PROPERTY).load("value"),
          stored: props.getItemOrNullObject(DOCUMENT_PROPERTY).load("value"),
          document: body.getCell(0, Math.max(0, positions.document)).load("values"),
        };
      });
      reader.queue(found.map((f) => ({ body: f.body, columns: [Math.max(0, f.positions.id), Math.max(0, f.positions.indicator)] })), scale);
    }); // 2: which tables are ours, their ids and indicators (more syncs only for very large tables)
    const columns = await reader.read();
    const sources = found
      .map((f, i) => ({ ...f, ids: columns[i]![0]!, indicators: columns[i]![1]! }))
      .filter((f) => !f.owner.isNullObject)
      .map((f) => {
        const rows = f.ids
          .map((id, r) => ({ id: String(id ?? ""), indicator: f.positions.indicator >= 0 ? String(f.indicators[r] ?? "") : "" }))
          .filter((r) => r.id !== "");
        const title = f.positions.document >= 0 ? String(f.document.values[0]?.[0] ?? "") : "";
        const release = f.stored.isNullObject ? null : parseStoredDocument(f.stored.value)?.release ?? null;
        return { tableName: f.t.name, headers: f.t.headers, positions: f.positions, release, title: rows.length && title ? title : f.t.name, indicators: rows };
      });
    if (sources.length === 0) throw new SheetError(options.language, (say) => say.noTables());
    // Every column the formulas read must be there, else they would be invalid (T[[]]): a column of a later release
    // than the table's asks for a re-import, one of its own release was renamed. Checked before anything is written.
    const gone = (s: (typeof sources)[number]) => READ_COLUMNS.map(columnSpec).filter((c) => s.positions[c.key] === -1);
    const older = sources.filter((s) => gone(s).some((c) => !columnIn(c, s.release ?? FIRST_RELEASE)));
    if (older.length) throw new SheetError(options.language, (say, l) => say.needsReimport(older.map((s) => s.title).join(l === "zh-CN" ? "、" : ", ")));
    const renamed = sources.find((s) => gone(s).length);
    if (renamed) throw new SheetError(options.language, (say) => say.dashboardColumnsRenamed(renamed.title, ...gone(renamed).map((c) => c.header[options.language])));
    const model = buildDashboardModel(
      sources,
      (i, key) => columnRef(sources[i]!.tableName, sources[i]!.headers[sources[i]!.positions[key]]!),
      options.language,
      options.chartLimit,
      options.vocabulary,
    );
    const blocks = blocksOf(model);

    // The earlier dashboard is rebuilt in place, so other sheets' references to it and the user's own cells on it
    // survive; only the areas it wrote are cleared, and only its chart is deleted.
    const mine = dashProps.find((d) => !d.p.isNullObject);
    const written = mine ? parseWritten(mine.p.value) : null;
    let previous: string | undefined;
    let ws: Excel.Worksheet | null = null;
    if (mine && written) {
      // only the cells the new dashboard will write are read (a sheet the user filled may be far larger)
      const wanted = Object.values(blocks).map((b) => ({ b, cells: mine.s.getRangeByIndexes(b.r, b.c, b.rows, b.cols).load("values") }));
      const charts = mine.s.charts.load("items/name");
      await context.sync(); // 3: what the earlier dashboard's sheet holds where the new one goes
      budget.synced();
      const old = written.blocks.map(parseA1);
      const userCellInTheWay = wanted.some(({ b, cells }) => cells.values.some((row, i) => row.some((v, j) =>
        v !== "" && !old.some((o) => inside(b.r + i, b.c + j, o)))));
      if (userCellInTheWay) previous = mine.s.name;
      else {
        ws = mine.s;
        for (const b of old) ws.getRange(a1(b)).clear();
        for (const chart of charts.items) if (chart.name === written.chart) chart.delete();
      }
    } else if (mine) previous = mine.s.name;
    // An earlier dashboard kept as it was is the user's now.
    if (previous !== undefined) mine!.s.customProperties.getItem(DASHBOARD_PROPERTY).delete();
    const name = ws ? mine!.s.name : uniqueSheetName(options.language === "zh-CN" ? "仪表板" : "Dashboard", layout.sheets.map((s) => s.name));
    if (!ws) ws = context.workbook.worksheets.add(name);
    context.application.suspendApiCalculationUntilNextSync();
    // Text cells as Text first: a title or indicator such as "- 到2025年…" or "1-2" stays as written.
    ws.getRange("A1").numberFormat = [["@"]];
    ws.getRange("A1").values = [[model.title]];
    ws.getRange("A1").format.font.bold = true;
    const counts = ws.getRangeByIndexes(blocks.counts.r, 0, blocks.counts.rows, blocks.counts.cols);
    counts.numberFormat = model.counts.map((row, i) => row.map((_, j) => (i === 0 || j === 0 ? "@" : null)));
    counts.formulas = model.counts.map((r) => r.map(cellValue));
    ws.getRangeByIndexes(blocks.counts.r, 0, 1, blocks.counts.cols).format.font.bold = true;
    const chartTitle = ws.getRangeByIndexes(blocks.chartTitle.r, 0, 1, 1);
    chartTitle.numberFormat = [["@"]];
    chartTitle.values = [[model.chartTitle]];
    const chartData = ws.getRangeByIndexes(blocks.chart.r, 0, blocks.chart.rows, 4);
    chartData.numberFormat = model.chart.map((_, i) => (i === 0 ? ["@", "@", "@", "@"] : ["@", model.percentFormat, model.percentFormat, "@"]));
    chartData.formulas = model.chart.map((r) => r.map(cellValue));
    if (model.chart.length > 1) {
      const chart = ws.charts.add(Excel.ChartType.barClustered, ws.getRangeByIndexes(blocks.chart.r, 0, model.chart.length, 3), Excel.ChartSeriesBy.columns);
      chart.name = CHART_NAME;
      chart.title.text = model.chartTitle;
    }
    ws.getRangeByIndexes(0, 0, 1, 1).format.columnWidth = 160;
    ws.customProperties.add(DASHBOARD_PROPERTY, JSON.stringify({ blocks: Object.values(blocks).map(a1), chart: CHART_NAME } satisfies Written));
    ws.activate();
    await context.sync(); // 3, or 4 when an earlier dashboard was read: the sheet
    budget.synced();
    return {
      sheetName: name,
      documents: sources.length,
      indicators: model.chart.length - 1,
      ...(previous !== undefined ? { previous } : {}),
      syncs: budget.syncs,
    };
  });
}

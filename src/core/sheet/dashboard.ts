// The dashboard as data: counts by status per document (live COUNTIF formulas over each table's status
// column) and, per indicator, progress against time progress for a chart.
import { STATUS_LABELS, STATUSES, type Language, type Status } from "../model";
import type { ColumnKey } from "./columns";

export interface DashboardSource {
  /** Document title shown in the counts table. */
  title: string;
  /** Indicators (id and name) to chart, in table order. */
  indicators: { id: string; indicator: string }[];
}

/** How a renderer writes a whole-column range of one source table (structured `T[状态]` or `'S'!$W$2:$W$9`). */
export type ColumnRange = (sourceIndex: number, key: ColumnKey) => string;

export type DashboardCell = string | number | null | { formula: string };

export interface DashboardModel {
  title: string;
  /** The counts block, header first; placed at A3. */
  counts: DashboardCell[][];
  /**
   * The chart data block, header first: indicator, progress, time progress, ID (the chart plots the first three
   * columns; the ID, last, keys the lookups). Placed below the counts.
   */
  chart: DashboardCell[][];
  chartTitle: string;
  /** Number format of the chart block's two value columns. */
  percentFormat: string;
  /** Rows dropped from the chart beyond `chartLimit`. */
  chartOmitted: number;
}

const SHOWN: Exclude<Status, "unknown">[] = ["achieved", "on-track", "moderate", "lagging", "away"];

const TEXT = {
  "zh-CN": { title: "目标完成情况", doc: "文件", total: "指标数", unknown: "待填", sum: "合计", id: "ID", ind: "指标",
    prog: "完成进度", time: "时间进度", chart: "完成进度与时间进度" },
  "en-US": { title: "Target status", doc: "Document", total: "Targets", unknown: "No data", sum: "Total", id: "ID",
    ind: "Indicator", prog: "Progress", time: "Time progress", chart: "Progress vs time progress" },
} as const;

const q = (s: string): string => `"${s.replace(/"/g, '""')}"`;

export function buildDashboard(
  sources: readonly DashboardSource[],
  range: ColumnRange,
  language: Language,
  chartLimit = 500,
): DashboardModel {
  const x = TEXT[language];
  const labels = STATUS_LABELS[language];
  const header: DashboardCell[] = [x.doc, x.total, ...SHOWN.map((s) => labels[s]), x.unknown];
  const counts: DashboardCell[][] = [header];
  sources.forEach((src, i) => {
    const ids = range(i, "id");
    const status = range(i, "status");
    const total = `COUNTA(${ids})`;
    const shown = SHOWN.map((s) => ({ formula: `=COUNTIF(${status},${q(labels[s])})` }));
    // Rows without a status (inputs missing) are whatever the named statuses do not cover.
    const unknown = { formula: `=${total}-SUMPRODUCT(COUNTIF(${status},{${SHOWN.map((s) => q(labels[s])).join(",")}}))` };
    counts.push([src.title, { formula: `=${total}` }, ...shown, unknown]);
  });
  const first = 4; // counts header at row 3, first document at row 4
  const last = first + sources.length - 1;
  const sumRow: DashboardCell[] = [x.sum];
  for (let c = 1; c < header.length; c++) {
    const letter = String.fromCharCode(65 + c);
    sumRow.push(sources.length ? { formula: `=SUM(${letter}${first}:${letter}${last})` } : 0);
  }
  counts.push(sumRow);

  const chart: DashboardCell[][] = [[x.ind, x.prog, x.time, x.id]];
  let omitted = 0;
  sources.forEach((src, i) => {
    for (const ind of src.indicators) {
      if (chart.length > chartLimit) {
        omitted++;
        continue;
      }
      const look = (key: ColumnKey) =>
        ({ formula: `=IFERROR(INDEX(${range(i, key)},MATCH(${q(ind.id)},${range(i, "id")},0)),"")` });
      chart.push([ind.indicator, look("progress"), look("timeProgress"), ind.id]);
    }
  });
  return { title: x.title, counts, chart, chartTitle: x.chart, percentFormat: "0%", chartOmitted: omitted };
}

/** Counts of computed statuses (for the pane's summary and tests); unknown counts rows without a status. */
export function countStatuses(statuses: readonly Status[]): Record<Status, number> {
  const out = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const s of statuses) out[s]++;
  return out;
}

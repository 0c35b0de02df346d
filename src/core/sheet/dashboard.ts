// The dashboard as data: counts by status per document — lagging binding (约束性) indicators first — as live
// COUNTIF formulas over each table's status-code column, so no count depends on the words a sheet shows; and,
// per indicator, progress against time progress for a chart.
import { STATUSES, type Language, type Status } from "../model";
import { VOCABULARY_LABELS, type StatusVocabulary } from "../measure";
import type { ColumnKey } from "./columns";
import { BINDING_LABELS } from "./labels";

export interface DashboardSource {
  /** Document title shown in the counts table. */
  title: string;
  /** Indicators (id and name) to chart, in table order. */
  indicators: { id: string; indicator: string }[];
}

/** How a renderer writes a whole-column range of one source table (structured `T[状态代码]` or `'S'!$W$2:$W$9`). */
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
const BEHIND: Status[] = ["lagging", "away"];

const TEXT = {
  "zh-CN": { title: "目标完成情况", doc: "文件", bindingBehind: "约束性滞后", total: "指标数", unknown: "待填", sum: "合计", id: "ID",
    ind: "指标", prog: "完成进度", time: "时间进度", chart: "完成进度与时间进度" },
  "en-US": { title: "Target status", doc: "Document", bindingBehind: "Binding, behind", total: "Targets", unknown: "No data",
    sum: "Total", id: "ID", ind: "Indicator", prog: "Progress", time: "Time progress", chart: "Progress vs time progress" },
} as const;

const q = (s: string): string => `"${s.replace(/"/g, '""')}"`;
/** A one-row array constant {"a","b"} or a one-column one {"a";"b"}. */
const row = (xs: readonly string[]): string => `{${xs.map(q).join(",")}}`;
const col = (xs: readonly string[]): string => `{${xs.map(q).join(";")}}`;

/** How many cells of `range` hold one of `codes`. */
const countCodes = (range: string, codes: readonly Status[]): string =>
  codes.length === 1 ? `COUNTIF(${range},${q(codes[0]!)})` : `SUMPRODUCT(COUNTIF(${range},${row(codes)}))`;

/** The vocabulary's labels in status order, each with the codes that show it (滞后 covers lagging and away). */
function labelGroups(vocabulary: StatusVocabulary, language: Language): { label: string; codes: Status[] }[] {
  const labels = VOCABULARY_LABELS[vocabulary][language];
  const groups: { label: string; codes: Status[] }[] = [];
  for (const s of SHOWN) {
    const g = groups.find((x) => x.label === labels[s]);
    if (g) g.codes.push(s);
    else groups.push({ label: labels[s], codes: [s] });
  }
  return groups;
}

export function buildDashboard(
  sources: readonly DashboardSource[],
  range: ColumnRange,
  language: Language,
  chartLimit = 500,
  vocabulary: StatusVocabulary = "standard",
): DashboardModel {
  const x = TEXT[language];
  const groups = labelGroups(vocabulary, language);
  // Binding is written in the table's own language, which may differ from the dashboard's.
  const binding = [BINDING_LABELS["zh-CN"].binding, BINDING_LABELS["en-US"].binding];
  const header: DashboardCell[] = [x.doc, x.bindingBehind, x.total, ...groups.map((g) => g.label), x.unknown];
  const counts: DashboardCell[][] = [header];
  sources.forEach((src, i) => {
    const codes = range(i, "statusCode");
    const total = `COUNTA(${range(i, "id")})`;
    const bindingBehind = { formula: `=SUMPRODUCT(COUNTIFS(${codes},${row(BEHIND)},${range(i, "binding")},${col(binding)}))` };
    const shown = groups.map((g) => ({ formula: `=${countCodes(codes, g.codes)}` }));
    // Rows without a status (inputs missing) are whatever the codes do not cover.
    const unknown = { formula: `=${total}-${countCodes(codes, SHOWN)}` };
    counts.push([src.title, bindingBehind, { formula: `=${total}` }, ...shown, unknown]);
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

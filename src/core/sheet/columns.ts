// The columns of the targets table (see DESIGN.md): extracted data, the four user inputs plus notes,
// and the formula columns. Keys are stable; headers follow the language.
import type { Language } from "../model";

export type ColumnKind = "data" | "user" | "formula";

export type ColumnKey =
  | "id" | "region" | "document" | "section" | "indicator" | "binding" | "comparator" | "target" | "targetMax" | "unit"
  | "targetYear" | "kind" | "responsible" | "source"
  | "baseYear" | "base" | "latestYear" | "latest"
  | "targetLevel" | "reqGrowth" | "reqChange" | "achGrowth" | "remGrowth" | "remChange" | "gap" | "progress"
  | "timeProgress" | "anticipated" | "reachYear" | "timeDistance" | "status" | "statusCode" | "measureNote"
  | "notes" | "flag" | "valueSource";

export const NUMBER_FORMATS = {
  /** Text (@): Excel keeps what is written there as written ("- 到2025年…", "1-2", "5%"). */
  text: "@",
  general: "General",
  value: "#,##0.00",
  year: "0",
  percent: "0.00%",
  years: "0.0",
} as const;

export interface ColumnSpec {
  key: ColumnKey;
  header: Record<Language, string>;
  /** Width in characters (Excel's column width unit). */
  width: number;
  numberFormat: string;
  kind: ColumnKind;
  /** Wrap long text (sections, source sentences). */
  wrap?: boolean;
  /** The release whose tables first had the column: a re-import adds it to a table of an earlier release. */
  since: string;
}

/** The add-in's first release: its tables had the columns without a later `since`. */
export const FIRST_RELEASE = "0.1.0";

const col = (
  key: ColumnKey, zh: string, en: string, width: number, numberFormat: string, kind: ColumnKind, wrap = false,
): ColumnSpec => ({ key, header: { "zh-CN": zh, "en-US": en }, width, numberFormat, kind, ...(wrap ? { wrap } : {}), since: FIRST_RELEASE });

/** A column that tables got in a later release. */
const since = (release: string, spec: ColumnSpec): ColumnSpec => ({ ...spec, since: release });

const F = NUMBER_FORMATS;

/** Column order of the table. */
export const COLUMNS: readonly ColumnSpec[] = [
  col("id", "ID", "ID", 18, F.text, "data"),
  col("region", "地区", "Region", 10, F.text, "data"),
  col("document", "文件", "Document", 24, F.text, "data"),
  col("section", "章节", "Section", 20, F.text, "data", true),
  col("indicator", "指标", "Indicator", 26, F.text, "data", true),
  since("0.2.0", col("binding", "属性", "Binding", 8, F.text, "data")),
  col("comparator", "比较", "Comparator", 6, F.text, "data"),
  col("target", "目标值", "Target", 12, F.value, "data"),
  col("targetMax", "目标上限", "Target max", 10, F.value, "data"),
  col("unit", "单位", "Unit", 8, F.text, "data"),
  col("targetYear", "目标年", "Target year", 8, F.year, "data"),
  col("kind", "类型", "Kind", 8, F.text, "data"),
  col("responsible", "责任单位", "Responsible", 16, F.text, "data", true),
  col("source", "原文", "Source text", 40, F.text, "data", true),
  col("baseYear", "基期年", "Base year", 8, F.year, "user"),
  col("base", "基期值", "Base value", 12, F.value, "user"),
  col("latestYear", "最新年", "Latest year", 8, F.year, "user"),
  col("latest", "最新值", "Latest value", 12, F.value, "user"),
  since("0.2.0", col("targetLevel", "目标水平", "Target level", 12, F.value, "formula")),
  col("reqGrowth", "所需年均增速", "Required growth", 12, F.percent, "formula"),
  since("0.2.0", col("reqChange", "所需年均变动", "Required change per year", 12, F.value, "formula")),
  since("0.2.0", col("achGrowth", "实际年均增速", "Achieved growth", 12, F.percent, "formula")),
  col("remGrowth", "剩余所需年均增速", "Remaining required growth", 14, F.percent, "formula"),
  since("0.2.0", col("remChange", "剩余所需年均变动", "Remaining change per year", 14, F.value, "formula")),
  col("gap", "差距", "Gap", 12, F.value, "formula"),
  col("progress", "完成进度", "Progress", 12, F.percent, "formula"),
  col("timeProgress", "时间进度", "Time progress", 12, F.percent, "formula"),
  since("0.2.0", col("anticipated", "预计目标年水平", "Anticipated level", 14, F.value, "formula")),
  since("0.2.0", col("reachYear", "预计达标年份", "Year reached", 10, F.year, "formula")),
  since("0.2.0", col("timeDistance", "领先/落后年数", "Years ahead/behind", 12, F.years, "formula")),
  col("status", "状态", "Status", 12, F.general, "formula"),
  since("0.2.0", col("statusCode", "状态代码", "Status code", 10, F.general, "formula")),
  since("0.2.0", col("measureNote", "测算说明", "Measure note", 30, F.general, "formula", true)),
  col("notes", "备注", "Notes", 20, F.general, "user", true),
  col("flag", "标记", "Flag", 12, F.text, "data"),
  // Where a base or latest value a document stated came from (value-source.ts). A user column: written with the
  // values it describes (new rows, or the pane's "write into the table") and, like them, never by a re-import.
  since("0.2.0", col("valueSource", "数值来源", "Value source", 40, F.text, "user", true)),
];

export const COLUMN_KEYS: readonly ColumnKey[] = COLUMNS.map((c) => c.key);

/** Compares release numbers ("0.10.0" > "0.2.0"). */
function compareReleases(a: string, b: string): number {
  const x = a.split(".").map(Number), y = b.split(".").map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/** The release whose tables have every column of COLUMNS: what an import records on its sheet. */
export const TABLE_RELEASE = COLUMNS.map((c) => c.since).reduce((a, b) => (compareReleases(a, b) >= 0 ? a : b));

/** Was the column part of the tables `release` wrote? */
export const columnIn = (c: ColumnSpec, release: string): boolean => compareReleases(c.since, release) <= 0;

export function columnSpec(key: ColumnKey): ColumnSpec {
  const c = COLUMNS.find((x) => x.key === key);
  if (!c) throw new Error(`unknown column ${key}`);
  return c;
}

export function columnIndex(key: ColumnKey): number {
  return COLUMN_KEYS.indexOf(key);
}

/** Finds our column for a header in either language (re-import of a sheet made in the other language). */
export function columnForHeader(header: string): ColumnSpec | null {
  const h = header.trim();
  return COLUMNS.find((c) => c.header["zh-CN"] === h || c.header["en-US"] === h) ?? null;
}

/** Spreadsheet column letters for a 0-based index (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new Error(`bad column index ${index}`);
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based index of column letters ("A" → 0, "AA" → 26). */
export function columnFromLetter(letters: string): number {
  const t = letters.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(t)) throw new Error(`not a column letter: "${letters}"`);
  let n = 0;
  for (const ch of t) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

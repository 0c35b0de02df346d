// Which measure a target takes (docs/measures.md, "Measures"), from its kind, period, base year and reduction flag.
import type { Target, TargetKind } from "../model";
import { aliasParser } from "./aliases";

/**
 * level: a level at the target year; share: a level in % (judged in points); growth: an average rate per year
 * (年均增长7%); change: a cumulative change against a base year (较2020年下降18%, 累计下降13.5%); increment: an
 * amount to add over the period (新建学校5所); annual: an amount to add every year (每年培训5000人次).
 */
export type MeasureKind = TargetKind | "change" | "annual";

export const MEASURE_KINDS: readonly MeasureKind[] = ["level", "share", "growth", "change", "increment", "annual"];

/**
 * The measure of an extracted target. A stated change is cumulative when it says 累计, or when it is measured against
 * the base year its own words name (较2020年下降18%, 比2020年增长50%); a rate per year (年均增长7%) stays a growth
 * rate even where the plan gives it a base year (以2020年为基期, an indicator table's 2020 column).
 */
export function measureOf(t: Pick<Target, "kind" | "period" | "baseYear" | "decrease" | "text">): MeasureKind {
  if (t.kind === "increment") return t.period === "annual" ? "annual" : "increment";
  if (t.kind === "share") return "share";
  if (t.kind === "level" && !t.decrease) return "level";
  return t.period === "cumulative" || againstBaseYear(t) ? "change" : "growth";
}

/** The target's words name its base year and say nothing of a rate per year. */
function againstBaseYear(t: Pick<Target, "baseYear" | "text">): boolean {
  return t.baseYear !== null && t.baseYear !== undefined && t.text.includes(`${t.baseYear}年`) && !PER_YEAR.test(t.text);
}

const PER_YEAR = /年均|平均每年|每年|年增长率/;

/** Measures whose path runs in equal amounts per year whatever the status method (points, counts). */
export function isLinearMeasure(k: MeasureKind): boolean {
  return k === "share" || k === "increment" || k === "annual";
}

const KIND_ALIASES: Record<string, MeasureKind> = {
  level: "level", "水平": "level", "总量": "level", "规模": "level",
  share: "share", "比重": "share", "比率": "share", "占比": "share", "比例": "share",
  growth: "growth", "growth rate": "growth", rate: "growth", "增速": "growth", "增长率": "growth", "增长": "growth", "年均增速": "growth",
  change: "change", "cumulative change": "change", cumulative: "change", "累计变化": "change", "累计": "change", "较基期": "change",
  increment: "increment", "增量": "increment", "新增": "increment", "累计新增": "increment",
  annual: "annual", "annual increment": "annual", "每年增量": "annual", "每年": "annual", "年度增量": "annual",
};

/** Parses a kind as users type it; empty means level; unknown text is #VALUE! naming the accepted ones. */
export const parseMeasureKind = aliasParser(
  KIND_ALIASES,
  "level",
  (text) => `Unknown kind "${text}"; use ${MEASURE_KINDS.join(", ")} (水平, 比重, 增速, 累计变化, 增量, 每年增量)`,
);

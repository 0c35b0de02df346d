// Every measure of one target row, as the sheet's formula columns show it (docs/measures.md, "Columns"): which
// measures apply to which kind, which inputs each needs, and the value. The sheet's native formulas and the PLAN
// functions are checked against this, cell by cell. null means the cell is blank.
import type { Status, StatusMethod } from "../model";
import { anticipatedLevel, reachYear, targetLevel, timeDistance } from "./anticipate";
import { gap } from "./gap";
import { achievedGrowth, remainingGrowth, requiredGrowth, requiredPointsPerYear } from "./growth";
import type { MeasureKind } from "./kinds";
import { completionProgress, timeProgress } from "./progress";
import { status, type TargetRow } from "./status";
import { achievedAmount, boundFor, latestLevel, levelFor } from "./terms";

export type RowMeasureKey =
  | "targetLevel" | "reqGrowth" | "reqChange" | "achGrowth" | "remGrowth" | "remChange" | "gap" | "progress"
  | "timeProgress" | "anticipated" | "reachYear" | "timeDistance" | "status";

export const ROW_MEASURES: readonly RowMeasureKey[] = [
  "targetLevel", "reqGrowth", "reqChange", "achGrowth", "remGrowth", "remChange", "gap", "progress",
  "timeProgress", "anticipated", "reachYear", "timeDistance", "status",
];

export type RowInput = "base" | "baseYear" | "latest" | "latestYear" | "target" | "targetYear";

const ALL: readonly RowInput[] = ["base", "baseYear", "latest", "latestYear", "target", "targetYear"];
/** A growth rate's measures read rates only: never its base value. */
const RATE: readonly RowInput[] = ["baseYear", "latest", "latestYear", "target", "targetYear"];
const PATHS: Partial<Record<MeasureKind, readonly RowInput[]>> = {
  level: ALL, share: ALL, growth: RATE, change: ALL, increment: ALL,
};

/**
 * The inputs each measure needs per kind; a kind absent from a measure's entry has no such measure (its cell is
 * blank and the row's note says why). Empty inputs make a blank cell, never an error.
 */
export const MEASURE_NEEDS: Record<RowMeasureKey, Partial<Record<MeasureKind, readonly RowInput[]>>> = {
  targetLevel: {
    level: ["target"], share: ["target"], annual: ["target"], change: ["base", "target"], increment: ["base", "target"],
  },
  reqGrowth: { level: ["base", "baseYear", "target", "targetYear"], change: ["baseYear", "target", "targetYear"], growth: ["target"] },
  reqChange: { share: ["base", "baseYear", "target", "targetYear"], increment: ["baseYear", "target", "targetYear"], annual: ["target"] },
  achGrowth: { level: ["base", "baseYear", "latest", "latestYear"], change: ["base", "baseYear", "latest", "latestYear"], growth: ["latest"] },
  remGrowth: { level: ["latest", "latestYear", "target", "targetYear"], change: ["base", "latest", "latestYear", "target", "targetYear"], growth: RATE },
  remChange: { share: ["latest", "latestYear", "target", "targetYear"], increment: ["base", "latest", "latestYear", "target", "targetYear"] },
  gap: {
    level: ["latest", "target"], share: ["latest", "target"], annual: ["latest", "target"], change: ["base", "latest", "target"],
    increment: ["base", "latest", "target"], growth: ["latest", "target"],
  },
  progress: {
    level: ["base", "latest", "target"], share: ["base", "latest", "target"], change: ["base", "latest", "target"],
    increment: ["base", "latest", "target"], annual: ["latest", "target"],
  },
  timeProgress: {
    level: ["baseYear", "latestYear", "targetYear"], share: ["baseYear", "latestYear", "targetYear"], growth: ["baseYear", "latestYear", "targetYear"],
    change: ["baseYear", "latestYear", "targetYear"], increment: ["baseYear", "latestYear", "targetYear"],
  },
  anticipated: { level: ALL, share: ALL, change: ALL, increment: ALL },
  reachYear: PATHS,
  timeDistance: PATHS,
  // a growth rate is judged without its base year too (a one-year target: 今年增长6%左右)
  status: { ...PATHS, growth: ["latest", "latestYear", "target", "targetYear"], annual: ["latest", "target"] },
};

export interface RowSettings {
  method: StatusMethod;
  tolerance: number;
}

/** Whether `key` is a measure of `kind` with all its inputs filled in. */
export function measureApplies(key: RowMeasureKey, r: TargetRow): boolean {
  const needs = MEASURE_NEEDS[key][r.kind ?? "level"];
  return needs !== undefined && needs.every((n) => r[n] !== null && r[n] !== undefined);
}

/**
 * The value of one measure for a row: a number, a status code (status), or null for a blank cell. Inputs outside a
 * measure's domain throw a MeasureError (the cell shows its Excel error).
 */
export function rowMeasure(key: RowMeasureKey, r: TargetRow, s: RowSettings): number | Status | null {
  if (!measureApplies(key, r)) return key === "status" ? "unknown" : null;
  const kind = r.kind ?? "level";
  const c = r.comparator ?? ">=";
  const Tmax = r.targetMax ?? null;
  // Inputs are known here (measureApplies); these read them for the measures that need them.
  const B = r.base as number, b = r.baseYear as number, L = r.latest as number, l = r.latestYear as number;
  const T = r.target as number, t = r.targetYear as number;
  const towards = (x: number) => boundFor(x, T, c, Tmax);
  switch (key) {
    case "targetLevel":
      return targetLevel(r.base, T, kind);
    case "reqGrowth":
      if (kind === "growth") return T / 100;
      return kind === "change" ? requiredGrowth(1, 1 + towards(0) / 100, t - b) : requiredGrowth(B, towards(B), t - b);
    case "reqChange":
      if (kind === "annual") return towards(0);
      return kind === "share" ? requiredPointsPerYear(B, towards(B), t - b) : requiredPointsPerYear(0, towards(0), t - b);
    case "achGrowth":
      return kind === "growth" ? L / 100 : achievedGrowth(B, L, l - b);
    case "remGrowth":
      // From the latest value to the bound on its side, as levels on the row's path.
      return remainingGrowth(latestLevel(kind, L, l - b), l, levelFor(kind, towards(achievedAmount(kind, L, r.base)), r.base, t - b), t);
    case "remChange":
      return kind === "share" ? requiredPointsPerYear(L, towards(L), t - l) : requiredPointsPerYear(L, B + towards(L - B), t - l);
    case "gap":
      return gap(L, T, c, Tmax, kind, r.base);
    case "progress":
      return completionProgress(r.base, L, T, kind, c, Tmax);
    case "timeProgress":
      return timeProgress(b, l, t);
    case "anticipated":
      return anticipatedLevel(r, s.method);
    case "reachYear":
      return reachYear(r, s.method);
    case "timeDistance":
      return timeDistance(r, s.method);
    case "status":
      return status({ ...r, method: s.method, tolerance: s.tolerance });
  }
}

// Anticipated progress (as UN ESCAP): the level projected for the target year at the pace achieved so far, the
// year the target level would be reached at that pace, and how many years the latest value is ahead of (+) or
// behind (−) the path to the target (time distance). docs/measures.md, "Anticipated progress".
import type { StatusMethod } from "../model";
import { MeasureError, finiteResult } from "./errors";
import { isLinearMeasure, type MeasureKind } from "./kinds";
import type { TargetRow } from "./status";
import { achievedAmount, boundFor, latestLevel, levelFor, meets, overshot, required, startAmount, upperBound } from "./terms";

/**
 * The path a row runs on: equal amounts per year (linear) or a constant growth rate (geometric). Shares and
 * amounts are linear, growth-rate targets geometric (on the index of the level they grow); levels and changes
 * follow the status method, so that the projection, the time distance and the status always tell the same story.
 * Annual amounts have no path.
 */
export type PathShape = "linear" | "geometric";

export function pathOf(kind: MeasureKind, method: StatusMethod): PathShape | null {
  if (kind === "annual") return null;
  if (kind === "growth") return "geometric";
  if (isLinearMeasure(kind)) return "linear";
  return method === "growth" ? "geometric" : "linear";
}

interface Known {
  /** The base and latest values as levels on the path (a growth rate's: its index, base year = 1). */
  B: number; b: number; L: number; l: number; t: number;
  path: PathShape | null;
  /**
   * The target level to reach (the bound on the base's side for a range); null when there is no way to go: the base
   * already met the target, or (`passed`) the latest value ran past a range.
   */
  goal: (passed?: boolean) => number | null;
}

function known(r: TargetRow, method: StatusMethod): Known {
  const kind = r.kind ?? "level";
  // A growth rate's path starts at its index, 1: its base value is not read.
  const B = kind === "growth" ? 1 : required(r.base, "base");
  const b = required(r.baseYear, "baseYear");
  const latest = required(r.latest, "latest");
  const l = required(r.latestYear, "latestYear");
  const T = required(r.target, "target");
  const t = required(r.targetYear, "targetYear");
  if (l <= b) throw new MeasureError("num", "latestYear must be after baseYear");
  if (t <= b) throw new MeasureError("num", "targetYear must be after baseYear");
  const c = r.comparator ?? ">=";
  const goal = (passed = false): number | null => {
    const max = upperBound(c, T, r.targetMax);
    const x0 = startAmount(kind, B);
    if (meets(x0, T, c, max)) return null;
    if (passed && c === "range" && overshot(x0, achievedAmount(kind, latest, B), T, c, max)) return null;
    return levelFor(kind, boundFor(x0, T, c, max), B, t - b);
  };
  return { B, b, L: latestLevel(kind, latest, l - b), l, t, path: pathOf(kind, method), goal };
}

function requirePositive(...xs: [number, string][]): void {
  for (const [x, name] of xs) if (x <= 0) throw new MeasureError("num", `${name} must be greater than 0 on a constant-growth path`);
}

/**
 * The level at the target year if the pace since the base year continues; null for annual amounts, and for growth
 * rates, whose pace continued is the achieved rate itself.
 */
export function anticipatedLevel(r: TargetRow, method: StatusMethod = "time"): number | null {
  if (r.kind === "growth") return null;
  const { B, b, L, l, t, path } = known(r, method);
  if (path === null) return null;
  if (path === "linear") return finiteResult(L + ((L - B) * (t - l)) / (l - b), "anticipated level");
  requirePositive([B, "base"], [L, "latest"]);
  return finiteResult(B * Math.pow(L / B, (t - b) / (l - b)), "anticipated level");
}

/**
 * The first whole year in which the pace since the base year reaches the target level; null when the latest
 * value already meets it, when that pace never reaches it, and for annual amounts. With f the target's distance
 * from the base over the distance covered (in logarithms on a constant-growth path), the pace reaches the target
 * f·(l − b) years after the base year: f > 1 is still ahead, 0 < f ≤ 1 already passed, f ≤ 0 never.
 */
export function reachYear(r: TargetRow, method: StatusMethod = "time"): number | null {
  const { B, b, L, l, path, goal } = known(r, method);
  const E = path === null ? null : goal();
  if (E === null) return null;
  if (path === "geometric") requirePositive([B, "base"], [L, "latest"], [E, "the target level"]);
  if (L === B) return null;
  const f = path === "linear" ? (E - B) / (L - B) : Math.log(E / B) / Math.log(L / B);
  if (!(f > 1)) return null;
  return Math.ceil(finiteResult(b + f * (l - b), "reach year") - 1e-9);
}

/**
 * Years the latest value is ahead of (+) or behind (−) the path from the base level to the target level: the
 * year the path passes the latest value, minus the latest year. Null for annual amounts, when the base already met
 * the target, and when the latest value ran past a range.
 */
export function timeDistance(r: TargetRow, method: StatusMethod = "time"): number | null {
  const { B, b, L, l, t, path, goal } = known(r, method);
  const E = path === null ? null : goal(true);
  if (E === null || E === B) return null;
  if (path === "linear") return b + ((L - B) / (E - B)) * (t - b) - l;
  requirePositive([B, "base"], [L, "latest"], [E, "the target level"]);
  return finiteResult(b + (Math.log(L / B) / Math.log(E / B)) * (t - b) - l, "time distance");
}

/**
 * The target level of a row (docs/measures.md, "Terms"): what the indicator must reach by the target year; null for
 * a growth rate, whose target is the rate itself (PROJECT gives the level a rate reaches from a base level).
 */
export function targetLevel(base: number | null, target: number, kind: MeasureKind = "level"): number | null {
  return kind === "growth" ? null : levelFor(kind, target, base, null);
}

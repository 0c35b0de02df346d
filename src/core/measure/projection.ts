// Projection at a growth rate and the year-by-year path to a target (年度分解).
import { MeasureError, finiteResult, requireFinite } from "./errors";
import { requiredGrowth } from "./growth";

/** B·(1 + g)^n, g a fraction. */
export function project(base: number, growth: number, years: number): number {
  requireFinite(base, "base");
  requireFinite(growth, "growth");
  requireFinite(years, "years");
  return finiteResult(base * Math.pow(1 + growth, years), "projection");
}

export type MilestonePath = "geometric" | "linear";

export const MILESTONE_PATHS: readonly MilestonePath[] = ["geometric", "linear"];

const PATH_ALIASES: Record<string, MilestonePath> = {
  geometric: "geometric", geo: "geometric", "几何": "geometric", "等比": "geometric",
  linear: "linear", lin: "linear", "线性": "linear", "等差": "linear",
};

/** Parses a path name; empty means geometric (constant growth rate, what plans usually assume). */
export function parseMilestonePath(text: string | null | undefined): MilestonePath {
  if (text === null || text === undefined || text.trim() === "") return "geometric";
  const p = PATH_ALIASES[text.trim().toLowerCase()];
  if (!p) throw new MeasureError("value", `Unknown path "${text}"; use geometric (几何) or linear (线性)`);
  return p;
}

export interface Milestone {
  year: number;
  value: number;
}

/**
 * Values for y = b+1 … t on a geometric path B·(1+g)^(y−b) (g = required growth) or a linear one
 * B + (T−B)(y−b)/(t−b). The last milestone is T exactly, not T up to rounding.
 */
export function milestones(base: number, baseYear: number, target: number, targetYear: number, path: MilestonePath = "geometric"): Milestone[] {
  requireFinite(base, "base");
  requireFinite(baseYear, "baseYear");
  requireFinite(target, "target");
  requireFinite(targetYear, "targetYear");
  if (!Number.isInteger(baseYear) || !Number.isInteger(targetYear)) {
    throw new MeasureError("num", "baseYear and targetYear must be whole years");
  }
  const n = targetYear - baseYear;
  if (n <= 0) throw new MeasureError("num", "targetYear must be after baseYear");
  if (n > 1000) throw new MeasureError("num", "a path longer than 1000 years is not a plan");
  const g = path === "geometric" ? requiredGrowth(base, target, n) : 0;
  const out: Milestone[] = [];
  for (let k = 1; k <= n; k++) {
    const value = k === n ? target : path === "geometric" ? base * Math.pow(1 + g, k) : base + ((target - base) * k) / n;
    out.push({ year: baseYear + k, value });
  }
  return out;
}

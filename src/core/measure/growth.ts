// Average annual growth: required (to reach a target), achieved (CAGR), remaining, and points per year.
import { MeasureError, finiteResult, requireFinite } from "./errors";

function requirePositiveYears(n: number, name = "years"): void {
  requireFinite(n, name);
  if (n <= 0) throw new MeasureError("num", `${name} must be greater than 0`);
}

/** (to/from)^(1/years) − 1 with the checks both required and achieved growth share; names go into the messages. */
function averageGrowth(from: number, to: number, years: number, fromName: string, toName: string, what: string): number {
  requireFinite(from, fromName);
  requireFinite(to, toName);
  requirePositiveYears(years);
  if (from <= 0) throw new MeasureError("num", `${fromName} must be greater than 0`);
  if (to < 0) throw new MeasureError("num", `${toName} must not be negative`);
  return finiteResult(Math.pow(to / from, 1 / years) - 1, what);
}

/** Required average growth (T/B)^(1/n) − 1, the same as Excel's RRI(n, B, T); a fraction (0.1 = 10%). */
export function requiredGrowth(base: number, target: number, years: number): number {
  return averageGrowth(base, target, years, "base", "target", "required growth");
}

/** Required change per year for share targets, in the target's own points: (T − B)/n. */
export function requiredPointsPerYear(base: number, target: number, years: number): number {
  requireFinite(base, "base");
  requireFinite(target, "target");
  requirePositiveYears(years);
  return (target - base) / years;
}

/** Achieved average growth (CAGR) between two observations n years apart: (L/B)^(1/n) − 1. */
export function achievedGrowth(start: number, end: number, years: number): number {
  return averageGrowth(start, end, years, "start", "end", "achieved growth");
}

/** Growth still required from the latest value: (T/L)^(1/(t − l)) − 1. */
export function remainingGrowth(latest: number, latestYear: number, target: number, targetYear: number): number {
  requireFinite(latest, "latest");
  requireFinite(latestYear, "latestYear");
  requireFinite(target, "target");
  requireFinite(targetYear, "targetYear");
  if (latest <= 0) throw new MeasureError("num", "latest must be greater than 0");
  if (targetYear <= latestYear) throw new MeasureError("num", "targetYear must be after latestYear");
  if (target < 0) throw new MeasureError("num", "target must not be negative");
  return finiteResult(Math.pow(target / latest, 1 / (targetYear - latestYear)) - 1, "remaining growth");
}

/**
 * The average rate per year, in %, of successive yearly rates in % (a bulletin's 比上年增长 of each year):
 * (∏(1 + rᵢ/100))^(1/n) − 1, as a review averages real growth over a plan period.
 */
export function averageRate(rates: readonly number[]): number {
  if (rates.length === 0) throw new MeasureError("na", "no rates to average");
  let factor = 1;
  for (const r of rates) {
    requireFinite(r, "rate");
    if (r <= -100) throw new MeasureError("num", "a growth rate of −100% or less has no average");
    factor *= 1 + r / 100;
  }
  return finiteResult((Math.pow(factor, 1 / rates.length) - 1) * 100, "average rate");
}

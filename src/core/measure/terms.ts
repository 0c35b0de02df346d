// A target in its own terms (docs/measures.md, "Terms"): what each measure counts as achieved so far, where that
// count starts, the level the indicator must reach, and which bound of a range a row heads for.
import type { Comparator } from "../model";
import { direction } from "./direction";
import { MeasureError, finiteResult, requireFinite } from "./errors";
import type { MeasureKind } from "./kinds";

/** Throws #N/A naming the input when it is missing: a measure never reads an empty cell as 0. */
export function required(x: number | null | undefined, name: string): number {
  if (x === null || x === undefined) throw new MeasureError("na", `${name} is empty`);
  return requireFinite(x, name);
}

/**
 * The achieved amount x in the target's terms: the latest level (level, share, annual: this year's amount); the
 * cumulative change in % since the base (change); the amount added since the base (increment); the latest value
 * itself for a growth rate, which is the achieved average growth in % (a rate: no base is read).
 */
export function achievedAmount(kind: MeasureKind, latest: number, base: number | null): number {
  requireFinite(latest, "latest");
  switch (kind) {
    case "level":
    case "share":
    case "annual":
    case "growth":
      return latest;
    case "increment":
      return latest - required(base, "base");
    case "change": {
      const B = required(base, "base");
      if (B <= 0) throw new MeasureError("num", "base must be greater than 0 for a change against it");
      return (latest / B - 1) * 100;
    }
  }
}

/**
 * Where x starts: the base level for levels and shares; nothing yet for changes, increments, annual amounts and
 * growth rates (no growth at the base year).
 */
export function startAmount(kind: MeasureKind, base: number | null): number {
  return kind === "level" || kind === "share" ? required(base, "base") : 0;
}

/**
 * The level the indicator must reach at the target year for a target value v: v itself (level, share, annual);
 * base × (1 + v/100) (change); base + v (increment). A growth rate's path is an index of the indicator's level with
 * the base year at 1: v % a year for `years` years from the base year reaches (1 + v/100)^years (no base is read).
 */
export function levelFor(kind: MeasureKind, v: number, base: number | null, years: number | null): number {
  requireFinite(v, "target");
  switch (kind) {
    case "level":
    case "share":
    case "annual":
      return v;
    case "increment":
      return required(base, "base") + v;
    case "change":
      return required(base, "base") * (1 + v / 100);
    case "growth":
      return finiteResult(Math.pow(1 + v / 100, required(years, "years")), "target level");
  }
}

/**
 * The latest value as a level on the row's path: the value itself, except a growth rate's, which is the achieved
 * average rate over `years` since the base year and puts the index (base year = 1) at (1 + latest/100)^years.
 */
export function latestLevel(kind: MeasureKind, latest: number, years: number | null): number {
  requireFinite(latest, "latest");
  if (kind !== "growth") return latest;
  const n = required(years, "years");
  if (n <= 0) throw new MeasureError("num", "latestYear must be after baseYear");
  if (latest <= -100) throw new MeasureError("num", "a growth rate of −100% or less has no average");
  return finiteResult(Math.pow(1 + latest / 100, n), "latest level");
}

/** Checks a range's upper bound; other comparators ignore it. */
export function upperBound(comparator: Comparator, target: number, targetMax: number | null | undefined): number | null {
  if (comparator !== "range") return null;
  if (targetMax === null || targetMax === undefined) throw new MeasureError("value", "a range target needs its upper bound (targetMax)");
  requireFinite(targetMax, "targetMax");
  if (targetMax < target) throw new MeasureError("num", "targetMax must not be below target");
  return targetMax;
}

/** x meets the target: floors x ≥ T, caps x ≤ T, ranges T ≤ x ≤ Tmax. */
export function meets(x: number, target: number, comparator: Comparator, targetMax: number | null): boolean {
  if (comparator === "range") return x >= target && x <= targetMax!;
  return direction(comparator) === 1 ? x >= target : x <= target;
}

/**
 * The bound a row heads for from x: T, or for a range the upper bound when x lies above it. A range without a
 * (valid) upper bound heads for T; the measures that need both bounds check them first (upperBound).
 */
export function boundFor(x: number, target: number, comparator: Comparator, targetMax: number | null | undefined): number {
  return comparator === "range" && typeof targetMax === "number" && x > targetMax ? targetMax : target;
}

/** x has run past a range: from below it to above it, or from above to below. */
export function overshot(x0: number, x: number, target: number, comparator: Comparator, targetMax: number | null): boolean {
  return comparator === "range" && ((x0 < target && x > targetMax!) || (x0 > targetMax! && x < target));
}

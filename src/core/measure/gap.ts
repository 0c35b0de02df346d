// Distance still to cover, aware of whether the target is a floor, a cap or a range.
import type { Comparator } from "../model";
import { MeasureError, requireFinite } from "./errors";
import { direction } from "./direction";

/**
 * Floors: shortfall max(0, T − L); caps: excess max(0, L − T);
 * range: distance to the nearer bound (0 inside [T, Tmax]). Never negative: 0 means met.
 */
export function gap(actual: number, target: number, comparator: Comparator, targetMax: number | null = null): number {
  requireFinite(actual, "actual");
  requireFinite(target, "target");
  if (comparator === "range") {
    if (targetMax === null || targetMax === undefined) {
      throw new MeasureError("value", "a range target needs its upper bound (targetMax)");
    }
    requireFinite(targetMax, "targetMax");
    if (targetMax < target) throw new MeasureError("num", "targetMax must not be below target");
    if (actual < target) return target - actual;
    if (actual > targetMax) return actual - targetMax;
    return 0;
  }
  return direction(comparator) === 1 ? Math.max(0, target - actual) : Math.max(0, actual - target);
}

/** Gap as a fraction of the target's magnitude: gap / |T|. */
export function gapPercent(actual: number, target: number, comparator: Comparator, targetMax: number | null = null): number {
  const g = gap(actual, target, comparator, targetMax);
  if (target === 0) throw new MeasureError("div0", "target is 0, so the gap has no percentage");
  return g / Math.abs(target);
}

// Distance still to cover, aware of whether the target is a floor, a cap or a range, in the target's own terms.
import type { Comparator } from "../model";
import { MeasureError, requireFinite } from "./errors";
import { direction } from "./direction";
import type { MeasureKind } from "./kinds";
import { achievedAmount, upperBound } from "./terms";

/**
 * Gap of the achieved amount x (docs/measures.md, "Terms": the latest level, the change in %, the amount added, the
 * achieved growth rate) to the target: floors max(0, T − x); caps max(0, x − T); range: distance to the nearer bound
 * (0 inside [T, Tmax]). Never negative: 0 means met. `base` is read by the kinds that count from it.
 */
export function gap(
  actual: number, target: number, comparator: Comparator, targetMax: number | null = null,
  kind: MeasureKind = "level", base: number | null = null,
): number {
  requireFinite(actual, "actual");
  requireFinite(target, "target");
  const max = upperBound(comparator, target, targetMax);
  const x = achievedAmount(kind, actual, base);
  if (max !== null) return x < target ? target - x : x > max ? x - max : 0;
  return direction(comparator) === 1 ? Math.max(0, target - x) : Math.max(0, x - target);
}

/** Gap as a fraction of the target's magnitude: gap / |T|. */
export function gapPercent(
  actual: number, target: number, comparator: Comparator, targetMax: number | null = null,
  kind: MeasureKind = "level", base: number | null = null,
): number {
  const g = gap(actual, target, comparator, targetMax, kind, base);
  if (target === 0) throw new MeasureError("div0", "target is 0, so the gap has no percentage");
  return g / Math.abs(target);
}

// Completion progress and time progress: the two halves of 时间过半、任务过半.
import type { Comparator } from "../model";
import { MeasureError, requireFinite } from "./errors";
import type { MeasureKind } from "./kinds";
import { achievedAmount, boundFor, meets, overshot, startAmount, upperBound } from "./terms";

/** (now − from)/(to − from): how far `now` has come from `from` towards `to`; names go into the messages. */
function shareOfWay(
  from: number, now: number, to: number,
  names: [from: string, now: string, to: string], what: string,
): number {
  requireFinite(from, names[0]);
  requireFinite(now, names[1]);
  requireFinite(to, names[2]);
  if (to === from) throw new MeasureError("div0", `${names[2]} equals ${names[0]}, so ${what} is undefined`);
  return (now - from) / (to - from);
}

/**
 * Share of the way from where the achieved amount started to the target, in the target's terms, not clamped:
 * (L − B)/(T − B) for levels and shares, change/T, added/T, this year's amount/T; a range counts towards the
 * bound on the base's side. Null where it means nothing: growth-rate targets (compare the rates), a base that
 * already met the target (no way to go), and a range run past.
 */
export function completionProgress(
  base: number | null, latest: number, target: number,
  kind: MeasureKind = "level", comparator: Comparator = ">=", targetMax: number | null = null,
): number | null {
  requireFinite(target, "target");
  if (kind === "growth") return null;
  const max = upperBound(comparator, target, targetMax);
  const x0 = startAmount(kind, base);
  const x = achievedAmount(kind, latest, base);
  if (meets(x0, target, comparator, max) || overshot(x0, x, target, comparator, max)) return null;
  return shareOfWay(x0, x, boundFor(x0, target, comparator, max), ["base", "latest", "target"], "progress");
}

/** (l − b)/(t − b): the share of the plan period that has elapsed. */
export function timeProgress(baseYear: number, latestYear: number, targetYear: number): number {
  return shareOfWay(baseYear, latestYear, targetYear, ["baseYear", "latestYear", "targetYear"], "time progress");
}

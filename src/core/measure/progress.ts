// Completion progress and time progress: the two halves of 时间过半、任务过半.
import { MeasureError, requireFinite } from "./errors";

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

/** (L − B)/(T − B), not clamped: above 1 means past the target, below 0 means moving away. */
export function completionProgress(base: number, latest: number, target: number): number {
  return shareOfWay(base, latest, target, ["base", "latest", "target"], "progress");
}

/** (l − b)/(t − b): the share of the plan period that has elapsed. */
export function timeProgress(baseYear: number, latestYear: number, targetYear: number): number {
  return shareOfWay(baseYear, latestYear, targetYear, ["baseYear", "latestYear", "targetYear"], "time progress");
}

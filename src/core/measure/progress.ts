// Completion progress and time progress: the two halves of 时间过半、任务过半.
import { MeasureError, requireFinite } from "./errors";

/** (L − B)/(T − B), not clamped: above 1 means past the target, below 0 means moving away. */
export function completionProgress(base: number, latest: number, target: number): number {
  requireFinite(base, "base");
  requireFinite(latest, "latest");
  requireFinite(target, "target");
  if (target === base) throw new MeasureError("div0", "target equals base, so progress is undefined");
  return (latest - base) / (target - base);
}

/** (l − b)/(t − b): the share of the plan period that has elapsed. */
export function timeProgress(baseYear: number, latestYear: number, targetYear: number): number {
  requireFinite(baseYear, "baseYear");
  requireFinite(latestYear, "latestYear");
  requireFinite(targetYear, "targetYear");
  if (targetYear === baseYear) throw new MeasureError("div0", "targetYear equals baseYear, so time progress is undefined");
  return (latestYear - baseYear) / (targetYear - baseYear);
}

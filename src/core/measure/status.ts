// Status of a target from base, latest and target (docs/measures.md, "Status"): a code — achieved, on track,
// moderate, lagging, moving away, or unknown when the inputs do not allow a verdict. Labels are for display
// only (status-labels.ts).
import type { Comparator, Status, StatusMethod } from "../model";
import { aliasParser } from "./aliases";
import { direction } from "./direction";
import { MeasureError } from "./errors";
import { isLinearMeasure, type MeasureKind } from "./kinds";
import { achievedAmount, boundFor, meets, overshot, startAmount } from "./terms";

/** One target row: what the sheet's columns hold. Missing values are null. */
export interface TargetRow {
  base: number | null;
  baseYear: number | null;
  latest: number | null;
  latestYear: number | null;
  target: number | null;
  targetYear: number | null;
  /** Upper bound of a range target. */
  targetMax?: number | null;
  comparator?: Comparator;
  kind?: MeasureKind;
}

export interface StatusInput extends TargetRow {
  method?: StatusMethod;
  /** Time method only: how far progress may trail time before "lagging" (fraction, default 0.05). */
  tolerance?: number;
}

export const DEFAULT_TOLERANCE = 0.05;

/** Growth-ratio thresholds (Eurostat SDG monitoring). */
export const ON_TRACK_RATIO = 0.95;
export const MODERATE_RATIO = 0.6;

function known(x: number | null | undefined): x is number {
  return typeof x === "number" && Number.isFinite(x);
}

function byRatio(r: number): Status {
  if (r >= ON_TRACK_RATIO) return "on-track";
  if (r >= MODERATE_RATIO) return "moderate";
  if (r >= 0) return "lagging";
  return "away";
}

/** Evaluates the status code. Missing or unusable inputs give "unknown"; an invalid tolerance is #NUM!. */
export function status(input: StatusInput): Status {
  const { base: B, baseYear: b, latest: L, latestYear: l, target: T, targetYear: t } = input;
  const c = input.comparator ?? ">=";
  const method = input.method ?? "time";
  const tol = input.tolerance ?? DEFAULT_TOLERANCE;
  const kind = input.kind ?? "level";
  if (!Number.isFinite(tol) || tol < 0 || tol >= 1) {
    throw new MeasureError("num", "tolerance must be a fraction from 0 to below 1 (0.05 = 5%)");
  }
  if (!known(L) || !known(T)) return "unknown";
  const max = c === "range" ? input.targetMax : null;
  if (c === "range" && !(known(max) && max >= T)) return "unknown";
  const Tmax = max ?? null;
  // An annual amount is judged on its own year, which has fully elapsed.
  if (kind === "annual") return judge(L, 0, T, Tmax, c, 1, method, tol, kind, 0, L, 1, 1);
  // A growth rate is judged on the rate: no base value is read, and the base year only where it is given.
  if (kind === "growth") {
    if (!known(l) || !known(t) || (known(b) && (l <= b || t <= b))) return "unknown";
    return rateStatus(L, l >= t, T, Tmax, c);
  }
  if (!known(B) || !known(b) || !known(l) || !known(t)) return "unknown";
  if (l <= b || t <= b) return "unknown";
  if (kind === "change" && B <= 0) return "unknown";
  return judge(achievedAmount(kind, L, B), startAmount(kind, B), T, Tmax, c, (l - b) / (t - b), method, tol, kind, B, L, l - b, t - b);
}

/**
 * Levels, shares, changes and amounts: met → achieved; the base met it but the latest value no longer does →
 * away; ran past a range → lagging; else progress p against time τ (time method) or the growth ratio (growth
 * method: p/τ for measures in equal amounts per year, the ratio of average growths for levels and changes).
 * Plain parameters rather than a closure: this runs once per cell of a PLAN.STATUS column.
 */
function judge(
  x: number, x0: number, T: number, Tmax: number | null, c: Comparator, tau: number, method: StatusMethod, tol: number,
  kind: MeasureKind, B: number, L: number, yearsL: number, yearsT: number,
): Status {
  if (meets(x, T, c, Tmax)) return "achieved";
  if (meets(x0, T, c, Tmax)) return "away";
  if (overshot(x0, x, T, c, Tmax)) return "lagging";
  const bound = boundFor(x0, T, c, Tmax);
  const p = (x - x0) / (bound - x0);
  if (method === "time") {
    if (p < 0) return "away";
    if (p < tau - tol) return "lagging";
    if (p < tau) return "moderate";
    return "on-track";
  }
  if (isLinearMeasure(kind)) return byRatio(p / tau);
  // Achieved over required average growth of the level. A required growth of exactly 0 (a change too small to
  // move the level in floating point) has no ratio.
  const need = kind === "change" ? 1 + bound / 100 : bound / B;
  if (B <= 0 || L <= 0 || need <= 0) return "unknown";
  const required = Math.pow(need, 1 / yearsT) - 1;
  return required === 0 ? "unknown" : byRatio((Math.pow(L / B, 1 / yearsL) - 1) / required);
}

/**
 * Growth-rate targets, whatever the method: the achieved rate a (the latest value, in %) against the rate T. Met →
 * achieved at the target year, on track before it; above a range lags; otherwise the ratio a/T in the growth-ratio
 * classes wherever it keeps its meaning — the target points away from 0 in the direction it is judged (a floor above
 * 0, a cap below it: 年均下降3% is a cap at −3) — and lagging where it does not.
 */
function rateStatus(a: number, atHorizon: boolean, T: number, Tmax: number | null, c: Comparator): Status {
  if (meets(a, T, c, Tmax)) return atHorizon ? "achieved" : "on-track";
  if (c === "range" && a > Tmax!) return "lagging";
  return direction(c) * T > 0 ? byRatio(a / T) : "lagging";
}

// Status methods as users type them (English codes or the Chinese words of the sheets).
const METHOD_ALIASES: Record<string, StatusMethod> = {
  time: "time", "时间": "time", "时间进度": "time", "时间过半": "time",
  growth: "growth", ratio: "growth", "增速": "growth", "增速比": "growth", "增长率": "growth",
};

/** Parses a status method; empty means time. */
export const parseStatusMethod = aliasParser<StatusMethod>(
  METHOD_ALIASES,
  "time",
  (text) => `Unknown method "${text}"; use time (时间) or growth (增速)`,
);

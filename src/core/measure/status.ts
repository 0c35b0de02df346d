// Status of a target from base, latest and target (docs/measures.md, "Status"): achieved, on track,
// moderate, lagging, moving away, or unknown when the inputs do not allow a verdict.
import { TARGET_KINDS, type Comparator, type Status, type StatusMethod, type TargetKind } from "../model";
import { MeasureError } from "./errors";
import { direction } from "./direction";

export interface StatusInput {
  base: number | null;
  baseYear: number | null;
  latest: number | null;
  latestYear: number | null;
  target: number | null;
  targetYear: number | null;
  comparator?: Comparator;
  method?: StatusMethod;
  /** Time method only: how far progress may trail time before "lagging" (fraction, default 0.05). */
  tolerance?: number;
  kind?: TargetKind;
}

export const DEFAULT_TOLERANCE = 0.05;

/** Growth-ratio thresholds (Eurostat SDG monitoring). */
const ON_TRACK_RATIO = 0.95;
const MODERATE_RATIO = 0.6;

function known(x: number | null | undefined): x is number {
  return typeof x === "number" && Number.isFinite(x);
}

function byRatio(r: number): Status {
  if (r >= ON_TRACK_RATIO) return "on-track";
  if (r >= MODERATE_RATIO) return "moderate";
  if (r >= 0) return "lagging";
  return "away";
}

/** Evaluates the status. Missing inputs give "unknown"; an invalid tolerance is #NUM!. */
export function status(input: StatusInput): Status {
  const { base: B, baseYear: b, latest: L, latestYear: l, target: T, targetYear: t } = input;
  const comparator = input.comparator ?? ">=";
  const method = input.method ?? "time";
  const tol = input.tolerance ?? DEFAULT_TOLERANCE;
  const kind = input.kind ?? "level";
  if (!Number.isFinite(tol) || tol < 0 || tol >= 1) {
    throw new MeasureError("num", "tolerance must be a fraction from 0 to below 1 (0.05 = 5%)");
  }
  if (!known(B) || !known(b) || !known(L) || !known(l) || !known(T) || !known(t)) return "unknown";
  if (l <= b || t <= b) return "unknown";
  const dir = direction(comparator);
  if (kind === "growth") return growthTargetStatus(B, b, L, l, T, t, dir);

  const met = dir === 1 ? L >= T : L <= T;
  if (met) return "achieved";
  if (dir * (T - B) <= 0) return "away";
  if (method === "time") {
    const p = (L - B) / (T - B);
    const tau = (l - b) / (t - b);
    if (p < 0) return "away";
    if (p < tau - tol) return "lagging";
    if (p < tau) return "moderate";
    return "on-track";
  }
  if (B <= 0 || L <= 0 || T <= 0) return "unknown";
  const actual = Math.pow(L / B, 1 / (l - b)) - 1;
  const required = Math.pow(T / B, 1 / (t - b)) - 1;
  return byRatio(actual / required);
}

/** Growth-rate targets: T is a rate in %, compared with the achieved average growth in %. */
function growthTargetStatus(B: number, b: number, L: number, l: number, T: number, t: number, dir: 1 | -1): Status {
  if (B <= 0 || L <= 0) return "unknown";
  const a = (Math.pow(L / B, 1 / (l - b)) - 1) * 100;
  const met = dir === 1 ? a >= T : a <= T;
  if (met) return l >= t ? "achieved" : "on-track";
  if (dir === -1) return "lagging";
  if (T <= 0) return "lagging";
  return byRatio(a / T);
}

// Status methods and target kinds as users type them (English codes or the Chinese words of the sheets).
const METHOD_ALIASES: Record<string, StatusMethod> = {
  time: "time", "时间": "time", "时间进度": "time", "时间过半": "time",
  growth: "growth", ratio: "growth", "增速": "growth", "增速比": "growth", "增长率": "growth",
};

/** Reads a word through an alias table, remembering raw spellings (a column repeats a few of them). */
function aliasReader<T>(aliases: Record<string, T>): (text: string) => T | undefined {
  const seen = new Map<string, T>();
  return (text) => {
    const hit = seen.get(text);
    if (hit !== undefined) return hit;
    const v = aliases[text.trim().toLowerCase()];
    if (v !== undefined && seen.size < 256) seen.set(text, v);
    return v;
  };
}

const readMethod = aliasReader(METHOD_ALIASES);

export function parseStatusMethod(text: string | null | undefined): StatusMethod {
  if (text === null || text === undefined) return "time";
  const m = readMethod(text);
  if (!m && text.trim() === "") return "time";
  if (!m) throw new MeasureError("value", `Unknown method "${text}"; use time (时间) or growth (增速)`);
  return m;
}

const KIND_ALIASES: Record<string, TargetKind> = {
  level: "level", "总量": "level", "水平": "level", "规模": "level",
  growth: "growth", "growth rate": "growth", "增速": "growth", "增长率": "growth", "增长": "growth",
  share: "share", "比重": "share", "比率": "share", "占比": "share", "比例": "share",
  increment: "increment", "增量": "increment", "新增": "increment",
};

const readKind = aliasReader(KIND_ALIASES);

export function parseTargetKind(text: string | null | undefined): TargetKind {
  if (text === null || text === undefined) return "level";
  const k = readKind(text);
  if (!k && text.trim() === "") return "level";
  if (!k) throw new MeasureError("value", `Unknown kind "${text}"; use ${TARGET_KINDS.join(", ")} (总量, 增速, 比重, 增量)`);
  return k;
}

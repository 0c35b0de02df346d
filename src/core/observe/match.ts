// One target against one bulletin: which observation measures the target's indicator, in the way the target
// needs it (a growth target takes the bulletin's growth rate, a level or share target its level, an annual
// increment the year's flow), in the bulletin's year, converted to the target's unit. Every outcome carries a
// score and a reason; two observations with different values are ambiguous and none is taken.
import { measureOf } from "../measure/kinds";
import type { Target } from "../model";
import { convertValue } from "./convert";
import { compareNames, foreignScope } from "./names";
import { sameRegion } from "./regions";
import type { Bulletin, BulletinObservation } from "./types";

export type Use = "base" | "latest";

export interface Candidate {
  observation: BulletinObservation;
  /** The observation's value in the target's unit (null when the units do not convert). */
  value: number | null;
  score: number;
  reason: string;
}

export interface TargetMatch {
  status: "matched" | "ambiguous" | "unmatched" | "skipped";
  use: Use;
  bulletin: Bulletin;
  observation: BulletinObservation | null;
  /** The matched value in the target's unit. */
  value: number | null;
  score: number;
  reason: string;
  /** Ambiguous: the competing observations; unmatched: the closest ones, best first. */
  candidates: Candidate[];
}

export interface MatchOptions {
  /** Region of the plan (PlanDocument.region). */
  planRegion: string | null;
  /** Let a bulletin of another region (a city's for a district's plan) fill the targets. */
  anyRegion?: boolean;
}

/** Names must agree at least this well to be taken. */
export const ACCEPT = 0.85;
const RATE_UNITS = new Set(["%", "倍"]);

/** What the target needs from a bulletin, or why a bulletin cannot give it (docs/measures.md, the measure of each kind). */
function wanted(target: Target, use: Use): { kind: "level" | "growth" } | { skip: string } {
  if (target.period === "cumulative") return { skip: "a cumulative target: a bulletin states one year, not the total since the base" };
  if (target.kind === "increment" && use === "base") return { skip: "an increment is counted from zero: it has no base value to take" };
  const measure = measureOf(target);
  if (measure === "change") return { skip: "a change against the base year: a bulletin states the change of one year, not the change since the base" };
  return { kind: measure === "growth" ? "growth" : "level" };
}

/** The observation's value in the target's unit; a rate of 1.3倍 is 130 %. */
function valueFor(target: Target, o: BulletinObservation, kind: "level" | "growth"): number | null {
  if (kind === "growth") {
    if (!RATE_UNITS.has(o.unit)) return null;
    const pct = o.unit === "倍" ? o.value * 100 : o.value;
    // (a target in tenths — 增幅超7成 — compares with the bulletin's percent in tenths)
    return target.unit === "" || target.unit === "%" ? pct : target.unit === "成" ? pct / 10 : null;
  }
  if (target.unit === "" && o.unit === "") return o.value;
  if (target.unit === "成" && o.unit === "%") return o.value / 10;
  return convertValue(o.value, o.unit, target.unit);
}

/** An indicator named with its region in front (西安市地区生产总值) compares as the indicator itself. */
function withoutRegion(name: string, region: string | null): string {
  if (!region) return name;
  for (const r of [region, region.replace(/(?:市|州|县|区)$/, "")]) if (r.length >= 2 && name.startsWith(r)) return name.slice(r.length);
  return name;
}

const sameValue = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

export function matchTarget(target: Target, bulletin: Bulletin, use: Use, options: MatchOptions): TargetMatch {
  const base = { use, bulletin, observation: null, value: null, score: 0, candidates: [] as Candidate[] };
  const need = wanted(target, use);
  if ("skip" in need) return { ...base, status: "skipped", reason: need.skip };
  if (bulletin.year === null) return { ...base, status: "skipped", reason: "the bulletin's year is unknown" };
  const region = sameRegion(options.planRegion, bulletin.region);
  if (!region.same && !options.anyRegion) return { ...base, status: "skipped", reason: region.reason };
  const accepted: Candidate[] = [];
  const near: Candidate[] = [];
  for (const o of bulletin.observations) {
    if (o.kind !== need.kind || o.year !== bulletin.year) continue;
    let name = compareNames(withoutRegion(target.indicator, options.planRegion), withoutRegion(o.indicator, bulletin.region));
    if (name.score <= 0.3) continue;
    const scope = foreignScope(target.indicator, o.partOf);
    if (scope) name = { score: 0, reason: `part of ${o.partOf} ("${scope}")` };
    const value = valueFor(target, o, need.kind);
    if (name.score >= ACCEPT && value !== null) {
      accepted.push({ observation: o, value, score: name.score, reason: name.reason });
    } else {
      const why = value === null ? `${name.reason}; unit ${o.unit || "(none)"} does not give ${target.unit || "(none)"}` : name.reason;
      near.push({ observation: o, value, score: name.score, reason: why });
    }
  }
  near.sort((a, b) => b.score - a.score);
  if (accepted.length === 0) {
    const what = need.kind === "growth" ? "growth rate" : "level";
    return { ...base, status: "unmatched", reason: `no ${what} of this indicator in the ${bulletin.year} bulletin`, candidates: near.slice(0, 3) };
  }
  const best = Math.max(...accepted.map((c) => c.score));
  const top = accepted.filter((c) => c.score === best);
  // the same figure stated twice (prose and table, 亿元 and 万元) is one value
  const distinct = top.filter((c, i) => top.findIndex((d) => sameValue(d.value!, c.value!)) === i);
  if (distinct.length > 1) {
    return {
      ...base, status: "ambiguous", score: best, candidates: distinct,
      reason: `${distinct.length} different values of this indicator in the ${bulletin.year} bulletin`,
    };
  }
  const pick = top.find((c) => c.observation.partOf === null) ?? top[0]!;
  const notes = [pick.reason];
  if (pick.observation.unit !== target.unit && pick.observation.unit !== "") notes.push(`${pick.observation.unit} → ${target.unit || "(none)"}`);
  if (!region.same) notes.push(`region ${region.reason} (allowed by option)`);
  return { ...base, status: "matched", observation: pick.observation, value: pick.value, score: pick.score, reason: notes.join("; ") };
}

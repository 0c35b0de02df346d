// Base and latest values of a plan's targets from statistical bulletins: the bulletin of the target's base year
// fills 基期 (baseYear/baseValue/baseSource), the latest bulletin up to the target year fills 最新
// (latestYear/latestValue/latestSource). A growth target takes rates (docs/measures.md): its latest value is the
// average of the yearly rates since its base year where every year's bulletin is given, else the latest year's
// rate; its base value is left as the plan states it, or empty.
// A value the plan itself states or the user gave is never replaced: a bulletin figure that differs from it is
// reported as a conflict, one that agrees as a confirmation.
import { averageRate } from "../measure/growth";
import { measureOf } from "../measure/kinds";
import type { PlanDocument, SourceRef, Target } from "../model";
import { matchTarget, type MatchOptions, type TargetMatch, type Use } from "./match";
import type { Bulletin } from "./types";

/** Values the user already gave for a target (the CLI's --actuals CSV), in the sheet's terms. */
export interface GivenValues {
  baseYear: number | null;
  base: number | null;
  latestYear: number | null;
  latest: number | null;
}

export interface FillOptions {
  /** Let bulletins of another region fill the plan (a city's bulletin for a district's plan). */
  anyRegion?: boolean;
  /** Values the user gave, by target id: kept, and compared with the bulletins'. */
  given?: ReadonlyMap<string, GivenValues>;
}

export interface TargetFill {
  target: Target;
  /** The target's base year and where it came from ("the plan", "five years before the target year"). */
  baseYear: number | null;
  baseYearFrom: string | null;
  base: TargetMatch[];
  latest: TargetMatch[];
  /** A growth target's rates of the years between its base year and the latest one, averaged with the latest. */
  between: TargetMatch[];
  /** The average of those rates and the latest, where it is what the latest value holds. */
  average: number | null;
  /** What was written into the target. */
  filled: { base: boolean; latest: boolean };
  notes: string[];
  conflicts: string[];
}

export interface FillResult {
  targets: Target[];
  report: TargetFill[];
}

/** A stated figure agrees with a bulletin's when the bulletin's, rounded as the stated one is written, equals it (450 ≠ 459.02). */
function agrees(stated: number, found: number): boolean {
  const decimals = (String(stated).split(".")[1] ?? "").length;
  return Math.abs(Number(found.toFixed(decimals)) - stated) < 1e-9;
}

const sameFigure = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** The target's base year: stated by the plan, else the year five years before a five-year plan's target year. */
function baseYearOf(t: Target, years: readonly number[]): { year: number | null; from: string | null } {
  if (t.baseYear !== undefined && t.baseYear !== null) return { year: t.baseYear, from: "the plan" };
  if (t.year !== null && years.includes(t.year - 5)) return { year: t.year - 5, from: "five years before the target year (the plan states none)" };
  return { year: null, from: null };
}

/** Where a matched observation stands in its bulletin. */
function sourceOf(m: TargetMatch): SourceRef {
  const { start, end, sentenceStart, sentenceEnd } = m.observation!;
  return { file: m.bulletin.file, start, end, sentenceStart, sentenceEnd };
}

/** Wording of a rate averaged over years (年均增长, 平均增速), as opposed to one year's rate. */
const AVERAGE = /年均|平均/;

/** The years after `from` and before `to`. */
const yearsBetween = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from - 1) }, (_, i) => from + 1 + i);

/** One outcome from the matches of same-year bulletins: one value, or ambiguous. */
function decide(matches: TargetMatch[]): TargetMatch | null {
  const hits = matches.filter((m) => m.status === "matched");
  if (hits.length === 0) return null;
  const values = hits.filter((m, i) => hits.findIndex((h) => sameFigure(h.value!, m.value!)) === i);
  return values.length === 1 ? hits[0]! : null;
}

const show = (v: number, unit: string): string => `${Number(v.toPrecision(12))}${unit ? " " + unit : ""}`;

export function fillFromBulletins(
  doc: PlanDocument,
  targets: readonly Target[],
  bulletins: readonly Bulletin[],
  options: FillOptions = {},
): FillResult {
  const dated = bulletins.filter((b) => b.year !== null);
  const years = [...new Set(dated.map((b) => b.year!))].sort((a, b) => a - b);
  const matchOptions: MatchOptions = { planRegion: doc.region, anyRegion: options.anyRegion ?? false };
  const report: TargetFill[] = [];
  const out = targets.map((t) => {
    const { year: baseYear, from } = baseYearOf(t, years);
    // the latest bulletin up to the target year: a later one does not say whether the target was met in time
    const latestYear = years.filter((y) => (baseYear === null || y > baseYear) && (t.year === null || y <= t.year)).pop() ?? null;
    const run = (year: number | null, use: Use): TargetMatch[] =>
      year === null ? [] : dated.filter((b) => b.year === year).map((b) => matchTarget(t, b, use, matchOptions));
    const rate = measureOf(t) === "growth";
    const between = rate && baseYear !== null && latestYear !== null ? yearsBetween(baseYear, latestYear) : [];
    const betweenRuns = between.map((y) => run(y, "latest"));
    const fill: TargetFill = {
      target: t, baseYear, baseYearFrom: from, base: run(baseYear, "base"), latest: run(latestYear, "latest"),
      between: betweenRuns.flat(), average: null, filled: { base: false, latest: false }, notes: [], conflicts: [],
    };
    report.push(fill);
    const next: Target = { ...t };
    const given = options.given?.get(t.id);
    const apply = (use: Use, matches: TargetMatch[]): void => {
      const m = decide(matches);
      if (!m) return;
      const year = m.bulletin.year!;
      const source = sourceOf(m);
      const label = use === "base" ? "base" : "latest";
      const average = use === "latest" && between.length > 0 ? averageSince(m.value!) : null;
      const value = average?.value ?? m.value!;
      if (average?.from.length) source.averages = average.from.map(sourceOf);
      const stated = use === "base" ? t.baseValue : t.latestValue;
      const statedYear = use === "base" ? t.baseYear : t.latestYear;
      const user = use === "base" ? given?.base : given?.latest;
      const userYear = use === "base" ? given?.baseYear : given?.latestYear;
      if (user !== null && user !== undefined) {
        const what = `the actuals file gives ${show(user, t.unit)}${userYear ? ` (${userYear})` : ""}`;
        if (agrees(user, value) && (!userYear || userYear === year)) fill.notes.push(`${label}: ${what}, the bulletin agrees`);
        else fill.conflicts.push(`${label}: ${what}, the ${year} bulletin ${show(value, t.unit)}: kept the actuals file's value`);
        return;
      }
      if (stated !== null && stated !== undefined) {
        const what = `the plan states ${show(stated, t.unit)}${statedYear ? ` (${statedYear})` : ""}`;
        if (agrees(stated, value) && (!statedYear || statedYear === year)) fill.notes.push(`${label}: ${what}, the bulletin agrees`);
        else fill.conflicts.push(`${label}: ${what}, the ${year} bulletin ${show(value, t.unit)}: kept the plan's value`);
        return;
      }
      if (use === "base") {
        next.baseYear = year;
        next.baseValue = value;
        next.baseSource = source;
        fill.filled.base = true;
      } else {
        next.latestYear = year;
        next.latestValue = value;
        next.latestSource = source;
        fill.filled.latest = true;
        // an average over years (年均增长8%) with no base year to average from is judged on this one year's rate
        if (rate && baseYear === null && AVERAGE.test(t.text)) {
          fill.notes.push(`latest: the rate of ${year} alone, not an average: the plan states no base year (give 基期年 and the bulletins of the years since to average them)`);
        }
        // a growth rate averages from its base year: the sheet needs that year (not where the rate is one year's alone)
        if (rate && baseYear !== null && (next.baseYear === null || next.baseYear === undefined) && (between.length === 0 || fill.average !== null)) {
          next.baseYear = baseYear;
          fill.notes.push(`base year: ${baseYear} written, the year the latest rate averages from`);
        }
      }
    };
    /** The average of the yearly rates since the base year and the matches it takes, where every year between has one; else the year's rate. */
    const averageSince = (latest: number): { value: number; from: TargetMatch[] } => {
      const rates = betweenRuns.map(decide);
      const missing = between.filter((_, i) => rates[i] === null);
      const years = `${between[0]}–${latestYear}`;
      if (missing.length > 0) {
        fill.notes.push(`latest: the rate of ${latestYear} alone, not the average of ${years} since ${baseYear} (no rate of ${missing.join(", ")}: give those bulletins)`);
        return { value: latest, from: [] };
      }
      const all = [...rates.map((r) => r!.value!), latest];
      fill.average = averageRate(all);
      fill.notes.push(`latest: ${show(fill.average, t.unit)}, the average of the rates of ${years} (${all.map((r) => show(r, t.unit)).join(", ")}) since ${baseYear}`);
      return { value: fill.average, from: rates.map((r) => r!) };
    };
    // a growth target's base value is not read: left as the plan states it, or empty (the note below says which)
    if (!rate) apply("base", fill.base);
    apply("latest", fill.latest);
    if (rate) {
      // a growth target's measures read rates, not a base value (docs/measures.md)
      const stated = next.baseValue;
      const found = decide(fill.base);
      fill.notes.push(
        (stated !== null && stated !== undefined ? `base value: left as the plan states it (${show(stated, "")})` : "base value: left empty") +
          `: a growth target's measures read rates, not a base value` +
          (found ? `; the ${found.bulletin.year} bulletin's rate ${show(found.value!, t.unit)} is not written` : ""),
      );
    }
    return next;
  });
  return { targets: out, report };
}

// The PLAN functions as plain TypeScript: argument reading, broadcasting and error mapping over
// src/core/measure. functions.ts only adds the JSDoc Excel needs and binds the Office runtime.
import type { ExtractionResult, Language } from "../core/model";
import { STATUS_LABELS } from "../core/model";
import {
  MeasureError,
  achievedGrowth,
  completionProgress,
  gap,
  gapPercent,
  milestones,
  parseComparator,
  parseMilestonePath,
  parseStatusMethod,
  parseTargetKind,
  project,
  remainingGrowth,
  requiredGrowth,
  requiredPointsPerYear,
  status,
  timeProgress,
} from "../core/measure";
import { convertUnit } from "../core/units";
import { broadcast, toExcelError, type Arg } from "./broadcast";
import { toNumber, toNumberOrNull, toOptionalNumber, toOptionalText, toText, type Cell } from "./cells";
import type { ErrorFactory } from "./excel-errors";

export interface PlanEnvironment {
  errors: ErrorFactory;
  /** Language of STATUS labels; read on each call so a change of display language applies. */
  language: () => Language;
  /** The extraction engine behind PARSE. */
  extract: (text: string) => ExtractionResult;
}

export type Matrix = Cell[][];

/** Columns PARSE spills, in order. */
export const PARSE_COLUMNS = ["indicator", "comparator", "value", "unit", "year", "kind", "valueMax"] as const;

// Throwing the factory's error from a custom function makes the whole result that error.
function whole<T>(env: PlanEnvironment, run: () => T): T {
  try {
    return run();
  } catch (e) {
    throw toExcelError(e, env.errors);
  }
}

function single(a: Arg, name: string): Cell {
  if (!Array.isArray(a)) return a;
  if (a.length === 1 && Array.isArray(a[0]) && a[0].length === 1) return a[0][0];
  throw new MeasureError("value", `${name} takes a single value, not a range`);
}

export function createPlanFunctions(env: PlanEnvironment) {
  const map = (args: Arg[], names: string[], fn: (c: Cell[]) => Cell): Matrix =>
    whole(env, () => broadcast(args, names, env.errors, fn));

  return {
    REQGROWTH: (base: Arg, target: Arg, years: Arg): Matrix =>
      map([base, target, years], ["base", "target", "years"], (c) =>
        requiredGrowth(toNumber(c[0], "base"), toNumber(c[1], "target"), toNumber(c[2], "years"))),

    REQPOINTS: (base: Arg, target: Arg, years: Arg): Matrix =>
      map([base, target, years], ["base", "target", "years"], (c) =>
        requiredPointsPerYear(toNumber(c[0], "base"), toNumber(c[1], "target"), toNumber(c[2], "years"))),

    CAGR: (start: Arg, end: Arg, years: Arg): Matrix =>
      map([start, end, years], ["start", "end", "years"], (c) =>
        achievedGrowth(toNumber(c[0], "start"), toNumber(c[1], "end"), toNumber(c[2], "years"))),

    REMGROWTH: (latest: Arg, latestYear: Arg, target: Arg, targetYear: Arg): Matrix =>
      map([latest, latestYear, target, targetYear], ["latest", "latestYear", "target", "targetYear"], (c) =>
        remainingGrowth(
          toNumber(c[0], "latest"), toNumber(c[1], "latestYear"), toNumber(c[2], "target"), toNumber(c[3], "targetYear"),
        )),

    GAP: (actual: Arg, target: Arg, comparator?: Arg, targetMax?: Arg): Matrix =>
      map([actual, target, comparator, targetMax], ["actual", "target", "comparator", "targetMax"], (c) =>
        gap(
          toNumber(c[0], "actual"), toNumber(c[1], "target"),
          parseComparator(toOptionalText(c[2], "comparator")), toOptionalNumber(c[3], "targetMax") ?? null,
        )),

    GAPPCT: (actual: Arg, target: Arg, comparator?: Arg, targetMax?: Arg): Matrix =>
      map([actual, target, comparator, targetMax], ["actual", "target", "comparator", "targetMax"], (c) =>
        gapPercent(
          toNumber(c[0], "actual"), toNumber(c[1], "target"),
          parseComparator(toOptionalText(c[2], "comparator")), toOptionalNumber(c[3], "targetMax") ?? null,
        )),

    PROGRESS: (base: Arg, latest: Arg, target: Arg): Matrix =>
      map([base, latest, target], ["base", "latest", "target"], (c) =>
        completionProgress(toNumber(c[0], "base"), toNumber(c[1], "latest"), toNumber(c[2], "target"))),

    TIMEPROGRESS: (baseYear: Arg, latestYear: Arg, targetYear: Arg): Matrix =>
      map([baseYear, latestYear, targetYear], ["baseYear", "latestYear", "targetYear"], (c) =>
        timeProgress(toNumber(c[0], "baseYear"), toNumber(c[1], "latestYear"), toNumber(c[2], "targetYear"))),

    // Empty base/latest cells give a blank status (docs/measures.md): the sheet fills them in over time.
    STATUS: (
      base: Arg, baseYear: Arg, latest: Arg, latestYear: Arg, target: Arg, targetYear: Arg,
      comparator?: Arg, method?: Arg, tolerance?: Arg, kind?: Arg,
    ): Matrix => {
      const labels = STATUS_LABELS[env.language()];
      return map(
        [base, baseYear, latest, latestYear, target, targetYear, comparator, method, tolerance, kind],
        ["base", "baseYear", "latest", "latestYear", "target", "targetYear", "comparator", "method", "tolerance", "kind"],
        (c) => labels[status({
          base: toNumberOrNull(c[0], "base"),
          baseYear: toNumberOrNull(c[1], "baseYear"),
          latest: toNumberOrNull(c[2], "latest"),
          latestYear: toNumberOrNull(c[3], "latestYear"),
          target: toNumberOrNull(c[4], "target"),
          targetYear: toNumberOrNull(c[5], "targetYear"),
          comparator: parseComparator(toOptionalText(c[6], "comparator")),
          method: parseStatusMethod(toOptionalText(c[7], "method")),
          tolerance: toOptionalNumber(c[8], "tolerance"),
          kind: parseTargetKind(toOptionalText(c[9], "kind")),
        })],
      );
    },

    PROJECT: (base: Arg, growth: Arg, years: Arg): Matrix =>
      map([base, growth, years], ["base", "growth", "years"], (c) =>
        project(toNumber(c[0], "base"), toNumber(c[1], "growth"), toNumber(c[2], "years"))),

    // One path per call: the result is itself a table (year, value), so ranges are not broadcast here.
    MILESTONES: (base: Arg, baseYear: Arg, target: Arg, targetYear: Arg, path?: Arg): Matrix =>
      whole(env, () => {
        const rows = milestones(
          toNumber(single(base, "base"), "base"),
          toNumber(single(baseYear, "baseYear"), "baseYear"),
          toNumber(single(target, "target"), "target"),
          toNumber(single(targetYear, "targetYear"), "targetYear"),
          parseMilestonePath(toOptionalText(single(path, "path"), "path")),
        );
        return rows.map((m) => [m.year, m.value]);
      }),

    CONVERT: (value: Arg, fromUnit: Arg, toUnit: Arg): Matrix =>
      map([value, fromUnit, toUnit], ["value", "fromUnit", "toUnit"], (c) =>
        convertUnit(toNumber(c[0], "value"), toText(c[1], "fromUnit"), toText(c[2], "toUnit"))),

    PARSE: (text: Arg): Matrix =>
      whole(env, () => {
        const t = toText(single(text, "text"), "text");
        const { targets } = env.extract(t);
        if (targets.length === 0) throw new MeasureError("na", "No quantitative target found in the text");
        return targets.map((x) => [x.indicator, x.comparator, x.value, x.unit, x.year ?? "", x.kind, x.valueMax ?? ""]);
      }),
  };
}

export type PlanFunctions = ReturnType<typeof createPlanFunctions>;

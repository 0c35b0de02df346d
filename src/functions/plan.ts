// The PLAN functions as plain TypeScript: argument reading, broadcasting and error mapping over
// src/core/measure. functions.ts only adds the JSDoc Excel needs and binds the Office runtime.
import type { Comparator, ExtractionResult, Language, StatusMethod } from "../core/model";
import {
  MeasureError,
  VOCABULARY_LABELS,
  achievedGrowth,
  anticipatedLevel,
  completionProgress,
  gap,
  gapPercent,
  milestones,
  parseComparator,
  parseMeasureKind,
  parseMilestonePath,
  parseStatusLabelling,
  parseStatusMethod,
  project,
  reachYear,
  remainingGrowth,
  requiredGrowth,
  requiredPointsPerYear,
  status,
  targetLevel,
  timeDistance,
  timeProgress,
  type MeasureKind,
  type StatusInput,
  type StatusLabelling,
  type TargetRow,
} from "../core/measure";
import { convertUnit } from "../core/units";
import { broadcast, toExcelError, type Arg, type Param } from "./broadcast";
import { toFlag, toNumber, toNumberOrNull, toOptionalNumber, toOptionalText, toText, zeroAsEmpty, type Cell } from "./cells";
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

// Readers of the parameter kinds; each throws a MeasureError (→ Excel error) on bad input.
const num = (name: string): Param<number> => ({ name, read: toNumber });
const numOrNull = (name: string): Param<number | null> => ({ name, read: toNumberOrNull });
const optNum = (name: string): Param<number | undefined> => ({ name, read: toOptionalNumber });
const text = (name: string): Param<string> => ({ name, read: toText });
const flag = (name: string): Param<boolean> => ({ name, read: toFlag });
const comparator = (name = "comparator"): Param<Comparator> => ({ name, read: (c, n) => parseComparator(toOptionalText(c, n)) });
const method: Param<StatusMethod> = { name: "method", read: (c, n) => parseStatusMethod(toOptionalText(c, n)) };
const kind: Param<MeasureKind> = { name: "kind", read: (c, n) => parseMeasureKind(toOptionalText(c, n)) };
const labelling: Param<StatusLabelling> = { name: "labels", read: (c, n) => parseStatusLabelling(toOptionalText(c, n)) };

const REQGROWTH_PARAMS = [num("base"), num("target"), num("years")];
const REQPOINTS_PARAMS = REQGROWTH_PARAMS;
const CAGR_PARAMS = [num("start"), num("end"), num("years")];
const REMGROWTH_PARAMS = [num("latest"), num("latestYear"), num("target"), num("targetYear")];
const GAP_PARAMS = [num("actual"), num("target"), comparator(), optNum("targetMax"), kind, optNum("base")];
// An annual amount needs no base; the kinds that do say so (#N/A "base is empty").
const PROGRESS_PARAMS = [numOrNull("base"), num("latest"), num("target"), kind, comparator(), optNum("targetMax")];
const TIMEPROGRESS_PARAMS = [num("baseYear"), num("latestYear"), num("targetYear")];
const TARGETLEVEL_PARAMS = [numOrNull("base"), num("target"), kind];
// Empty base/latest cells give a blank status (docs/measures.md): the sheet fills them in over time. Called
// directly, a 0 base, latest value, year or target counts as empty too, as older Excel desktop builds pass
// empty cells as 0 (cells.ts): the answer is the same on every host. A formula that tests its cells for blanks
// itself (the imported table) says so with blanksChecked, and its zeros are real zeros.
const STATUS_PARAMS = [
  numOrNull("base"), numOrNull("baseYear"), numOrNull("latest"), numOrNull("latestYear"), numOrNull("target"),
  numOrNull("targetYear"), comparator(), method, optNum("tolerance"), kind, optNum("targetMax"), labelling, flag("blanksChecked"),
];
// A growth rate's path needs no base value (docs/measures.md): the kinds that do say so (#N/A "base is empty").
const ANTICIPATION_PARAMS = [
  numOrNull("base"), num("baseYear"), num("latest"), num("latestYear"), num("target"), num("targetYear"), comparator(), method,
  kind, optNum("targetMax"),
];
const PROJECT_PARAMS = [num("base"), num("growth"), num("years")];
const CONVERT_PARAMS = [num("value"), text("fromUnit"), text("toUnit")];

const asGiven = (x: unknown): number | null => x as number | null;

/** A measure with no value for the row (not its kind's, met, never reached at this pace) is a blank cell. */
const orBlank = (x: number | null): Cell => (x === null ? "" : x);

export function createPlanFunctions(env: PlanEnvironment) {
  const map = (args: Arg[], params: Param[], fn: (v: unknown[]) => Cell): Matrix =>
    whole(env, () => broadcast(args, params, env.errors, fn));
  type N = number;
  type K = MeasureKind;
  /** One row record for the anticipation functions, refilled per cell (no object per cell). */
  const anticipation = (measureFn: (r: TargetRow, m: StatusMethod) => number | null) => {
    const row: TargetRow = { base: null, baseYear: null, latest: null, latestYear: null, target: null, targetYear: null };
    return (
      base: Arg, baseYear: Arg, latest: Arg, latestYear: Arg, target: Arg, targetYear: Arg,
      comparatorArg?: Arg, methodArg?: Arg, kindArg?: Arg, targetMax?: Arg,
    ): Matrix =>
      map(
        [base, baseYear, latest, latestYear, target, targetYear, comparatorArg, methodArg, kindArg, targetMax],
        ANTICIPATION_PARAMS,
        (v) => {
          row.base = v[0] as N | null;
          row.baseYear = v[1] as N;
          row.latest = v[2] as N;
          row.latestYear = v[3] as N;
          row.target = v[4] as N;
          row.targetYear = v[5] as N;
          row.comparator = v[6] as Comparator;
          row.kind = v[8] as K;
          row.targetMax = (v[9] as N | undefined) ?? null;
          return orBlank(measureFn(row, v[7] as StatusMethod));
        },
      );
  };

  return {
    REQGROWTH: (base: Arg, target: Arg, years: Arg): Matrix =>
      map([base, target, years], REQGROWTH_PARAMS, (v) => requiredGrowth(v[0] as N, v[1] as N, v[2] as N)),

    REQPOINTS: (base: Arg, target: Arg, years: Arg): Matrix =>
      map([base, target, years], REQPOINTS_PARAMS, (v) => requiredPointsPerYear(v[0] as N, v[1] as N, v[2] as N)),

    CAGR: (start: Arg, end: Arg, years: Arg): Matrix =>
      map([start, end, years], CAGR_PARAMS, (v) => achievedGrowth(v[0] as N, v[1] as N, v[2] as N)),

    REMGROWTH: (latest: Arg, latestYear: Arg, target: Arg, targetYear: Arg): Matrix =>
      map([latest, latestYear, target, targetYear], REMGROWTH_PARAMS, (v) =>
        remainingGrowth(v[0] as N, v[1] as N, v[2] as N, v[3] as N)),

    GAP: (actual: Arg, target: Arg, comparatorArg?: Arg, targetMax?: Arg, kindArg?: Arg, base?: Arg): Matrix =>
      map([actual, target, comparatorArg, targetMax, kindArg, base], GAP_PARAMS, (v) =>
        gap(v[0] as N, v[1] as N, v[2] as Comparator, (v[3] as N | undefined) ?? null, v[4] as K, (v[5] as N | undefined) ?? null)),

    GAPPCT: (actual: Arg, target: Arg, comparatorArg?: Arg, targetMax?: Arg, kindArg?: Arg, base?: Arg): Matrix =>
      map([actual, target, comparatorArg, targetMax, kindArg, base], GAP_PARAMS, (v) =>
        gapPercent(v[0] as N, v[1] as N, v[2] as Comparator, (v[3] as N | undefined) ?? null, v[4] as K, (v[5] as N | undefined) ?? null)),

    PROGRESS: (base: Arg, latest: Arg, target: Arg, kindArg?: Arg, comparatorArg?: Arg, targetMax?: Arg): Matrix =>
      map([base, latest, target, kindArg, comparatorArg, targetMax], PROGRESS_PARAMS, (v) =>
        orBlank(completionProgress(v[0] as N | null, v[1] as N, v[2] as N, v[3] as K, v[4] as Comparator, (v[5] as N | undefined) ?? null))),

    TIMEPROGRESS: (baseYear: Arg, latestYear: Arg, targetYear: Arg): Matrix =>
      map([baseYear, latestYear, targetYear], TIMEPROGRESS_PARAMS, (v) => timeProgress(v[0] as N, v[1] as N, v[2] as N)),

    TARGETLEVEL: (base: Arg, target: Arg, kindArg?: Arg): Matrix =>
      map([base, target, kindArg], TARGETLEVEL_PARAMS, (v) => orBlank(targetLevel(v[0] as N | null, v[1] as N, v[2] as K))),

    STATUS: (
      base: Arg, baseYear: Arg, latest: Arg, latestYear: Arg, target: Arg, targetYear: Arg,
      comparatorArg?: Arg, methodArg?: Arg, tolerance?: Arg, kindArg?: Arg, targetMax?: Arg, labelsArg?: Arg,
      blanksChecked?: Arg,
    ): Matrix => {
      const language = env.language();
      // One input record, refilled per cell: a 100,000-row column should not cost 100,000 objects.
      const input: StatusInput = { base: null, baseYear: null, latest: null, latestYear: null, target: null, targetYear: null };
      return map(
        [base, baseYear, latest, latestYear, target, targetYear, comparatorArg, methodArg, tolerance, kindArg, targetMax, labelsArg, blanksChecked],
        STATUS_PARAMS,
        (v) => {
          const filled = v[12] ? asGiven : zeroAsEmpty;
          input.kind = v[9] as K;
          // an amount added counts from nothing when no base is given
          input.base = filled(v[0]) ?? (input.kind === "increment" || input.kind === "annual" ? 0 : null);
          input.baseYear = filled(v[1]);
          input.latest = filled(v[2]);
          input.latestYear = filled(v[3]);
          input.target = filled(v[4]);
          input.targetYear = filled(v[5]);
          input.comparator = v[6] as Comparator;
          input.method = v[7] as StatusMethod;
          input.tolerance = v[8] as N | undefined;
          input.targetMax = (v[10] as N | undefined) ?? null;
          const s = status(input);
          const labels = v[11] as StatusLabelling;
          if (labels !== "code") return VOCABULARY_LABELS[labels][language][s];
          return s === "unknown" ? "" : s;
        },
      );
    },

    ANTICIPATED: anticipation(anticipatedLevel),

    REACHYEAR: anticipation(reachYear),

    TIMEDISTANCE: anticipation(timeDistance),

    PROJECT: (base: Arg, growth: Arg, years: Arg): Matrix =>
      map([base, growth, years], PROJECT_PARAMS, (v) => project(v[0] as N, v[1] as N, v[2] as N)),

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
      map([value, fromUnit, toUnit], CONVERT_PARAMS, (v) => convertUnit(v[0] as N, v[1] as string, v[2] as string)),

    PARSE: (textArg: Arg): Matrix =>
      whole(env, () => {
        const t = toText(single(textArg, "text"), "text");
        const { targets } = env.extract(t);
        if (targets.length === 0) throw new MeasureError("na", "No quantitative target found in the text");
        return targets.map((x) => [x.indicator, x.comparator, x.value, x.unit, x.year ?? "", x.kind, x.valueMax ?? ""]);
      }),
  };
}

export type PlanFunctions = ReturnType<typeof createPlanFunctions>;

// PLAN.* custom functions. Each is a thin wrapper: JSDoc for functions.json (custom-functions-metadata-plugin
// reads this file and appends the CustomFunctions.associate calls) over the pure adapters in plan.ts.
// Every numeric parameter takes a value or a range; ranges broadcast against single values and spill.
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes cells of any type; plan.ts checks them. */
import type { ExtractionResult } from "../core/model";
import { createPlanFunctions } from "./plan";
import { runtimeErrorFactory } from "./excel-errors";
import { displayLanguage } from "./runtime";

// The extraction engine is most of the code and only PARSE needs it: it loads on PARSE's first call, so Excel starts
// the other functions without it (Microsoft's custom functions may return a Promise).
type Extract = (text: string) => ExtractionResult;
let engine: Extract | null = null;
let loading: Promise<Extract> | null = null;
function loadEngine(): Promise<Extract> {
  // (a failed load is tried again on the next call, not remembered)
  loading ??= import(/* webpackChunkName: "engine" */ "../core/extract").then((m) => (engine = m.extract), (e: unknown) => {
    loading = null;
    throw e;
  });
  return loading;
}

const plan = createPlanFunctions({
  errors: runtimeErrorFactory(),
  language: displayLanguage,
  extract: (text) => {
    if (engine === null) throw new Error("The extraction engine is not loaded yet");
    return engine(text);
  },
});

/**
 * Required average annual growth from base to target over a number of years, as Excel's RRI.
 * @customfunction REQGROWTH
 * @param base Base value (greater than 0), or a range of them.
 * @param target Target value, or a range of them.
 * @param years Number of years from base to target (greater than 0), or a range of them.
 * @returns The required growth rate per year (0.05 = 5%).
 */
export function reqGrowth(base: any[][], target: any[][], years: any[][]): any[][] {
  return plan.REQGROWTH(base, target, years);
}

/**
 * Required change per year for a share target, in the target's own points: (target - base) / years.
 * @customfunction REQPOINTS
 * @param base Base value (such as a rate in percent), or a range of them.
 * @param target Target value, or a range of them.
 * @param years Number of years from base to target (greater than 0), or a range of them.
 * @returns The required change per year, in points.
 */
export function reqPoints(base: any[][], target: any[][], years: any[][]): any[][] {
  return plan.REQPOINTS(base, target, years);
}

/**
 * Achieved average annual growth (CAGR) between two observations.
 * @customfunction CAGR
 * @param start Value at the start (greater than 0), or a range of them.
 * @param end Value at the end, or a range of them.
 * @param years Number of years between the two observations (greater than 0), or a range of them.
 * @returns The average growth rate per year (0.05 = 5%).
 */
export function cagr(start: any[][], end: any[][], years: any[][]): any[][] {
  return plan.CAGR(start, end, years);
}

/**
 * Average annual growth still required from the latest value to reach the target.
 * @customfunction REMGROWTH
 * @param latest Latest value (greater than 0), or a range of them.
 * @param latestYear Year of the latest value, or a range of them.
 * @param target Target value, or a range of them.
 * @param targetYear Target year (after the latest year), or a range of them.
 * @returns The remaining required growth rate per year (0.05 = 5%).
 */
export function remGrowth(latest: any[][], latestYear: any[][], target: any[][], targetYear: any[][]): any[][] {
  return plan.REMGROWTH(latest, latestYear, target, targetYear);
}

/**
 * Gap to the target in its own terms: the shortfall for a floor, the excess for a cap, the distance to a range; 0 when met.
 * @customfunction GAP
 * @param actual Actual (latest) value (for a growth rate, the achieved rate in percent), or a range of them.
 * @param target Target value (the lower bound of a range), or a range of them.
 * @param [comparator] How the target is stated: >= (default), >, =, ~, <=, < or range.
 * @param [targetMax] Upper bound when the comparator is range.
 * @param [kind] level (default), share, growth, change, increment or annual.
 * @param [base] Base value: the start of a change or an increment.
 * @returns The gap in the target's unit, in points for a growth rate (never negative).
 */
export function gap(actual: any[][], target: any[][], comparator?: any[][], targetMax?: any[][], kind?: any[][], base?: any[][]): any[][] {
  return plan.GAP(actual, target, comparator, targetMax, kind, base);
}

/**
 * Gap to the target as a fraction of the target.
 * @customfunction GAPPCT
 * @param actual Actual (latest) value (for a growth rate, the achieved rate in percent), or a range of them.
 * @param target Target value (not 0), or a range of them.
 * @param [comparator] How the target is stated: >= (default), >, =, ~, <=, < or range.
 * @param [targetMax] Upper bound when the comparator is range.
 * @param [kind] level (default), share, growth, change, increment or annual.
 * @param [base] Base value: the start of a change or an increment.
 * @returns The gap divided by the size of the target (0.1 = 10%).
 */
export function gapPct(actual: any[][], target: any[][], comparator?: any[][], targetMax?: any[][], kind?: any[][], base?: any[][]): any[][] {
  return plan.GAPPCT(actual, target, comparator, targetMax, kind, base);
}

/**
 * Completion progress in the target's terms: (latest - base) / (target - base) for a level; change / target, amount added / target, this year's amount / target for the other kinds.
 * @customfunction PROGRESS
 * @param base Base value, or a range of them (not needed for an annual amount).
 * @param latest Latest value, or a range of them.
 * @param target Target value (not equal to base), or a range of them.
 * @param [kind] level (default), share, change, increment or annual; growth targets have no progress (blank).
 * @param [comparator] How the target is stated: >= (default), >, =, ~, <=, < or range.
 * @param [targetMax] Upper bound when the comparator is range.
 * @returns The share of the way from base to target covered so far (1 = 100%).
 */
export function progress(base: any[][], latest: any[][], target: any[][], kind?: any[][], comparator?: any[][], targetMax?: any[][]): any[][] {
  return plan.PROGRESS(base, latest, target, kind, comparator, targetMax);
}

/**
 * The level the indicator must reach by the target year: the target for a level; base * (1 + target%) for a cumulative change; base + target for an increment; blank for a growth rate (see PROJECT).
 * @customfunction TARGETLEVEL
 * @param base Base value, or a range of them (needed for a change or an increment).
 * @param target Target value, or a range of them.
 * @param [kind] level (default), share, growth, change, increment or annual.
 * @returns The target level in the indicator's unit.
 */
export function targetLevel(base: any[][], target: any[][], kind?: any[][]): any[][] {
  return plan.TARGETLEVEL(base, target, kind);
}

/**
 * Time progress: the share of the plan period elapsed, (latestYear - baseYear) / (targetYear - baseYear).
 * @customfunction TIMEPROGRESS
 * @param baseYear Base year, or a range of them.
 * @param latestYear Year of the latest value, or a range of them.
 * @param targetYear Target year (not equal to the base year), or a range of them.
 * @returns The share of the period elapsed (1 = 100%).
 */
export function timeProgress(baseYear: any[][], latestYear: any[][], targetYear: any[][]): any[][] {
  return plan.TIMEPROGRESS(baseYear, latestYear, targetYear);
}

/**
 * Status of a target: Achieved, On track, Moderate, Lagging or Moving away (blank while inputs are missing), or its code.
 * @customfunction STATUS
 * @param base Base value, or a range of them (not read for a growth rate).
 * @param baseYear Base year, or a range of them.
 * @param latest Latest value (for a growth rate, the achieved average rate in percent), or a range of them.
 * @param latestYear Year of the latest value, or a range of them.
 * @param target Target value (a rate in percent for growth targets), or a range of them.
 * @param targetYear Target year, or a range of them.
 * @param [comparator] How the target is stated: >= (default), >, =, ~, <=, < or range.
 * @param [method] time (default: progress against time elapsed) or growth (ratio of achieved to required growth).
 * @param [tolerance] How far progress may trail time before Lagging, as a fraction (default 0.05).
 * @param [kind] level (default), share, growth, change, increment or annual.
 * @param [targetMax] Upper bound when the comparator is range.
 * @param [labels] standard (default), review (mid-term review words), eurostat, or code (achieved, on-track, moderate, lagging, away).
 * @param [blanksChecked] TRUE when the formula tests its cells for blanks itself (as the imported table does): a 0 is then a real 0. Default FALSE: a 0 base, latest value, year or target counts as empty.
 * @returns The status label in Excel's display language, or the code.
 */
export function status(
  base: any[][], baseYear: any[][], latest: any[][], latestYear: any[][], target: any[][], targetYear: any[][],
  comparator?: any[][], method?: any[][], tolerance?: any[][], kind?: any[][], targetMax?: any[][], labels?: any[][],
  blanksChecked?: any[][],
): any[][] {
  return plan.STATUS(base, baseYear, latest, latestYear, target, targetYear, comparator, method, tolerance, kind, targetMax, labels, blanksChecked);
}

/**
 * Anticipated level at the target year if the pace since the base year continues (constant growth with the growth method).
 * @customfunction ANTICIPATED
 * @param base Base value, or a range of them (not read for a growth rate).
 * @param baseYear Base year, or a range of them.
 * @param latest Latest value (for a growth rate, the achieved average rate in percent), or a range of them.
 * @param latestYear Year of the latest value, or a range of them.
 * @param target Target value, or a range of them.
 * @param targetYear Target year, or a range of them.
 * @param [comparator] How the target is stated: >= (default), >, =, ~, <=, < or range.
 * @param [method] time (default: constant amount per year) or growth (constant growth rate).
 * @param [kind] level (default), share, growth, change, increment or annual.
 * @param [targetMax] Upper bound when the comparator is range.
 * @returns The anticipated level at the target year (blank for an annual amount and a growth rate).
 */
export function anticipated(
  base: any[][], baseYear: any[][], latest: any[][], latestYear: any[][], target: any[][], targetYear: any[][],
  comparator?: any[][], method?: any[][], kind?: any[][], targetMax?: any[][],
): any[][] {
  return plan.ANTICIPATED(base, baseYear, latest, latestYear, target, targetYear, comparator, method, kind, targetMax);
}

/**
 * The first year in which the pace since the base year reaches the target level.
 * @customfunction REACHYEAR
 * @param base Base value, or a range of them (not read for a growth rate).
 * @param baseYear Base year, or a range of them.
 * @param latest Latest value (for a growth rate, the achieved average rate in percent), or a range of them.
 * @param latestYear Year of the latest value, or a range of them.
 * @param target Target value, or a range of them.
 * @param targetYear Target year, or a range of them.
 * @param [comparator] How the target is stated: >= (default), >, =, ~, <=, < or range.
 * @param [method] time (default: constant amount per year) or growth (constant growth rate).
 * @param [kind] level (default), share, growth, change, increment or annual.
 * @param [targetMax] Upper bound when the comparator is range.
 * @returns The year, or blank when the target is already met or that pace never reaches it.
 */
export function reachYear(
  base: any[][], baseYear: any[][], latest: any[][], latestYear: any[][], target: any[][], targetYear: any[][],
  comparator?: any[][], method?: any[][], kind?: any[][], targetMax?: any[][],
): any[][] {
  return plan.REACHYEAR(base, baseYear, latest, latestYear, target, targetYear, comparator, method, kind, targetMax);
}

/**
 * Time distance: years the latest value is ahead of (+) or behind (-) the path from the base to the target level.
 * @customfunction TIMEDISTANCE
 * @param base Base value, or a range of them (not read for a growth rate).
 * @param baseYear Base year, or a range of them.
 * @param latest Latest value (for a growth rate, the achieved average rate in percent), or a range of them.
 * @param latestYear Year of the latest value, or a range of them.
 * @param target Target value, or a range of them.
 * @param targetYear Target year, or a range of them.
 * @param [comparator] How the target is stated: >= (default), >, =, ~, <=, < or range.
 * @param [method] time (default: a straight path) or growth (a constant-growth path).
 * @param [kind] level (default), share, growth, change, increment or annual.
 * @param [targetMax] Upper bound when the comparator is range.
 * @returns Years ahead (positive) or behind (negative).
 */
export function timeDistance(
  base: any[][], baseYear: any[][], latest: any[][], latestYear: any[][], target: any[][], targetYear: any[][],
  comparator?: any[][], method?: any[][], kind?: any[][], targetMax?: any[][],
): any[][] {
  return plan.TIMEDISTANCE(base, baseYear, latest, latestYear, target, targetYear, comparator, method, kind, targetMax);
}

/**
 * Projection of a value growing at a constant rate: base * (1 + growth) ^ years.
 * @customfunction PROJECT
 * @param base Starting value, or a range of them.
 * @param growth Growth rate per year (0.05 = 5%), or a range of them.
 * @param years Number of years, or a range of them.
 * @returns The projected value.
 */
export function projectValue(base: any[][], growth: any[][], years: any[][]): any[][] {
  return plan.PROJECT(base, growth, years);
}

/**
 * Year-by-year path from base to target (annual breakdown); spills a year column and a value column.
 * @customfunction MILESTONES
 * @param base Base value.
 * @param baseYear Base year.
 * @param target Target value.
 * @param targetYear Target year (after the base year).
 * @param [path] geometric (default: constant growth rate) or linear (constant increase).
 * @returns One row per year after the base year up to the target year: year, value.
 */
export function milestonePath(base: any, baseYear: any, target: any, targetYear: any, path?: any): any[][] {
  return plan.MILESTONES(base, baseYear, target, targetYear, path);
}

/**
 * Converts a value between units of the same kind, such as 亿元 and 万元 or 万亩 and 公顷.
 * @customfunction CONVERT
 * @param value Value to convert, or a range of them.
 * @param fromUnit Unit of the value, such as 亿元, or a range of them.
 * @param toUnit Unit to convert to, such as 万元, or a range of them.
 * @returns The value in the new unit.
 */
export function convert(value: any[][], fromUnit: any[][], toUnit: any[][]): any[][] {
  return plan.CONVERT(value, fromUnit, toUnit);
}

/**
 * Finds the quantitative targets in a sentence of a plan document; spills one row per target.
 * @customfunction PARSE
 * @param text Text of a sentence or paragraph.
 * @returns Rows of indicator, comparator, value, unit, year, kind and upper bound (for ranges).
 */
export async function parse(text: any): Promise<any[][]> {
  if (engine === null) await loadEngine();
  return plan.PARSE(text);
}

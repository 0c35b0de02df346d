// The formula columns, each defined once over MeasureInputs. Empty user cells give "" (blank), never errors.
import { BLANK, anyBlank, div, iff, num, or, ref, sub, type Expr } from "./expr";
import type { ColumnKey } from "./columns";
import {
  gap, isGrowthKind, progress, remGrowth, reqGrowth, status, timeProgress, type MeasureInputs, type StatusSettings,
} from "./measure-exprs";

export type FormulaKey = "reqGrowth" | "remGrowth" | "gap" | "progress" | "timeProgress" | "status";

export const FORMULA_KEYS: readonly FormulaKey[] = ["reqGrowth", "remGrowth", "gap", "progress", "timeProgress", "status"];

/** Inputs read from the table's own columns. */
export const TABLE_INPUTS: MeasureInputs = {
  base: ref("base"),
  baseYear: ref("baseYear"),
  latest: ref("latest"),
  latestYear: ref("latestYear"),
  target: ref("target"),
  targetMax: ref("targetMax"),
  targetYear: ref("targetYear"),
  comparator: ref("comparator"),
  kind: ref("kind"),
};

/** The status expression with the blank guard: what the status column and "highlight lagging" evaluate. */
export function statusFormula(i: MeasureInputs, s: StatusSettings): Expr {
  return iff(anyBlank(i.base, i.baseYear, i.latest, i.latestYear, i.target, i.targetYear), BLANK, status(i, s));
}

/** One definition per formula column. */
export function formulaExpr(key: FormulaKey, i: MeasureInputs, s: StatusSettings): Expr {
  const growth = isGrowthKind(i.kind);
  switch (key) {
    case "reqGrowth":
      // A growth-rate target states the required rate itself (in %); other kinds need RRI from the base.
      return iff(
        growth,
        iff(anyBlank(i.target), BLANK, div(i.target, num(100))),
        iff(anyBlank(i.base, i.baseYear, i.target, i.targetYear), BLANK, reqGrowth(i.base, i.target, sub(i.targetYear, i.baseYear))),
      );
    case "remGrowth":
      // Level-based measures do not apply to growth-rate targets (T is a rate, L a level).
      return iff(
        or(growth, anyBlank(i.latest, i.latestYear, i.target, i.targetYear)),
        BLANK,
        remGrowth(i.latest, i.latestYear, i.target, i.targetYear),
      );
    case "gap":
      return iff(or(growth, anyBlank(i.latest, i.target)), BLANK, gap(i.latest, i.target, i.comparator, i.targetMax));
    case "progress":
      return iff(or(growth, anyBlank(i.base, i.latest, i.target)), BLANK, progress(i.base, i.latest, i.target));
    case "timeProgress":
      return iff(anyBlank(i.baseYear, i.latestYear, i.targetYear), BLANK, timeProgress(i.baseYear, i.latestYear, i.targetYear));
    case "status":
      return statusFormula(i, s);
  }
}

export function isFormulaKey(key: ColumnKey): key is FormulaKey {
  return (FORMULA_KEYS as readonly string[]).includes(key);
}

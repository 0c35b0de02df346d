// The formula columns, each defined once over MeasureInputs. Empty user cells give "" (blank), never errors; a
// measure that does not apply to a row's kind is blank too, and the row's note says why.
import type { Language, Status } from "../model";
import { VOCABULARY_LABELS, type MeasureKind, type StatusVocabulary } from "../measure";
import { BLANK, eq, iff, or, ref, str, type Expr } from "./expr";
import type { ColumnKey } from "./columns";
import {
  achievedGrowthColumn, anticipated, byKind, gap, progress, reachYear, remainingChangeColumn, remainingGrowthColumn,
  requiredChangeColumn, requiredGrowthColumn, statusFormula, targetLevel, timeDistance, timeProgressColumn,
  type MeasureInputs, type StatusSettings,
} from "./measure-exprs";

export type FormulaKey =
  | "targetLevel" | "reqGrowth" | "reqChange" | "achGrowth" | "remGrowth" | "remChange" | "gap" | "progress"
  | "timeProgress" | "anticipated" | "reachYear" | "timeDistance" | "status" | "statusCode" | "measureNote";

export const FORMULA_KEYS: readonly FormulaKey[] = [
  "targetLevel", "reqGrowth", "reqChange", "achGrowth", "remGrowth", "remChange", "gap", "progress", "timeProgress",
  "anticipated", "reachYear", "timeDistance", "status", "statusCode", "measureNote",
];

export interface SheetSettings extends StatusSettings {
  language: Language;
  /** Words the status column shows for the codes (display only). */
  vocabulary: StatusVocabulary;
}

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
  computed: {
    gap: ref("gap"),
    progress: ref("progress"),
    timeProgress: ref("timeProgress"),
    achGrowth: ref("achGrowth"),
    reqGrowth: ref("reqGrowth"),
  },
};

/** The label of a status code in a vocabulary: codes sharing a label (滞后 for lagging and away) share a test. */
export function statusLabelOf(code: Expr, vocabulary: StatusVocabulary, language: Language): Expr {
  const labels = VOCABULARY_LABELS[vocabulary][language];
  const byLabel = new Map<string, Status[]>();
  for (const [s, label] of Object.entries(labels) as [Status, string][]) {
    if (s !== "unknown") byLabel.set(label, [...(byLabel.get(label) ?? []), s]);
  }
  return [...byLabel].reduceRight<Expr>((rest, [label, codes]) => iff(or(...codes.map((s) => eq(code, str(s)))), str(label), rest), BLANK);
}

/** Why a row's measures are what they are, and why some of its cells are blank (docs/measures.md). */
export const MEASURE_NOTES: Record<Language, Record<MeasureKind, string>> = {
  "zh-CN": {
    level: "水平：按年均增速测算，不计年均变动量",
    share: "比重：按百分点测算，不计增速",
    growth: "增速目标：最新值填实际年均增速（%），对比目标增速；不计目标水平、完成进度与预计目标年水平",
    change: "较基期累计变化：目标水平＝基期值×(1＋目标值%)",
    increment: "增量：自基期新增量对比目标增量，不计增速",
    annual: "每年增量：当年完成量对比年度目标，不计时间进度与预计",
  },
  "en-US": {
    level: "Level: judged by average growth; no change per year",
    share: "Share: judged in percentage points; no growth rates",
    growth: "Growth rate: the latest value is the achieved average rate (%), judged against the rate; no target level, progress or anticipated level",
    change: "Cumulative change: target level = base × (1 + target %)",
    increment: "Increment: amount added since the base against the amount to add; no growth rates",
    annual: "Annual amount: this year's amount against the yearly target; no time progress or projection",
  },
};

/** Added to a growth row's note when its base value is filled in: the measures read rates, not that value. */
const BASE_NOT_READ: Record<Language, string> = {
  "zh-CN": "；基期值不参与测算",
  "en-US": "; the base value is not read",
};

/** The note of a row of kind `m`, as the measure-note column shows it. */
export function measureNote(m: MeasureKind, baseFilled: boolean, language: Language): string {
  return MEASURE_NOTES[language][m] + (m === "growth" && baseFilled ? BASE_NOT_READ[language] : "");
}

/** One definition per formula column. */
export function formulaExpr(key: FormulaKey, i: MeasureInputs, s: SheetSettings): Expr {
  switch (key) {
    case "targetLevel":
      return targetLevel(i);
    case "reqGrowth":
      return requiredGrowthColumn(i);
    case "reqChange":
      return requiredChangeColumn(i);
    case "achGrowth":
      return achievedGrowthColumn(i);
    case "remGrowth":
      return remainingGrowthColumn(i);
    case "remChange":
      return remainingChangeColumn(i);
    case "gap":
      return gap(i);
    case "progress":
      return progress(i);
    case "timeProgress":
      return timeProgressColumn(i);
    case "anticipated":
      return anticipated(i, s);
    case "reachYear":
      return reachYear(i, s);
    case "timeDistance":
      return timeDistance(i, s);
    case "statusCode":
      return statusFormula(i, s);
    case "status":
      // Display only: the code column in the sheet's vocabulary.
      return statusLabelOf(ref("statusCode"), s.vocabulary, s.language);
    case "measureNote":
      return byKind(i.kind, (m) => {
        const note = (baseFilled: boolean) => str(measureNote(m, baseFilled, s.language));
        // a growth row says so when it shows a base value it does not read
        return m === "growth" ? iff(eq(i.base, BLANK), note(false), note(true)) : note(false);
      });
  }
}

export function isFormulaKey(key: ColumnKey): key is FormulaKey {
  return (FORMULA_KEYS as readonly string[]).includes(key);
}

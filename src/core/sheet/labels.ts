// Words and symbols shown in the sheet for model values, and their parsing back (re-import, custom functions).
import type { Comparator, Language } from "../model";
import type { MeasureKind } from "../measure";

/**
 * Comparators as shown in the sheet. Unicode symbols rather than ASCII so that no label begins with "="
 * (Excel would take a typed or written "=" for the start of a formula).
 */
export const COMPARATOR_SYMBOLS: Record<Comparator, string> = {
  ">": ">",
  ">=": "≥",
  "=": "＝",
  "~": "≈",
  "<=": "≤",
  "<": "<",
  range: "～",
};

/**
 * Symbols a formula treats as caps (≤ targets): the sheet's, the model's, and the full-width forms a Chinese
 * IME types, as src/core/measure reads them.
 */
export const CAP_SYMBOLS: readonly string[] = ["≤", "<", "<=", "≦", "＜", "＜＝", "=<"];
/** Symbols a formula treats as a range (lower bound in the target column, upper in the max column). */
export const RANGE_SYMBOLS: readonly string[] = ["～", "range", "区间"];

/** The 类型 column shows which measure applies to the row (src/core/measure/kinds.ts); formulas key on it. */
export const KIND_LABELS: Record<Language, Record<MeasureKind, string>> = {
  "zh-CN": { level: "水平", share: "比重", growth: "增速", change: "累计变化", increment: "增量", annual: "每年增量" },
  "en-US": {
    level: "level", share: "share", growth: "growth rate", change: "cumulative change", increment: "increment",
    annual: "annual increment",
  },
};

const spellings = (k: MeasureKind, ...more: string[]): readonly string[] =>
  [...new Set([KIND_LABELS["zh-CN"][k], KIND_LABELS["en-US"][k], k, ...more])];

/** Every spelling of each kind a formula accepts: both languages' labels and the model's code (plus 增长率, 增长). */
export const KIND_SPELLINGS: Record<MeasureKind, readonly string[]> = {
  level: spellings("level"),
  share: spellings("share"),
  growth: spellings("growth", "增长率", "增长"),
  change: spellings("change"),
  increment: spellings("increment"),
  annual: spellings("annual"),
};

/** The 属性 column: 约束性 (binding) and 预期性 (expected) indicators of a plan's indicator table. */
export const BINDING_LABELS: Record<Language, { binding: string; expected: string }> = {
  "zh-CN": { binding: "约束性", expected: "预期性" },
  "en-US": { binding: "Binding", expected: "Expected" },
};

/** Shown in the flag column for rows whose target a re-import no longer found in the document. */
export const MISSING_FLAG: Record<Language, string> = {
  "zh-CN": "文件中已无",
  "en-US": "No longer in document",
};

/** Parses a comparator from the sheet's symbol, the model's ASCII spelling or common variants. */
export function parseComparator(text: string): Comparator | null {
  const t = text.trim();
  for (const [c, sym] of Object.entries(COMPARATOR_SYMBOLS) as [Comparator, string][]) {
    if (t === sym || t === c) return c;
  }
  const variants: Record<string, Comparator> = { "≧": ">=", "≦": "<=", "区间": "range", "约": "~" };
  return variants[t] ?? null;
}

/** Parses a kind from a label in either language or the model's code. */
export function parseKind(text: string): MeasureKind | null {
  const t = text.trim();
  for (const [k, spellings] of Object.entries(KIND_SPELLINGS) as [MeasureKind, readonly string[]][]) {
    if (spellings.includes(t)) return k;
  }
  return null;
}

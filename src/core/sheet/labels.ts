// Words and symbols shown in the sheet for model values, and their parsing back (re-import, custom functions).
import type { Comparator, Language, TargetKind } from "../model";

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

export const KIND_LABELS: Record<Language, Record<TargetKind, string>> = {
  "zh-CN": { level: "水平", growth: "增速", share: "比重", increment: "增量" },
  "en-US": { level: "level", growth: "growth rate", share: "share", increment: "increment" },
};

/** Every spelling of the growth kind a formula accepts (both languages and the model's key). */
export const GROWTH_KIND_LABELS: readonly string[] = [KIND_LABELS["zh-CN"].growth, KIND_LABELS["en-US"].growth, "growth", "增长率", "增长"];

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

/** Parses a kind from a label in either language or the model's key. */
export function parseKind(text: string): TargetKind | null {
  const t = text.trim();
  for (const lang of Object.keys(KIND_LABELS) as Language[]) {
    for (const [k, label] of Object.entries(KIND_LABELS[lang]) as [TargetKind, string][]) {
      if (t === label || t === k) return k;
    }
  }
  return null;
}

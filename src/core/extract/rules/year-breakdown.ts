// A per-year breakdown after a total: 改造老旧小区120个,其中2024年40个、2025年50个、2026年30个 → one target per
// year item, with the indicator, unit and kind of the total (the total stays a target too).
import { matchUnit } from "../../numbers/units";
import { comparatorOf } from "../phrase/classify";
import { SUFFIX_COMPARATORS } from "../phrase/lexicon";
import type { Candidate, ClauseRule } from "../types";

/** One item: 2024年40个 (an optional 底/末 and a verb may stand between year and number). */
const ITEM = /(\d{4})年(?:底|末)?(?:完成|新增|实现|达到)?(\d+(?:\.\d+)?)/y;

export const yearBreakdownRule: ClauseRule = {
  name: "year-breakdown",
  apply({ text, clause, mentions, memo }, consumed) {
    const last = memo.lastTarget;
    if (!last) return [];
    let i = clause.start;
    while (i < clause.end && /\s/.test(text[i])) i++;
    const itemsFrom = text.startsWith("其中", i) ? i + 2 : i;
    // the items follow 其中 in this clause or right before it (其中,2024年…)
    const before = text.slice(Math.max(0, clause.start - 4), clause.start);
    const introduced = itemsFrom > i || (before.includes("其中") && /其中\s*[,:]\s*$/.test(before));
    if (!introduced) return [];
    let p = itemsFrom;
    while (p < clause.end && /[\s:,]/.test(text[p])) p++;
    const out: Candidate[] = [];
    for (;;) {
      ITEM.lastIndex = p;
      const m = ITEM.exec(text);
      if (!m || m.index + m[0].length > clause.end) return [];
      const numberAt = m.index + m[0].length - m[2].length;
      const u = matchUnit(text, m.index + m[0].length);
      if (!u || u.unit !== last.unit || u.end > clause.end) return [];
      let end = u.end;
      let suffix: Candidate["comparator"] | null = null;
      for (const [word, cmp] of SUFFIX_COMPARATORS) {
        if (word.length > 1 && text.startsWith(word, end)) { suffix = cmp; end += word.length; break; }
      }
      out.push({
        rule: this.name, start: out.length === 0 ? i : m.index, end, numberAt, value: Number(m[2]), valueMax: null, unit: u.unit,
        comparator: comparatorOf(null, suffix, false), kind: last.kind, period: null, indicator: last.indicator,
        optional: false, year: Number(m[1]), responsible: null,
      });
      p = end;
      if (/^[\s,;。]*$/.test(text.slice(p, clause.end))) break;
      if (!/[、和及]/.test(text[p])) return [];
      p++;
    }
    if (out.length < 2) return [];
    for (const mention of mentions) consumed.add(mention);
    return out;
  },
};

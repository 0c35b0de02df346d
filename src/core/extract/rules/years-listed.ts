// Values listed for years listed: a sentence opening with two or three years (到2020年、2023年,…) gives each indicator as
// many values (棉纺产能达到1800万锭、2000万锭;纱线产量达到200万吨、220万吨) — one target per value, each with its year.
import { cleanIndicator, comparatorOf, kindOf, splitPrefix } from "../phrase/classify";
import type { Candidate, ClauseRule } from "../types";

/** One year of a list: 2020年, 2023年底, a season named by its first year (2025/2026年榨季). */
const YEAR_ITEM = String.raw`((?:19|20)\d\d)(?:[/／](?:19|20)\d\d)?年(?:底|末|榨季)?`;
/**
 * Years listed opening a sentence, before its comma: 到2020年、2023年, / 2025年和2030年, — or with no comma before a 分别 that
 * shares the values out (2025/2026年榨季、2026/2027年榨季、2027/2028年榨季全县…分别达到11.3%、17.32%、24.05%).
 */
const YEARS_LISTED = new RegExp(String.raw`(?:^|[。\n])\s*(?:到|至)?${YEAR_ITEM}[、和及]${YEAR_ITEM}(?:[、和及]${YEAR_ITEM})?(?:[,，:：]|(?=[^。,，;；]{0,30}?分别))`, "g");

/** …or the first item's two values, each with its year: 到2020年…将达到1000亿元、到2023年达到2000亿元,棉纺产能达到…. */
const YEARS_PAIRED = /(?:到|至)((?:19|20)\d\d)年[^。;；,，]{0,30}?、(?:到|至)((?:19|20)\d\d)年/g;

/**
 * The years listed in the sentence `at` stands in, before it (looked for within 600 characters back), or null; `parts`: whether
 * a sentence opening with 其中 stands between.
 */
function yearsListedBefore(text: string, at: number): { years: number[]; parts: boolean } | null {
  const from = Math.max(0, at - 600);
  const back = text.slice(from, at);
  let last: RegExpExecArray | null = null;
  for (const re of [YEARS_LISTED, YEARS_PAIRED]) {
    re.lastIndex = 0;
    for (let m = re.exec(back); m !== null; m = re.exec(back)) if (last === null || m.index > last.index) last = m;
  }
  // (in the same sentence: no full stop between the years and the clause — but for a sentence going on with the parts of
  // what the one before set, 。其中联合机收率分别为…)
  const between = last === null ? "" : back.slice(last.index + last[0].length);
  if (last === null || between.replace(/。(?=其中)/g, "").includes("。")) return null;
  const years = [last[1], last[2], last[3]].filter((y): y is string => y !== undefined).map(Number);
  return years.every((y, k) => k === 0 || y > years[k - 1]) ? { years, parts: between.includes("。") } : null;
}

export const yearsListedRule: ClauseRule = {
  name: "years-listed",
  apply({ text, clause, mentions }, consumed) {
    if (mentions.length < 2) return [];
    // (the years may open the clause itself, with no comma before its subject: 2025/2026年榨季、…全县…分别达到…)
    const listed = yearsListedBefore(text, mentions[0].start);
    // (…but a 其中 sentence sharing its values over items it lists is no part of the years: 其中,城区和郊区的…分别达到42%、38%)
    if (listed === null || (listed.parts && /[、和及与]/.test(text.slice(clause.start, mentions[0].start)))) return [];
    const years = listed.years;
    const out: Candidate[] = [];
    for (let i = 0; i + years.length <= mentions.length; i++) {
      const group = mentions.slice(i, i + years.length);
      // (the values joined by 、 alone, each in the first one's unit)
      if (!group.every((m, k) => k === 0 || (text.slice(group[k - 1].end, m.start) === "、" && m.unit === group[0].unit))) continue;
      if (i + years.length < mentions.length && text.slice(group[group.length - 1].end, mentions[i + years.length].start) === "、") continue;
      const headFrom = i > 0 ? mentions[i - 1].end : clause.start;
      const split = splitPrefix(text.slice(headFrom, group[0].start).replace(/^[\s,，;；]*(?:(?:到|至)?(?:19|20)\d\d(?:[/／](?:19|20)\d\d)?年(?:底|末|榨季)?[、和及]?)+[,，]?/, "").replace(/^其中/, ""));
      // (分别 shares the values out over the years, before the name or after it: no part of it)
      const indicator = cleanIndicator(split.head).replace(/(?:要|将|需)?分别$/, "").replace(/^分别/, "");
      if (indicator.length < 2) continue;
      const kind = kindOf(group[0].unit, split.growth, indicator, "");
      group.forEach((m, k) => {
        out.push({
          rule: this.name, start: k === 0 ? headFrom + Math.max(0, text.slice(headFrom, m.start).indexOf(indicator)) : m.start, end: m.end, numberAt: m.start,
          value: m.value, valueMax: m.valueMax, unit: m.unit, comparator: comparatorOf(split.comparator, m.suffix, m.valueMax !== null),
          kind, period: null, indicator, optional: false, year: years[k], responsible: null,
        });
        consumed.add(m);
      });
      i += years.length - 1;
    }
    return out;
  },
};

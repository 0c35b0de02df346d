// Word-numbers that state a value: …实现村级社会体育指导员全覆盖 → 100%, …动态清零 → 0. Reasonable readers may
// not count them as targets, so they are marked optional.
import type { Candidate, ClauseRule } from "../types";
import { cleanIndicator } from "../phrase/classify";

const WORDS: { word: string; value: number; unit: string; kind: "share" | "level" }[] = [
  { word: "全覆盖", value: 100, unit: "%", kind: "share" },
  { word: "清零", value: 0, unit: "", kind: "level" },
];

/** Any of the words (a sentence without a number may still state a value with one). */
export const VALUE_WORDS = new RegExp(WORDS.map((w) => w.word).join("|"));

export const wordNumberRule: ClauseRule = {
  name: "word-number",
  apply({ text, clause }) {
    const out: Candidate[] = [];
    const seg = text.slice(clause.start, clause.end);
    for (const w of WORDS) {
      const k = seg.indexOf(w.word);
      if (k < 0) continue;
      const after = seg.slice(k + w.word.length);
      // 全覆盖 must end the clause (not 全覆盖的城市物联网) and not sit in quotes (“制度全覆盖”)
      if (after.trim() !== "" || /[“"]/.test(seg.slice(Math.max(0, k - 6), k))) continue;
      const v = seg.lastIndexOf("实现", k);
      const from = v >= 0 ? v + 2 : 0;
      // the subject may stand before 实现 (城市生活垃圾分类小区实现全覆盖) or after it (实现…科技专员全覆盖)
      const subject = v > 0 ? cleanIndicator(seg.slice(0, v)).replace(/^(推进|推动|基本|全面|逐步|确保|争取)+/, "") : "";
      const indicator = (subject + cleanIndicator(seg.slice(from, k))).replace(/^(推进|推动|基本|全面|逐步)+/, "");
      if (indicator.length < 2 || /^[的了]/.test(indicator)) continue;
      // only with a verb that states an outcome (实现/达到/推进…全覆盖)
      if (v < 0 && !/(推进|推动|达到|做到|确保)/.test(seg.slice(0, k))) continue;
      out.push({
        rule: this.name, start: clause.start + (subject ? seg.indexOf(subject) : from + Math.max(0, seg.slice(from, k).indexOf(indicator))),
        end: clause.start + k + w.word.length, numberAt: clause.start + k, value: w.value, valueMax: null, unit: w.unit,
        comparator: "=", kind: w.kind, period: null, indicator, optional: true, year: null, responsible: null,
      });
    }
    return out;
  },
};

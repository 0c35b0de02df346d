// Capacities listed after a verb of forming, closing on what they are the scale of: 形成100万吨正极材料、50万吨负极材料、…、
// 20万吨电池绿色循环利用的产能规模 → one target per item, a level of capacity named by its product.
import type { Candidate, ClauseRule } from "../types";

/** The list's verb and its close: 形成…的产能规模, 具备…的年处理能力. */
const LIST = /(形成|具备|达到|建成)([^,，。;；:：]+、[^,，。;；:：]+)的(年)?(产能规模|产能|生产能力|处理能力|加工能力|供应能力)$/;
/** One item: the amount at its head, then the product (50万吨负极材料). */
const ITEM_NOUN = /^[\u4e00-\u9fff]{2,16}$/;

export const capacitiesListedRule: ClauseRule = {
  name: "capacities-listed",
  apply({ text, clause, mentions }, consumed) {
    // (few clauses close on a capacity: a look for its word spares the pattern)
    const seg = text.slice(clause.start, clause.end).replace(/[\s。;；]+$/, "");
    if (!seg.includes("能力") && !seg.includes("产能")) return [];
    const m = LIST.exec(seg);
    if (!m) return [];
    const listStart = clause.start + (m.index ?? 0) + m[1].length;
    const listEnd = listStart + m[2].length;
    const inList = mentions.filter((x) => x.start >= listStart && x.end <= listEnd && !consumed.has(x));
    const items = m[2].split("、");
    // (each item opens with its amount: the list's mentions are its items, one each)
    if (inList.length !== items.length || inList.length < 2) return [];
    const out: Candidate[] = [];
    let at = listStart;
    for (let i = 0; i < items.length; i++) {
      const x = inList[i];
      if (x.start !== at) return [];
      const noun = text.slice(x.end, at + items[i].length).trim();
      if (!ITEM_NOUN.test(noun.replace(/及/g, ""))) return [];
      out.push({
        rule: this.name, start: x.start, end: at + items[i].length, numberAt: x.start, value: x.value, valueMax: x.valueMax, unit: x.unit,
        comparator: x.suffix ?? "=", kind: "level", period: null, indicator: `${noun}${m[3] ?? ""}${m[4] === "产能规模" ? "产能" : m[4]}`,
        optional: false, year: null, responsible: null,
      });
      at += items[i].length + 1;
    }
    for (const x of inList) consumed.add(x);
    return out;
  },
};

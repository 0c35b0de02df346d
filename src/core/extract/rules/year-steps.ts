// Yearly steps toward a goal, the first named and the rest in its unit alone: 2021年实现4个县(市)通高速(秦安、环县)、
// 2022年2个(通渭、文县)、2023年5个(…) → one target per step, each with its own year and the first step's indicator.
import { matchUnit } from "../../numbers/units";
import type { Candidate, ClauseRule } from "../types";

/** What may open the clause before the steps: 具体步骤为, 分年度, 其中, 分别为. */
const STEPS_OPEN = /^(?:具体步骤(?:为|是)|分年度(?:看)?|其中|分别为|步骤为)?[,，:：]?\s*/;
/** The first step: its year, a verb of the step and its amount (2021年实现4). */
const FIRST_STEP = /(\d{4})年(?:底|末)?(实现|新增|完成|建成|建设|开工|达到)?(\d+(?:\.\d+)?)/y;
/** A later step: its year and amount alone (2022年2). */
const NEXT_STEP = /(\d{4})年(?:底|末)?(\d+(?:\.\d+)?)/y;
/** A bracketed remark after a step, listing what it covers: (通渭、文县). */
const REMARK = /[(（][^()（）]{0,40}[)）]/y;

/** The end of the name after the first step's unit: the first 、 outside brackets, or -1. */
function nameEnd(text: string, from: number, to: number): number {
  let depth = 0;
  for (let k = from; k < to; k++) {
    const ch = text[k];
    if (ch === "(" || ch === "（") depth++;
    else if (ch === ")" || ch === "）") depth = Math.max(0, depth - 1);
    else if (ch === "、" && depth === 0) return k;
  }
  return -1;
}

export const yearStepsRule: ClauseRule = {
  name: "year-steps",
  apply({ text, clause, mentions }, consumed) {
    const head = STEPS_OPEN.exec(text.slice(clause.start, Math.min(clause.end, clause.start + 12)));
    const p0 = clause.start + (head?.[0].length ?? 0);
    FIRST_STEP.lastIndex = p0;
    const first = FIRST_STEP.exec(text);
    if (!first || first.index !== p0) return [];
    const unitAt = first.index + first[0].length;
    const u = matchUnit(text, unitAt);
    if (!u || u.end > clause.end) return [];
    const cut = nameEnd(text, u.end, clause.end);
    if (cut < 0) return [];
    // (the remark listing what the step covers leaves the name; a short one is part of it, 县(市))
    const name = text.slice(u.end, cut).replace(/[(（][^()（）]{3,}[)）]/g, "").trim();
    // (a name of a few words, not a clause of its own)
    if (!/^[\u4e00-\u9fff()（）]{2,20}$/.test(name)) return [];
    const kind: Candidate["kind"] = first[2] === "达到" ? "level" : "increment";
    const out: Candidate[] = [{
      rule: this.name, start: first.index, end: cut, numberAt: unitAt - first[3].length, value: Number(first[3]), valueMax: null, unit: u.unit,
      comparator: "=", kind, period: null, indicator: name, optional: false, year: Number(first[1]), responsible: null,
    }];
    let p = cut;
    while (p < clause.end && text[p] === "、") {
      NEXT_STEP.lastIndex = p + 1;
      const m = NEXT_STEP.exec(text);
      if (!m) break;
      const at = m.index + m[0].length;
      const v = matchUnit(text, at);
      if (!v || v.unit !== u.unit || v.end > clause.end) break;
      let end = v.end;
      REMARK.lastIndex = end;
      const remark = REMARK.exec(text);
      if (remark) end += remark[0].length;
      out.push({ ...out[0], start: m.index, end, numberAt: at - m[2].length, value: Number(m[2]), year: Number(m[1]) });
      p = end;
    }
    // (two steps at least after the first, each a later year: a list of years, not one year's amounts)
    if (out.length < 3 || out.some((c, k) => k > 0 && (c.year ?? 0) <= (out[k - 1].year ?? 0))) return [];
    for (const mention of mentions) if (mention.start >= first.index && mention.end <= p) consumed.add(mention);
    return out;
  },
};

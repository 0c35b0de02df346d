// Shares of the members of each tier, listed before what they do: 95%省级、90%市级和70%县级党政机关达到节约型机关要求,
// 到2020年底60%的省级、40%的市级和30%的县级…, 90%的市和70%的县达到… → one target per share, each named by its tier and
// the words they share.
import type { Candidate, ClauseRule } from "../types";

/** What may open the clause before the list: a deadline, a verb of resolve (到2020年底, 2021年底, 力争). */
const OPENING = /\s*(?:力争|确保|争取)?(?:到|至)?(?:(?:19|20)\d\d年)?(?:底|末)?(?:前)?[,，]?\s*/y;
/** One share and the tier it is of (95%省级, 40%的市级, 90%的市). */
const ITEM = /(\d+(?:\.\d+)?)[%％](以上)?的?([\u4e00-\u9fff]{0,3}?级|[\u4e00-\u9fff]{0,2}?(?:市|县|区|乡镇|镇|村)(?!级))/y;
/** What the shares' members do, closing the clause: …党政机关达到节约型机关要求. */
const SHARED_DEED = /^[\u4e00-\u9fff“”]{0,12}?(?:达到|实现|完成|建成|建立|具备|开展|通过|纳入)[\u4e00-\u9fff“”]{1,20}$/;

export const memberSharesRule: ClauseRule = {
  name: "member-shares",
  apply({ text, clause, mentions }, consumed) {
    // (most clauses hold no percent sign: a look for one, within the clause only, spares a copy of it — a search past
    // the clause's end would run to the end of a sentence with no sign in it for every clause of it)
    let hasPercent = false;
    for (let i = clause.start; i < clause.end; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x25 || c === 0xff05) { hasPercent = true; break; }
    }
    if (!hasPercent) return [];
    OPENING.lastIndex = clause.start;
    const head = OPENING.exec(text);
    let p = clause.start + (head?.[0].length ?? 0);
    const items: { at: number; end: number; value: number; atLeast: boolean; tier: string }[] = [];
    for (;;) {
      ITEM.lastIndex = p;
      const m = ITEM.exec(text);
      if (!m || m.index !== p || m.index + m[0].length > clause.end) break;
      items.push({ at: m.index, end: m.index + m[0].length, value: Number(m[1]), atLeast: m[2] !== undefined, tier: m[3] });
      p = m.index + m[0].length;
      if (text[p] !== "、" && text[p] !== "和" && text[p] !== "及") break;
      p++;
    }
    // (two tiers at least, each a different one, all of one sort: 省级/市级/县级 or 市/县)
    if (items.length < 2 || new Set(items.map((x) => x.tier)).size !== items.length) return [];
    const last = items[items.length - 1];
    const rest = text.slice(last.end, clause.end).trim();
    if (!SHARED_DEED.test(rest)) return [];
    const out: Candidate[] = items.map((x) => ({
      rule: this.name, start: x.at, end: x === last ? clause.end : x.end, numberAt: x.at, value: x.value, valueMax: null, unit: "%",
      comparator: x.atLeast ? ">=" : "=", kind: "share", period: null, indicator: `${x.tier}${rest}比例`, optional: false, year: null, responsible: null,
    }));
    for (const mention of mentions) if (mention.start >= items[0].at && mention.end <= last.end) consumed.add(mention);
    return out;
  },
};

// A news headline sums its page up in figures (贵州省能源工作会:完成能源投资4200亿元): where the page reports the same
// figure as done (“十四五”贵州省能源投资累计完成4200亿元), the headline's is that past fact, no target.
import type { Mention } from "../mentions/scan";
import { setRole, type Placed } from "../roles/sentence";

/** Words of a goal in a headline's clause: 目标, 预期, 力争, 将, 到2030年… */
const HEADLINE_GOAL = /目标|预期|力争|确保|争取|计划|将|要|到(?:19|20)\d\d|十[四五六]五/;

/** Why a headline's figure is no target. */
export const HEADLINE_ECHO = "a headline restating a figure its page reports as done";

/** `placed` without the headline's targets whose value and unit the page states as past further on. */
export function withoutHeadlineEchoes(text: string, placed: Placed[], mentions: readonly Mention[]): Placed[] {
  const start = text.search(/\S/);
  if (start < 0) return placed;
  const nl = text.indexOf("\n", start);
  const end = nl < 0 ? text.length : nl;
  // (a headline is one short line without a full stop; a page of one line has none)
  if (nl < 0 || end - start > 80 || text.slice(start, end).includes("。")) return placed;
  if (!placed.some((p) => p.mention !== null && p.mention.start < end)) return placed;
  const past = mentions.filter((q) => q.start > end && q.role === "past");
  return placed.filter((p) => {
    const m = p.mention;
    if (m === null || m.start >= end || !past.some((q) => q.value === m.value && q.unit === m.unit)) return true;
    // (a headline naming a goal, 新疆2026年地区生产总值预期目标增长5.5%, keeps it whatever the page says of last year)
    const clause = text.slice(Math.max(start, ...[",", "，", ":", "：", " ", "　"].map((c) => text.lastIndexOf(c, m.start) + 1)), m.start);
    if (HEADLINE_GOAL.test(clause)) return true;
    setRole(m, "past", HEADLINE_ECHO);
    return false;
  });
}

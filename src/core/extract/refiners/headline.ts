// A news headline sums its page up in figures (贵州省能源工作会:完成能源投资4200亿元): where the page reports the same
// figure as done (“十四五”贵州省能源投资累计完成4200亿元), the headline's is that past fact, no target; where the page states
// it as a goal with its year, the headline's goal has that year.
import type { Mention } from "../mentions/scan";
import { setRole, type Placed } from "../roles/sentence";

/** Words of a goal in a headline's clause: 目标, 预期, 力争, 将, 到2030年… */
const HEADLINE_GOAL = /目标|预期|预计|力争|确保|争取|计划|将|要|到(?:19|20)\d\d|十[四五六]五/;

/** Why a headline's figure is no target. */
export const HEADLINE_ECHO = "a headline restating a figure its page reports as done";

/** Where the page's headline ends: one short line without a full stop opening it (a page of one line has none); else -1. */
function headlineEnd(text: string): number {
  const start = text.search(/\S/);
  if (start < 0) return -1;
  const nl = text.indexOf("\n", start);
  return nl < 0 || nl - start > 80 || text.slice(start, nl).includes("。") ? -1 : nl;
}

/**
 * `placed` with the year of each headline target that names no year of its own (无锡…未来三年整体规模突破2000亿元) taken
 * from the page's own statement of the same value and unit as a goal (力促到2027年…整体规模突破2000亿元).
 */
export function withHeadlineYears(text: string, placed: Placed[]): Placed[] {
  const end = headlineEnd(text);
  if (end < 0) return placed;
  for (const p of placed) {
    const m = p.mention;
    if (m === null || m.start >= end) continue;
    // (a year written in the headline's clause is its own, in figures or in words: 我市明年将新建…)
    if (/(?:19|20)\d\d|今年|明年|年内|本年|后年/.test(text.slice(Math.max(0, m.start - 24), m.start))) continue;
    // (the same figure of the same thing: a pair of characters of its name in common)
    const body = placed.find((q) => q.mention !== null && q.mention.start > end && q.mention.value === m.value && q.mention.unit === m.unit && q.c.kind === p.c.kind &&
      sharesPair(q.c.indicator, p.c.indicator));
    if (body && body.year !== null) p.year = body.year;
  }
  return placed;
}

/** Whether two names hold a pair of characters in common (整体规模 and 未来产业整体规模). */
function sharesPair(a: string, b: string): boolean {
  for (let i = 0; i + 1 < a.length; i++) if (b.includes(a.slice(i, i + 2))) return true;
  return false;
}

/**
 * Where the headline's repeat ends, when a page prints it again on one of its next few lines (a page's title over the
 * article's own: 深圳中小学生视力不良率达50.76% / (blank) / 深圳中小学生视力不良率达50.76%); else `end`.
 */
function repeatEnd(text: string, start: number, end: number): number {
  const title = text.slice(start, end).trim();
  let at = end;
  for (let k = 0; k < 4 && at < text.length; k++) {
    const nl = text.indexOf("\n", at + 1);
    const lineEnd = nl < 0 ? text.length : nl;
    if (text.slice(at + 1, lineEnd).trim() === title) return lineEnd;
    at = lineEnd;
  }
  return end;
}

/** `placed` without the headline's targets whose value and unit the page states as past further on. */
export function withoutHeadlineEchoes(text: string, placed: Placed[], mentions: readonly Mention[]): Placed[] {
  const first = headlineEnd(text);
  if (first < 0) return placed;
  const start = text.search(/\S/);
  const end = repeatEnd(text, start, first);
  if (!placed.some((p) => p.mention !== null && p.mention.start < end)) return placed;
  const past = mentions.filter((q) => q.start > end && q.role === "past");
  return placed.filter((p) => {
    const m = p.mention;
    if (m === null || m.start >= end || !past.some((q) => q.value === m.value && sameUnit(m.unit, q.unit))) return true;
    // (a headline naming a goal, 新疆2026年地区生产总值预期目标增长5.5%, keeps it whatever the page says of last year)
    const lineStart = text.lastIndexOf("\n", m.start - 1) + 1;
    const clause = text.slice(Math.max(start, lineStart, ...[",", "，", ":", "：", " ", "　"].map((c) => text.lastIndexOf(c, m.start) + 1)), m.start);
    if (HEADLINE_GOAL.test(clause)) return true;
    setRole(m, "past", HEADLINE_ECHO);
    return false;
  });
}

/** A headline's unit and the page's: the same, or the headline's only the scale of the page's (产量突破17亿 / 已经突破17亿袋). */
function sameUnit(headline: string, page: string): boolean {
  return headline === page || (/^[万亿千百]+$/.test(headline) && page.startsWith(headline));
}

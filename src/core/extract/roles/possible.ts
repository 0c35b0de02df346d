// A quantity in a sentence that may set targets, which no rule could read: a `possible` target. It is offered
// unticked, with the indicator phrase nearest to it and the reason the engine is unsure.
import type { Span } from "../../text/segment";
import { SIZE_OPENS, countedNoun } from "../rules/measure-count";
import type { Mention } from "../mentions/scan";
import { cleanIndicator, comparatorOf, kindOf, periodOf, splitPrefix } from "../phrase/classify";
import type { Candidate, SentenceMemo } from "../types";

const CJK = /[\u4e00-\u9fff]/;
/** Why a possible target is unsure: a closed set, so the pane can say each in the user's language. */
export const POSSIBLE_REASONS = {
  countNoVerb: "a count before a noun, with no verb known to set it",
  noWording: "no wording that states a target",
  noIndicator: "no indicator named with it",
  listShares: "one value after a list of items, which may each have it",
  projectSize: "a size written into a project's name",
  hedged: "an estimate or a forecast (或达, 有望, 可能), not stated as a goal",
  earlyPlanYear: "a year of the plan before it was issued, which may state what was reached",
  setAside: "money set aside once (安排…资金), an input rather than an outcome",
} as const;

/**
 * Words of an estimate or a forecast before a number in its clause — 投资或达2.34万亿元, 大约能拿到, 可能仅为, 据测算 —
 * where no word of a goal or a will stands: what a commentator expects, offered unticked. (有望 hedges only where no
 * year ahead dates the number: 到2025年,…有望突破1000亿元 is a plan's goal; 尽可能, 最大可能 and 按可比价格测算 hedge nothing.)
 */
const HEDGE = /(或达|或将|(?<![尽大])可能|大约能|大概|估计|据测算|差不多)/g;
const HOPED = /有望/;
const GOAL_OR_WILL = /(目标|力争|确保|争取|(?<![主重需必纲提概摘纪简机])要|将(?!近)|计划|规划|提出|明确)/;

/** Whether the words of a clause before its number (`clauseBefore`) hedge it; `ahead`: a year after the document's dates it. */
export function hedged(clauseBefore: string, ahead: boolean): boolean {
  // (search, unlike test, keeps no state in the global pattern the replace below needs)
  return (clauseBefore.search(HEDGE) >= 0 || (!ahead && HOPED.test(clauseBefore))) && !GOAL_OR_WILL.test(clauseBefore.replace(HEDGE, "").replace(HOPED, ""));
}
export type PossibleReason = (typeof POSSIBLE_REASONS)[keyof typeof POSSIBLE_REASONS];

export interface Possible {
  candidate: Candidate;
  reason: PossibleReason;
}

/** A list joiner right before the count: …能力、 | …能力以及 | …能力和 (not one inside the words before, 综合和循环利用). */
const JOINER_BEFORE_COUNT = /(?:、|和|及)\s*$/;

/** A possible target for mention `m` of `clause`, or null when nothing names what it counts. */
export function possibleTarget(text: string, clause: Span, m: Mention, memo: SentenceMemo): Possible | null {
  // the words between the previous number (or the clause start, at most 40 characters back) and this one
  let headStart = m.start;
  while (headStart > clause.start && m.start - headStart < 40 && !/[\d%]/.test(text[headStart - 1])) headStart--;
  const after = countedNoun(text, m.end, clause.end);
  // (the size of each may open the noun: 50个5000万元以上项目)
  const countsNoun = CJK.test(after.noun.replace(SIZE_OPENS, "")[0] ?? "") && after.noun.length >= 2;
  // (…形成7万吨A能力、1万吨B能力以及30万吨C能力: after an item counted before it, a list's joiner opens this item — the
  // unit and noun of the last are no part of its name — where it counts a noun of its own)
  if (countsNoun && headStart > clause.start && /[\d%]/.test(text[headStart - 1])) {
    if (JOINER_BEFORE_COUNT.test(text.slice(headStart, m.start))) headStart = m.start;
  }
  if (!countsNoun && m.start - headStart < 2 && !memo.indicator) return null;
  const split = splitPrefix(text.slice(headStart, m.start));
  const before = cleanIndicator(split.head);
  let indicator: string;
  let reason: PossibleReason;
  let start: number;
  let end = m.end;
  if (countsNoun) {
    // [verb] N [measure word] [noun]: the noun says what is counted
    // (not a mark alone before it: the point of an item number, 3.100%比例…)
    const named = before.length <= 12 && /[\u4e00-\u9fffA-Za-z]/.test(before);
    indicator = (named ? before : "") + after.noun;
    reason = POSSIBLE_REASONS.countNoVerb;
    start = named ? text.lastIndexOf(before, m.start) : m.start;
    end = after.end;
  } else if (before.length >= 2 && CJK.test(before)) {
    indicator = before;
    reason = POSSIBLE_REASONS.noWording;
    start = text.lastIndexOf(before, m.start);
  } else if (memo.indicator) {
    indicator = memo.indicator;
    reason = POSSIBLE_REASONS.noIndicator;
    start = m.start;
  } else {
    return null;
  }
  if (start < clause.start) start = m.start;
  const kind = kindOf(m.unit, split.growth || m.impliedUnit, indicator, "");
  return {
    reason,
    candidate: {
      rule: "possible", start, end, numberAt: m.start, value: m.value, valueMax: m.valueMax, unit: m.unit,
      comparator: comparatorOf(split.comparator, m.suffix, m.valueMax !== null), kind,
      period: periodOf(text.slice(Math.max(clause.start, m.start - 60), m.start), kind), indicator, optional: false,
      year: null, responsible: null,
      ...(kind === "growth" && split.decrease ? { decrease: true } : {}),
    },
  };
}

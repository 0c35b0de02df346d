// What a sentence states as already so, or as another's, though no word of a review says it: a level with its rank or
// the record it sets, what a place holds counted roughly, who attends a meeting — read as the present from the sentence
// alone, so marked for the roles to restore where the context looks ahead — and amounts that are another's: converted
// into another currency, the whole a share is of, what makes something the first of its kind, other places' figures a
// comparison cites.
import { isMeasureWord, withoutTenThousand } from "../../numbers/units";
import type { Shape } from "./scan";

/**
 * The shape of a count or amount at text[start, end) with its unit ending at `unitEnd` that the words around it tell as
 * the present or as another's, or null. `lookFrom`: where the words before it that are read begin.
 */
export function presentOrAnother(text: string, start: number, end: number, unit: string, unitEnd: number, lookFrom: number): Shape | null {
  if (unit.endsWith("元") && text.charCodeAt(start - 1) !== 0x5143 && CONVERTED.test(text.slice(Math.max(0, start - 24), start))) return { role: "other", reason: "an amount converted into another currency (2950亿元(约新台币1.3兆元))" };
  // (an amount of money only: 占目标任务8公里的16.3% names the task the progress is measured on)
  if (unit.endsWith("元") && shareOf(text.slice(Math.max(0, start - 10), start)) && /^[^,，。;；]{0,16}?的\s*[\d.]+\s*[%％]/.test(text.slice(unitEnd, unitEnd + 24))) return { role: "qualifier", reason: "the whole a share is of (占明年GDP 28.6兆元的3.32%)" };
  if ((text[start - 1] === "(" || text[start - 1] === "（") && comparedPlace(text, start, unitEnd)) return { role: "other", reason: "another place's figure a comparison cites (与杭州(1705亿元)相当)" };
  if (firstToReach(text, start, unitEnd)) return { role: "qualifier", reason: "what makes something the first of its kind (首个地区生产总值突破5万亿元的城市)" };
  if (isMeasureWord(unit) && text.charCodeAt(start - 1) === 0x6709 && PART_OF_COUNTED.test(text.slice(Math.max(lookFrom, start - 40), start))) return { role: "other", reason: "how many of a counted whole are of a kind (13项主要指标中与基础教育直接相关的有3项)" };
  if (heldRoughly(text, start, end, unit, lookFrom)) return { role: "past", reason: "what a place holds now, counted roughly (集聚1500余家AI企业)", present: true };
  if (isMeasureWord(unit) && attendeesListed(text, start)) return { role: "other", reason: "who attends a meeting (会议的主角,是17条重点产业链的“链长”…)", present: true };
  if (rankedAfter(text, start, unitEnd)) return { role: "past", reason: "a level ranked among others' is the present state (研发投入强度达3.35%,位居全国前列)", present: true };
  return null;
}

// The last 会, 角 or 席 before a position, found by one pass along the text: mentions are read in the order they stand, so
// each character is looked at once (a line of a million counts costs no more than its length).
let markText = "";
let markScanned = 0;
let markLast = -1;
function lastMarkBefore(text: string, at: number): number {
  if (text !== markText || at < markScanned) { markText = text; markScanned = 0; markLast = -1; }
  for (; markScanned < at; markScanned++) {
    const c = text.charCodeAt(markScanned);
    if (c === 0x4f1a || c === 0x89d2 || c === 0x5e2d) markLast = markScanned;
  }
  return markLast;
}

/** Whether 的 stands within `reach` characters from `at` (a bounded look, no copy). */
function deWithin(text: string, at: number, reach: number): boolean {
  for (let k = at, end = Math.min(text.length, at + reach); k < end; k++) if (text.charCodeAt(k) === 0x7684) return true;
  return false;
}

/** The words of its sentence before `at`, at most `reach` characters back. */
function sentenceBefore(text: string, at: number, reach: number): string {
  const before = text.slice(Math.max(0, at - reach), at);
  return before.slice(Math.max(before.lastIndexOf("。"), before.lastIndexOf(";"), before.lastIndexOf("；"), before.lastIndexOf("\n")) + 1);
}

/** The words of its sentence from `at`, at most `reach` characters on. */
function sentenceAfter(text: string, at: number, reach: number): string {
  const after = text.slice(at, at + reach);
  const stop = after.search(/[。;；\n]/);
  return stop < 0 ? after : after.slice(0, stop);
}

/** A counted whole, then those of it of a kind (13项…主要指标中与基础教育直接相关的有): a count of how it is made up. */
const PART_OF_COUNTED = /\d+\s*(?:项|个|类|条|家)[^,，。;；\d]{1,24}中[^,，。;；\d]{1,20}的有$/;

/** Whether the words before an amount open the whole a share is of: 占明年GDP . */
const shareOf = (before: string): boolean => before.includes("占") && /占[^,，。;；\d]{0,8}$/.test(before);

/** An amount in money, then a bracket opening its conversion: …人民币2950亿元(约新台币, …5万亿元(. */
const CONVERTED = /\d\s*[万亿千百兆]*元\s*[(（]\s*(?:约|約|合|折合|相当于|相當於)?\s*(?:新台币|新台幣|美元|港元|港币|港幣|人民币|人民幣|欧元|歐元|日元|日圓)?$/;
/** A place named right before a bracket, after a word joining the places compared: 与杭州(, 、青岛(, 低于成都(. */
const PLACE_BRACKET = /(?:^|[与和及、,，]|低于|高于|于|如|比)[\u4e00-\u9fff]{2,4}[(（]$/;
/** Words comparing places. */
// (not 超过 or 多于: 各区目标为:西湖区(800亿元)、…,全市合计超过2000亿元 lists the page's own parts)
const COMPARING = /相当|持平|低于|高于|不及|落后于|领先于|仅次于/;
/** Whether a bracketed amount after a place is that place's figure, cited in a sentence comparing places. */
function comparedPlace(text: string, start: number, unitEnd: number): boolean {
  if (!PLACE_BRACKET.test(text.slice(Math.max(0, start - 8), start))) return false;
  return COMPARING.test(sentenceBefore(text, start, 60) + sentenceAfter(text, unitEnd, 60));
}
/** The first (or only) one of a kind, before the value that makes it so: 首个地区生产总值突破 / 唯一…超过. */
// (…or the Nth: 四川成为中国第三个高速公路通车里程突破1万公里的省份)
const FIRST_BEFORE = /(?:首个|首座|第[一二三四五六七八九十]个|唯一(?:一个)?)[^,，。;；]{0,16}$/;
/** …and the kind after the value, named through 的: …大关的城市, …的省份. */
const FIRST_KIND_AFTER = /^[^,，。;；]{0,16}?的(?:城市|省份|省|地区|国家|县|区|企业|园区|港口|机场)/;
/** Whether a value is inside a clause naming what makes something the first of its kind (首个…突破5万亿元(…)大关的城市). */
function firstToReach(text: string, start: number, unitEnd: number): boolean {
  // (only where 的 follows within reach: most values have none, and are spared the look back)
  if (!deWithin(text, unitEnd, 17)) return false;
  const before = text.slice(Math.max(0, start - 18), start);
  return (before.includes("首") || before.includes("第") || before.includes("唯一")) && FIRST_BEFORE.test(before) && FIRST_KIND_AFTER.test(text.slice(unitEnd, unitEnd + 24));
}
/** Verbs of what a place holds (集聚, 汇聚, 拥有), before the counts of a list: 汇聚600多家企业、3万余名从业者. */
const HOLDS = /(?:集聚|汇聚|聚集|拥有)[^,，。;]{0,24}$/;
/** Words of a goal or a time ahead anywhere in a sentence. */
const AHEAD_IN_SENTENCE = /力争|确保|争取|目标|计划|预计|将(?!近)|(?<![主重需必])要(?![求素点])|新增|培育|引进|到(?:19|20)\d\d年|(?:19|20)\d\d年(?:前|底前)|今年|全年|年内/;
/**
 * Whether a count said roughly (1500余家, 600多家, 3万余名) is of what a place holds (集聚…, 汇聚…, 拥有…) in a sentence with no
 * goal or time ahead: the present state, as a page describing a place tells it (a goal is said 集聚…1000家以上, 力争集聚…).
 */
function heldRoughly(text: string, start: number, end: number, unit: string, lookFrom: number): boolean {
  const rough = text[end] === "余" || text[end] === "多" || ((text[end] === "万" || text[end] === "千") && (text[end + 1] === "余" || text[end + 1] === "多"));
  const counted = withoutTenThousand(unit);
  if (!rough || !(isMeasureWord(unit) || counted === "名" || counted === "人")) return false;
  if (!HOLDS.test(text.slice(Math.max(lookFrom, start - 26), start))) return false;
  return !AHEAD_IN_SENTENCE.test(sentenceBefore(text, start, 80) + sentenceAfter(text, end, 60));
}
/** Words introducing who attends a meeting: 这场会议的主角,是…, 参会的有…, 出席会议的有…. */
const ATTENDEES_INTRO = /(?:会议|大会|会)的主角|(?:参会|与会|出席会议|参加会议|出席)的(?:有|是|包括)/;
/** Whether a count stands in the sentence listing who attends a meeting (…以及60余家重点企业代表). */
function attendeesListed(text: string, start: number): boolean {
  // (only where 主角, 参会, 与会 or 出席 stands within reach — each holds 会, 角 or 席: most counts have none)
  if (lastMarkBefore(text, start) < start - 70) return false;
  const before = sentenceBefore(text, start, 70);
  return before.includes("的") && ATTENDEES_INTRO.test(before);
}
/** A rank after a level, in its own clause: …达3.35%,位居全国省会城市前列 / 居全省第一. */
// (…or with the record it sets or the run of years it extends: 空气质量优良率为95.8%,创…以来最好水平; …提升到93.2%,连续4年达优)
const RANK_AFTER = /^[\s)）]*(?:以上|左右)?[,，]\s*(?:(?:位居|位列|稳居|跃居|居于|居|排名|排在)[^,，。;]{0,16}?(?:前列|首位|榜首|第[一二三四五六七八九十\d]+)|再?创[^,，。;]{0,24}?(?:最好|最佳|最高|新高)|连续[\d一二三四五六七八九十]+年(?:稳步|持续)?(?:达优|消劣|提升|改善|保持|位居|达到))/;
/**
 * Whether a level is stated with its rank among others (研发投入强度达3.35%,位居全国省会城市前列): what is ranked is already
 * reached — unless its sentence says it is a goal (力争…达到3.5%,位居全国前列).
 */
function rankedAfter(text: string, start: number, unitEnd: number): boolean {
  const c = text.charCodeAt(unitEnd);
  // (the look runs only where a comma or a bracket follows the unit: most mentions have neither)
  if (c !== 0xff0c && c !== 0x2c && c !== 0x4ee5 && c !== 0x5de6 && c !== 0xff09 && c !== 0x29) return false;
  if (!RANK_AFTER.test(text.slice(unitEnd, unitEnd + 28))) return false;
  return !/(?:力争|确保|争取|目标|计划|预计|将|要|到(?:19|20)\d\d年|(?:19|20)\d\d年(?:前|底前))/.test(sentenceBefore(text, start, 80));
}

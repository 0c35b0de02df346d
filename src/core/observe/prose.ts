// Observations in bulletin prose. A sentence reads as clauses (split at , and :); each number in a clause is
// a level (全年地区生产总值1806.0亿元) or a change (比上年增长4.1%, 下降 → negative) of the indicator named
// just before it, or — when nothing is named (增长3.4%) — of the indicator named last in the sentence.
import type { MappedText } from "./mapped";
import { originalSpan, slice } from "./mapped";
import { cleanSubject, opensSubItems, readChange, type Change } from "./phrase";
import type { BulletinObservation } from "./types";
import { scanValues, type ValueToken } from "./values";

export interface ProseContext {
  /** The bulletin's year: 全年 and 年末 values belong to it. */
  year: number;
  region: string | null;
  original: string;
}

const SENTENCE_END = /[。!?;]/;
const CLAUSE_END = /[,:]/;
/** Words that explain, not state: 注：… and 资料来源：… sentences. */
const NOTE_SENTENCE = /^(?:注[:释]?|资料来源|说明:|数据来源)/;
/** A threshold inside an indicator's definition (年主营业务收入2000万元及以上的工业企业), not an observation. */
const THRESHOLD_AFTER = /^(?:及以上|以上|及以下|以下)(?:的|企业|工业|项目|规模|法人)/;
/** Units whose numbers are values without a unit word: 综合指数165.08. */
const UNITLESS_OK = /(指数|系数|性别比|比值)$/;
/** 第一、二、三产业增加值比重 → the three indicators. */
const THREE_SECTORS = /第一、二、三产业|第一、第二、第三产业|一、二、三产业/;

interface Span {
  s: number;
  e: number;
}

function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let s = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || SENTENCE_END.test(text[i]!)) {
      if (i > s) out.push({ s, e: i });
      s = i + 1;
    }
  }
  return out;
}

function clauseStarts(text: string): number[] {
  const starts = [0];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && depth > 0) depth--;
    // a comma inside parentheses (不含农户,下同) does not end the clause
    if (CLAUSE_END.test(text[i]!) && depth === 0) starts.push(i + 1);
    // (其中：… opens a clause inside parentheses
    if (text[i] === "(" && text.startsWith("其中", i + 1)) starts.push(i);
  }
  return starts;
}

/** The names of a 分别 list: 存储芯片、半导体分立器件产量 → two names; 第一、二、三产业增加值比重 → three. */
function listNames(subject: string, count: number): string[] | null {
  const sectors = THREE_SECTORS.exec(subject);
  if (sectors && count === 3) {
    const rest = subject.slice(sectors.index + sectors[0].length);
    return ["第一", "第二", "第三"].map((p) => `${p}产业${rest}`);
  }
  const items = subject.split(/[、和及与]/).filter((x) => x !== "");
  return items.length === count ? items : null;
}

/** The year a value belongs to when the text names one right before it (从2019年19.82万人, 2020年末，…). */
function yearBefore(tokens: ValueToken[], i: number, text: string, clauseStart: number): number | null {
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (t.kind === "value" || t.kind === "ratio") return null;
    if (t.kind !== "year") continue;
    const lead = text.slice(Math.max(0, t.s - 3), t.s);
    if (/(比|较|与|同)$/.test(lead)) return null; // 比2020年增长: the base of a comparison
    const between = text.slice(t.e, tokens[i]!.s);
    // the year applies when it opens the clause or stands right before the number
    if (t.s <= clauseStart + 2 || /^(?:末|底|度)?(?:的)?$/.test(between)) return t.value;
    return null;
  }
  return null;
}

/** The words after a number up to the clause end, when they name what was counted (享受城市最低生活保障). */
function numberFirstTail(text: string, t: ValueToken, nextToken: number): string {
  let end = t.e;
  while (end < text.length && end < nextToken && !/[,:、]/.test(text[end]!)) end++;
  const tail = text.slice(t.e, end).replace(/\([^()]*\)/g, "");
  return /^[\u4e00-\u9fff]{2,}/.test(tail) && !/^(?:以上|以下|左右|之间|比|较|同比|增长|下降)/.test(tail) ? tail : "";
}

/** A change's value: 下降1.7% is −1.7 however the number is written. */
const signed = (value: number, sign: 1 | -1 | 0): number => (sign === -1 ? -Math.abs(value) : value);

/**
 * The indicator a number belongs to, from the words before it (cleaned), else the words after it (number first),
 * else the indicator named last: a 占…比重 share is the last indicator's share, a 个百分点 change follows the last
 * share, a 两年平均 growth is the last indicator's average.
 */
function subjectOf(named: string, tail: string, change: Change, unit: string, last: string, lastShare: string): string {
  let subject = named;
  if (subject === "" && change.sign === 0 && tail !== "") subject = tail;
  else if (subject.startsWith("占") || subject.startsWith("比重")) subject = last + subject;
  else if (subject === "" || /^(?:名义|实际|其中)$/.test(subject)) subject = /百分点$/.test(unit) ? lastShare || last : last;
  else if (/^(?:[两三四五]年|“十[一二三四五]五”期间|十[一二三四五]五期间)?(?:平均|年均)$/.test(subject)) subject = `${last}(${subject})`;
  if (subject !== "" && (change.qualifier === "名义" || change.qualifier === "实际")) subject = `${subject}(${change.qualifier})`;
  return subject;
}

export function proseObservations(p: MappedText, ctx: ProseContext): BulletinObservation[] {
  const out: BulletinObservation[] = [];
  // the indicator named last, and the last one including shares (占…比重), which a 个百分点 change follows
  let last = "";
  let lastShare = "";
  for (const sent of splitSentences(p.text)) {
    const text = p.text.slice(sent.s, sent.e);
    if (NOTE_SENTENCE.test(text)) continue;
    const sentence = slice(p, sent.s, sent.e);
    const tokens = scanValues(text);
    const starts = clauseStarts(text);
    const clauseOf = (pos: number): number => {
      let c = 0;
      for (const s of starts) if (s <= pos) c = s;
      return c;
    };
    // the sentence a reader is shown starts at its first clause with a value (not at a page's navigation prefix)
    const firstValue = tokens.find((t) => t.kind === "value" || t.kind === "ratio");
    const sentSpan = originalSpan(p, sent.s + (firstValue ? clauseOf(firstValue.s) : 0), sent.e);
    // a sentence-opening year (2020年末，…) dates every value of the sentence
    const opening = tokens[0]?.kind === "year" && tokens[0].s <= 2 ? tokens[0].value : null;
    let partOf: string | null = null;
    let list: { names: string[] | null; index: number; sign: 1 | -1 | 0; clause: number; subject: string } | null = null;
    let prevEnd = 0;
    const emit = (t: Pick<ValueToken, "s" | "e">, indicator: string, kind: "level" | "growth", value: number, unit: string, year: number): void => {
      const span = originalSpan(sentence, t.s, t.e);
      out.push({
        indicator, value, unit, year, kind, region: ctx.region,
        start: span.start, end: span.end, text: ctx.original.slice(span.start, span.end),
        sentenceStart: sentSpan.start, sentenceEnd: sentSpan.end, partOf,
      });
    };
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const clause = clauseOf(t.s);
      const from = Math.max(clause, prevEnd);
      if (t.kind !== "value" && t.kind !== "ratio") {
        // a code such as 5G stays part of the indicator (5G移动电话用户); years and dates do not
        if (t.kind !== "name") prevEnd = Math.max(prevEnd, t.e);
        continue;
      }
      const phrase = text.slice(from, t.s);
      if (partOf === null && opensSubItems(text.slice(0, t.s))) partOf = last;
      const yearOf = (): number => yearBefore(tokens, i, text, clause) ?? opening ?? ctx.year;
      prevEnd = t.e;
      if (t.kind === "ratio") {
        // 三次产业结构为2.4:36.7:60.9 → the three sectors' shares (由上年… → the year before)
        const parts = t.parts!;
        const sum = parts.reduce((a, p) => a + p.value, 0);
        if (parts.length === 3 && Math.abs(sum - 100) <= 1.5 && /产业(结构|比例|比重)/.test(text.slice(0, t.s))) {
          const year = /(由上年|上年为?)(的)?$/.test(phrase) ? ctx.year - 1 : yearOf();
          parts.forEach((p, k) => emit(p, `${["第一", "第二", "第三"][k]}产业增加值比重`, "level", p.value, "%", year));
        }
        continue;
      }
      if (THRESHOLD_AFTER.test(text.slice(t.e))) continue;
      // continuing a 分别 list: 分别增长26.2%、18.0%和12.5%
      if (list && list.clause === clause && /^[、和及与,]?$/.test(phrase)) {
        list.index++;
        const name = list.names?.[list.index] ?? list.subject;
        emit(t, name, list.sign === 0 ? "level" : "growth", signed(t.value, list.sign), t.unit, yearOf());
        continue;
      }
      list = null;
      const change = readChange(phrase);
      const named = cleanSubject(change.subject);
      let subject = subjectOf(named, numberFirstTail(text, t, tokens[i + 1]?.s ?? text.length), change, t.unit, last, lastShare);
      if (subject === "") continue;
      if (/分别/.test(phrase)) {
        let count = 1;
        for (let j = i + 1; j < tokens.length && tokens[j]!.kind === "value" && clauseOf(tokens[j]!.s) === clause; j++) count++;
        const names = listNames(subject, count);
        list = { names, index: 0, sign: change.sign, clause, subject };
        subject = names?.[0] ?? subject;
      }
      if (change.sign === 0) {
        if (t.unit === "" && !UNITLESS_OK.test(subject)) continue;
        emit(t, subject, "level", t.value, t.unit, yearOf());
        if (!/^占|^比重/.test(named)) last = subject;
        lastShare = subject;
      } else {
        emit(t, subject, "growth", signed(t.value, change.sign), t.unit, yearOf());
        if (named !== "") {
          last = subject.replace(/\((名义|实际)\)$/, "");
          lastShare = "";
        }
      }
    }
    // 与上年持平: a change of zero
    const flat = /(?:与上年同期|与上年|比上年|同比|与去年)(?:基本)?持平/.exec(text);
    if (flat && !tokens.some((t) => t.kind === "value" && clauseOf(t.s) === clauseOf(flat.index))) {
      const subject = cleanSubject(text.slice(clauseOf(flat.index), flat.index)) || last;
      if (subject) emit({ s: flat.index, e: flat.index + flat[0].length }, subject, "growth", 0, "%", opening ?? ctx.year);
    }
  }
  return out;
}

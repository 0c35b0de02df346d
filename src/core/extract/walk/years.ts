// Year expressions in clean text: 2025年 / 到2025年底 / 2021-2025年 / 二〇三五年 / "十四五" / 年内 / 今年 /
// 3年内. Years that are bases or spans of past time (比2020年, 2020年以来) are not target years.
import { PLAN_PERIODS } from "../../document/doc-year";
import { parseChineseNumeral } from "../../numbers/chinese";
import { bareDeadline, COMPLETION_WORDS } from "../phrase/lexicon";
import { codeTable } from "../../text/code-units";

export interface YearMention {
  pos: number;
  end: number;
  year: number;
  /** A deadline date (2024年12月31日前): it governs its own clause up to the next semicolon only. */
  narrow?: boolean;
  /** The next N years (未来三年,…): the time of its own sentence, not of the sentences after it (未来五年的目标是: opens a list). */
  sentenceOnly?: boolean;
}


/**
 * Whether year `y` is the base a change is measured from (灾害性天气预警准确率比“十三五”期间平均提升5%, 损失占GDP的比重较“十三五”
 * 平均再下降15%, 比2020年下降18%): no time of its clause, nor the year of the values after it.
 */
export function isChangeBase(text: string, y: YearMention): boolean {
  const before = text[y.pos - 1] === "“" || text[y.pos - 1] === '"' ? text[y.pos - 2] : text[y.pos - 1];
  return (before === "比" || before === "较") && CHANGE_FROM_BASE.test(text.slice(y.end, y.end + 12));
}
/** What follows a base a change is measured from: 期间平均提升, 末再下降, 年下降. */
const CHANGE_FROM_BASE = /^[”"]?(?:年|年度|期间|时期|末)?(?:底|末)?(?:的)?(?:平均|年均)?(?:水平)?(?:再|累计)?(?:提升|提高|下降|降低|增长|减少|增加|上升|缩短|压减)/;

/** Words naming a plan period's first year (“十五五”开局之年, 首年). */
const FIRST_YEAR = "开局之年|起步之年|第一年|首年";
/** What follows a year that names it as a plan period's first or last: 开局之年, 是“十五五”开局之年. */
/** A plan period spelt out as its time: 第十二个五年计划期间, 第十三个五年规划末 (not one looked back on since, …以来). */
const PERIOD_SPELT = /^第十([一二三四五六])个五年(?:计划|规划)?(?:期间|时期|末|期末)(?!以来)/;
const PERIOD_YEAR_NAMED = new RegExp(`^(?:是|为)?[“"]?(?:十[一二三四五六]五[”"]?)?(?:的)?(?:${FIRST_YEAR}|(?:收官|决胜|攻坚)之年)`);
/** What an infographic's caption names after a bare year: its results or its goals (2017成绩, 2018目标). */
const CAPTION_AFTER_YEAR = /^(?:成绩|目标|预期|实绩|完成)/;
/** The whole place a bare year opens a clause on, as hasty copy writes it: 2018全市经济社会发展稳中有进. */
const PLACE_AFTER_YEAR = /^(?:全(?:市|省|区|县|镇|国)|我(?:市|省|区|县|镇))(?=[\u4e00-\u9fff])/;
/** A plan period named as its first year: “十五五”开局之年. */
// (…or its start, said to go well: 实现“十四五”良好开局, “十五五”开好局 — the first year too)
const PERIOD_FIRST_YEAR = new RegExp(`^[”"]?(?:的)?(?:${FIRST_YEAR}|良好开局|开局良好|开好局|起好步|开门红)`);

/** Whether the sentence has set a later year than `year` before `at` (its last year read, with no full stop between). */
function laterYearBefore(out: YearMention[], text: string, at: number, year: number): boolean {
  const last = out[out.length - 1];
  return last !== undefined && last.year > year && !/[。\n]/.test(text.slice(last.end, at));
}

export function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}

/** Characters that may open a year expression: 1, 2, 二, 十, 年, 今, 本, 明, 未, 去, 过, 规 (规划期末); and 》, closing a plan's name. */
/** A year of a plan counted in order, not the year after something (第二年起): 第一年, 第三年. */
const ORDINAL_YEAR = /^第([一二三四五])年(?!起|开始|以后|后|内)/;
const ORDINALS = "一二三四五";
/** Another counted year near one: the count is of the plan's years (第一年…、第二年…). */
const COUNTED_YEARS = /第[一二三四五]年/;
const YEAR_OPENS = codeTable("12二十年今本明未去过规》第");
/** A plan period or a span of years, the last of which before 规划期末 is the plan it speaks of. */
// (…or a span of months into a later year: 通过3年(2020年6月至2023年6月)努力)
const PLAN_NAMED_BEFORE = /十[一二三四五六]五|(?:19|20)\d\d(?:年\d{1,2}月份?)?\s*[-—–~～至]\s*((?:19|20)\d\d)年/g;

/**
 * The last year of the plan 规划期末 at `at` speaks of: the plan period or span of years named last in the 2,000 characters
 * before it (十三五期间山东要实现…。到规划期末,… → 2020), not one ended before the document's year; else null.
 */
function planEndBefore(text: string, at: number, docYear: number | null): number | null {
  let year: number | null = null;
  PLAN_NAMED_BEFORE.lastIndex = 0;
  const before = text.slice(Math.max(0, at - 2000), at);
  for (let m = PLAN_NAMED_BEFORE.exec(before); m !== null; m = PLAN_NAMED_BEFORE.exec(before)) year = m[1] !== undefined ? Number(m[1]) : PLAN_PERIODS[m[0]] ?? null;
  return year !== null && (docYear === null || year >= docYear) ? year : null;
}
/** The months of a span running into the next year, after the first year: 年10月至2018年3月. */
const MONTHS_INTO_YEAR = /^年\d{1,2}月份?\s*(?:至|到|—|-|~|～)\s*((?:19|20)\d\d)年\d{1,2}月(?:份|底|末)?/;
/** A plan's span closing its name (…专项行动方案(2020-2022年)》), and what the sentence says of the plan after it. */
const SPAN_CLOSING_NAME = /[(（]((?:19|20)\d\d)\s*[-—–~～至]\s*((?:19|20)\d\d)年?[)）]$/;
// (not what has come of it since, 实施以来, nor the year's own work, 目标,全年新建…)
const PLAN_GOES_ON = /^(?![^。;]{0,40}?(?:以来|全年|今年|年内|本年))[^。;]{0,30}?(?:计划|提出|明确|目标)/;

/** Year mentions in text[from, to). `docYear` resolves relative words; null leaves them out. */
export function yearMentions(text: string, from: number, to: number, docYear: number | null, titleMask?: Uint8Array, horizon: number | null = null,
  ahead: YearsAhead = NO_AHEAD): YearMention[] {
  const out: YearMention[] = [];
  const spanEnds = ahead.spanEnds;
  // (a look at each character's code in a table: no search, slice or string per character)
  for (let i = from; i < to; i++) {
    if (YEAR_OPENS[text.charCodeAt(i)] !== 1) continue;
    const c = text[i];
    // (早在2020年,…发布了《…专项行动方案(2020-2022年)》,计划三年推动建设100家智能工厂: what a plan still running sets, told
    // after its name, is for the end of its span)
    if (c === "》") {
      const span = docYear !== null ? SPAN_CLOSING_NAME.exec(text.slice(Math.max(from, i - 16), i)) : null;
      if (span && Number(span[2]) >= docYear! && Number(span[2]) > Number(span[1]) && PLAN_GOES_ON.test(text.slice(i + 1, Math.min(to, i + 40)))) out.push({ pos: i, end: i + 1, year: Number(span[2]), sentenceOnly: true });
      continue;
    }
    if (titleMask && titleMask[i]) continue;
    // (其中第一年完成总体工作的比例不低于30%、第二年不低于60%、第三年不低于90%: a plan's years counted from the document's own)
    if (c === "第") {
      // (计划到第十二个五年计划期间,全市专利申请量年均增长22%以上: a plan period spelt out, its span or its end as the time)
      const spelt = text[i + 1] === "十" ? PERIOD_SPELT.exec(text.slice(i, Math.min(to, i + 14))) : null;
      const period = spelt ? PLAN_PERIODS[`十${spelt[1]}五`] : undefined;
      if (spelt && period !== undefined && !/(?:由|从|比|较)$/.test(text.slice(Math.max(0, i - 1), i))) { out.push({ pos: i, end: i + spelt[0].length, year: period }); i += spelt[0].length - 1; continue; }
      const step = docYear !== null ? ORDINAL_YEAR.exec(text.slice(i, i + 5)) : null;
      if (step && COUNTED_YEARS.test(text.slice(Math.max(from, i - 60), Math.min(to, i + 60)).replace(step[0], ""))) {
        pushYear(out, text, i, i + step[0].length, docYear! + ORDINALS.indexOf(step[1]), to, docYear);
      }
      continue;
    }
    // Arabic four-digit year followed by 年
    if ((c === "1" || c === "2") && !isDigit(text[i - 1]) && isDigit(text[i + 1]) && isDigit(text[i + 2]) && isDigit(text[i + 3]) && !isDigit(text[i + 4])) {
      const y = Number(text.slice(i, i + 4));
      let j = i + 4;
      // a span 2021-2025年 gives its end year
      if ((text[j] === "-" || text[j] === "—" || text[j] === "–" || text[j] === "至") && isDigit(text[j + 1]) && isDigit(text[j + 4]) && text[j + 5] === "年") {
        const y2 = Number(text.slice(j + 1, j + 5));
        // (a plan the clause will draw up, named with its span — 编制…空间布局规划(2021—2035年) — is no time of the clause)
        if (y2 > y && DRAWN_UP_PLAN.test(text.slice(Math.max(from, i - 40), i + 1))) { i = j + 5; continue; }
        if (y2 > y) { pushYear(out, text, i, j + 6, y2, to, docYear); i = j + 5; continue; }
      }
      // (a season across two years, 2025/2026年榨季: named by the year it opens in, as a plan for 2025-2027 counts its seasons —
      // but the season a page of its later year is in is that year's, 全镇2022/2023年甘蔗种植任务 on a page of 2023)
      if ((text[j] === "/" || text[j] === "／") && isDigit(text[j + 1]) && isDigit(text[j + 4]) && !isDigit(text[j + 5]) && Number(text.slice(j + 1, j + 5)) === y + 1 && text[j + 5] === "年") {
        pushYear(out, text, i, j + 6, docYear === y + 1 ? y + 1 : y, to, docYear); i = j + 5; continue;
      }
      // (a plan's term as a bracketed span with no 年 written: 该规划时限为(2015-2030) — the end of its term)
      if ((text[j] === "-" || text[j] === "—" || text[j] === "–" || text[j] === "~") && (text[i - 1] === "(" || text[i - 1] === "（") && isDigit(text[j + 1]) && isDigit(text[j + 4]) &&
        !isDigit(text[j + 5]) && (text[j + 5] === ")" || text[j + 5] === "）") && PLAN_TERM_BEFORE.test(text.slice(Math.max(from, i - 8), i - 1))) {
        const y2 = Number(text.slice(j + 1, j + 5));
        if (y2 > y && y >= 1949 && y2 <= 2100) { pushYear(out, text, i, j + 5, y2, to, docYear); i = j + 5; continue; }
      }
      // text taken from PDFs spaces digits off from the words around them: 到 2025 年
      while (text[j] === " " && j - i < 6) j++;
      // (a span of months into a later year, 2017年10月至2018年3月, runs to the later year: a season's goal is for its end)
      const months = text[j] === "年" && (text[j + 2] === "月" || text[j + 3] === "月") ? MONTHS_INTO_YEAR.exec(text.slice(j, j + 20)) : null;
      // (…or into a later year, as a span of years runs to its end: 通过3年(2020年6月至2023年6月)努力)
      if (months && Number(months[1]) > y && Number(months[1]) <= y + 10) { pushYear(out, text, i, j + months[0].length, Number(months[1]), to, docYear); i = j + months[0].length - 1; continue; }
      if (text[j] === "年" && y >= 1949 && y <= 2100) { pushYear(out, text, i, j + 1, y, to, docYear); i = j; }
      // (a year named as a plan period's first or last with no 年 written: 2026开局之年,兰州将…)
      else if (y >= 1949 && y <= 2100 && PERIOD_YEAR_NAMED.test(text.slice(j, Math.min(to, j + 14)))) { pushYear(out, text, i, j, y, to, docYear); i = j - 1; }
      // (an infographic's caption opening its line with the year and no 年: 2017成绩增长8% / 2018目标增长7.5%左右)
      else if (y >= 1949 && y <= 2100 && (i === 0 || text[i - 1] === "\n") && CAPTION_AFTER_YEAR.test(text.slice(j, j + 2))) { pushYear(out, text, i, j, y, to, docYear); i = j - 1; }
      // (a deadline with no 年 written, as headlines write it: 厦门到2025将建成2.3万张养老床位)
      else if (y >= 1949 && y <= 2100 && bareDeadline(text, i, j)) { pushYear(out, text, i, j, y, to, docYear); i = j - 1; }
      // (a clause opening on a bare year and the whole place: 报告指出,2018全市经济社会发展稳中有进)
      else if (y >= 1949 && y <= 2100 && (i === 0 || /[\s,，。;；:：]/.test(text[i - 1])) && PLACE_AFTER_YEAR.test(text.slice(j, j + 3))) { pushYear(out, text, i, j, y, to, docYear); i = j - 1; }
      continue;
    }
    // Chinese year: 二〇三五年
    if (c === "二" && text[i + 1] === "〇" && text[i + 4] === "年") {
      const v = parseChineseNumeral(text.slice(i, i + 4));
      if (v !== null && v >= 1949 && v <= 2100) { pushYear(out, text, i, i + 5, v, to, docYear); i += 4; }
      continue;
    }
    if (c === "十" && text[i + 2] === "五" && (text[i + 1] in { 一: 1, 二: 1, 三: 1, 四: 1, 五: 1, 六: 1 })) {
      const key = text.slice(i, i + 3);
      const y = PLAN_PERIODS[key];
      // “十四五”规划目标任务 names the plan document (a 2024 report may speak of it); 到“十四五”末 sets the year
      const after = text.slice(i + 3, i + 8);
      // (科学编制“十五五”卫生健康规划: a plan to be drawn up, named with its topic between, is work of the clause, not its time)
      const topicPlan = /(?:编制|谋划|制定|修编|起草)\s*[“"]?$/.test(text.slice(Math.max(0, i - 3), i)) &&
        /^[”"]?(?!时期|期间|末|以来|开局|收官)[\u4e00-\u9fff]{2,10}?规划/.test(text.slice(i + 3, i + 16));
      // (谋划“十五五”重大项目 names the projects a plan will hold, not the time of what the sentence sets)
      // (锚定“十五五”,… names the plan as what work is aimed at, not the time of the clause)
      // (跻身“十四五”首批港口型国家物流枢纽: a batch named by its period is a name, not the time of the clause)
      const namesPlan = ((/^[”"]?(?:规划|重大项目|项目|编制|首批|第[一二三四五六七八九十]批)/.test(after) || topicPlan) && !/[到至在]\s*[“"]?$/.test(text.slice(Math.max(0, i - 2), i))) ||
        // (聚焦“十五五”重大工程: what work is focused on too)
        // (but a paragraph opening with the period it looks to names its time: 聚焦“十五五”,北京将…)
        (/(?:锚定|对标|着眼|聚焦|围绕|紧扣)\s*[“"]?$/.test(text.slice(Math.max(0, i - 4), i)) && !/^[”"]?(?:末|期末|时期末)/.test(after) &&
          !(/^[”"]?[,，]/.test(after) && /(?:^|[。\n])\s*(?:着眼|聚焦)\s*[“"]?$/.test(text.slice(Math.max(0, i - 5), i))));
      // (由“十三五”的1.753万亿元发展到…: a period the start is stated at, like 由2020年的, is a base)
      // (较“十三五”末增长24.3% in a review still dates the review: only a from-to start is passed over)
      // (…but a comparison with the end of a period not yet over is a goal's base: 运维成本较“十四五”末期下降20% in 2025)
      // (…and 从 with the value of the period's end after it: 从“十二五”末的18亿元增长至41亿元)
      const base = /由[“"]?$/.test(text.slice(Math.max(0, i - 2), i)) ||
        (/从[“"]?$/.test(text.slice(Math.max(0, i - 2), i)) && /^[”"]?(?:末|期末|末期|时期末)?的/.test(after)) ||
        (y !== undefined && docYear !== null && y >= docYear && /[较比][“"]?$/.test(text.slice(Math.max(0, i - 2), i)) && /^[”"]?(?:末|期末|末期|时期末)/.test(after)) ||
        // (…and so is one made after a later year the sentence has set: 到2015年末,…超过10万公里,比“十一五”末新增15000公里)
        (y !== undefined && /[较比][“"]?$/.test(text.slice(Math.max(0, i - 2), i)) && /^[”"]?(?:末|期末|末期|时期末)/.test(after) && laterYearBefore(out, text, i, y)) ||
        // (为“十五五”开局之年打下坚实基础: what the clause prepares for is not its time)
        (/为(?:实现|完成)?\s*[“"]?$/.test(text.slice(Math.max(0, i - 4), i)) && /^[”"]?[\u4e00-\u9fff]{0,8}?(?:打下|奠定|做好准备|开好局|起好步)/.test(text.slice(i + 3, i + 16)));
      // (2027年是“十五五”承上启下的关键之年: the period the year named belongs to is not the time of the sentence — the year is)
      const yearOfPeriod = /(?:19|20)\d\d年(?:是|为)[“"]?$/.test(text.slice(Math.max(0, i - 7), i)) && /^[”"]?[^。;,，]{0,14}?之年/.test(text.slice(i + 3, i + 20)) &&
        !PERIOD_FIRST_YEAR.test(text.slice(i + 3, i + 10));
      if (yearOfPeriod) { i += 2; continue; }
      // (“十五五”开局之年 is the period's first year, not its last)
      const first = PERIOD_FIRST_YEAR.test(text.slice(i + 3, i + 10));
      if (y !== undefined && !/以来/.test(after) && !namesPlan && !base) out.push({ pos: i, end: i + 3, year: first ? y - 4 : y });
      i += 2;
      continue;
    }
    // (从2023年开始,用三年时间新造…: N years from the year named as the start, counting it — whatever the page's year)
    // (用三年左右时间: an approximate span ends as the span does)
    // (the codes are compared, not one-character strings: no string is made, and no read past the end)
    const about = c === "年" && text.charCodeAt(i + 1) === 0x5de6 /* 左 */ && text.charCodeAt(i + 2) === 0x53f3 /* 右 */ ? 2 : 0;
    if (c === "年" && /^(?:时间|攻坚)/.test(text.slice(i + 1 + about, i + 3 + about))) {
      const m = /(?:从|自)((?:19|20)\d\d)年(?:开始|起)[,，]?\s*(?:力争)?(利用|用|花)\s*([1-9]|[一二三四五六七八九十两])$/.exec(text.slice(Math.max(from, i - 20), i));
      const n = m ? countOf(m[3]) : null;
      if (m && n !== null && n > 0) { out.push({ pos: i - m[3].length - m[2].length, end: i + 3 + about, year: Number(m[1]) + n - 1 }); i += 2 + about; continue; }
    }
    if (docYear === null) continue;
    // (预计1年后投入运营,届时…将拥有100家: a work's completion N years on, after a will or an estimate, is the year after N)
    if (c === "年" && text[i + 1] === "后" && COMPLETED_LATER.test(text.slice(i + 2, i + 8))) {
      const m = /(?:预计|计划|将|力争|争取|有望)\s*([1-9]|[一二三四五两])$/.exec(text.slice(Math.max(from, i - 6), i));
      const n = m ? countOf(m[1]) : null;
      // (not an estimate recalled, 该项目于2019年开工,当时预计3年后建成投产)
      const back = m !== null ? text.slice(Math.max(from, i - 30), i - m[0].length) : "";
      const recalled = back.includes("当时") || [...back.matchAll(/((?:19|20)\d\d)年/g)].some((y) => Number(y[1]) < docYear);
      if (m && n !== null && n > 0 && !recalled) { out.push({ pos: i - m[1].length, end: i + 2, year: docYear + n }); i += 1; continue; }
    }
    // 2025年年底前: the 年底前 belongs to the year just read
    if (c === "年" && out.length > 0 && out[out.length - 1].end === i) continue;
    if (c === "年" && (text.charCodeAt(i + 1) === 0x5185 /* 内 */ || (text.charCodeAt(i + 1) === 0x5e95 /* 底 */ && text.charCodeAt(i + 2) === 0x524d /* 前 */))) {
      // N年内 counts from the document's year
      const prev = text[i - 1];
      if (isDigit(prev) || "一二三四五六七八九十两".includes(prev ?? "x")) {
        let k = i - 1;
        while (k > from && (isDigit(text[k - 1]) || "一二三四五六七八九十两".includes(text[k - 1]))) k--;
        const raw = text.slice(k, i);
        const n = countOf(raw);
        // (离校2年内未就业高校毕业生: a condition on who is meant, not a deadline)
        // (…nor years looked back on, 2018年以来,4年内累计改造…: the years since a year gone by)
        const condition = /(离校|毕业|退役|退休|离职|失业|入学|登记)$/.test(text.slice(Math.max(0, k - 2), k)) || /^[未的]/.test(text.slice(i + 2, i + 3)) ||
          /(?:以来|至今)[,，]?\s*$/.test(text.slice(Math.max(from, k - 6), k));
        // (3年内 in a plan for 2020-2022 issued in 2020 ends with the plan: the years counted include the document's own;
        // where the plan's horizon says nothing of it, N years from the document's year, as 5年内 from 2020 is 2025)
        if (n !== null && n > 0 && n <= 30 && text.charCodeAt(i + 1) === 0x5185 /* 内 */ && !condition) out.push({ pos: k, end: i + 2, year: yearsOn(n, docYear, horizon, spanEnds) });
      } else {
        out.push({ pos: i, end: i + 2, year: docYear });
      }
      continue;
    }
    // 今年起,…将2年新改扩建…: N years from this year on, counting this one (as 3年内 in a plan of the years counted)
    // (what follows, three characters, is read before what comes before, thirty)
    if (c === "年" && /^[\u4e00-\u9fff]{0,2}(?:新|建|改|完成|实现|培育|打造|引进|累计)/.test(text.slice(i + 1, i + 4)) && STARTING_NOW.test(text.slice(Math.max(from, i - 30), i))) {
      const m = /(?:将|要|计划|力争|用)\s*([1-9])$/.exec(text.slice(Math.max(from, i - 4), i));
      if (m) { out.push({ pos: i - 1, end: i + 1, year: docYear + Number(m[1]) - 1 }); continue; }
    }
    // 3年建10万个智能充电桩, 五年新增…: N years opening a clause, then the work, are the years from the document's
    // (not a length of time named as such, 3年以上, 5年期)
    // (…also after its subject or a word of will: 全市3年新增床位1.6万张, 力争三年培育省级农机示范合作社100个 — not years
    // gone or counted, 近3年, 连续3年, 每3年, 第3年; nor the length of a span just named, 2023~2025年三年完成…; nor the years since a founding, a running or a start of output, 成立3年募集资金…, 创办/投产3年…)
    if (c === "年" && /^(?:新建|建|新增|完成|改造|培育|打造|引进|实现|筹集|募集|组建)/.test(text.slice(i + 1, i + 3))) {
      const m = /(?:^|[\n,，。;；:：\s]|[\u4e00-\u9fff](?<![近前第满续每后余多这那首末去过几数一二三四五六七八九十两百千万亿年立办产]))([1-9]|[一二三四五六七八九十两])$/.exec(text.slice(Math.max(from, i - 3), i));
      const n = m ? countOf(m[1]) : null;
      if (n !== null && n >= 2 && n <= 5) { out.push({ pos: i - 1, end: i + 1, year: withinHorizon(spanEnd(n, docYear), docYear, horizon, n === 5) }); continue; }
    }
    // 力争用3年时间, 力争2~3年时间, 通过3年攻坚: the years from the document's, the first of a span (as N年内 counts them)
    // (…with 的 before the effort: 力争通过5年的努力,实现三大目标:)
    if (c === "年" && /^(?:时间|攻坚|努力|奋斗|的努力|的奋斗|的时间)/.test(text.slice(i + 1 + about, i + 4 + about))) {
      // (not a time looked back on: 经过3年时间的努力,…累计建成…)
      // (a range ends with its last: 利用3-5年时间 in 2023 ends in 2027)
      // (力争经过5年努力: 经过 after a word of will looks ahead)
      // (…新目标为:经过5年努力,要把四川省建设成为…: 经过 alone looks ahead when a will follows the years)
      const m = /(用|(?:力争|争取|计划|拟)?经过|力争|争取|通过|花|(?<![\u4e00-\u9fff])在|(?:力争|争取|计划|将)在)\s*([1-9]\d?|[一二三四五六七八九十两])(?:\s*[~～\-—至到]\s*([1-9]\d?|[一二三四五六七八九十]))?$/.exec(text.slice(Math.max(from, i - 9), i));
      // (…and 的 before the effort only after a will: 力争通过5年的努力, 希望通过3年的时间 — not a review's 通过5年的努力,上虞区A股上市公司19家)
      const de = text[i + 1 + about] === "的" ? 1 : 0;
      const ahead = m !== null && (m[1] !== "经过" || WILL_AFTER_YEARS.test(text.slice(i + 3 + about + de, i + 10 + about + de))) &&
        (text[i + 1 + about] !== "的" || /(?:力争|争取|计划|将|要|拟|希望|规划[,，]?)\s*(?:通过|经过|利用|用|花)/.test(text.slice(Math.max(from, i - 10), i)) ||
          // (…or a will in the clause after it: 通过五年的努力,全县冷水养殖业力争实现年收入6188万元)
          /^[,，][^,，。;；]{0,12}?(?<!已)(?:力争|确保|争取|将|要)/.test(text.slice(i + 4 + about, i + 22 + about)));
      const n = m && ahead && text[i + 3] !== "的" ? countOf(m[3] ?? m[2]) : null;
      // (…to a plan's horizon N years after the document's: 力争通过三年时间 in a plan of 2024–2027 drafted in 2024 ends in 2027)
      // (2023-2025年,再用两年时间,实现…: the years a span opening the sentence names, not years from the document's)
      const span = m && n !== null && n > 0 ? SPAN_OPENING.exec(text.slice(Math.max(from, i - 24), i - m[0].length + m[1].length)) : null;
      if (m && n !== null && n > 0) out.push({ pos: i - m[0].length + m[1].length, end: i + 3 + about, year: span ? Number(span[2]) : horizon === docYear + n ? horizon : withinHorizon(spanEnd(n, docYear), docYear, horizon, n === 5 && m[3] === undefined) });
      continue;
    }
    // 今后五年,… / 未来5年内… / 未来三年的目标是:…: the N years from the document's, counting its own as the first, as the
    // time of the clause (今后五年是…关键时期 names none)
    if (c === "今" || c === "未") {
      const next = NEXT_YEARS.exec(text.slice(i, Math.min(to, i + 14)));
      const n = next ? countOf(next[1]) : null;
      if (next && n !== null && n >= 2 && n <= 15) { const yearAt = next[0].indexOf("年", 2); out.push({ pos: i, end: i + yearAt + 1, year: yearsAheadEnd(n, docYear, ahead), ...(/(?:[:：]|目标|任务)$/.test(next[0]) ? {} : { sentenceOnly: true }) }); i += yearAt; continue; }
    }
    // 开展重大项目投资攻坚年行动,完成各类投资超3000亿元: a campaign named for a year of work is the document's year (not a span
    // of years, 三年行动; nor where what it does recurs each year of a plan, 开展…攻坚年活动,每年举办…)
    // (nor after a year its sentence names, 2024年,我市开展…攻坚年行动 / 去年开展… / 启动2026年招商引资突破年行动: that year is
    // the campaign's)
    if (c === "年" && CAMPAIGN_YEAR_AFTER.test(text.slice(i + 1, i + 4)) && CAMPAIGN_YEAR_BEFORE.test(text.slice(Math.max(from, i - 18), i)) && !/^[^。]*?每年/.test(text.slice(i + 1, Math.min(to, i + 40))) &&
      !yearInSentenceBefore(out, text, i)) {
      out.push({ pos: i, end: i + 1, year: docYear });
      continue;
    }
    // (到规划期末,…: the end of the plan the page names)
    if (c === "规") {
      const end = text.startsWith("规划期末", i) ? planEndBefore(text, i, docYear) : null;
      if (end !== null) { out.push({ pos: i, end: i + 4, year: end }); i += 3; }
      continue;
    }
    // 今明两年计划新增…: this year and the next, to the end of the next
    if (c === "今" && text.startsWith("今明两年", i)) { out.push({ pos: i, end: i + 4, year: docYear + 1 }); i += 3; continue; }
    if ((c === "今" || c === "本") && text[i + 1] === "年") { out.push({ pos: i, end: i + 2, year: docYear }); i++; continue; }
    if (c === "明" && text[i + 1] === "年") { out.push({ pos: i, end: i + 2, year: docYear + 1 }); i++; continue; }
    // 过去的一年实现地区生产总值415亿元, 过去一年来: the year just gone, as 去年 (not the years gone, 过去五年, nor 过去一年多来)
    if (c === "过" && text[i + 1] === "去") {
      const gone = /^过去的?一年(?![多以])/.exec(text.slice(i, Math.min(to, i + 8)));
      if (gone) { pushYear(out, text, i, i + gone[0].length, docYear - 1, to, docYear); i += gone[0].length - 1; continue; }
    }
    // 去年全年,…达到7.5万台: the year before the document's (比去年, 去年同期 are bases, as with a year written out)
    // (超过去年, 与去年持平, 去年水平: last year as a comparison is a base)
    if (c === "去" && text[i + 1] === "年") {
      if (!/(超过|高于|低于|好于|快于|与|同|和|跟)$/.test(text.slice(Math.max(0, i - 2), i)) && !/^(持平|相当|水平)/.test(text.slice(i + 2, i + 4))) pushYear(out, text, i, i + 2, docYear - 1, to, docYear);
      i++;
      continue;
    }
  }
  return out;
}

/** What names a plan's term right before its bracketed span: 时限为, 期限是, 规划期. */
const PLAN_TERM_BEFORE = /(?:时限|期限|年限|规划期|实施期)(?:为|是)?$/;

/** What a work does once done, right after N年后: 投入运营, 建成, 竣工, 投产. */
const COMPLETED_LATER = new RegExp(`^(?:即可|可|将|正式)?(?:${COMPLETION_WORDS})`);

/** A will right after 经过N年努力: 要把…, 将…, 力争…, 使…. */
const WILL_AFTER_YEARS = /^[,，]?\s*(?:要|将|力争|确保|争取|使|把|实现)/;

/** A span of years opening its sentence, the clause of N years right after it: 2023-2025年,再用 */
const SPAN_OPENING = /(?:^|[。;\n])\s*((?:19|20)\d\d)\s*[-—–~～至]\s*((?:19|20)\d\d)\s*年[,，]\s*[\u4e00-\u9fff]{0,2}$/;

/**
 * The year N years from the document's ends (3年内, 用3年时间): a plan whose horizon — or a plan the document names with
 * its span — is N−1 years on counts the document's own year among them and ends with the plan; otherwise N years on
 * (5年内 from 2020 is 2025) — and no further than a plan's horizon (通过五年努力 in a 十四五 plan of 2022 is 2025).
 */
function yearsOn(n: number, docYear: number, horizon: number | null, spanEnds: ReadonlySet<number>): number {
  // (…or, five years or more, ending a five-year plan's period with it: 5年内 from 2016 is 2020, as 用五年时间 is)
  return withinHorizon(horizon === docYear + n - 1 || spanEnds.has(docYear + n - 1) || (n >= 5 && (docYear + n - 1) % 5 === 0) ? docYear + n - 1 : docYear + n, docYear, horizon, n === 5);
}

/**
 * The last of N years of work starting with the document's (用三年时间 in 2022 ends in 2024, as a plan's years do); five years
 * or more end on a plan's horizon when the year after that one is it (用10年时间 in 2025 ends in 2035, 用五年时间 in 2020 in
 * 2025).
 */
function spanEnd(n: number, docYear: number): number {
  return n >= 5 && (docYear + n) % 5 === 0 ? docYear + n : docYear + n - 1;
}

/** A plan's goals end with the plan: N years on from a plan issued within its period go no further than its horizon. */
// (…not where the years named run well past a short plan's end: 五年内力争… in a page on a plan of 2020-2022 and its stage
// of 2023-2025 ends in 2025)
// (…but five years, said of a five-year plan's period, are its years: 5年内将新建… on a page of 2022 on a 十四五 plan ends in 2025)
function withinHorizon(year: number, docYear: number, horizon: number | null, fiveYears = false): number {
  return horizon !== null && horizon > docYear && year > horizon && (year - horizon <= 1 || (fiveYears && horizon % 5 === 0)) ? horizon : year;
}

/** Whether the last year read stands before `at` in the same sentence (2024年,我市开展…攻坚年行动). */
function yearInSentenceBefore(out: YearMention[], text: string, at: number): boolean {
  const last = out.length > 0 ? out[out.length - 1] : null;
  return last !== null && !/[。;\n]/.test(text.slice(last.end, at));
}

/** A campaign named for a year of work: …攻坚年行动, “项目建设推进年”活动 (what follows the 年, and what opens the name). */
const CAMPAIGN_YEAR_AFTER = /^[”"]?(?:行动|活动)/;
const CAMPAIGN_YEAR_BEFORE = /(?:开展|实施|深化|推进|落实|启动)[“"]?(?:(?:19|20)\d\d)?[\u4e00-\u9fff]{1,14}(?:攻坚|提升|推进|落实|突破|建设|服务|质量|效能|作风|发展|招商|创新|改革)$/;

const NO_SPANS: ReadonlySet<number> = new Set();

/** What a document says of the years ahead of it: the plans it names with their spans, and where its five years end. */
export interface YearsAhead {
  spanEnds: ReadonlySet<number>;
  /** The last of the next five years (今后五年), when the document shows they start after its own year; else null. */
  fiveYearsEnd: number | null;
  /** The end of the plan period the document's year opens, when the document names it (“十五五” in a page of 2026). */
  openingPeriodEnd: number | null;
  /** The page is dated in its year's second half: its first half (上半年) is gone. */
  halfGone?: boolean;
  /** The month the page is dated in, when dated in its own year (from March to September its estimate of the year is what it plans). */
  month?: number;
}
/** A document that says nothing of the years ahead. */
export const NO_AHEAD: YearsAhead = { spanEnds: NO_SPANS, fiveYearsEnd: null, openingPeriodEnd: null };

/** The last of the next N years: the document's own year and N−1 more (for five, the end the document shows, if any). */
function yearsAheadEnd(n: number, docYear: number, ahead: YearsAhead): number {
  return n === 5 && ahead.fiveYearsEnd !== null ? ahead.fiveYearsEnd : docYear + n - 1;
}

/** The day a news lead opens on, at the page's start or after its source: 据…消息,1月6日, / 本报讯 3月5日上午, (not 去年…). */
const LEAD_DAY = /^(?:[^。\n]{0,30}?(?:消息|讯|电|获悉)[,，:：]?\s*)?(\d{1,2})月\d{1,2}日(?:上午|下午|晚上?)?[,，]/;

/** What `text`, issued on `issueDate` (YYYY-MM-DD, see readIssueDate) if known, says of the years ahead of `docYear` (read once per document). */
export function yearsAhead(text: string, docYear: number | null, issueDate: string | null = null): YearsAhead {
  const spanEnds = planSpanEnds(text, docYear);
  const fiveYearsEnd = docYear !== null && nextFiveStartLater(text, docYear, issueDate) ? docYear + 5 : null;
  const opening = docYear === null ? undefined : Object.entries(PLAN_PERIODS).find(([, end]) => end - 4 === docYear);
  const openingPeriodEnd = opening && text.includes(opening[0]) ? opening[1] : null;
  // (…or, on a page with no date of its own, the day its news lead opens on: 据国家邮政局网站消息,1月6日,2020年全国…会议…召开)
  const lead = issueDate === null && docYear !== null ? LEAD_DAY.exec(text.slice(0, 300)) : null;
  const month = issueDate !== null && docYear !== null && Number(issueDate.slice(0, 4)) === docYear ? Number(issueDate.slice(5, 7)) :
    // (only a month of the year's first three quarters: a lead late in December may open a page of the next year's plan)
    lead !== null && Number(lead[1]) >= 1 && Number(lead[1]) <= 9 ? Number(lead[1]) : 0;
  const halfGone = month >= 7;
  return spanEnds === NO_SPANS && fiveYearsEnd === null && openingPeriodEnd === null && month === 0 ? NO_AHEAD :
    { spanEnds, fiveYearsEnd, openingPeriodEnd, ...(halfGone ? { halfGone } : {}), ...(month > 0 ? { month } : {}) };
}

/**
 * Whether a document's next five years (今后五年, 未来五年) start with the year after its own: a party congress or a new
 * term's report dated late in its year (10月28日,中国共产党安徽省第十一次代表大会…开幕; a page dated 2021-10-29), or one that
 * names the end of the five years itself (到2026年 in a report of 2021, and never 到2025年) — never a page of a plan for
 * the period its year closes (a 十四五 plan issued late in 2021 still ends in 2025).
 */
function nextFiveStartLater(text: string, docYear: number, issueDate: string | null): boolean {
  if (!/(?:今后|未来)(?:五|5)年/.test(text)) return false;
  const closing = Object.entries(PLAN_PERIODS).find(([, end]) => end === docYear + 4);
  if (closing && text.includes(closing[0])) return false;
  if (text.includes(`到${docYear + 4}年`) || text.includes(`${docYear + 4}年底`)) return false;
  const head = text.slice(0, 400);
  if (/代表大会|党代会/.test(head) && lateLeadDate(head, docYear)) return true;
  if (issueDate !== null && Number(issueDate.slice(0, 4)) === docYear && Number(issueDate.slice(5, 7)) >= 9) return true;
  return text.includes(`到${docYear + 5}年`);
}

/** A day of the document's year in its last third opening a news lead: (2021年)10月28日, / 9月22日上午, — not a day counted
 * to (截至2023年12月31日,), nor last year's (去年10月28日,). */
function lateLeadDate(head: string, docYear: number): boolean {
  for (const m of head.matchAll(LATE_DATE)) {
    const before = head.slice(Math.max(0, (m.index ?? 0) - 3), m.index);
    if (/(?:截至|截止|[至到]|去年|上年)$/.test(before)) continue;
    if (m[1] === undefined || Number(m[1]) === docYear) return true;
  }
  return false;
}

/** A day in the last third of the year with its comma: (2021年)10月28日, / 9月30日上午, */
const LATE_DATE = /(?<![\d年])(?:((?:19|20)\d\d)年)?(?:0?9|1[0-2])月[1-3]?\d日(?:上午|下午|晚)?[,，]/g;

/** A count of years written in figures or in words (3, 十二), or null. */
function countOf(raw: string): number | null {
  return isDigit(raw[0]) ? Number(raw) : parseChineseNumeral(raw);
}

/** Words of the document's own year: 今年, 全年, 年内, 本年. */
export const THIS_YEAR = /今年|全年|年内|本年/;

/**
 * The last years of the plans a document names with a span opening in its own year — 《…攻坚行动方案（2021—2023年）》 —
 * so that 通过3年攻坚 in a news report of that plan ends with it, as a plan's own horizon does.
 */
export function planSpanEnds(text: string, docYear: number | null): ReadonlySet<number> {
  if (docYear === null) return NO_SPANS;
  const ends = new Set<number>();
  for (const m of text.matchAll(/[(（]((?:19|20)\d\d)\s*[-—–~～至]\s*((?:19|20)\d\d)年?[)）]/g)) if (Number(m[1]) === docYear) ends.add(Number(m[2]));
  return ends.size ? ends : NO_SPANS;
}

/**
 * The next N years as a clause's time: 未来5年, 今后三年内, 未来五年的主要目标是: (N in figures or in words), or opening the
 * clause's subject: 未来三年武汉全市… — not 未来五年是…, 未来五年的发展, 未来五年乃至更长时期, 未来五到十年.
 */
// (or heading the goals alone on its line, 今后五年的重点目标, for the lines under it)
const NEXT_YEARS = /^(?:今后|未来)的?([1-9]\d?|[二两三四五六七八九十]|十[一二三四五])年(?:内|里|期间|中|的(?:主要)?目标(?:是|为)|的?(?:重点|主要|发展|奋斗)?目标(?:任务)?(?=\s*$))?(?:[,，:：]|(?![是的乃到至和及与、或\d]))/;

/** Work counted from this year on: 今年起, 从今年开始, 自今年起. */
const STARTING_NOW = /(?:从|自)?今年(?:起|开始)[^。;]*$/;

/** A plan to be drawn up, its span opening in brackets: 编制省、市、县三级公共体育设施空间布局规划(2. */
const DRAWN_UP_PLAN = /(?:编制|修编|制定|出台)(?!实施)[^,，。;；]{0,30}?(?:规划|计划|方案|纲要)[(（]\d$/;

/** A count right after a year: 完工2024年9个续建项目 (the projects of 2024). */
const COUNT_AFTER_YEAR = /^(?:\d+|[一二三四五六七八九十两]+)(?:个|家|项|所|座|条|处|批|件|户|套|部|张|台|名)/;

/** What follows a year that dates the things a clause counts rather than the clause: 底前建成的, 以前建成的, 开工项目. */
const QUALIFYING_YEAR_AFTER = /^(?:底|末)?(?:以?前|之前)?[\u4e00-\u9fff]{0,3}?(?:建成|建设|建造|开工|竣工|投用|投产|批准|认定|登记|注册|出生|购置|安置)(?:的|项目|工程)/;

/** A verb of work right before a year that names its object's batch: 改造, 续建, 完成, 整治… */
const WORK_ON_BEFORE = /(?:改造|续建|完成|推进|实施|整治|改建|提升|加固|拆除|处置|盘活|消化)$/;

function pushYear(out: YearMention[], text: string, pos: number, end: number, year: number, to: number, docYear: number | null): void {
  const before = text.slice(Math.max(0, pos - 4), pos).trimEnd();
  const after = text.slice(end, Math.min(to, end + 9)).replace(/ /g, "");
  // an earlier year between a verb and its count names which things are counted (完工2024年9个续建项目), not a time
  if (docYear !== null && year < docYear && /[\u4e00-\u9fff]$/.test(before) && !/[到至在于是年前后]$/.test(before) && COUNT_AFTER_YEAR.test(after)) return;
  // (2024年2727万千瓦新能源项目全部投产: an earlier year right before an amount of projects names the year's batch)
  // (…to be finished now: 全部投产, 加快建设; 2024年100个重大项目完成投资500亿元 is a result of that year)
  if (docYear !== null && year < docYear && /^\d[\d.]*[万亿千百]?[\u4e00-\u9fffA-Za-z]{1,3}[\u4e00-\u9fff“”]{0,12}?(项目|工程)(全部|全面|陆续|加快|尽快)/.test(text.slice(end, Math.min(to, end + 28)))) return;
  // (…or a rate of it: 力争2021年20亿元以上项目存续率90%以上 — of the projects signed that year)
  if (docYear !== null && year < docYear && /^\d[\d.]*[万亿千百]?元以上的?[\u4e00-\u9fff]{0,4}?项目[\u4e00-\u9fff]{1,6}率/.test(text.slice(end, Math.min(to, end + 30)).replace(/ /g, ""))) return;
  // a year naming which things a verb of work acts on (改造2000年底前建成的城镇老旧小区, 续建2025年开工项目) or a level kept
  // (与2025年持平) is no time: the clause's time is its own (2013年底前开工建设的公租房,原则上…: a year opening the clause,
  // before any verb, still dates what follows)
  // (only a year before the document's, or one marked as a time before which: 推进2026年重点建设项目 on a 2025 page is the
  // year of the work)
  // (a year marked as the time before which, right after the verb, names its object whatever follows: 处置2024年以前批而未供土地)
  const beforeWhich = /^(?:底|末)?(?:以前|之前)(?![,，。;])/.test(after);
  // (…or a year's allocation of works: 力争在2025年5月底前完成2024年度中央财政高标准农田建设项目22.99万亩)
  const allocation = /^度[\u4e00-\u9fff]/.test(after) && /^度[\u4e00-\u9fff]{0,20}?(?:项目|工程)/.test(text.slice(end, Math.min(to, end + 24)));
  // (…its deadline, a later year, named before it in the clause: a page of no known year)
  const lastYear = out.length > 0 ? out[out.length - 1] : null;
  const deadlineBefore = allocation && lastYear !== null && lastYear.year > year && !/[,，。;；]/.test(text.slice(lastYear.end, pos));
  if (WORK_ON_BEFORE.test(before) && ((docYear !== null && year < docYear) || deadlineBefore || /^(?:底|末)?(?:以?前|之前)/.test(after)) &&
    (beforeWhich || QUALIFYING_YEAR_AFTER.test(text.slice(end, Math.min(to, end + 14))) || allocation)) return;
  if (/与$/.test(before) && /^(?:底|末)?(?:的水平)?(?:基本)?(?:持平|相当|相比)/.test(after)) return;
  // (对2020年已达标的…街(镇)进行提档升级: an earlier year naming which things the work is done on, no time of the clause)
  if (docYear !== null && year < docYear && /对$/.test(before) && /^(?:底|末)?(?:前|以前)?已[\u4e00-\u9fff]{1,4}的/.test(after)) return;
  // (the age a thing counted must have, 建成于2000年以前的住宅小区: a condition on what is meant, no time of the clause)
  if (/(?:建成|建设|建造|修建|竣工|投用|建)于$/.test(before) && /^(?:底|末)?(?:以前|之前|前|以后|之后|后)/.test(after)) return;
  // a year in an aside that qualifies what is counted (一般公共预算支出(扣除2022年灾后恢复重建专项资金支出外)增长3%,
  // (按2020年不变价计算)) is no time
  if (/\((?:扣除|不含|不包括|包括|含|剔除|按|以)[^()]{0,12}$/.test(text.slice(Math.max(0, pos - 16), pos))) return;
  // a base year (比2020年, 较2020年, 由2020年的…增加到, 2020年以来 / 基础上 / 相比 / 水平) or a date (2024年8月) is not a
  // target year
  // (在2015年的创建基础上: a base however its work is named)
  // (水质不低于2021年现状值: a year's state a goal must not fall below is a base too)
  // (基于2020年城镇建设用地规模的1.3倍以内, 相对于2020年: the base the goal is measured on)
  if (/(?:[比较自从]|基于|相对于?|相较于?)$/.test(before) || /(?:不低于|不高于|不劣于|不差于|优于|好于)$/.test(before) || /^(底|末)?(以来|基础上|相比|水平|同期|现状值|现状|的基础|的[\u4e00-\u9fff]{1,4}基础上)/.test(after)) return;
  // (在2019年至2021年完成10.7万户农村户厕改造的基础上,继续推进…: what was done then is the base the clause builds on)
  if (/在[^,，。;；]{0,10}$/.test(text.slice(Math.max(0, pos - 12), pos)) && /^[^,，。;；]{0,36}基础上/.test(text.slice(end, Math.min(to, end + 40)))) return;
  // (落实2030年应对气候变化国家自主贡献目标: a goal of another year that a plan carries out names it, it sets no time)
  if (/(?:落实|对标|对照|围绕|服务)$/.test(before) && /^[\u4e00-\u9fff“”]{0,16}?目标/.test(text.slice(end, Math.min(to, end + 20)))) return;
  // (较疫情前2019年, 比疫情发生前的2019年: a comparison's base named by the time it was, then the year)
  if (/(?:比|较)[\u4e00-\u9fff]{1,5}前的?$/.test(text.slice(Math.max(0, pos - 9), pos).trimEnd())) return;
  // (an edition's year names the text it follows, no time: 《产业结构调整指导目录》(2019年本), (2021年版))
  if (/^(?:本|版|修订版|修正版)[)）]/.test(after)) return;
  // (a base named with what it measures, 以2017年黑臭水体面积为基值,消减50%以上: the base, no time of the clause)
  if (/以$/.test(before) && /^[^,，。;；]{0,16}?为(?:基值|基数|基准|基期|基础值|基准值)/.test(text.slice(end, Math.min(to, end + 22)))) return;
  // (a price or base year in an aside: 增长6%(2020年可比价), (2020年为基期))
  if (/^(?:的)?(?:可比价|不变价|价格|为基期|基期|为基数)/.test(after)) return;
  // (…占比力争达到60%以上(2022年为54%): the base value stated in an aside after a goal)
  if (docYear !== null && year < docYear && /[(（]$/.test(before) && /^(?:底|末)?(?:为|是|达|:)?\d/.test(after) && /\d[^\d(（]{0,6}[(（]\s*$/.test(text.slice(Math.max(0, pos - 10), pos))) return;
  // (由2020年的3139.78亿元增加到…, 由2020年1000亿元…: the start of a from-to; 由2026年起 is a start date)
  if (/由$/.test(before) && /^(底|末)?(的|\d)/.test(after)) return;
  // …but a deadline date (2024年12月31日前, 2025年6月底前) sets the year
  // (…or the month a project is to be finished in, 项目计划2025年12月底建成运营)
  if (/^\d{1,2}月/.test(after)) {
    if (!/^\d{1,2}月(\d{1,2}日|底|末)?(?:前|以前|(?:全部|全面)?(?:建成|竣工|完工|投产|投用|运营|交付|投入使用))/.test(after)) return;
    out.push({ pos, end, year, narrow: true });
    return;
  }
  out.push({ pos, end, year });
}

/** Whether `y` opens a later stage of a line's goals after a full stop or semicolon (…。到2030年, / …;到2026年底,). */
export function opensStage(text: string, y: YearMention): boolean {
  return /[。;]\s*(?:力争)?(?:到|至)[“"]?$/.test(text.slice(Math.max(0, y.pos - 5), y.pos)) && /^[”"]?(?:底|末)?[,，]/.test(text.slice(y.end, y.end + 3));
}

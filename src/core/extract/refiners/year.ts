// The target year of a number in a sentence: a year named just before it in its sentence (到2025年…达到…), else a
// scope year earlier in its paragraph (到2025年,… / 2025年:), else the year the context gives.
import type { Span } from "../../text/segment";
import type { LineInfo } from "../walk/walk";
import { isChangeBase, THIS_YEAR, type YearMention } from "../walk/years";
import { COMPLETION_WORDS } from "../phrase/lexicon";

/**
 * Index of the last usable year mention that ends at or before `pos` (binary search), or -1. A deadline date
 * (2024年12月31日前) counts only within its own semicolon clause; a breakdown item's year (其中2024年40个) only
 * for its item.
 */
function lastBefore(line: LineInfo, pos: number, text: string): number {
  const years = line.years;
  let lo = 0, hi = years.length - 1, ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (years[mid].end <= pos) { ans = mid; lo = mid + 1; } else hi = mid - 1;
  }
  // (中医药种植面积达30万亩(2020年为13.9万亩),建成30个…: a year in a remark closed before the number dates the remark)
  // (…比“十三五”期间平均提升5%,强对流天气预警提前时间达到45分钟以上: the base a change is measured from dates nothing after it)
  while (ans >= 0 && (line.isUsed(years[ans]) || inClosedRemark(text, years[ans], pos) || isChangeBase(text, years[ans]))) ans--;
  // a few deadline dates at most stand between: each skipped one is checked once
  for (let k = 0; ans >= 0 && years[ans].narrow && k < 4; k++) {
    // (a deadline more than a few hundred characters back is out of its clause anyway)
    const far = pos - years[ans].end > 300;
    if (!far && !text.slice(years[ans].end, pos).includes(";")) break;
    ans--;
    while (ans >= 0 && line.isUsed(line.years[ans])) ans--;
  }
  return ans;
}

/**
 * Whether year `y` stands in a bracketed remark of a value of its own that closes before `pos`: (2020年为13.9万亩) —
 * not a label's year, 近期(到2025年)规划总量指标为:, which dates what follows it.
 */
function inClosedRemark(text: string, y: YearMention, pos: number): boolean {
  if (!/[(（][^()（）]{0,12}$/.test(text.slice(Math.max(0, y.pos - 12), y.pos))) return false;
  // (a remark closes within a few characters of its year; reading on to the number would rescan long lists)
  const close = text.slice(y.end, Math.min(pos, y.end + 24)).search(/[)）]/);
  return close >= 0 && /\d/.test(text.slice(y.end, y.end + close));
}

/** Index of the first year mention that opens after `pos` (binary search), or the number of mentions. */
function firstAfter(line: LineInfo, pos: number): number {
  const years = line.years;
  let lo = 0, hi = years.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (years[mid].pos > pos) hi = mid; else lo = mid + 1;
  }
  return lo;
}

/** Year named in the number's own sentence, just before it (2020年的320亿元 → 2020), or null. */
export function ownYear(text: string, line: LineInfo, sentence: Span, numberAt: number): number | null {
  const i = lastBefore(line, numberAt, text);
  return i >= 0 && line.years[i].pos >= sentence.start ? line.years[i].year : null;
}

/** The last year named before the number in its line (the year a review sentence speaks of), or null. */
export function statedYear(text: string, line: LineInfo, numberAt: number): number | null {
  const i = lastBefore(line, numberAt, text);
  return i >= 0 ? line.years[i].year : null;
}

/** The rest of a number's clause naming it this year's task: …工作室为今年省必检项目, …列为今年的重点任务. */
const THIS_YEARS_TASK_AFTER = /^[^,，。;；]{0,40}?(?:为|是|列为|列入)(?:今年|本年度?)(?:度)?的?[\u4e00-\u9fff]{0,6}?(?:项目|任务|目标|工作|重点)/;

/** Right after a total, the opening of its parts by year: …300公里,其中2020年…. */
const BREAKDOWN_OPENS = /^[^,，。;；]{0,16}[,，]\s*其中[,，:：]?\s*(?=(?:19|20)\d\d)/;
/** The last year of the parts by year that follow the total at `numberAt`, up to the end of its part of the sentence, or null. */
function lastYearOfBreakdown(text: string, line: LineInfo, after: number, numberAt: number, sentenceEnd: number): number | null {
  const rest = text.slice(numberAt, Math.min(sentenceEnd, numberAt + 240));
  const opens = BREAKDOWN_OPENS.exec(rest);
  if (opens === null) return null;
  const close = rest.slice(opens[0].length).search(/[。;；]/);
  const partEnd = numberAt + opens[0].length + (close < 0 ? rest.length : close);
  let last: number | null = null;
  for (let k = after; k < line.years.length && line.years[k].pos < partEnd; k++) last = Math.max(last ?? 0, line.years[k].year);
  return last;
}

/** Words of an amount over several years (年均新增, 累计培育). */
const OVER_YEARS = /年均|累计/;

/** Nearest year before the number in its sentence, else a scope earlier in its paragraph, else `scopeYear`. */
export function yearFor(text: string, line: LineInfo, sentence: Span, numberAt: number, scopeYear: number | null, docYear: number | null): number | null {
  // (2606个撤并村通公路(2013—2017年), 新建…2606个(2013—2017年): a span in brackets after the amount, in its clause, dates it)
  // (not a plan's own span, 完成30个村庄规划(2021—2035年)编制, nor after the year's own words, 全年完成…)
  // (the years after the number are found by search, not by a walk along all the line's years)
  // (建立7个…工作站和63个…工作室为今年省必检项目: what its clause calls this year's project or task is that year's)
  if (docYear !== null && THIS_YEARS_TASK_AFTER.test(text.slice(numberAt, Math.min(sentence.end, numberAt + 60)))) return docYear;
  const after = firstAfter(line, numberAt);
  // (《方案》计划建设…道路300公里,其中2020年建成50公里,2021年建成250公里: a total broken down by years, naming none of its own
  // before it, is due by the last of them)
  const i = lastBefore(line, numberAt, text);
  if (i < 0 || line.years[i].pos < sentence.start) {
    const last = lastYearOfBreakdown(text, line, after, numberAt, sentence.end);
    if (last !== null) return last;
  }
  for (let k = after; k < line.years.length && line.years[k].pos < sentence.end; k++) {
    const y = line.years[k];
    if (y.end - y.pos <= 6 || !/[(（]$/.test(text.slice(y.pos - 1, y.pos)) || /[,，。;；]/.test(text.slice(numberAt, y.pos)) || /(规划|计划|方案|纲要)[(（]$/.test(text.slice(y.pos - 3, y.pos))) continue;
    if (THIS_YEAR.test(text.slice(sentence.start, numberAt))) break;
    return y.year;
  }
  // (…比例不低于50%,…不低于20%的工作目标,力争2023年底前完成建设任务: a deadline closing the sentence dates the goals before
  // it that name no year of their own)
  if (i < 0 || line.years[i].pos < sentence.start) {
    const due = closingDeadline(text, line.years[after], sentence);
    if (due !== null && (docYear === null || due >= docYear)) return due;
  }
  // (“十四五”期间,累计新增就业50万人;全年新增企业100家: the year's own words in the number's sentence outweigh a scope before it —
  // but not next year's, opening the full sentence: 明年我市将…;…,全年计划建成…30条 speaks of that year throughout)
  if (i >= 0 && line.years[i].pos < sentence.start && docYear !== null && /(全年|年内)/.test(text.slice(sentence.start, numberAt))) {
    const next = line.years[i].year === docYear + 1 && opensFullSentence(text, line.years[i]) && !text.slice(line.years[i].end, numberAt).includes("。");
    return next ? docYear + 1 : docYear;
  }
  if (i >= 0 && (line.years[i].pos >= sentence.start || setsScope(text, line.years[i], docYear) ||
    // (力争2025年…突破5000亿元。年均新增…30家以上,累计培育…20家: an amount over years goes on to the goal year before it)
    (docYear !== null && line.years[i].year > docYear && OVER_YEARS.test(text.slice(sentence.start, numberAt)))) &&
    // (a far vision in a paragraph a nearer plan period dates, 十五五规划纲要草案…。冀至2035年…翻一番。…提出…年均增长7%以上:
    // the vision dates only its own sentence)
    !(line.years[i].pos < sentence.start && farOverScope(line.years[i].year, scopeYear, docYear))) return line.years[i].year;
  // (预计今年全省…设备投资增长8%;…普及率超过84.5%;报废汽车回收率增长40%。到2027年,…: the document's year near the opening
  // of a full sentence dates its parts after semicolons that name no year of their own — any year so placed when the
  // document's year is unknown: 力争2024年规上工业总产值达102亿元…;固定资产投资11亿元…; and a plan's span of years:
  // 提出,2021-2023年城镇新增就业105万人,…;每年引进集聚各类人才25万人…)
  if (i >= 0 && (docYear === null || line.years[i].year === docYear || isSpan(text, line.years[i])) && opensFullSentence(text, line.years[i]) &&
    !text.slice(line.years[i].end, numberAt).includes("。")) return line.years[i].year;
  const outer = i >= 0 ? restatedScope(text, line, i, docYear) : null;
  return outer ?? projectCompletion(text, line, sentence, i, after, numberAt, docYear) ?? scopeYear;
}

/** The words before a project's completion year: 项目计划, 该项目分为三期,计划, 预计于. */
// (…a phase named between: 预计一期2027年建成投用)
const COMPLETION_BEFORE = /(?:^|[。;；,，])\s*(?:该|此|整个)?(?:项目|工程)?[^,，。;；\d]{0,8}?(?:计划|预计|力争|争取|确保|将)(?:[一二三四]期(?:工程|项目)?)?(?:于|在|到)?$/;
/** A deadline for what the sentences before it set: (需)在2020年前达成上述要求, 于2025年底前完成以上目标. */
const ABOVE_DUE_BEFORE = /(?:^|[。;；,，])\s*(?:[^,，。;；\d]{0,8}?(?:需|须|要|应|必须|确保|力争|争取))?(?:在|于|到)$/;
const ABOVE_DUE_AFTER = /^年?(?:底|末)?(?:前|以前|之前)?(?:全面|全部)?(?:达成|完成|实现|达到)(?:上述|以上|前述)/;
/** …and after it: (年)12月底建成运营, 底前全部建成, 年投产. */
const COMPLETION_AFTER = new RegExp(`^年?(?:\\d{1,2}月)?(?:底|末)?(?:前|以前|之前)?(?:全部|全面)?(?:${COMPLETION_WORDS})`);
/** A sentence opening on what follows a project's completion: 建成后, 项目建成投产后. */
const AFTER_COMPLETION_OPENS = /^\s*(?:该|此|整个)?(?:一期|二期|三期)?(?:项目|工程)?(?:全部)?(?:建成|竣工|投产|达产)(?:投产|运营)?后/;

/**
 * The year a project is to be finished — or what the sentences before are due by (需在2020年前达成上述要求) —, stated later in its
 * paragraph, for a number of the project's that names no year (项目总投资33.6亿元,计划建设5栋数据中心。…项目计划2025年12月底建成运营)
 * — or stated before a sentence on what the project will do once built (计划2016年底前全部建成。建成后,产值约为50亿元); null when
 * there is none, or it is past. (The ^ of COMPLETION_BEFORE and ABOVE_DUE_BEFORE is the start of the 16 characters looked at.)
 */
function projectCompletion(text: string, line: LineInfo, sentence: Span, i: number, after: number, numberAt: number, docYear: number | null): number | null {
  const next = line.years[after];
  // (the first year after the number, within a few sentences of it)
  if (next && next.pos - numberAt < 240 && aheadOf(next, docYear) && ((completes(text, next) && PROJECT_NAMED.test(text.slice(sentence.start, sentence.end))) || dueAbove(text, next))) return next.year;
  const last = i >= 0 ? line.years[i] : undefined;
  // (…the project may be named only by the sentence opening on its completion: 国际红酒城总投资80亿元,计划2015年建设完成。项目
  // 建成后,年可接待游客300万人次)
  const opening = AFTER_COMPLETION_OPENS.exec(text.slice(sentence.start, numberAt));
  if (last && opening && sentence.start - last.end < 40 && aheadOf(last, docYear) && (completes(text, last) || (PROJECT_NAMED.test(opening[0]) && completesAt(text, last)))) return last.year;
  return null;
}
// (functions of the module, not closures made at each call: tsx names each closure it makes, a cost at every number)
const aheadOf = (y: YearMention, docYear: number | null): boolean => docYear === null || y.year >= docYear;
// (a project's completion, the project named in the completion's sentence and in the number's: 市体育中心计划2026年底前全部建成
// dates no 新开工项目100个 before it, nor 力争2027年建成通车 a work report's goals)
const completesAt = (text: string, y: YearMention): boolean => COMPLETION_BEFORE.test(text.slice(Math.max(0, y.pos - 16), y.pos)) && COMPLETION_AFTER.test(text.slice(y.end, y.end + 12));
const completes = (text: string, y: YearMention): boolean => completesAt(text, y) && PROJECT_NAMED.test(text.slice(sentenceStartBefore(text, y.pos), y.pos));
const dueAbove = (text: string, y: YearMention): boolean => ABOVE_DUE_BEFORE.test(text.slice(Math.max(0, y.pos - 16), y.pos)) && ABOVE_DUE_AFTER.test(text.slice(y.end, y.end + 12));
/** A project or a phase of one named: 项目, 工程, 一期. */
const PROJECT_NAMED = /项目|工程|[一二三四]期/;
/** Where the sentence holding `pos` opens (after its full stop or line break, 200 characters back at most). */
function sentenceStartBefore(text: string, pos: number): number {
  const from = Math.max(0, pos - 200);
  const back = text.slice(from, pos);
  return from + Math.max(back.lastIndexOf("。"), back.lastIndexOf("\n")) + 1;
}

/**
 * The year of a deadline closing the sentence (力争2023年底前完成建设任务, 到2022年全部完成), when `y`, the first year after the number, is one;
 * else null.
 */
function closingDeadline(text: string, y: YearMention | undefined, sentence: Span): number | null {
  if (!y || y.pos >= sentence.end || !/(?:力争|确保|争取|于|在|到)$/.test(text.slice(y.pos - 2, y.pos))) return null;
  const rest = text.slice(y.end, sentence.end);
  // (the deadline and the work it closes, to the sentence's end, with no amount of its own)
  return DEADLINE_CLOSES.test(rest) && !/\d/.test(rest) && !/[,，;；]/.test(rest.replace(/[,，]\s*确保[^,，;；]*$/, "")) ? y.year : null;
}
/** What follows a deadline's year that closes its sentence: 底前完成建设任务. */
// (…or the year alone with all of it done: …设立村级互助养老点5180个,到2022年全部完成)
const DEADLINE_CLOSES = /^(?:年)?(?:底|末)?(?:(?:前|以前|之前)(?:全面)?|(?:全部|全面))(?:完成|建成|实现)/;

/** Whether year mention `y` is a span of years (2021-2023年, 2021—2023年). */
function isSpan(text: string, y: YearMention): boolean {
  return y.end - y.pos > 6 && /^\d{4}\s*[-—–~～至到]/.test(text.slice(y.pos, y.end));
}

/** Whether year `y` stands within a few words of the opening of its full sentence (…。根据《方案》,预计今年…). */
function opensFullSentence(text: string, y: YearMention): boolean {
  const before = text.slice(Math.max(0, y.pos - 16), y.pos);
  return /(?:^|[。!?！？\n])[^。!?！？\n;；]{0,14}$/.test(before) && (y.pos >= 16 || !/[;；]/.test(before));
}

/**
 * The year of a scope that the years after it, up to the `i`th, only restate in their own clauses: 确定了十三五期间的交通
 * 建设目标:实现“十三五”末…达1000公里;普通国道提级改造达360公里 — the second clause is still the period's. Null when there
 * is none (within 400 characters, before the paragraph's end).
 */
function restatedScope(text: string, line: LineInfo, i: number, docYear: number | null): number | null {
  const year = line.years[i].year;
  for (let j = i - 1; j >= 0 && line.years[i].pos - line.years[j].end < 400; j--) {
    const y = line.years[j];
    if (y.year !== year) return null;
    if (setsScope(text, y, docYear) && !text.slice(y.end, line.years[i].pos).includes("。")) return year;
  }
  return null;
}

/**
 * Whether `year` is a vision a period or more beyond the plan period `scopeYear` that dates the paragraph, itself after
 * the document's year (2035 in a paragraph of the 十五五, dated 2030).
 */
function farOverScope(year: number, scopeYear: number | null, docYear: number | null): boolean {
  return scopeYear !== null && docYear !== null && scopeYear > docYear && year >= scopeYear + 5;
}

/** What stands before a year opening its sentence as its subject: nothing, or the words that report it (报告指出,). */
const REPORTING = "指出|提出|表示|介绍|强调|明确|说";
const SUBJECT_YEAR_BEFORE = new RegExp(String.raw`(?:^|[。!?\n])\s*(?:[\u4e00-\u9fff]{1,8}(?:${REPORTING})[,，:：]\s*)?$`);
/** The words that report what is said right before it (说,“ / 指出:). */
const REPORTED_BEFORE = new RegExp(`(?:${REPORTING})[,，:：]\\s*[“"]?$`);

/** A will and a deadline's 在 or 于 opening a sentence, up to its year: (。|heading 。)力争在 / 争取于. */
const WILL_DEADLINE_OPENS = /(?:^|[。!?！？\n:：])\s*(?:力争|争取|确保)(?:在|于|到)[“"]?$/;

/**
 * Whether a year in an earlier sentence of the paragraph carries over: a scope (到2025年,… / 2025年:) does; a
 * year that only dates its own sentence (2024年完成…; 2000年底前建成的…) or lies before the document does not.
 */
function setsScope(text: string, y: YearMention, docYear: number | null): boolean {
  if ((docYear !== null && y.year < docYear) || y.sentenceOnly) return false;
  // (a plan period keeps its quotes: 到“十四五”末,…)
  // (力争2025年材料产业规模突破2万亿元 dates its own clause: with no comma after it, only a year after 到 or 至 spans on)
  if (/(到|至)[“"]?$/.test(text.slice(Math.max(0, y.pos - 3), y.pos))) return true;
  if (/(力争|争取|在|于)[“"]?$/.test(text.slice(Math.max(0, y.pos - 3), y.pos)) && /^[”"]?(底|末|期末)?[,，]/.test(text.slice(y.end, y.end + 4))) return true;
  // (主要目标。力争在2020年前全市基本实现气象现代化,…。…监测率达到95%以上: a deadline a will opens its sentence with dates
  // the goals after it, as 到2020年,… does)
  if (/^[”"]?(?:底|末)?(?:前|以前|之前)/.test(text.slice(y.end, y.end + 4)) && WILL_DEADLINE_OPENS.test(text.slice(Math.max(0, y.pos - 12), y.pos))) return true;
  // (…说,“十二五”时期我国农村水电工作将…,增加…;建成300个…: a plan period opening its sentence as its time, or what is said
  // in it, spans on without a comma too)
  // (not the period described, “十四五”时期是…关键时期: a will follows the period's subject)
  if (/十[一二三四五六]五/.test(text.slice(y.pos, y.end)) && /^[”"]?(?:时期|期间)(?![是为的])[^,，。;；]{0,20}?(?:将|(?<![主重必需])要(?![素求点])|力争|计划)/.test(text.slice(y.end, y.end + 28)) &&
    (opensFullSentence(text, y) || REPORTED_BEFORE.test(text.slice(Math.max(0, y.pos - 8), y.pos)))) return true;
  // (“十四五”期间,…; …;引进…100个: a plan period opening the sentence spans on, as 到2025年,… does)
  if (/^[”"]?(底|末|期末|前|以前|之前|期间|时期)?[,:;。)]/.test(text.slice(y.end, y.end + 5))) return true;
  // (a sentence opening on the year as its subject speaks of that year to what follows: …。2022年是新一届政府开局之年。
  // …主要预期目标是:地区生产总值增长7%以上 — also after the words that report it: 报告指出,2021年是…)
  // (after such words only the document's own year: 文件明确,2028年是中期评估之年 names a year in passing)
  if (text[y.end] === "是" && /(^|[。!?\n])\s*$/.test(text.slice(Math.max(0, y.pos - 2), y.pos))) return true;
  if (text[y.end] === "是" && y.year === docYear && SUBJECT_YEAR_BEFORE.test(text.slice(Math.max(0, y.pos - 14), y.pos))) return true;
  // (a year introducing what follows its colon: 2026年主要预期目标是:…;…)
  // (…or the goals it counts and then lists: “十四五”期间重点完成5项工作指标,即…达到9%;…;打造5个以上…)
  return /^[^,。;:]{0,14}(?:目标|任务|安排)[是为]?:/.test(text.slice(y.end, y.end + 18)) ||
    /^[^。;:]{0,30}?(?:指标|目标|任务)(?:[,，]\s*即|[,，]?\s*(?:分别是|分别为|包括)[:：])/.test(text.slice(y.end, y.end + 40));
}

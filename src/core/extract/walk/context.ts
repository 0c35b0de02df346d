// Document context while walking the lines: section path, the year a heading or a year-setting line gives
// (2027年,… / 到2027年,…), attachments (附件2 … 2024年工作要点), review sections, and the plan horizon.
import { NO_AHEAD, opensStage, THIS_YEAR, yearMentions, type YearMention, type YearsAhead } from "./years";
import { isAchievementHeading, isPastHeading, namesYearsBehind } from "./review";
import { CITES, namesYearsWork, PLAN_PERIODS, yearOfPlanTitle } from "../../document/doc-year";

export interface SectionEntry {
  level: number;
  title: string;
  year: number | null;
  past: boolean;
}

/** New results a heading names as reached, with no 的 of a result had: 取得人居环境整治新成绩, 取得新突破. */
const AIMED_RESULT = /取得(?!的)[^,。的]{0,10}?新(?:成[就绩效果]|突破|进展|进步)/;

export class WalkContext {
  sections: SectionEntry[] = [];
  /** Year set by a line that opens with a year (2027年,城区功能品质大幅提升…), until the next heading. */
  lineYear: number | null = null;
  attachmentYear: number | null = null;
  /** Year of a list a line introduces with 如下 (…2025年10项民生实事项目如下:), across the list's numbered items. */
  listYear: number | null = null;
  /** Lines after an 附件 marker that may still carry the attachment's title. */
  attachmentTitleLines = 0;
  /** Whether the line just read opened with the year it set (so a heading right after it is introduced by it). */
  private lineYearFresh = false;
  /**
   * A goal year set by the line right before a run of headings (到2030年,…。 / (一)… (二)…): the headings at that level
   * are parts of what it introduces, until a shallower heading or another such line.
   */
  private introYear: { level: number; year: number } | null = null;
  /** The year a paragraph opening with a plan period as its time (“十五五”时期是…) gives that paragraph only. */
  paragraphYear: number | null = null;
  /** The end of the period of a plan the last paragraph named (发布“十五五”…产业集群方案), for a next one that refers back to it. */
  namedPlanYear: number | null = null;
  /** The end of a later period's plan the paragraph before reported the goals of (十五五规划纲要草案…提出…), or null. */
  reportedPlanYear: number | null = null;
  /** The year of a line that is only a year (2025年——), over the lines after it until the next heading. */
  bannerYear: number | null = null;

  /**
   * Whether the document may be a year's work (its title names no plan for several years), so a 民生实事 list with no
   * year is the document's year's.
   */
  readonly yearsWork: boolean;
  /** Whether the title names a plan: its headings of years (跨越赶超的五年) are the years ahead, not a review. */
  readonly plan: boolean;
  /**
   * Whether the title names a plan and no review of one (2020年工作计划, not …计划执行情况…的报告): its headings of what
   * is achieved (取得人居环境整治新成绩) are what it aims at.
   */
  readonly planOnly: boolean;

  constructor(readonly docYear: number | null, readonly horizon: number | null, title: string | null = null, readonly ahead: YearsAhead = NO_AHEAD) {
    this.yearsWork = !MULTI_YEAR_TITLE.test(title ?? "");
    this.plan = /(规划|纲要|计划|方案|行动)/.test(title ?? "");
    this.planOnly = this.plan && !/(执行|总结|回顾|完成情况|进展|成效|评估)/.test(title ?? "");
  }

  /** `yearsTo`: where the heading's words end (past a title cut at a comma: 三、脚踏实地,做实做细做成2021年工作). */
  enterHeading(level: number, title: string, text: string, titleMask: Uint8Array, at: number, yearsTo = at + title.length): void {
    const open = this.sections.length;
    while (this.sections.length && this.sections[this.sections.length - 1].level >= level) this.sections.pop();
    if (this.introYear !== null && level < this.introYear.level) this.introYear = null;
    // (only a goal ahead, on the line right before a heading that opens a part of the section the line is in — a
    // heading that ends a section, 二、… after 展望2035年…, starts something else)
    if (this.lineYear !== null && this.lineYearFresh && this.docYear !== null && this.lineYear > this.docYear && this.sections.length === open) {
      this.introYear = { level, year: this.lineYear };
    }
    const years = yearMentions(text, at, yearsTo, this.docYear, titleMask, null, this.ahead);
    const parentPast = this.sections.some((s) => s.past);
    // a section about a year before the document's (一、2024年工作情况 in a 2025 plan) reviews the past
    const earlier = this.docYear !== null && years.length > 0 && years.every((y) => y.year < this.docYear!) && !/(目标|计划|安排|要点|展望|任务|预期)/.test(title);
    const year = years.length ? years[0].year : this.yearsWork && this.docYear !== null && YEARS_PROJECTS.test(title) ? this.docYear : null;
    // (an achievement heading reviews, but not under goals or a section of the document's year or later)
    // (in a plan, 取得人居环境整治新成绩 and 深化农村改革取得新突破 head what the plan aims to achieve — not 2019年工作回顾,
    // 过去五年取得的显著成就, 上半年取得的成效 before them)
    const aimed = this.planOnly && AIMED_RESULT.test(title) && !/(回顾|总结|情况|以来|过去|年来|上半年|前三季度)/.test(title);
    const achieved = isAchievementHeading(title) && !aimed && !this.sections.some((s) => /(目标|任务|展望)/.test(s.title) || (s.year !== null && this.docYear !== null && s.year >= this.docYear));
    this.sections.push({ level, title, year, past: parentPast || (isPastHeading(title) && !aimed) || (namesYearsBehind(title) && !this.plan) || achieved || earlier });
    this.lineYear = null;
    this.paragraphYear = null;
    this.namedPlanYear = null;
    this.reportedPlanYear = null;
    this.bannerYear = null;
  }

  /** A line of body text was read; `opensWithYear`: it opened with the year it set (another such year ends an intro). */
  readLine(opensWithYear: boolean): void {
    this.lineYearFresh = opensWithYear;
    if (opensWithYear && this.introYear !== null && this.introYear.year !== this.lineYear) this.introYear = null;
  }

  /** A numbered paragraph of body text: the sections at its level and below end, none begins. */
  closeLevel(level: number): void {
    while (this.sections.length && this.sections[this.sections.length - 1].level >= level) this.sections.pop();
    this.lineYear = null;
  }

  enterAttachment(year: number | null): void {
    this.sections = [];
    this.lineYear = null;
    this.listYear = null;
    this.attachmentYear = year;
    this.attachmentTitleLines = 4;
  }

  setAttachmentTitle(title: string, year: number | null): void {
    this.sections = [{ level: -1, title, year, past: false }];
  }

  /** The section the line read stands in, if any. */
  get innermost(): SectionEntry | undefined {
    return this.sections[this.sections.length - 1];
  }

  get sectionPath(): string[] {
    return this.sections.map((s) => s.title);
  }

  get inPastSection(): boolean {
    return this.sections.some((s) => s.past);
  }

  /** A line turned to the document's year or its goals ends the review of the sections it stands in. */
  endReview(): void {
    for (const s of this.sections) s.past = false;
  }

  /** The year the context itself sets (a paragraph, line, heading, list or attachment), not the horizon it falls back to. */
  get explicitYear(): number | null {
    if (this.paragraphYear !== null) return this.paragraphYear;
    if (this.lineYear !== null) return this.lineYear;
    for (let i = this.sections.length - 1; i >= 0; i--) if (this.sections[i].year !== null) return this.sections[i].year;
    return this.introYear?.year ?? this.listYear ?? this.attachmentYear;
  }

  /** Year for a target when its own sentence and paragraph name none; `line`, the paragraph read. */
  fallbackYear(line = ""): number | null {
    if (this.paragraphYear !== null) return this.paragraphYear;
    if (this.lineYear !== null) return this.lineYear;
    for (let i = this.sections.length - 1; i >= 0; i--) if (this.sections[i].year !== null) return this.sections[i].year;
    // (全年新建5G基站1000个 under (一) after 到2025年,…: the year's work of an annual plan is the document's year)
    if (this.introYear !== null) return this.docYear !== null && /全年|本年度/.test(line) ? this.docYear : this.introYear.year;
    if (this.listYear !== null) return this.listYear;
    if (this.attachmentYear !== null) return this.attachmentYear;
    // (到2017年底前…脱贫 made 2017 the horizon of a work report's excerpt; its 全年实现新增就业5300人 is the year's work —
    // 全年 as the time of a clause, not year-round: 全年空气质量优良天数, 全年全天候通航)
    return this.docYear !== null && YEARS_WORK_CLAUSE.test(line) ? this.docYear : this.horizon;
  }
}

/**
 * A year's list of projects for the people (民生实事, 为民办实事, 实事项目): named with no year, it is the document's year's
 * — an excerpt of a work report may hold 到2030年 goals before it (办好十件民生实事: 1.新建幼儿园100所…).
 */
export const YEARS_PROJECTS = /民生实事|为民办实事|惠民实事|实事项目/;

/** 全年 opening a clause as its time, before what is to be done in it: 全年实现新增就业5300人, 全年力争…, 全年完成…. */
const YEARS_WORK_CLAUSE = /(?:^|[,，。;；:：\s])全年(?:要|将|计划|力争|确保|实现|完成|新增|新建|累计|预计)/;

/**
 * The first year of the plan a document issues, when its title names a span that opens before the document's year and
 * runs on past it (《…三年行动实施方案(2018-2020年)》 issued in 2019), or names a five-year plan issued within its
 * period (“十四五”消防救援事业发展专项规划 of 2022) — or, with no title, an excerpt names such a plan near its start —
 * else null. A report on a plan (…实施情况的中期评估报告, …工作情况的报告) is no plan: its earlier years are the past.
 */
export function planFrom(title: string | null | undefined, docYear: number | null, opening = ""): number | null {
  if (docYear === null || REPORT_TITLE.test(title ?? "")) return null;
  const span = YEAR_SPAN.exec(title ?? "");
  if (span !== null) {
    const from = Number(span[1]);
    return from < docYear && Number(span[2]) >= docYear ? from : null;
  }
  for (const [re, end] of PLAN_IN_TITLE) {
    if (re.test(title ?? "")) return end - 4 < docYear && end >= docYear ? end - 4 : null;
  }
  const named = title ? null : OPENING_PLAN.exec(opening);
  const end = named ? PLAN_PERIODS[named[1]] : undefined;
  return end !== undefined && end - 4 < docYear && end >= docYear ? end - 4 : null;
}

/** A lead whose subject is next year's budget or plan: 通过明年度中央政府总预算案, 明年的计划草案. */
const NEXT_YEARS_PLAN_LEAD = /^[^。\n]{0,30}?明年度?的?[^。\n,，]{0,12}?(?:总预算|预算案|预算草案|计划草案)/;

/** A span of years, as titles write it: 2018-2020年, 2024—2026年, 2021至2025年. */
export const YEAR_SPAN = /(20\d\d)\s*[-—–至]\s*(20\d\d)年/;
/** A title of what reports on a plan or on work done, not of a plan: 报告, 总结, 评估, 情况, 通报, 公报. */
const REPORT_TITLE = /(报告|总结|评估|情况|通报|公报|回顾)/;

/** A title of a plan for several years (规划, 纲要, 十五五, 2024—2026年): its 民生实事 are no year's list. */
const MULTI_YEAR_TITLE = /规划|纲要|十[一二三四五六]五|20\d\d\s*[-—–至]\s*20\d\d年/;

/** A five-year plan named near an excerpt's start: “十四五”消防救援事业发展专项规划. */
// (a plan's own name holds its field between the period and 规划; 落实人社“十四五”规划, 按照“十四五”发展规划部署,
// 与“十四五”规划目标相衔接 only cite one — the verb may stand before the quote mark)
const OPENING_PLAN = /(?<!(?:落实|贯彻|实施|执行|编制|衔接|按照|根据|依据|对照|围绕|遵循|对标)[“"]?)[“"]?(十[三四五六]五)[”"]?[\u4e00-\u9fff]{2,16}?(?:专项规划|规划)(?![\u4e00-\u9fff]{0,4}(?:部署|要求|确定|提出|明确))/;

const PLAN_IN_TITLE: [RegExp, number][] = [
  [/十四五|第十四个五年/, 2025], [/十五五|第十五个五年/, 2030], [/十三五|第十三个五年/, 2020], [/十六五|第十六个五年/, 2035],
];

/** The plan's target year: from the title (十四五, 2024年工作要点, 2023—2025年), else the first goal year in the text. */
export function planHorizon(title: string | null, text: string, docYear: number | null, titleMask: Uint8Array, yearsAhead?: YearsAhead): number | null {
  // (a period the title names that ended before the document was written is reviewed, not planned: 全区基本完成了
  // 「十三五」规划 on a page of 2021)
  const ahead = (y: number | null): boolean => y !== null && (docYear === null || y >= docYear);
  if (title) {
    for (const [re, y] of PLAN_IN_TITLE) if (re.test(title) && ahead(y)) return y;
    const span = /(20\d\d)\s*[-—–至]\s*(20\d\d)年/.exec(title);
    if (span && ahead(Number(span[2]))) return Number(span[2]);
    // 2023年工作总结及2024年工作计划: the year of the plan part
    const planned = yearOfPlanTitle(title);
    if (ahead(planned)) return planned;
  }
  // (a page run together into one line, its title at its head: 闵行区数字化转型“十四五”规划 一、总体思路…)
  if (!title) {
    // (a name standing alone before a space, not the object of a verb: 科学编制“十五五”规划,谋划… names none)
    const opening = /^([^。,;:\n\s]{0,30}?)[“"]?(十[一二三四五六]五)[”"]?[\u4e00-\u9fff]{0,10}?(?:规划|纲要)(?=\s)/.exec(text.slice(0, 60).trimStart());
    if (opening && !/(编制|谋划|实施|落实|贯彻|做好|推进|制定|开展|研究|启动)/.test(opening[1])) return PLAN_PERIODS[opening[2]] ?? null;
  }
  // (a year's work report or plan — 研读2026年政府工作报告… — states five-year goals with their own years; the rest is
  // the year's; so is a summary of one whose headline quotes a goal of another year: 速读丨2025年制造业增加值…)
  if (docYear !== null && namesYearsWork(text, docYear)) return docYear;
  // (行政院院會通過明年度中央政府總預算案,…國防預算…共計增列九四九五億元: a page whose lead is next year's budget or plan
  // speaks of that year throughout)
  if (docYear !== null && NEXT_YEARS_PLAN_LEAD.test(text.slice(0, 120))) return docYear + 1;
  // (a page that reports a plan it says was issued takes that plan's end, over a goal year its headline names:
  // 到2022年垫江县森林覆盖率达45%以上 … 印发《垫江县国土绿化提升行动(2018-2020年)实施方案》)
  const unyeared = openingWithoutOwnYear(text, docYear);
  const reported = reportedPlanPeriod(text, docYear) ?? periodOfIndicatorTable(text, docYear) ?? periodOfLead(unyeared, docYear) ?? launchedPlanEnd(unyeared ?? openingFromNow(text, docYear), docYear) ??
    projectSpanEnd(text, docYear);
  if (reported !== null) return reported;
  // (not the day a report was delivered: 彰武县人民政府工作报告(2023年12月20日))
  const yr = title ? /(20\d\d)年(?!远景|\d{1,2}月\d{1,2}日)/.exec(title) : null;
  if (yr) return Number(yr[1]);
  // first 到YYYY年 or line-opening YYYY年, within a plausible plan period
  const head = Math.min(text.length, 200_000);
  // read in chunks: the first goal year usually comes early
  for (let from = 0; from < head; from += 4000) {
    const found = firstGoalYear(text, yearMentions(text, from, Math.min(head, from + 4000), docYear, titleMask, null, yearsAhead), docYear);
    if (found !== null) return found;
  }
  return docYear;
}

/**
 * The period of the plan a page reports, named near its head with its period: 联合印发的《“十四五”时期“无废城市”建设工作方案》
 * (下称《方案》), 印发《…攻坚行动方案(2021—2023年)》 — its goals run to the period's end. Only a plan that runs on from the
 * page's year.
 */
function reportedPlanPeriod(text: string, docYear: number | null): number | null {
  const head = text.slice(0, 1500);
  // (a page that never states its own year still reports the plan it names: its goals run to the plan's end)
  const runsOn = (end: number): boolean => Number.isFinite(end) && (docYear === null || (end >= docYear && end <= docYear + 15));
  // (已发布《…“十四五”规划》 in a park's profile names a plan in passing: only a plan issued, or one the page goes on to call
  // by a short name, is the one it reports)
  // (a briefing that explains a plan reports it too: 解读“十五五”规划《纲要(草案)》, the period written before its 《》)
  // (or with the verb after its name and a word of now: 《泉州市“十四五”…专项规划》近日编制完成 — not the plan a page's work
  // follows, 《…规划》印发后 / 印发以来 / 正式印发已满两年)
  // (…or approved: 市政府近日正式批复《北京市轨道交通线网规划(2020年-2035年)》)
  for (const m of head.matchAll(/(?:印发|出台|制定|(?<!已)发布|(?<!已)公布|解读|批复|草拟|起草)(?:了|的)?([“"]?十[一二三四五六]五[”"]?规划)?《([^《》]{4,60})》|《([^《》]{4,60})》(?:[(（](?:下称|以下简称|简称)|[^。《》,]{0,4}?(?:近日|日前|近期|今天|今日|正式)(?:正式)?(?:印发|出台|发布|公布|编制完成)(?![后以已]))|《([^《》]{4,60})》已经?编制完成|《([^《》]{4,60})》[^。《》,]{0,6}?(?:公示|征求意见|公开征求)/g)) {
    // (…or said just drawn up: 《江苏省国民经济和社会发展第十三个五年规划纲要》已编制完成)
    // (…or put out for comment: 《西安市“十四五”保障性租赁住房发展规划(征求意见稿)》向社会进行公示)
    const name = (m[1] ?? "") + (m[2] ?? m[3] ?? m[4] ?? m[5]).replace(/[(（](?:征求意见稿|草案|送审稿)[)）]$/, "");
    // (为深入贯彻落实省政府印发的《…“十五五”…规划》: a plan the page carries out is not the one it reports)
    if (CARRIED_OUT_BEFORE.test(head.slice(Math.max(0, (m.index ?? 0) - 14), m.index))) continue;
    // (…nor one it is still to draw up: 并编制发布《上海新能源汽车充电设施布局规划(2016-2020)》 is a task of the year)
    if (TO_BE_DRAWN_UP.test(head.slice(Math.max(0, (m.index ?? 0) - 6), m.index))) continue;
    // (…攻坚行动方案(2021—2023年): the span closing the name is read below, as is one inside it, …行动(2018-2020年)实施方案)
    if (!/(规划|计划|方案|纲要|意见)$/.test(name.replace(/[(（][^()（）]*[)）]$/, ""))) continue;
    // (the formal name spells the period out: 第十五个五年规划纲要)
    const period = /十([一二三四五六])五|第十([一二三四五六])个五年/.exec(name);
    const end = period ? PLAN_PERIODS[`十${period[1] ?? period[2]}五`] : Number(/(?:19|20)\d\d\s*年?\s*[-—–~～至]\s*((?:19|20)\d\d)年?/.exec(name)?.[1] ?? NaN);
    // (a long-range plan's end, 2035, up to fifteen years on)
    if (runsOn(end)) return end;
    // (…三年行动方案(讨论稿), its years unnamed: the one span of as many years the page names is the plan's — 2023~2025年三年完成…)
    const years = /([两三四五])年行动(?:计划|方案)/.exec(name);
    if (years) {
      const length = ({ 两: 2, 三: 3, 四: 4, 五: 5 } as Record<string, number>)[years[1]];
      const spans = [...text.slice(0, 6000).matchAll(/((?:19|20)\d\d)\s*年?\s*[-—–~～至]\s*((?:19|20)\d\d)\s*年/g)].filter((x) => Number(x[2]) - Number(x[1]) + 1 === length);
      if (spans.length > 0 && spans.every((x) => x[2] === spans[0][2]) && runsOn(Number(spans[0][2]))) return Number(spans[0][2]);
    }
  }
  // (…or issued under its name without 《》: 省生态环境厅发布湖北省应对气候变化“十四五”规划的通知)
  const issued = ISSUED_PERIOD_PLAN.exec(head);
  if (issued && !CARRIED_OUT_BEFORE.test(head.slice(Math.max(0, issued.index - 14), issued.index))) {
    const end = PLAN_PERIODS[`十${issued[1]}五`];
    if (docYear === null ? end !== undefined : end >= docYear && end <= docYear + 12) return end;
  }
  return null;
}
/** Words of work still to do just before a plan's issuing verb: 编制发布, 研究制定, 将印发, 适时出台. */
const TO_BE_DRAWN_UP = /(?:编制|起草|研究|抓紧|加快|启动|适时|年内|将|要)并?$/;
/** Words of carrying out a plan just before its name (为深入贯彻落实省政府印发的《…》): the page follows it, it reports none. */
const CARRIED_OUT_BEFORE = new RegExp(`(?:${CITES})[^,。;《]{0,10}$`);
/** A period's plan issued, named without 《》: 发布湖北省应对气候变化“十四五”规划的通知, 印发了全市“十五五”交通发展规划. */
const ISSUED_PERIOD_PLAN = /(?:印发|出台|(?<!已)发布|(?<!已)公布)了?[^。,，;；《》\n]{0,20}?[“"]?十([一二三四五六])五[”"]?[^。,，;；《》\n]{0,16}?(?:规划|计划|方案|纲要)(?!编制|起草|实施|落实)/;

/**
 * The period of a plan's indicator table, named in its title line: 宝应县“十四五”卫生健康主要发展指标 — the goals around it
 * are the period's (an excerpt may hold the goals and only the table's title). Only a period that runs on from the page's year.
 */
function periodOfIndicatorTable(text: string, docYear: number | null): number | null {
  if (docYear === null) return null;
  const m = /(?:^|\n)[^\n。,;]{0,16}[“"]?(十[一二三四五六]五)[”"]?(?:时期|期间)?[^\n。,;]{0,12}?(?:主要|发展|规划)?指标(?:表|体系)?\s*(?:\n|$)/.exec(text.slice(0, 200_000));
  const end = m ? PLAN_PERIODS[m[1]] : NaN;
  return Number.isFinite(end) && end >= docYear && end <= docYear + 12 ? end : null;
}

/** The opening of a page that speaks of no year of its own (no 今年, no "2026年" of the page's year), else null. */
function openingWithoutOwnYear(text: string, docYear: number | null): string | null {
  if (docYear === null) return null;
  const opening = text.slice(0, 3000);
  return THIS_YEAR.test(opening) || opening.includes(`${docYear}年`) ? null : opening;
}

/** The page's opening when the only year it names is this one as where its work starts (今年起,我省将…用三年时间实施…). */
function openingFromNow(text: string, docYear: number | null): string | null {
  if (docYear === null) return null;
  const opening = text.slice(0, 600);
  const rest = opening.replace(/(?:从|自)?今年(?:起|开始)/g, "");
  return rest !== opening && !THIS_YEAR.test(rest) && !rest.includes(`${docYear}年`) ? opening : null;
}

/**
 * The period a page is about, from its head: a headline naming the period's plan (十五五规划:目标是…) or a lead whose time
 * is the period (记者从水利部了解到,“十五五”时期,我国将…) — a page of what the period will bring. Only a period that runs
 * on from the page's year.
 */
// (not a year's report whose lead names the period it opens, “十五五”时期,我们要…。全年新增城镇就业5万人: the year's goals are
// named as such further on)
function periodOfLead(opening: string | null, docYear: number | null): number | null {
  if (opening === null || docYear === null) return null;
  const head = opening.slice(0, 200);
  const m = LEAD_PERIOD.exec(head);
  // (…or the page speaks of the period's plan itself, naming no year of its own: 日前,备受关注的“十五五”规划纲要草案呈现在代表
  // 委员面前 — not a plan it only follows or drafts, 贯彻落实“十五五”规划, 科学编制“十五五”规划)
  // (…nor one it is guided by or opens, 以“十五五”规划纲要为引领, 作为“十五五”规划纲要的开局之年, whose year's goals follow)
  const named = m ? null : PERIOD_PLAN_NAMED.exec(head);
  const spoken = named !== null && !PLAN_FOLLOWED.test(head) ? named : null;
  const end = m ? PLAN_PERIODS[`十${m[1] ?? m[2] ?? m[3]}五`] : spoken ? PLAN_PERIODS[`十${spoken[1]}五`] : NaN;
  return Number.isFinite(end) && end >= docYear && end <= docYear + 12 ? end : null;
}

/**
 * The last year of a plan of some years the page says will now be carried out, its years unnamed (广西将…大力实施乡村
 * 振兴三年行动计划 on a page of 2018 → 2020): the page's goals run to its end. Only on a page that speaks of no year of its
 * own (今年, 2018年).
 */
function launchedPlanEnd(opening: string | null, docYear: number | null): number | null {
  // (…nor a page of a part of the year's work, 一季度新开工项目不少于40个)
  if (opening === null || docYear === null || /[一二三四]季度|上半年|下半年/.test(opening)) return null;
  const m = LAUNCHED_PLAN.exec(opening.slice(0, 600));
  return m ? docYear + ({ 两: 2, 三: 3, 五: 5 } as Record<string, number>)[m[1] ?? m[2]] - 1 : null;
}
/**
 * The last year of a project of a few years the page's opening names (中标清河区2023-2024年水系连通…项目): the works it lists
 * are to be done by then.
 */
function projectSpanEnd(text: string, docYear: number | null): number | null {
  const m = PROJECT_SPAN.exec(text.slice(0, 300));
  if (m === null) return null;
  const from = Number(m[1]), to = Number(m[2]);
  return to > from && to - from <= 5 && (docYear === null || (from <= docYear + 1 && to >= docYear)) ? to : null;
}
/** A span of years inside a project's or works' name: 2023-2024年水系连通及水美乡村建设县项目. */
// (not the time work is done in, 将在2016~2017年投资86亿元实施…工程: a span after 在 or 于, or one a verb of funding or doing follows)
const PROJECT_SPAN = /(?<![在于])(20\d\d)\s*[-—–~～至]\s*(20\d\d)\s*年(?:(?!投资|实施|完成|推进|开展|启动)[^。;,，《》\n]){0,30}?(?:项目|工程)/;
/** Words of a page that follows a plan or opens its period, rather than speaking of the plan itself. */
const PLAN_FOLLOWED = /贯彻|落实|编制|谋划|实施|按照|根据|对照|做好|制定|起草|引领|开局|开门红|起步/;
/** A period's plan named as what a page speaks of: “十五五”规划纲要草案, 十五五规划建议. */
// (the outline or the proposal itself, not the work of drafting one, 做好“十五五”规划编制工作)
const PERIOD_PLAN_NAMED = /[“"「]?十([一二三四五六])五[”"」]?(?:时期)?(?:经济社会发展)?规划(?:纲要|建议)(?:草案)?(?!编制|起草|实施|落实)/;
/** A will to carry out a plan of some years, with no span of years after it (将…实施…三年行动计划). */
// (not one carried out since, 实施三年行动计划以来)
// (…or with the years it takes said first: 今年起,我省将…用三年时间实施“十百千万”人才计划)
const LAUNCHED_PLAN = /(?:将|要)[^。;《]{0,30}?(?:实施[^。;《,，]{0,16}?([两三五])年行动(?!(?:计划|方案)?(?:以来|[(（]?\s*(?:19|20)\d\d))|用([两三五])年(?:左右)?时间(?:实施|开展|推进))/;

/**
 * A headline of a period's plan (十五五规划:…) or a lead with the period as its time and a will (“十五五”时期,我国将…), or as
 * what it speaks of (“十五五”时期是…的关键阶段).
 */
// (…or a lead that opens with the period as what it speaks of: “十五五”时期是我国城市轨道交通…的关键阶段)
// (…or with what the place holds to through it: “十四五”期间,丰润区坚持稳中求进工作总基调,…)
// (…or a headline naming the period's goals: 上海“十二五”时期的主要目标 2011-02-12)
const LEAD_PERIOD = /^\s*[“"「]?十([一二三四五六])五[”"」]?[\u4e00-\u9fff]{0,10}?(?:规划|纲要)(?:[:：\s]|$)|^[\u4e00-\u9fff]{0,8}[“"「]?十([一二三四五六])五[”"」]?(?:时期|期间)?的?(?:主要|发展|奋斗)?目标(?:和任务|任务)?(?=[ \t\n]|$)|^[^。\n]{0,40}?(?:^|[,，:：])[“"「]?十([一二三四五六])五[”"」]?(?:时期|期间)(?:[,，][^。]{0,30}?(?:将|要|坚持|聚焦|围绕|力争)|是[^。]{0,40}?(?:关键|重要)(?:阶段|时期|五年))/;

/** The first of `years` that opens a line or follows 到/至, within a plausible plan period. */
function firstGoalYear(text: string, years: YearMention[], docYear: number | null): number | null {
  for (const y of years) {
    if (docYear !== null && (y.year < docYear || y.year > docYear + 12)) continue;
    // (到“十四五”末: a quote may stand between 到 and a plan period)
    const before = text.slice(Math.max(0, y.pos - 3), y.pos).replace(/[“"]$/, "");
    const back = text.slice(Math.max(0, y.pos - 24), y.pos);
    const nl = back.lastIndexOf("\n");
    const opensLine = nl >= 0 && back.slice(nl + 1).trim().replace(/^(发展目标是|目标是|主要目标是)[::]?/, "").replace(/^(力争)?(到|至)?$/, "") === "";
    // (自2024年起至2029年止用五年时间完成…: the span of one task's work is no horizon of the plan)
    if (/[自从](?:19|20)\d\d年起至$/.test(back)) continue;
    if (/[到至]$/.test(before) || opensLine) {
      if (y.year === 2035 && docYear !== null && docYear < 2030) continue; // 远景目标, not the plan period
      return laterStage(text, years, y, docYear) ?? y.year;
    }
  }
  return null;
}

/**
 * A later stage of the goals of the paragraph a goal year opens: 到2024年底,…;到2026年底,… — the plan runs to the later
 * one (its tasks, named with no year, are for its end), within a plausible plan period and not a 2035 vision.
 */
function laterStage(text: string, years: YearMention[], first: YearMention, docYear: number | null): number | null {
  const nl = text.indexOf("\n", first.end);
  const lineEnd = nl < 0 ? text.length : nl;
  let found: number | null = null;
  for (const y of years) {
    if (y.pos <= first.pos || y.pos >= lineEnd || y.year <= (found ?? first.year)) continue;
    if (docYear !== null && y.year > docYear + 12) continue;
    if (y.year === 2035 && (docYear === null || docYear < 2030)) continue;
    if (opensStage(text, y)) found = y.year;
  }
  return found;
}

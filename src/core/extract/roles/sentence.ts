// The roles stage for a sentence: the rules read its clauses and propose candidates; each quantity mention then gets
// its role — target, or past (a review), parameter (a policy norm), baseline (a value of an earlier year),
// qualifier (inside a name) — with a reason. Quantities no rule could read are `possible` targets (see possible.ts).
import { TIME_UNITS, isMeasureWord, isPercentUnit, matchUnit } from "../../numbers/units";
import { MODAL } from "../../document/doc-year";
import type { MentionRole } from "../../model";
import type { Span } from "../../text/segment";
import { firstAtOrAfter, quantitiesIn, type Mention } from "../mentions/scan";
import { baseYearOf, type Observed } from "../refiners/base";
import { ownYear, statedYear, yearFor } from "../refiners/year";
import { respectivelyRule, sharedRule } from "../rules/distribution";
import { indicatorNumberRule, MARK_WORDS, subjectOf } from "../rules/indicator-number";
import { measureCountRule, SIZE_OPENS } from "../rules/measure-count";
import { numberFirstRule } from "../rules/number-first";
import { wordNumberRule } from "../rules/word-numbers";
import { yearBreakdownRule } from "../rules/year-breakdown";
import { memberSharesRule } from "../rules/member-shares";
import { capacitiesListedRule } from "../rules/capacities-listed";
import { yearStepsRule } from "../rules/year-steps";
import { yearsListedRule } from "../rules/years-listed";
import { plannedCounts, taskCounts, tasksNamed, taskThenDoneRule } from "../rules/task-then-done";
import { Claims, type Candidate, type ClauseRule, type SentenceMemo } from "../types";
import { unitsFor } from "../refiners/responsible";
import { amountToldShareDone, changeToldDone, isPastClause, namesMonthsSoFar, ONE_MONTH, opensWithPlan, planPartAfterReview, REVIEW_OPENING, REVIEW_WORDING, setsNothingAhead, willWithinYear } from "../walk/review";
import { THIS_YEAR } from "../walk/years";
import type { LineInfo, Prepared, SentenceBlock } from "../walk/walk";
import { isPolicyParameter, setAsideOnce } from "./parameters";
import { eachOfPlaces, namesOnlyPlaces } from "../phrase/places";
import { comparatorOf, perPopulation, plansWork, startsWithIncrementVerb } from "../phrase/classify";
import { COUNT_PASSES_SUM, LENGTH_OR_AREA, TIME_REACH_VERBS, WORKS_AFTER_LENGTH, YEARS_OWN_VERB } from "../phrase/lexicon";
import { ADJUSTMENT_CHANGE, adjustsBudgetLine, AMONG_WHOLE, EVENT_NAME, namesEventHeld, barOfRanking, RANK_BAR, boundsBanned, BANNED_BOUND, bandBeforeCount, SIZE_BAND, COUNTDOWN, countsDown, countsPartsDivided, countsPlacesSpread, countsSelected, countsWholeAmong, DOCUMENT_PARTS, dividesNamedDocument, explainsNameNumber, ITEMS_SORTED, KEYWORD_FIGURES, keywordFigure, NAME_EXPLAINED, PARTS_DIVIDED, PROJECT_NAME_SIZE, RANK_IN_BRACKETS, rankInBrackets, RANKS_MEASURED, ranksAveraged, SELECTION_ANNOUNCED, sizesPushedProject, sortsItems, SPREAD_OVER, TITLES_COUNTED, countsTitlesNamed } from "./not-amounts";
import { CHOOSING_PROJECTS, COVERED_SET, countsChoice, countsInvolved, countsPlacesOfWork, countsRankedSet, countsRatedSet, householdsThenPeople, INVOLVED, LEFT_OUT, leftOutInBracket, PLACES_OF_WORK, RANKED_SET, RATED_SET, REFERS_BACK, refersBack, REFERS_FORWARD, refersForward, SIZES_WHAT_IS_REMOVED, sizesCoveredSet, sizesWhatIsRemoved } from "../rules/measure-count";
import { COUNTED_ITEM } from "../walk/wrap";
import { hedged, POSSIBLE_REASONS, possibleTarget } from "./possible";

/** The title of a numbered project in a list of the year's projects: 四、塘南等7个乡镇1000公里农村安全饮水管网铺设项目. */
const PROJECT_TITLE = /^\s*(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、]|[(（][一二三四五六七八九十\d]{1,3}[)）])[^,,;;。:：]{4,48}(?:项目|工程)\s*$/;

/** An item of a programme of several years, named by its count and its span: 2606个撤并村通公路(2013—2017年). */
const PROGRAMME_ITEM = /^\s*\d+(?:\.\d+)?[万亿千]?[\u4e00-\u9fff]{1,3}[^,，。;；:：\d]{2,40}[(（]\s*20\d\d\s*[—–\-至]\s*20\d\d\s*年?\s*[)）][。;]?\s*$/;

/**
 * A line of a list of counted projects, one a line (十大民生实事项目 / 20万学生脊柱侧弯筛查… / 10个滨江生态公园建设): the
 * sentence is its whole line, which opens with its count, and a line next to it is another such item.
 */
function inCountedList(text: string, sentence: Span): boolean {
  const lineOf = (at: number): [number, number] => {
    const s = text.lastIndexOf("\n", at - 1) + 1;
    const e = text.indexOf("\n", at);
    return [s, e < 0 ? text.length : e];
  };
  const [s, e] = lineOf(sentence.start);
  const line = text.slice(s, e).trim();
  if (!COUNTED_ITEM.test(line) || line !== text.slice(sentence.start, sentence.end).trim().replace(/[。;]$/, "")) return false;
  const near = (from: number, step: 1 | -1): string => {
    // the next line that holds anything, at most a blank line or two away
    for (let k = 0, at = from; k < 3 && at >= 0 && at <= text.length; k++) {
      const [a, b] = lineOf(at);
      const t = text.slice(a, b).trim();
      if (t) return t;
      at = step > 0 ? b + 1 : a - 2;
    }
    return "";
  };
  return COUNTED_ITEM.test(near(e + 1, 1)) || (s >= 2 && COUNTED_ITEM.test(near(s - 2, -1)));
}

/** A verb of reaching a level right before the number (特色夜游街区达到30个): no share of an amount added. */
const LEVEL_VERB_CLOSES = /(?:达到|达|为|是|突破|超过|保持)\s*(?:约|近)?$/;

/** Clause rules in the order they run; each claims the mentions it reads. */
export const CLAUSE_RULES: ClauseRule[] = [yearBreakdownRule, yearStepsRule, yearsListedRule, taskThenDoneRule, respectivelyRule, memberSharesRule, capacitiesListedRule, sharedRule, indicatorNumberRule, numberFirstRule, measureCountRule, wordNumberRule];

/** A candidate placed in its document: year, section, responsible units, source sentence, confidence. */
export interface Placed {
  c: Candidate;
  section: string[];
  year: number | null;
  responsible: string[];
  sentence: Span;
  /** The number's mention (absent for word-numbers such as 全覆盖). */
  mention: Mention | null;
  /** Why the engine is unsure, for a low-confidence target; null when it is sure. */
  doubt: string | null;
}

/** A standard named, then its amounts listed after a colon (具体标准为:每个示范县1500万元,…). */
const STANDARD_LISTED = /(?:标准|定额)(?:为|是|如下)?[:：][^。;；]*$/;
/** A verb of work (and its bound) before a colon that leads a list of counts parted by semicolons, to the count. */
/** A line of goals, its label before a colon (规划目标:…, 主要目标:; not 目标任务, a list of tasks) or a stage's year before a
 * dash (2030年——…). */
const GOALS_LINE = /^\s*(?:[\u4e00-\u9fff]{0,6}目标[:：]|(?:到)?20\d\d年\s*(?:——|--))/;
const LIST_LED = /(建设|建成|新建|创建|培育|打造|命名)(不低于|不少于|至少)?[:：](?:[^:：。;；]*[;；])*\s*$/;
/** A change stated against last year, just before its amount (比上年增加, 较上年减少). */
const CHANGE_ON_LAST_YEAR = /(?:比|较)(?:上年|去年|上一年)[\u4e00-\u9fff]{0,2}?(?:增加|减少|增长|下降|多|少)$/;

const PARAMETER = "a policy norm, subsidy or eligibility rule";

const NO_TASKS: ReadonlySet<number> = new Set();

/** A grade's criteria introduced: 基本型的具体指标为, 增强型的标准是, 三星级的条件为. */
// (a class's standard too, A类的标准为…; not a category's indicators, 经济发展类的指标为…, which are targets)
const GRADE_CRITERIA = /(?:型|级|档)的(?:具体)?(?:指标|标准|条件)(?:为|是)|类的(?:具体)?(?:标准|条件)(?:为|是)/;
const CRITERIA = "the criteria a grade is defined by (基本型的具体指标为…)";

/** A sentence opening as a note on a term: 1 指…, 注:…是指…, 注1:…系指…. */
const DEFINING_NOTE = /^\s*(?:注\s*\d{0,2}\s*[::.、]?\s*|\d{1,2}\s*)(?:指|[^,;。:]{1,16}(?:是指|系指|指的是))/;

/** Work done on what exists (推进现有23个“宝宝屋”扩优提质, 利用现有4所小学扩建…). */
const WORK_ON_EXISTING = /(提质|提升|改造|升级|扩容|改建|扩建|更新|维修|整治|治理)/;
/** A bound or a word of will in a clause: it states a goal, not what was reached (以上, 不低于, 力争, 确保, 要, 将). */
const GOAL_WORDING = /(以上|以下|以内|左右|不低于|不少于|不超过|不高于|力争|确保|争取|要|将|计划|目标)/;
/** An aside opening right after a base year (较2019年(…, 比疫情前2019年(…), up to a value in it. */
const BASE_ASIDE = /(?:较|比)[^,。;]{0,6}?(?:19|20)\d\d年(?:底|末)?\([^()]{0,12}$/;
/** A clause that is only the name of what is counted before its count: 医疗床位数 (no verb, no scope of its own). */
// (not a total: 公园总数30个, 停车位总规模12万个 are stocks)
const NAME_THEN_AMOUNT = /^\s*(?![\u4e00-\u9fff]*总)[\u4e00-\u9fff]{2,10}(?:数|数量|面积|规模)\s*$/;
/** A name opened by a verb of building work (新开工高速公路和一级公路), whose verb a bare name after it shares. */
const WORK_OPENS_NAME = /^(?:新开工|开工|新建|建成|改造|改扩建|新改建|续建)/;
/** A clause that is a short name alone before its amount (二级公路1000公里): no total, rate or measure named. */
/** A joiner, then the next item's bare name before its amount: 以及户内管道(5000户). */
const JOINED_ITEM = /^(?:以及|及|和|与|、)(?![\u4e00-\u9fff]*(?:总|累计|率|比重|占比|每))[\u4e00-\u9fff]{2,10}$/;
/** A verb of reaching closing the words before an amount: a level reached (…、国家级企业技术中心达70余户). */
const REACH_CLOSES = /(?:达到?|为|突破|超过?|增至|增加到|提高到|提升到|保持在?|稳定在|控制在|实现)$/;
const BARE_NAME = /^\s*(?![\u4e00-\u9fff]*(?:总|累计|率|比重|占比|面积|规模|产量|数|每))[\u4e00-\u9fff]{2,8}\s*$/;
/** A clause opening with what a target builds on: 在城关建立3家平价商店的基础上, 四是在现有13种大病专项救治基础上. */
// (a subject and its will may come first: 我市将在去年11个试点社区的基础上,…)
const ON_BASIS_OPENS = /^\s*(?:[一二三四五六七八九十]+是)?(?:[\u4e00-\u9fff]{1,6}?(?:将|要)|[\u4e00-\u9fff]{1,4}?意味[着著][\u4e00-\u9fff]{0,4}?)?在[^,。;]{2,40}?基础上/;
const ON_BASIS = "what a target builds on (在…的基础上)";
/** A part of a sentence opening with a clause that ends in 的, naming those a rule is for (配备岸矶钓设施的,…). */
// (具备条件的 hedges, it names no one a norm binds; nor do 开展 or 新建 open such a clause)
const CONDITION_OPENS = /^\s*(?:\d{1,2}[.、]\s*)?(?:配备|设有|设置|建有|采用|从事|经营|属于)[^,。;]{1,20}的,/;
/** A sentence opening with those who apply or are admitted: 申请设立的融资租赁公司, 申报认定的企业, 入驻园区的企业. */
// (not those a goal counts, 入驻园区的企业,力争年内达到200家)
const APPLICANT_OPENS = /^\s*(?:\d{1,2}[.、]\s*)?(?:申请|申报|参评)[^,。;]{0,20}的[\u4e00-\u9fff]{0,10}[,，]/;
/** A bound a condition sets: 不低于, 不少于, 不超过, 满, 达到…总数. */
const APPLICANT_BOUND = /(?:不低于|不少于|不超过|不高于|不小于|满|达到[^,。;]{0,8}(?:总数|总额|比例)?)$/;
/** A length of time or a number of times right at the number: 60分钟, 1小时, 10个小时, 4课时, 2次. */
const DURATION_AFTER = /^[\d.]+(?:[-—~～][\d.]+)?\s*(?:分钟|个?小时|课时|学时|次)/;
/** A period shorter than a year that a rule is per: 每天, 每周, 每学期, 每节课, 每晚. */
const PER_SHORT_PERIOD = /每(?:天|日|周|学期|节课?|晚|课时)/;
/** What a pupil or a person does in a day: homework, sleep, exercise, time outdoors, screens, reading and writing. */
const CONDUCT = /(作业|睡眠|体育|锻炼|运动|户外|活动时间|用眼|电子|读写|课时|课外|午休|自然光|远眺)/;
/** A clause that only names who else a rule is for, then its bound: 初中不得超过, 寄宿制幼儿园不得少于. */
const CONTINUES_RULE = /^\s*[\u4e00-\u9fff]{1,8}?(?:不得|不应|不宜)?(?:超过|少于|低于|多于)$/;
/** A limit right before a length of time (…不得超过60分钟, 不少于1小时), after the activity's time is named. */
const TIME_BOUND = /(?:超过|少于|多于|低于)$/;
/** A floor right before a number (不少于, 不低于, 不小于). */
const FLOOR_BEFORE = /(?:不少于|不低于|不小于)$/;

/** Whether the number at `at` of `clause` is a policy parameter (see parameters.ts). */
function isParameter(text: string, clause: Span, at: number, sentence: Span): boolean {
  const before = text.slice(Math.max(clause.start, at - 200), at);
  // (配备池钓设施的,池钓面积不少于2公顷: a clause ending in 的 opens the part of the sentence, to its semicolon, that says
  // what those it names must have — a floor there is their norm)
  // (within 120 characters: a condition further back names no one this close to its norm, and the search stays short)
  const near = text.slice(Math.max(sentence.start, clause.start - 120), clause.start);
  const part = near.slice(near.lastIndexOf(";") + 1);
  // (计划投入资金19.15亿元,具体标准为:每个示范县1500万元,每个示范村100万元: the amount per unit a standard then lists)
  if (before.trimStart().startsWith("每") && STANDARD_LISTED.test(part) && /^[\d.\s]*[万亿千百]?元/.test(text.slice(at, at + 16))) return true;
  // (…,全县新建…不少于30座: a clause with a scope of its own sets a target for it)
  if (CONDITION_OPENS.test(part) && FLOOR_BEFORE.test(before) && !/全[省市县区镇]/.test(before)) return true;
  // (申请设立的融资租赁公司,注册资本不低于1亿元; 申请创业担保贷款的小微企业,应当开业满1年,…达到职工总数15%: a sentence
  // opening with who applies sets the conditions they must meet)
  if (APPLICANT_OPENS.test(part) && APPLICANT_BOUND.test(before) && !/(?:力争|确保|新增|全年|今年|年内|要)/.test(part)) return true;
  // (原则上平原地区不低于3000亩,丘陵山区不低于1000亩: a bound of a short scope after a norm laid down in principle is the
  // same norm's next item)
  // (not a goal in principle, 原则上每个乡镇建成不少于1个,全市养老床位不少于5000张, nor a scope's own goal after it)
  if (/^[\u4e00-\u9fff]{1,8}(?:不低于|不少于|不超过|不高于)$/.test(before) && !/^全[省市县区镇]/.test(before) &&
    /原则上(?:(?!建成|建设|新建|配建|完成|实现|达到)[^,。;]){0,12}(?:不低于|不少于|不超过|不高于)[\d.]+[^,。;\d]{0,4}[,，]$/.test(part)) return true;
  const after = text.slice(at, clause.end);
  // (每天户外活动时间不少于2小时,寄宿制幼儿园不得少于3小时; 每周4课时; 作业完成时间不得超过60分钟: a time, or a number of
  // times, per day, week or term, or a limit on an activity's time, is a rule of conduct, not an outcome)
  if (DURATION_AFTER.test(after)) {
    // (…完成时间不得超过60分钟,初中不得超过90分钟: a rule of a child's day goes on to the next clause; an indicator's
    // time — 平均通勤时间不超过40分钟, 急救反应时间 — or a service's frequency, 航班每周60次, is no such rule)
    const own = text.slice(clause.start, at);
    const lead = CONTINUES_RULE.test(own) ? text.slice(Math.max(sentence.start, at - 60), at) : own;
    // (a school's rule per term or per lesson needs no activity named: 每学期不少于2次)
    // (…每40分钟应休息远眺放松10分钟: what one should do for a while is a rule too)
    if (/每(?:学期|节课)/.test(lead) || /应(?:休息|保持|安排|做到)[\u4e00-\u9fff]{0,6}$/.test(own) || (CONDUCT.test(lead + after.slice(0, 8)) && (PER_SHORT_PERIOD.test(lead) || (/时间|时长/.test(lead) && TIME_BOUND.test(before))))) return true;
  }
  return isPolicyParameter(before, after.replace(/^[\d.,%—-]+[^\u4e00-\u9fff]*/, ""), text.slice(clause.end, Math.min(sentence.end, clause.end + 120)));
}

export function setRole(m: Mention, role: MentionRole, reason: string): void {
  if (m.role === undefined) { m.role = role; m.reason = reason; }
}

export interface SentenceOptions {
  includeOptional: boolean;
}

/**
 * The name a value given to each of several places keeps: its own words after 各 or 均 (新开工), or else what the clause
 * before names before its places (其中,新开工保障性租赁住房主要集中于济南和青岛, → 新开工保障性租赁住房).
 */
function eachName(indicator: string, clauseBefore: string): string {
  const own = indicator.replace(/^.*?(?:各|均|分别)/, "");
  if (own.length >= 2) return own;
  const named = /([\u4e00-\u9fff]{2,20}?)(?:主要)?(?:集中|分布)?(?:于|在)[^,，]*[,，]\s*$/.exec(clauseBefore.replace(/^\s*其中[,，:：]?/, ""));
  return named ? named[1] : own;
}

/** A candidate becomes a target of the sentence (a possible one, with `doubt`). */
function place(block: SentenceBlock, text: string, out: Placed[], c: Candidate, mention: Mention | null, year: number | null, doubt: string | null): void {
  const sentence = block.span;
  if (mention) setRole(mention, doubt ? "possible" : "target", doubt ?? `read by the ${c.rule} rule`);
  // (居民消费价格指数控制在3.5%以内: a price index near 100 is its level, 102%; a few percent is how much prices rise)
  if (c.kind === "level" && c.unit === "%" && c.value < 50 && PRICE_INDEX.test(c.indicator)) c.kind = "growth";
  // (一、2016年新开工建设目标任务 / 1.中原安置小区(五组团)1052套: under a heading of work to start or finish — the nearest
  // heading only — a project's count is the work it adds)
  if (c.kind === "level" && isMeasureWord(c.unit) && !STOCK_WORDS.test(c.indicator) && WORK_HEADING.test(block.section[block.section.length - 1] ?? "")) c.kind = "increment";
  if (c.baseYear === undefined) {
    // (a base year is stated close before its number: 较2020年下降18%, 以2020年为基期,…)
    const base = baseYearOf(text.slice(Math.max(sentence.start, c.numberAt - 120), c.numberAt));
    if (base !== null) c.baseYear = base;
  }
  out.push({ c, section: block.section, year, responsible: unitsFor(block.line.groups, c.end), sentence, mention, doubt });
}

const PRICE_INDEX = /(价格|物价)(总)?指数$/;
/** A heading of work to start, build or finish: 2016年新开工建设目标任务, 基本建成目标任务, 改造项目. */
const WORK_HEADING = /(新开工|开工|新建|建成|竣工|改造|新增)[^,。;:]{0,6}(目标任务|任务|项目)$/;
/** Words of a stock an indicator may hold: 累计, 总量, 保有量, 拥有. */
const STOCK_WORDS = /(累计|总量|总数|保有|拥有|达到)/;

/** A heading naming an indicator: 1.重点人群签约服务覆盖率, 7.…预留号源的比例, 8.家庭医生签约服务种类. */
const INDICATOR_TITLE = /(率|比例|比重|占比|种类|数量|人数|次数|个数|指数|规模|面积|总量)$/;

/**
 * The indicator of a heading the sentence comes right under, when the heading names one: in an evaluation table
 * flattened one cell per line, the value line (2023年达到80%; ≥50%) follows the indicator's name on the line before.
 */
function headingIndicator(text: string, block: SentenceBlock): string | null {
  const title = block.section[block.section.length - 1];
  if (!title) return null;
  const name = title.replace(/^\s*\d{1,2}[.、．]\s*/, "");
  if (name.length < 4 || name.length > 40 || !INDICATOR_TITLE.test(name) || /[,。;:]/.test(name)) return null;
  // (a short remark with no number may come between, and earlier sentences of the value's own line: 较上一年增加。
  // 2023年达到80%; 每年增加1-3个百分点。2035年达到75%)
  const before = text.slice(Math.max(0, block.span.start - title.length - 80), block.span.start);
  const at = before.lastIndexOf(title);
  if (at < 0) return null;
  const gap = before.slice(at + title.length);
  const between = gap.slice(0, Math.max(0, gap.lastIndexOf("\n")));
  return between.trim().length <= 30 && !/[\d%]/.test(between) && gap.length - between.length <= 60 ? name : null;
}

/**
 * The indicator of the target that closed the part before a semicolon, when this part opens with only a new deadline
 * (…省级以上创新平台达到300家;到2027年,达到400家左右): the same indicator at a later year.
 */
function indicatorBeforeSemicolon(text: string, sentence: Span, placed: Placed[]): string | null {
  const last = placed[placed.length - 1];
  if (text[sentence.start - 1] !== ";" || last === undefined || last.sentence.end !== sentence.start - 1) return null;
  const restated = /^\s*(?:力争)?(?:到|至)(?:19|20)\d\d年(?:底|末)?[,，]?\s*(?:力争|将)?(?:达到|突破|超过|增至|提高到|提升至)\s*\d+(?:\.\d+)?/.exec(text.slice(sentence.start, sentence.end));
  // (…地区生产总值达到1万亿元,人均地区生产总值达到12万元;到2027年,达到1.2万亿元: the amount is in the unit of the target
  // it restates, or which one it restates is unknown)
  const unit = restated ? matchUnit(text, sentence.start + restated[0].length) : null;
  if (unit !== null && unit.unit === last.c.unit) return last.c.indicator;
  // (…总量达到2万亿元;2022年增速实现10%: a later year's growth alone is of the amount just named)
  if (!YEARS_GROWTH_ONLY.test(text.slice(sentence.start, sentence.end))) return null;
  const subject = subjectOf(last.c.indicator);
  return subject.length >= 2 ? subject : null;
}
/** A sentence opening with a year's growth and its value, naming nothing (2022年增速实现10%). */
const YEARS_GROWTH_ONLY = /^\s*(?:力争)?(?:19|20)\d\d年(?:的)?(?:增速|增幅|增长率?)(?:实现|达到|为|保持在?)?\s*\d/;

/** Words setting a goal, which results of the months so far never have: 今年1至5月,全市要完成… is a goal. */
const GOAL_WORD = /将|(?<![主重需必])要(?![求素点])|力争|确保|争取|计划/;
/** A clause opening with what a place has at present (目前全市共有…). */
const PRESENT_HOLDINGS = /^\s*(?:[\u4e00-\u9fff]{1,6}?[区县市镇])?(?:截至)?(?:目前|当前|现阶段)[,，]?[^。;\d]{0,10}?(?:共有|拥有|现有|建有)/;
/** A deadline year named (到2027年底, 至2025年). */
const YEAR_AHEAD_NAMED = /[到至](?:19|20)\d\d年/;
/** Words of a plan a deed done never has: the words of a goal, and this year's or next year's time. */
const PLAN_WORD = new RegExp(`${GOAL_WORD.source}|今年|年内|全年|明年`);
/** Words of a plan around a sentence: a will, a goal or a task, this year, a deadline, a yearly amount, a bound. */
const PLAN_SENTENCE_CUE = new RegExp(`力争|确保|目标|任务|今年|年内|全年|到20\\d\\d年|每年|年均|年培训|${MODAL}|计划|以上`);
/** The mark an amount passes, right after it: 突破千亿元大关, 迈上5000亿元台阶. */
const MARK_AFTER = new RegExp(`^(?:${MARK_WORDS})`);
const MARK_PASSED = "a mark the amount just stated passes (计划投资2550亿,跨越2500亿大关)";
/** A clause naming work of the period with no figure: the year's planned investment, or what is added (年度投资目标, 新增造林任务). */
function namesWorkOfPeriod(clause: string): boolean {
  return plansWork(clause) || /新增|新建/.test(clause);
}
/** The present alone in its clause (目前,  截至目前,): it opens the clause after it. */
const PRESENT_ALONE = /^\s*(?:截至|截止|至)?(?:目前|当前)\s*$/;
/** A rate a deed reached, nothing more: 申请率达100%, 完成率达44.3% (after what is already done: the share of it done). */
const RATE_REACHED = /^\s*[\u4e00-\u9fff]{1,8}率(?:达到?|为)\s*[\d.]+\s*%\s*$/;
/** A deed counted after its object, nothing more: 查处食品违法案件6944起 (no bound, 新建就业驿站50家以上; no word of a plan, PLAN_WORD). */
const DEED_COUNTED = /^\s*[\u4e00-\u9fff]{2,16}?(?:近|约|超过?|逾)?[\d.]+[万亿千]?[\u4e00-\u9fff]{1,3}余?(?<!以上|以下|左右|以内)\s*$/;

/** Whether the sentence right before `sentence` closed on an amount added (its last target placed). */
function closedOnIncrement(sentence: Span, placed: readonly Placed[]): boolean {
  const last = placed[placed.length - 1];
  return last !== undefined && last.sentence.end >= sentence.start - 2 && last.c.kind === "increment";
}

/**
 * Whether the parts 其中 listed of an amount added go on after a semicolon: 完成投资521亿元,其中,铁路195亿元,同比增长8.3%;
 * 公路320亿元;民航6亿元 — the part before ended in one of them, and this one opens with a bare name and an amount in its unit.
 */
function partsGoOn(text: string, sentence: Span, placed: Placed[]): boolean {
  const last = placed[placed.length - 1];
  if (text[sentence.start - 1] !== ";" || last === undefined || last.sentence.end !== sentence.start - 1) return false;
  // (the 其中 may stand in an earlier part of the same chain of semicolons)
  // (looked for within the last 300 characters: a search back without a bound crosses the whole document each time)
  const from = Math.max(0, sentence.start - 300);
  const window = text.slice(from, sentence.start + 2);
  const back = (s: string): number => { const k = window.lastIndexOf(s, sentence.start - from); return k < 0 ? -1 : from + k; };
  const chainStart = Math.max(back("。"), back("\n"), sentence.start - 300);
  const among = back("其中");
  if (among < chainStart) return false;
  const opening = /^\s*[\u4e00-\u9fff]{1,8}(?=\d)/.exec(text.slice(sentence.start, sentence.end));
  if (opening === null) return false;
  const at = sentence.start + opening[0].length;
  const unit = matchUnit(text, at + (/^[\d.]+/.exec(text.slice(at, at + 20))?.[0].length ?? 0))?.unit;
  // (the whole they are parts of: an amount added in their unit, right before 其中 — looked for back from the last target
  // placed, within the chain, not over every target of the document)
  for (let i = placed.length - 1; i >= 0 && placed[i].sentence.end >= chainStart; i--) {
    const p = placed[i];
    if (p.c.end <= among && p.c.start >= chainStart) return p.c.kind === "increment" && p.c.unit === unit;
  }
  return false;
}

/** The part of `sentence` between semicolons that holds `clause` (looked for at most 300 characters either side). */
function semicolonPart(text: string, sentence: Span, clause: Span): string {
  const floor = Math.max(sentence.start, clause.start - 300);
  const ceiling = Math.min(sentence.end, clause.end + 300);
  let from = clause.start;
  while (from > floor && text[from - 1] !== ";") from--;
  let to = clause.end;
  while (to < ceiling && text[to] !== ";") to++;
  return text.slice(from, to);
}

/**
 * An average over years (年均增长6%以上) dated only by the document's year, in a page of the year that opens a plan period
 * it names (“十五五” in 2026): an average a single year cannot have, so the period's — not 今年's work (今年…年均).
 */
// (nor where its line names the document's year before it: 2026年陕西计划实施…;力争…年均增长6.5%左右)
function overPeriod(text: string, line: LineInfo, sentence: Span, numberAt: number, year: number | null, doc: Prepared): number | null {
  const end = doc.ahead.openingPeriodEnd;
  if (end === null || year !== doc.docYear) return year;
  const before = text.slice(sentence.start, numberAt);
  if (!before.includes("年均") || THIS_YEAR.test(before)) return year;
  return line.years.some((y) => y.end <= numberAt && y.year === year) ? year : end;
}

/** Whether year `y` is before the document's year and before the plan's own first year (`ownFrom`, see planFrom). */
function beforePlan(y: number | null, docYear: number | null, ownFrom: number | null): boolean {
  return y !== null && docYear !== null && y < docYear && (ownFrom === null || y < ownFrom);
}

/** Words of a goal or a time ahead before a value in its sentence (全年,…达到3.5%,位居全国前列; 办好…大会,参会人数约3000人). */
const AHEAD_BEFORE = /力争|确保|争取|目标|计划|预计|将(?!近)|(?<![主重需必])要(?![求素点])|今年|全年|年内|明年|到(?:19|20)\d\d年|(?:19|20)\d\d年(?:前|底前)?[,，]|十[五六]五|办好|筹办|举办|承办/;
/**
 * A value read as the present state from its sentence alone (…达3.35%,位居全国前列; 集聚1500余家企业; 参会人数超过2.4万人)
 * is a quantity again where its context looks ahead — a heading of goals, a later time its paragraph or heading sets — or
 * where the words before it in its sentence name a goal or a time ahead.
 */
function restoreAhead(text: string, block: SentenceBlock, mentions: Mention[]): void {
  const { start, end } = block.span;
  for (let i = firstAtOrAfter(mentions, start); i < mentions.length && mentions[i].start < end; i++) {
    const m = mentions[i];
    if (m.shape?.present !== true) continue;
    if (block.ahead === true || AHEAD_BEFORE.test(text.slice(start, m.start))) m.shape = null;
  }
}

/** A text issued or a meeting held in the month a clause opened with: what it says follows. */
// (…or the text issued named in its clause: 今年8月,商务部等九部门联合发布《县域商业三年行动计划(2023—2025年)》,…)
// (…or a text named, then issued: 今年4月,《…关于开展…的通知》发布,拟到2025年建设300个…)
const MONTH_OF_ISSUE = /(?:印发|出台|发布|公布|审议通过|召开|举行)(?:[^,，。;；]{0,40}?(?:提出|明确|要求|指出|强调)|了?《)|》(?:正式)?(?:印发|出台|发布|公布|出炉)/;

/** A year's output right before its amount, then what is made and 的 and the project it sizes: 年产10万辆新能源汽车的合众项目投产. */
function sizesProjectByOutput(text: string, m: Mention, clauseEnd: number): boolean {
  return text[m.start - 1] === "产" && /年产(?:能)?$/.test(text.slice(Math.max(0, m.start - 3), m.start)) && PROJECT_SIZED.test(text.slice(m.end, clauseEnd));
}
/** What is made, 的, then a project, a plant or a line, to the clause's end. */
const PROJECT_SIZED = /^[^,，。;；\d]{0,20}?的[^,，。;；\d]{0,12}?(?:项目|工厂|生产线|基地)/;

/** A sentence opening with the scope a plan applies to: 实施范围包括, 适用范围为. */
const SCOPE_OF_PLAN = /(?:实施|适用)范围(?:包括|为|是)/;

/** Candidates of one sentence block, appended to `out`; values it states for earlier years to `seen`; roles set on its mentions. */
export function readSentence(block: SentenceBlock, doc: Prepared, mentions: Mention[], options: SentenceOptions, out: Placed[], seen: Observed[]): void {
  const { text } = doc;
  const sentence = block.span;
  if (block.past === null) restoreAhead(text, block, mentions);
  // a review sentence is read for the base values it states, which need a year; without one it is only past
  // (…unless a clause of it opens with the plan: 计划新增蓄水能力2万方,1-5月实际完成…,已完成投资…)
  // (…or, in a paragraph that opened on the past, with the year's will: …截至目前,已策划…,确保全年引进10个优质项目)
  const planClause = block.past !== null && block.clauses.some((c) => plansInReview(block.past!, text.slice(c.start, c.end)));
  // (…or a task's count before what is done of it: 15个农村幸福院建设已完成8个)
  // (in a progress report only: a review's 180项试验任务已实施144项 reports a past year)
  // (…or the year's task named before its amount, in any report of what is done: 全年任务为282个村,已全部建设完成)
  // (…or a project of the year's list quoted by its title, then what is done of it: “开展322个县级饮用水水源地环境整治”项目,已完成281个)
  // (…or, outside one, in a sentence of this year past only by its own 已: …今年计划建成20所学校,…;10个交通“堵点”整治已完成5个)
  const thisYearsDeeds = block.past !== null && doc.progress !== true && ownDeedsOfThisYear(text, sentence, block.past);
  const taskClause = block.past !== null && block.clauses.some((c) => taskStarts(text, c, quantitiesIn(mentions, c.start, c.end), doc.progress === true || thisYearsDeeds).size > 0);
  const reviewWorded = block.past !== null && block.past.startsWith(REVIEW_WORDING);
  const willBeforeReview = reviewWorded && block.clauses.some((c) => reviewWordOnlyAfter(text, sentence, c, block.past!, text.slice(c.start, c.end)));
  if (block.past && !planClause && !taskClause && !willBeforeReview && !(block.line.years.length && block.line.years[0].pos < sentence.end) &&
    // (…or a clause of work the will sets within the time left or as its end, after the review's words: …已建成13个,…,最终达到…的预定目标)
    !(reviewWorded && block.clauses.some((c) => willWithinYear(text.slice(c.start, c.end))))) {
    for (const m of quantitiesIn(mentions, sentence.start, sentence.end)) setRole(m, "past", block.past);
    return;
  }
  // a note under a table that says what an indicator means (1 指每万人口…, 注:…是指…) defines; it sets nothing
  if (DEFINING_NOTE.test(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 24)))) {
    for (const m of quantitiesIn(mentions, sentence.start, sentence.end)) setRole(m, "parameter", "a note defining an indicator");
    return;
  }
  // the places or people a plan applies to (《意见》实施范围包括,集中连片特殊困难地区26个县、…): they bound it, they set nothing
  // (not one that goes on to what is to come: 适用范围为全市域,到2027年…达到45%)
  if (SCOPE_OF_PLAN.test(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 30))) && setsNothingAhead(text.slice(sentence.start, sentence.end))) {
    for (const m of quantitiesIn(mentions, sentence.start, sentence.end)) setRole(m, "other", "the scope a plan applies to (实施范围包括…)");
    return;
  }
  // the criteria a grade is defined by (基本型的具体指标为…,县城至少有1个…) say what the grade means; they set nothing
  // (what the sentence sets before them stays: 建成增强型智慧社区50个,增强型的标准是…)
  const criteria = GRADE_CRITERIA.exec(text.slice(sentence.start, sentence.end));
  const criteriaAt = criteria ? sentence.start + criteria.index : Infinity;
  const memo: SentenceMemo = { indicator: headingIndicator(text, block) ?? indicatorBeforeSemicolon(text, sentence, out) };
  if (partsGoOn(text, sentence, out)) { memo.partsOfIncrement = true; memo.lastIncrement = true; }
  // (1-2月,战略性新兴产业增加值占规上工业增加值比重为46.3%: the months so far open a report of their results)
  // (1-3月,…新开工59028套;棚户区改造基本建成52755套;…: a part after a semicolon that sets nothing ahead, with no bound, goes on
  // with the months' report)
  const carriedMonths = monthsReportGoesOn(text, mentions, sentence);
  let monthsSoFar = carriedMonths;
  let oneMonth = false;
  let deedsGoOn = false;
  let presentAlone = false;
  // (截至目前已达56处,年底前将再增加5处,整体公托数达61处: once a clause turns from the review to the will, the clauses after it
  // go on in the will until one says again what is done)
  let willGoesOn = false;
  // (whether the clause before was a plan a review paragraph holds, with an amount)
  let plannedBefore = false;
  const s: SentenceRead = { block, doc, memo, out, seen, options, criteriaAt };
  for (let c = 0; c < block.clauses.length; c++) {
    const clause = block.clauses[c];
    const next = block.clauses[c + 1];
    const qs = quantitiesIn(mentions, clause.start, clause.end);
    const said = text.slice(clause.start, clause.end);
    if ((text[clause.start - 1] === ";" || text[clause.start - 1] === "。") && !(c === 0 && carriedMonths)) monthsSoFar = false;
    // (…今年上半年…增长6.8% - …出台《…三年行动计划》,计划到2027年底落地…,…首发活动超1000场: a goal said after the months so
    // far, to a year of its own, ends their report)
    else if (monthsSoFar && GOAL_WORD.test(said) && YEAR_AHEAD_NAMED.test(said)) monthsSoFar = false;
    // (日前,从…获悉,上半年,该公司…累计完成…: a part of the year a news lead reports on is gone)
    const halfReported = doc.ahead.halfGone === true || (c > 0 && NEWS_LEAD_CLOSES.test(text.slice(Math.max(block.span.start, clause.start - 8), clause.start)));
    if (namesMonthsSoFar(said, doc.progress === true, halfReported, doc.docYear)) { monthsSoFar = true; oneMonth = ONE_MONTH.test(said); }
    // (今年9月,省委、省政府印发的《…意见》就明确提出,…到“十五五”时期末经济总量超过3.2万亿元: the month dates a text issued,
    // and what it sets is no result — not months so far, 1—10月,…分析会指出,…增长6.5%)
    else if (monthsSoFar && oneMonth && MONTH_OF_ISSUE.test(said)) monthsSoFar = false;
    // a review states the past; the rules still read it, for the base values of the targets
    // (review wording in one part of a sentence leaves a later part that names a plan of its own: …已经完成了…;计划建设…)
    // (…or a clause of a paragraph that opened on the past, which opens with the year's will itself: 今年以来,…截至目前,已策划…,
    // 确保全年引进10个优质项目,力争总投资额超45亿元)
    // (…or a clause of its own that opens with the year's will after a review's words, or sets work within the year with one:
    // 近年来,深圳…推进医疗重大项目建设,今年全市将新增床位8000张以上; 目前,全区共有22所…正在施工中,其中16所园校将在年内建成)
    // (…or a clause of will the review's words only follow: 泸州将在三区四县范围内建设地震监测台(站)37个,目前已陆续启动)
    const turnsToWill = block.past !== null && block.past.startsWith(REVIEW_WORDING) && (opensWithPlan(said) || willWithinYear(said));
    const wordingElsewhere: boolean = block.past !== null && ((block.past.startsWith(REVIEW_WORDING) && (planPartAfterReview(semicolonPart(text, block.span, clause)) || turnsToWill ||
      reviewWordOnlyAfter(text, sentence, clause, block.past, said) || (willGoesOn && doc.progress !== true && !isPastClause(said) && !RESULT_AFTER_PLAN.test(said)))) || plansInReview(block.past, said) ||
      // (…力争税收突破3200万元,比上年增长46%: the change on last year of the amount a will just set is set with it)
      (plannedBefore && OPENS_WITH_CHANGE.test(said)));
    plannedBefore = wordingElsewhere && qs.length > 0;
    // (…not on to a result the review reports after its plan: 计划新增耕地面积70万亩,实现种植49.4万亩)
    willGoesOn = turnsToWill || (willGoesOn && wordingElsewhere);
    const past: string | null = (wordingElsewhere ? null : block.past) ?? (monthsSoFar && !GOAL_WORD.test(said) ? MONTHS_SO_FAR : null) ??
      (isPastClause(presentAlone ? `目前,${said}` : said) ? "states what is already done (已…, 遴选了12件)" : null) ??
      (next !== undefined && changeToldDone(said, () => text.slice(next.start, next.end)) ? "a change the next clause tells done (从…增加到…,增加了…)" : null) ??
      (next !== undefined && amountToldShareDone(said, () => text.slice(next.start, next.end)) ? "an amount the next clause tells as a share of the year's plan done (…,完成全年目标35.1%)" : null) ??
      (deedsGoOn && (said.includes("已") || DEED_COUNTED.test(said) || RATE_REACHED.test(said)) && !PLAN_WORD.test(said) ? "goes on with what is already done (已检查…,查处…)" : null);
    // (…,目前,合计下种7518.1亩,冲刺2500亩目标: the present, a clause of its own, opens the clause after it)
    presentAlone = PRESENT_ALONE.test(said);
    // (已检查食品企业62万余户次,查处食品违法案件6944起: deeds counted after one said done go on with it, in its sentence)
    // (…or the present state the clause opened with: 目前全市共有各类体育场地5792个,总用地面积1026.2平方米)
    // (…or told done with 了: 推动了…71只基金的设立,总规模达到987亿元,并建设了…平台,注册用户超过8000家)
    deedsGoOn = past !== null && (deedsGoOn || said.includes("已") || said.includes("了") || PRESENT_HOLDINGS.test(said));
    // (在城关建立3家平价商店的基础上,再建3家: what a target builds on is already there)
    const basis = said.includes("基础上") ? ON_BASIS_OPENS.exec(said) : null;
    const basisEnd = basis ? clause.start + basis[0].length : -1;
    // (15个农村幸福院建设已完成8个(53%): a progress report's task, before what is done of it, is the year's target)
    // (…and, in a progress report whose line dates it, the year's plan named before its amount: 2020年,…计划开工改造危旧房
    // 棚户区1250套(户),发放租赁补贴1095户。截至7月底,…)
    // (…or, outside one, a clause past only by its own 已 — 10个交通“堵点”整治已完成5个 — in a sentence no review holds)
    const tasks = past === null ? NO_TASKS : doc.progress === true ? new Set([...taskStarts(text, clause, qs, true), ...plannedCounts(text, clause.start, qs)]) : taskStarts(text, clause, qs, thisYearsDeeds && !monthsSoFar);
    // 建成充电桩22642个,其中,直流桩3895个,交流桩18747个: what 其中 lists are parts of the amount before
    const opening = text.slice(clause.start, clause.start + 4);
    // (…计划完成投资136.87亿元。其中,高速公路投资69.1亿元: a sentence opening with 其中 lists the parts of the amount the
    // sentence before closed on)
    // (…or the clause just before names, without a figure, the work of the period they share: 确定各镇办年度投资目标,其中,峡窝镇
    // 15亿元、工业办4.5亿元)
    if (opening.includes("其中") && /^\s*其中/.test(opening)) memo.partsOfIncrement = memo.lastIncrement === true || (clause.start === sentence.start && closedOnIncrement(sentence, out)) ||
      (c > 0 && memo.topic === block.clauses[c - 1] && namesWorkOfPeriod(text.slice(memo.topic.start, memo.topic.end)));
    if (qs.length === 0) memo.topic = clause;
    const claims = new Claims(qs);
    // (在17个乡镇硬化道路10万平方米, 3类人群全覆盖: a count that sizes where or whom the work covers is no rule's target)
    // (《新津区“1+3+1”政策体系》,分为1个民营经济品牌政策、3个产业专项政策和1个人才支撑政策: the parts a document just named is
    // divided into)
    const documentParts = qs.length > 0 && dividesNamedDocument(text, sentence, clause, said);
    // (“八”即是重点拓展建设八个应用场景: the count a quoted number of a scheme's name stands for)
    const nameExplained = qs.length > 0 && explainsNameNumber(said);
    for (let i = 0; i < qs.length; i++) {
      if (documentParts) claims.add(qs[i], "other", DOCUMENT_PARTS);
      else if (nameExplained) claims.add(qs[i], "name", NAME_EXPLAINED);
      else if (countsPlacesOfWork(text, qs[i], clause.end, qs[i + 1], clause.start)) claims.add(qs[i], "qualifier", PLACES_OF_WORK);
      else if (sizesProjectByOutput(text, qs[i], clause.end)) claims.add(qs[i], "qualifier", "a year's output that sizes the project named after it (年产10万辆…的项目)");
      else if (sizesPushedProject(text, qs[i], clause.end, said)) claims.add(qs[i], "qualifier", PROJECT_NAME_SIZE);
      else if (countsRankedSet(text, qs[i], clause.end)) claims.add(qs[i], "qualifier", RANKED_SET);
      else if (namesEventHeld(text, qs[i], clause.end)) claims.add(qs[i], "name", EVENT_NAME);
      else if (barOfRanking(text, qs[i], clause.start, qs)) claims.add(qs[i], "qualifier", RANK_BAR);
      else if (boundsBanned(text, qs[i], clause.start)) claims.add(qs[i], "qualifier", BANNED_BOUND);
      else if (bandBeforeCount(qs[i], qs[i + 1])) claims.add(qs[i], "qualifier", SIZE_BAND);
      else if (countsRatedSet(text, qs[i], clause.start, clause.end)) claims.add(qs[i], "qualifier", RATED_SET);
      else if (sizesWhatIsRemoved(text, qs[i], clause.end)) claims.add(qs[i], "qualifier", SIZES_WHAT_IS_REMOVED);
      else if (countsChoice(text, qs[i], clause.end)) claims.add(qs[i], "other", CHOOSING_PROJECTS);
      else if (refersBack(text, qs[i])) claims.add(qs[i], "other", REFERS_BACK);
      else if (refersForward(text, qs[i])) claims.add(qs[i], "other", REFERS_FORWARD);
      else if (countsInvolved(text, qs[i], clause.start)) claims.add(qs[i], "other", INVOLVED);
      else if (leftOutInBracket(text, qs[i], clause.start)) claims.add(qs[i], "qualifier", LEFT_OUT);
      else if (sizesCoveredSet(text, qs[i])) claims.add(qs[i], "qualifier", COVERED_SET);
      else if (countsPartsDivided(text, qs[i], clause.start)) claims.add(qs[i], "other", PARTS_DIVIDED);
      else if (countsPlacesSpread(text, qs[i], clause.start)) claims.add(qs[i], "other", SPREAD_OVER);
      else if (countsSelected(text, qs[i], clause.start)) claims.add(qs[i], "past", SELECTION_ANNOUNCED);
      else if (adjustsBudgetLine(text, qs[i])) claims.add(qs[i], "other", ADJUSTMENT_CHANGE);
      else if (countsWholeAmong(text, qs[i])) claims.add(qs[i], "other", AMONG_WHOLE);
      else if (rankInBrackets(text, qs[i])) claims.add(qs[i], "other", RANK_IN_BRACKETS);
      else if (ranksAveraged(text, qs[i])) claims.add(qs[i], "qualifier", RANKS_MEASURED);
      else if (keywordFigure(text, clause.start, qs[i])) claims.add(qs[i], "other", KEYWORD_FIGURES);
      else if (countsDown(text, qs[i])) claims.add(qs[i], "other", COUNTDOWN);
      else if (sortsItems(text, qs[i])) claims.add(qs[i], "other", ITEMS_SORTED);
      else if (countsTitlesNamed(text, qs[i])) claims.add(qs[i], "other", TITLES_COUNTED);
    }
    const r: ClauseRead = { clause, said, qs, past, tasks, basisEnd, counted: false, lastEndHere: -1, sharedOut: null };
    const input = { text, clause, sentence, mentions: qs, memo };
    for (const rule of CLAUSE_RULES) {
      if (qs.length === 0 && rule !== wordNumberRule && rule !== yearBreakdownRule) continue;
      for (const c of rule.apply(input, claims)) placeCandidate(s, r, c);
    }
    memo.countCarries = r.counted;
    for (let k = 0; k < qs.length; k++) placeLeftover(s, r, claims, k);
  }
}

// readSentence's candidates and leftover mentions are placed by functions of their own: V8 optimises three smaller
// functions sooner and at less cost than one of 300 lines (the largest it compiled in a cold process).

/** What the clauses of a sentence that readSentence reads share. */
interface SentenceRead {
  block: SentenceBlock;
  doc: Prepared;
  memo: SentenceMemo;
  out: Placed[];
  seen: Observed[];
  options: SentenceOptions;
  /** Where the criteria a grade is defined by start (基本型的具体指标为…), Infinity when none. */
  criteriaAt: number;
}

/** One clause of it as its candidates are placed: what they are read against, and what each leaves to the next. */
interface ClauseRead {
  clause: Span;
  said: string;
  qs: Mention[];
  past: string | null;
  tasks: ReadonlySet<number>;
  basisEnd: number;
  /** Whether the clause's last target was a count (number-first, measure-count). */
  counted: boolean;
  /** Where the clause's last target ended: an item joined after it goes on with its verb. */
  lastEndHere: number;
  /** The last amount found shared out to places. */
  sharedOut: Candidate | null;
  /** Whether the clause says 各, 均 or 分别 (looked for once per clause, not once per candidate of a long one). */
  saysEach?: boolean;
}

/** A candidate a rule found in a clause: placed as a target, or its mention given the role that sets it aside. */
function placeCandidate(s: SentenceRead, r: ClauseRead, c: Candidate): void {
  const { block, memo, out, seen, options, doc, criteriaAt } = s;
  const { text, docYear } = doc;
  const sentence = block.span;
  // a year before the document's that is no year of the plan the document issues (see planFrom): the past
  const ownFrom = doc.planFrom ?? null;
  const { clause, said, qs, past, tasks, basisEnd } = r;
  // (计划完成新增学位数2150个,医疗床位数100张,养老床位数100张: a clause that is only a name and its amount goes on
  // with the verb of adding before it — a count, or an amount in the unit before: 新开工高速公路1000公里,二级公路1000公里)
  // (not a ratio to population: 实现每千人拥有社会体育指导员2.8名 stays a level)
  if (c.kind === "level" && c.rule === "indicator-number" && memo.lastIncrement === true && c.numberAt - clause.start <= 16 && !perPopulation(c.indicator) &&
    ((isMeasureWord(c.unit) && isMeasureWord(memo.lastTarget?.unit ?? "") && NAME_THEN_AMOUNT.test(text.slice(clause.start, c.numberAt))) ||
      (c.unit === memo.lastTarget?.unit && WORK_OPENS_NAME.test(memo.lastTarget.indicator) && BARE_NAME.test(text.slice(clause.start, c.numberAt))))) c.kind = "increment";
  // (改造老旧小区53处,涉及面积110万平方米: what the work just named involves is its size, added with it)
  if (c.kind === "level" && memo.lastIncrement === true && !isPercentUnit(c.unit) && INVOLVES_OPENING.test(text.slice(clause.start, c.numberAt))) c.kind = "increment";
  // (改造燃气管网200公里,供热管网200公里以及户内管道5000户: an item joined right after an amount added is added too — not
  // a year's output named with its own verb, 新造油茶林300万亩、年产茶油40万吨)
  if (c.kind === "level" && memo.lastIncrement === true && r.lastEndHere > clause.start && !isPercentUnit(c.unit) && c.numberAt - r.lastEndHere <= 16 && !YEARS_OWN_VERB.test(c.indicator) &&
    JOINED_ITEM.test(text.slice(r.lastEndHere, c.numberAt)) && !REACH_CLOSES.test(text.slice(r.lastEndHere, c.numberAt))) c.kind = "increment";
  // (区域分布:即在西咸新区7万套(间),高新区6万套(间): places alone before amounts in the unit of an amount added just before
  // share it out — each share is added too)
  // (…浐灞生态区、曲江新区、航天基地、未央、灞桥、高陵各1万套(间): the places one amount is given to are shared out alike)
  if (c.kind === "level" && !isPercentUnit(c.unit) && ((namesOnlyPlaces(c.indicator) && !LEVEL_VERB_CLOSES.test(text.slice(clause.start, c.numberAt))) || (r.sharedOut?.numberAt === c.numberAt && r.sharedOut.unit === c.unit))) {
    const lastPlaced = out[out.length - 1];
    const before = memo.lastTarget ?? (lastPlaced !== undefined && lastPlaced.sentence.end >= sentence.start - 400 ? lastPlaced.c : undefined);
    if (before !== undefined && before.kind === "increment" && before.unit === c.unit) { c.kind = "increment"; r.sharedOut = c; }
  }
  r.lastEndHere = Math.max(r.lastEndHere, c.end);
  // (a change on last year is no verb of adding work: 58900亿元、比上年增加2300亿元,其中中央财政赤字50900亿元 — the parts
  // are the whole's)
  memo.lastIncrement = c.kind === "increment" && !CHANGE_ON_LAST_YEAR.test(text.slice(Math.max(clause.start, c.numberAt - 10), c.numberAt));
  r.counted = c.rule === "number-first" || c.rule === "measure-count";
  if (c.rule !== "year-breakdown") memo.lastTarget = { indicator: c.indicator, unit: c.unit, kind: c.kind, period: c.period };
  const at = firstAtOrAfter(qs, c.numberAt);
  const m = qs[at]?.start === c.numberAt ? qs[at] : null;
  // (占全市1/8: a fraction of a whole is a share, whatever verb counts the thing it is of)
  // (…减少1/3以上: a fall by a fraction is a growth, stated as a fall)
  if (m?.fraction) Object.assign(c, /(减少|降低|下降)\s*$/.test(text.slice(Math.max(clause.start, m.start - 4), m.start)) ? { kind: "growth", decrease: true } : { kind: "share" });
  const own = ownYear(text, block.line, sentence, c.numberAt);
  if (c.numberAt >= criteriaAt) { if (m) setRole(m, "parameter", CRITERIA); return; }
  if (past && !tasks.has(c.numberAt)) {
    if (m) { setRole(m, "past", past); seen.push({ candidate: c, mention: m, year: own ?? statedYear(text, block.line, c.numberAt) }); }
    return;
  }
  if (c.numberAt < basisEnd) { if (m) setRole(m, "past", ON_BASIS); return; }
  // (利用现有6名台籍医学博士: the count right after 现有 is what exists now — not work on it, 推进现有23个…扩优提质)
  // (…and the counts listed after it with 、: 重庆现有804个乡镇、8029个行政村)
  const justBefore = text.slice(Math.max(clause.start, c.numberAt - 3), c.numberAt);
  const listedAfter = justBefore.endsWith("、") && /现有\s*\d+[^,，。;；\d、]{1,12}、$/.test(text.slice(Math.max(clause.start, c.numberAt - 24), c.numberAt));
  if (((justBefore.includes("现有") && /现有\s*$/.test(justBefore)) || listedAfter) && !WORK_ON_EXISTING.test(text.slice(c.numberAt, Math.min(clause.end, c.numberAt + 40)))) {
    if (m) setRole(m, "past", "what exists now (现有6名)");
    return;
  }
  if (c.optional && !options.includeOptional) return;
  if (c.rule !== "word-number" && isParameter(text, clause, c.numberAt, sentence)) {
    if (m) setRole(m, "parameter", PARAMETER);
    return;
  }
  // (计划投资2550亿,跨越2500亿大关: a mark the amount just stated passes restates that amount)
  if (m && MARK_AFTER.test(text.slice(m.end, m.end + 3)) && out.some((p) => p.sentence.start === sentence.start && p.c.numberAt < c.numberAt && p.c.unit === c.unit && p.c.value >= c.value)) {
    setRole(m, "other", MARK_PASSED);
    return;
  }
  // (较疫情前2019年(5.2万人次)增长54%: the value in an aside after a base year is that year's)
  const aside = text.slice(Math.max(clause.start, c.numberAt - 24), c.numberAt);
  if (aside.includes("(") && BASE_ASIDE.test(aside)) { if (m) setRole(m, "baseline", "the value of the base year, in an aside after it"); return; }
  // a value tied to a year before the document (由2020年的320亿元…) is a baseline, not a target — unless the year
  // is one of the plan's own (2018年… in a 2018-2020 plan issued in 2019)
  if (beforePlan(own, docYear, ownFrom)) {
    if (m) { setRole(m, "baseline", `the value of ${own}, before the document's year`); seen.push({ candidate: c, mention: m, year: own }); }
    return;
  }
  const year = c.year ?? own ?? overPeriod(text, block.line, sentence, c.numberAt, yearFor(text, block.line, sentence, c.numberAt, block.scopeYear, docYear), doc);
  // (具体有:1.翠园安置小区公租房(114间);… after 2013年底前开工建设的公租房: what the context dates before the document's
  // year — and before the plan's own first year — is a past state, however it is worded)
  if (beforePlan(year, docYear, ownFrom)) {
    if (m) { setRole(m, "past", "dated before the document's year"); seen.push({ candidate: c, mention: m, year }); }
    return;
  }
  // (the 40 characters before the number are where a hedge stands; a long list is not reread for each number)
  const ahead = year !== null && docYear !== null && year > docYear;
  // (2021年,全区20%的乡镇完成… in a 十四五 plan of 2022: a goal of the plan's first year, or what that year reached —
  // offered for review unless a bound or a word of will says it is a goal)
  const early = year !== null && docYear !== null && year < docYear && !GOAL_WORDING.test(text.slice(clause.start, clause.end));
  const lead = text.slice(Math.max(clause.start, c.numberAt - 40), c.numberAt);
  const doubt = c.doubt ?? (hedged(lead, ahead) ? POSSIBLE_REASONS.hedged : early ? POSSIBLE_REASONS.earlyPlanYear : setAsideOnce(lead) ? POSSIBLE_REASONS.setAside : null);
  // (济南和青岛两市各新开工35000套: one value for each of the places listed and counted before it)
  const each = c.rule !== "table-row" && (r.saysEach ??= said.includes("各") || said.includes("均") || said.includes("分别")) ?
    eachOfPlaces(text.slice(clause.start, c.numberAt), text.slice(sentence.start, clause.start)) : null;
  if (each) {
    // (the name taken from the clause before brings its verb of adding: 新开工…)
    const name = eachName(c.indicator, text.slice(sentence.start, clause.start));
    const kind = c.kind === "level" && startsWithIncrementVerb(name) ? "increment" : c.kind;
    for (const at of each) place(block, text, out, { ...c, indicator: `${name}(${at})`, kind }, m, year, doubt);
  }
  else place(block, text, out, c, m, year, doubt);
  // the year of a breakdown item (其中2024年40个) dates that item only, not what follows it
  if (c.rule === "year-breakdown") {
    const y = block.line.years.find((x) => x.pos >= c.start && x.end <= c.end && !block.line.isUsed(x));
    if (y) block.line.useYear(y);
  }
}

/** The k-th mention of a clause that no rule placed: the role a claim gives it, or a possible target. */
function placeLeftover(s: SentenceRead, r: ClauseRead, claims: Claims, k: number): void {
  const { block, memo, out, criteriaAt } = s;
  const { text, docYear } = s.doc;
  const sentence = block.span;
  const { clause, qs, past, tasks } = r;
  const m = qs[k];
  if (m.role !== undefined) return;
  const claimed = claims.roleOf(m);
  if (claimed) { setRole(m, claimed.role, claimed.reason); return; }
  if (m.start >= criteriaAt) { setRole(m, "parameter", CRITERIA); return; }
  if (past && !tasks.has(m.start)) { setRole(m, "past", past); return; }
  if (claims.has(m)) return;
  // (各购置安装1台500千伏安箱式变压器: an amount right after a count of one is that one thing's size)
  if (k > 0 && qs[k - 1].end === m.start && qs[k - 1].value === 1 && isMeasureWord(qs[k - 1].unit) && !isMeasureWord(m.unit)) { setRole(m, "qualifier", "the size of the one thing counted just before it (1台500千伏安箱式变压器)"); return; }
  // (…上市公司达到1000家,其中市值1000亿元以上10家、500亿—1000亿元70家: a count after its size band, in the unit of the
  // total just set, is the part of that total in the band)
  const band = k > 0 && qs[k - 1].end === m.start && claims.roleOf(qs[k - 1])?.reason === SIZE_BAND ? qs[k - 1] : null;
  if (band && memo.lastTarget !== undefined && memo.lastTarget.unit === m.unit && text.slice(Math.max(sentence.start, m.start - 200), m.start).includes("其中")) {
    const year = yearFor(text, block.line, sentence, m.start, block.scopeYear, docYear);
    const name = `${memo.lastTarget.indicator}(${text.slice(band.start, band.end)})`;
    place(block, text, out, {
      rule: "parts-by-band", start: band.start, end: m.end, numberAt: m.start, value: m.value, valueMax: m.valueMax, unit: m.unit,
      comparator: comparatorOf(null, m.suffix, m.valueMax !== null), kind: memo.lastTarget.kind, period: null, indicator: name,
      optional: false, year: null, responsible: null,
    }, m, year, null);
    return;
  }
  const p = possibleTarget(text, clause, m, memo);
  if (!p) return;
  if (isParameter(text, clause, m.start, sentence)) { setRole(m, "parameter", PARAMETER); return; }
  const year = yearFor(text, block.line, sentence, m.start, block.scopeYear, docYear);
  // (a share before places with a bracketed aside, 70%街(镇)建有…, reads as a count's noun: places are tried too)
  // (a list closed by 等 and its count, its noun left unsaid, 打通卫零北路、武宣路、东明路等10条: a count of the list's items)
  const listClosed = p.reason === POSSIBLE_REASONS.noWording && isMeasureWord(m.unit) && m.end === clause.end - (/[,。;]/.test(text[clause.end - 1]) ? 1 : 0) &&
    (LIST_BUILT.test(text.slice(Math.max(clause.start, m.start - 120), m.start)) || partsOfBuilt(text, sentence, clause, m)) ? { ...p.candidate, kind: "increment" as const, rule: "list-built" } : null;
  const counted = p.reason === POSSIBLE_REASONS.countNoVerb ? countSetByShape(text, clause, sentence, m, p.candidate) ?? shareOfPlaces(text, clause, m, p.candidate) : listClosed ?? shareOfPlaces(text, clause, m, p.candidate);
  if (counted) { place(block, text, out, counted, m, year, null); return; }
  const first = k > 0 ? firstMeasure(text, qs[k - 1], m, out) : null;
  // (written close after the first, 完成465幢23.25万平方米房屋“平改坡”, the noun after both names them: 房屋“平改坡”)
  const adjoining = first !== null && qs[k - 1].end === m.start && p.candidate.indicator.startsWith(qs[k - 1].unit) && p.candidate.indicator.length > qs[k - 1].unit.length + 1;
  const candidate = first ? { ...p.candidate, indicator: adjoining ? p.candidate.indicator.slice(qs[k - 1].unit.length) : first.indicator, kind: first.kind, start: first.start } : p.candidate;
  place(block, text, out, candidate, m, year, first ? null : p.reason);
}

/** A yearly or daily output opening a capacity a plan forms (形成年产, 达到日处理). */
// (…or 形成 alone before the amount a capacity named after it handles: 毛纺形成5000—10000吨洗净毛和毛条加工能力)
const CAPACITY_OPENS = /(?:形成|具备|达到|新增|建成)(?:年|日)(?:产|生产|加工|处理|吞吐)$|形成$/;
/** …and the capacity it sizes, later in its sentence: …的生产能力, 产能. */
const CAPACITY_NAMED = /^([^。;；]{2,60}?)的?(?:年|日)?(?:生产|加工|处理|制造|吞吐|装备)?(?:能力|产能)/;

/**
 * A yearly output sizing a capacity a plan forms (形成年产200万千瓦风电装备和配套零部件的生产能力; and the next of its list after a
 * comma, 形成年产200万千瓦陆上风电装备,200万千瓦海洋风电装备…的生产能力): the capacity, a level — null otherwise.
 */
function capacityFormed(text: string, sentence: Span, clause: Span, m: Mention, c: Candidate): Candidate | null {
  if (m.unit.endsWith("元")) return null;
  // (the output verb right before the count — or, for a count opening its clause, before the count opening the clause before:
  // 形成年产200万千瓦…,200万千瓦…的生产能力; no count opening a sentence, 50个村建成便民服务站,基层服务能力…)
  const opens = /^\s*$/.test(text.slice(clause.start, m.start));
  const before = opens ? (clause.start > sentence.start ? text.slice(Math.max(sentence.start, clause.start - 60), clause.start).replace(/[\d.]+(?:[—–~至-][\d.]+)?[万千百亿]*[\u4e00-\u9fff]{0,24}[,，]\s*$/, "") : "") : text.slice(clause.start, m.start);
  if (!CAPACITY_OPENS.test(before)) return null;
  const named = CAPACITY_NAMED.exec(text.slice(m.end, sentence.end));
  // (what is made, up to the next item of the list if one follows: 陆上风电装备 | ,200万千瓦海洋风电装备…; a comma stands only
  // before such an item)
  const made = named ? named[1].replace(/^的/, "").split(/(?:[,，、]|和)\s*(?=[\d一二三四五六七八九十])/) : [];
  if (!named || made.length > 3 || /(?:实现|完成|带动|增加|达到|[,，](?![\d一二三四五六七八九十]))/.test(named[1]) || made.slice(1).some((x) => !/^[\d.]+[万千百亿]*[\u4e00-\u9fff]/.test(x))) return null;
  // (a capacity formed with no yearly output named is named as the page names it: 洗净毛和毛条加工能力)
  const capacity = /形成$/.test(before) ? named[0].slice(named[1].length).replace(/^的/, "") : "年生产能力";
  // (…newly formed, 新形成50万吨农产品加工能力: what is added)
  return { ...c, indicator: `${made[0]}${capacity}`, kind: /新(?:增)?形成$/.test(before) ? "increment" : "level", end: m.end + (made.length > 1 ? made[0].length : named[0].length), rule: "capacity-formed" };
}

/** A clause opening with a change on last year: 比上年增长46%, 同比提高2个百分点, 比上年下降3%. */
const OPENS_WITH_CHANGE = /^\s*(?:比上年|较上年|比去年|较去年|同比)(?:增长|提高|增加|上升|下降|减少|降低)/;

/** A will opening a clause (力争, 确保), perhaps after the year's words — not 计划, which a review also names as met. */
const WILL_OPENS = /^\s*(?:今年|全年|年内)?(?:力争|确保)(?!了)/;
/**
 * Whether a clause of a past sentence opens with a plan of its own: after review wording, with the plan (计划新增…); in a
 * paragraph that opened on the past, with a will that sets an amount (确保全年引进10个优质项目).
 */
function plansInReview(past: string, clause: string): boolean {
  return (past.startsWith(REVIEW_WORDING) || (past === REVIEW_OPENING && WILL_OPENS.test(clause))) && opensWithPlan(clause);
}

/** A verb completing a task, before the task's size: 完成…下达的, 落实, 承担. */
// (…its season's years between: 确保完成全镇2022/2023年12000亩甘蔗种植任务)
const TASK_COMPLETED = /(?:完成|落实|承担)(?:[^,，。;；:：\d]|(?:19|20)\d\d[/／—-]?){0,12}$/;

/** A clause that opens by saying what the work before it involves: 涉及面积, 涉及居民, 共涉及 (not how many projects it holds, 涉及项目共计17个). */
const INVOLVES_OPENING = /^\s*(?:共|总)?涉及(?!项目)[\u4e00-\u9fff]{0,6}$/;

/**
 * Where in a clause the year's tasks stand, which a report of what is done keeps as targets: a task's count before what is
 * done of it (progress reports only), the year's task named before its amount, and a project of the year's list quoted by
 * its title.
 */
function taskStarts(text: string, clause: Span, qs: Mention[], progress: boolean): Set<number> {
  return new Set([...(progress ? taskCounts(text, clause.end, qs) : []), ...tasksNamed(text, clause.start, qs),
    ...(qs.length > 0 && QUOTED_TASK.test(text.slice(clause.start, clause.end)) ? qs.map((m) => m.start) : [])]);
}

/**
 * Whether a sentence of this year (今年, 年内, 全年, 本年 in it — THIS_YEAR —, read back to its full stop, at most 300 characters: a semicolon parts
 * it into blocks) is past only by its own words of what is done (review wording 已…): its tasks, counted before what is done
 * of them, are this year's targets (see taskStarts).
 */
function ownDeedsOfThisYear(text: string, sentence: Span, past: string): boolean {
  if (!past.startsWith(`${REVIEW_WORDING} (已`)) return false;
  const before = text.slice(Math.max(0, sentence.start - 300), sentence.start);
  const opened = before.slice(Math.max(before.lastIndexOf("。"), before.lastIndexOf("\n")) + 1);
  return THIS_YEAR.test(opened) || THIS_YEAR.test(text.slice(sentence.start, sentence.end));
}

/** A news lead closing right before a clause: …获悉, …了解到, …透露: */
const NEWS_LEAD_CLOSES = /(?:获悉|了解到|透露|获知)[,，:：]\s*$/;

/** A project of a list quoted by its title, its amount inside the quotes: “城镇棚户区改造27.76万套”项目. */
const QUOTED_TASK = /^[^“"，,。;；]{0,6}[“"][^”"]{2,40}?\d[^”"]{0,24}[”"]项目\s*$/;

/** What people counted before it attain: a certificate or a qualification (取得证书, 获得职业技能等级证书, 考取…资格). */
const PEOPLE_ATTAIN = /^\s*(?:以上)?(?:取得|获得|考取)[\u4e00-\u9fff“”]{0,10}?(?:证书|资格|资质|职称|学历|学位)/;

/**
 * A count before its noun that no verb right before it sets, set by the shape around it: a numbered project's title or
 * a list of counted items one a line; a kind entering a ranking; a list a verb of building opens. Null otherwise.
 */
/** The noun 把 takes, then a verb of work done to it: 辣椒种下去, 项目建成, 断头路打通. */
const BA_WORK_AFTER = /^[^,，。;；\d]{0,16}?(?:种下去|种上|种好|栽下去|建成|建好|建起来|完成|落实到位|落地|改造完|修好|打通|实施到位)/;

function countSetByShape(text: string, clause: Span, sentence: Span, m: Mention, c: Candidate): Candidate | null {
  // (a numbered project's title states the work it will do: 二、10万平方米老旧小区改造项目)
  const said = text.slice(sentence.start, sentence.end);
  if (PROJECT_TITLE.test(said) || PROGRAMME_ITEM.test(said) || inCountedList(text, sentence)) {
    // (the words before the count may start after another count: 7个乡镇1000公里… → 乡镇…)
    return { ...c, indicator: c.indicator.replace(/^[个家名所条项座处户]+/, ""), kind: "increment", rule: "project-title" };
  }
  const reached = placesReached(text, clause, m, c);
  if (reached) return reached;
  // (抢抓时节把210万亩辣椒种下去, 确保把100个项目建成: what 把 takes, then the verb of work done to it)
  // (…a count or an amount, not a share: 把80%的行政村建成美丽乡村示范村 stays a share)
  if (!isPercentUnit(m.unit) && /把\s*$/.test(text.slice(Math.max(clause.start, m.start - 2), m.start)) && BA_WORK_AFTER.test(text.slice(m.end, clause.end))) return { ...c, kind: "increment", rule: "ba-work" };
  const capacity = capacityFormed(text, sentence, clause, m, c);
  if (capacity) return capacity;
  // (全市114个镇(街)全面建成社会工作服务站: places counted, then what each of them builds or reaches)
  const all = m.unit === "个" ? PLACES_THEN_ALL_DO.exec(text.slice(m.end, clause.end)) : null;
  if (all) return { ...c, kind: /^(?:建成|完成|建设|新建|创建)/.test(all[2]) ? "increment" : "level", rule: "places-all-do" };
  // (规划目标:2025年——…,加氢站10座,500辆氢燃料电池汽车,100亿元产业产值: a count opening its clause on a line of goals)
  // (not a count of tasks said to be done: 主要目标:3项重点任务全面完成)
  if (/^\s*$/.test(text.slice(clause.start, m.start)) && !/完成|实现|达到|推进|落实/.test(text.slice(m.end, clause.end))) {
    const line = text.slice(Math.max(0, m.start - 200), m.start);
    if (GOALS_LINE.test(line.slice(line.lastIndexOf("\n") + 1))) return { ...c, kind: "level", rule: "goals-line" };
  }
  // (建设不低于:14个民族团结进步示范县;129个示范乡镇;1200个示范村: a verb of work and its bound before a colon lead a list
  // of counts, each opening its own part of the sentence)
  // (the list runs on across semicolons, which end sentences here: read back to the full stop or the line's start)
  const back = text.slice(Math.max(0, m.start - 200), m.start);
  const led = /[:：]/.test(back) ? LIST_LED.exec(back.slice(Math.max(back.lastIndexOf("。"), back.lastIndexOf("\n")) + 1)) : null;
  if (led && /(?:^|[:：;；])\s*$/.test(text.slice(Math.max(0, m.start - 3), m.start))) {
    return { ...c, kind: "increment", comparator: led[2] ? ">=" : c.comparator, rule: "list-led" };
  }
  // (严守150万亩永久基本农田和166万亩耕地保有量底线: a floor the clause's verb holds, an amount never to fall below)
  if (FLOOR_HELD.test(text.slice(clause.start, m.start)) && FLOOR_NAMED.test(text.slice(m.end, clause.end))) {
    // (what the floor is of, right after the amount: 永久基本农田, 耕地保有量)
    const of = /^([\u4e00-\u9fff]{2,16}?)(?:和|与|及|、|底线|红线)/.exec(text.slice(m.end, clause.end));
    return { ...c, indicator: of ? of[1] : c.indicator, kind: "level", comparator: ">=", rule: "floor-held" };
  }
  // (基本实现市区与市内组团间45分钟左右通达: the time within which places are to reach each other, the clause's goal)
  if (TIME_UNITS.has(m.unit) && TIME_TO_REACH.test(text.slice(m.end, clause.end))) return { ...c, kind: "level", rule: "time-to-reach" };
  // (震后2分钟内实现地震参数自动速报, 10分钟内完成地震烈度速报: the time within which a service is done, at most)
  // (not a deadline counted from a day, 印发后3个月内出台…; nor the time in a share's name, 80%以上便民服务事项30分钟内办结)
  const act = TIME_UNITS.has(m.unit) && m.unit !== "个月" && !text.slice(clause.start, m.start).includes("%") ? TIME_TO_ACT.exec(text.slice(m.end, clause.end)) : null;
  if (act) return { ...c, indicator: `${act[1] ?? act[2]}时间`, kind: "level", comparator: "<=", rule: "time-to-act" };
  // (力争1家企业冲刺千亿,5家企业过百亿: a count whose noun passes the sum closing the clause is the goal)
  const passing = /^([\u4e00-\u9fff]{1,16}?)((?:\d+(?:\.\d+)?|[一二三四五六七八九十两])?[十百千万亿]*[万亿]元?)(?:[,，。;；]|$)/.exec(text.slice(m.end, clause.end));
  if (passing && /[万亿]/.test(passing[2]) && COUNT_PASSES_SUM.test(passing[1])) return { ...c, kind: "level", rule: "count-passes-sum" };
  // (完成国家和省级下达的11.89万亩造林绿化任务: the size of a task, counted before it, that the clause's verb completes)
  if (c.indicator.endsWith("任务") && TASK_COMPLETED.test(text.slice(Math.max(clause.start, m.start - 24), m.start))) return { ...c, kind: "increment", rule: "task-counted" };
  // (为80万农村35—64岁妇女免费做“两癌”检查, 对40万贫困劳动力开展技能培训: how many people a service reaches)
  // (…past a bound before the count: 为超300万名婴幼儿发放育儿补贴)
  if (/^万?人?$|^万?名$/.test(m.unit) && /(?:为|对|帮助)(?:超过?|约|近)?\s*$/.test(text.slice(Math.max(clause.start, m.start - 4), m.start))) {
    const served = PEOPLE_SERVED.exec(text.slice(m.end, clause.end));
    if (served) return { ...c, indicator: served[0].trim(), kind: "increment", end: m.end + served[0].length, rule: "people-served" };
  }
  // (帮扶3万贫困移民脱贫, 带动5000名农民就业: how many people a verb of help brings to an outcome)
  if (/^万?人?$|^万?名$|^万?户$/.test(m.unit) && /(?:帮扶|带动|帮助|扶持|促进)(?:超过?|约|近)?\s*$/.test(text.slice(Math.max(clause.start, m.start - 4), m.start))) {
    const helped = PEOPLE_HELPED.exec(text.slice(m.end, clause.end));
    if (helped) return { ...c, indicator: helped[0].trim(), kind: "increment", end: m.end + helped[0].length, rule: "people-helped" };
  }
  // (解决95万农村居民饮水安全问题: the people whose problem the work solves, counted before them)
  if (/^万?(?:人|名|户)?$/.test(m.unit) && /解决\s*$/.test(text.slice(Math.max(clause.start, m.start - 3), m.start))) {
    const solved = PROBLEM_SOLVED.exec(text.slice(m.end, clause.end));
    if (solved) return { ...c, indicator: solved[0].trim(), kind: "increment", end: m.end + solved[0].length, rule: "problem-solved" };
  }
  // (年培训2万人次以上,1.7万人取得证书: the people who are to attain a certificate, counted at the head of their clause, in
  // a sentence of a plan — not an exam's result, 经考核,326人取得资格证书)
  if (/^万?(?:人|名)$/.test(m.unit) && text.slice(clause.start, m.start).trim() === "" && PLAN_SENTENCE_CUE.test(text.slice(Math.max(0, sentence.start - 40), sentence.end))) {
    const attained = PEOPLE_ATTAIN.exec(text.slice(m.end, clause.end));
    if (attained) return { ...c, indicator: attained[0].trim(), kind: "increment", end: m.end + attained[0].length, rule: "people-attain" };
  }
  // (对4个乡镇34.76万亩灌区进行综合整治: what the work is done on, counted between 对 and a verb of work on it)
  if (/对[^,，。;；:：]{0,12}$/.test(text.slice(Math.max(clause.start, m.start - 13), m.start)) && WORK_ON_COUNTED.test(text.slice(m.end, clause.end))) {
    return { ...c, indicator: c.indicator.replace(/^[个家名所条项座处户]+/, ""), kind: "increment", rule: "work-on-counted" };
  }
  // (年内完成…历史文化村落100%工程量;徒步城二期项目60%工程量: the share of a project's work done by a date is its target)
  if (m.unit === "%" && WORK_DONE_SHARE.test(text.slice(m.end, Math.min(clause.end, m.end + 8)))) return { ...c, kind: "share", rule: "work-done-share" };
  // (确保80个村级便民服务场所、100个村级老年活动室投入使用: a count, alone or in a list of counts, that a verb of completion
  // closes)
  // (not a project's capacity before its name: 2024年2727万千瓦新能源项目全部投产, 大唐700万吨露天矿…开工建设)
  // (nor a share started on time: 确保…重点项目90%以上按期开工)
  // (…等50个5000万元以上项目开工建设: the size of each, between the count and its noun, is part of the name)
  if (m.unit !== "%" && !CAPACITY_UNIT.test(m.unit) && DONE_LIST.test(text.slice(m.end, clause.end).replace(SIZE_OPENS, ""))) return { ...c, kind: "increment", rule: "list-done" };
  // (完成饶盖公路勃利过境段9.1公里改扩建, G229国道宏伟镇至兴北镇20公里路段养护: a length or an area, then the works done on it
  // closing the clause, in a sentence a verb of work opens)
  if (LENGTH_OR_AREA.test(m.unit) && WORKS_CLOSE.test(text.slice(m.end, clause.end)) && WORK_OPENS.test(text.slice(sentence.start, m.start))) return { ...c, kind: "increment", rule: "works-done" };
  // (计划增加不少于7000个社区托育托额,不少于3000个公办园托班托额: a bound and a count opening their clause go on with the
  // verb of adding and the bound the clause before set)
  if (BOUND_ALONE.test(text.slice(clause.start, m.start))) {
    const from = Math.max(sentence.start, clause.start - 60);
    const before = text.slice(from, clause.start).split(/[,，;；]/).slice(-2)[0] ?? "";
    if (ADDS_BOUNDED_COUNT.test(before)) return { ...c, kind: "increment", rule: "shares-verb" };
  }
  // (力争4家企业进入制造业世界500强: how many of a kind enter a ranking or list is a count to reach)
  const entering = ENTERS_RANKING.exec(text.slice(m.end, Math.min(clause.end, m.end + 40)));
  if (entering) return { ...c, indicator: entering[0].trim().replace(/^的/, ""), end: m.end + entering[0].length, rule: "enters-ranking" };
  // (建成稻米、小麦…等10个千亿级绿色食品产业: a count closing a list that a verb of building opens is how many it builds;
  // …培育市场主体、…等24条举措 counts the measures a plan takes, nothing it builds)
  if (LIST_BUILT.test(text.slice(Math.max(clause.start, m.start - 120), m.start)) && !/(举措|措施|政策|任务|方面|行动|领域|模式|环节|渠道)$/.test(c.indicator)) {
    return { ...c, kind: "increment", rule: "list-built" };
  }
  return null;
}

/** A bound alone before a count, opening its clause: 不少于3000个…. */
const BOUND_ALONE = /^\s*(?:不少于|不低于|至少|超过)\s*$/;
/** A verb of adding, a bound and a count: 增加不少于7000个, 新建不少于20所. */
const ADDS_BOUNDED_COUNT = /(?:增加|新增|新建|建成|建设|打造|培育|改造|开设|提供|扩增)[^,，。;；\d]{0,6}?(?:不少于|不低于|至少|超过)\s*\d/;

/** Works on a length or an area, closing its clause: …段改扩建, …路段养护, …河道整治工程. */
// (…or an item of a list of works: …9.1公里改扩建、G229国道…)
const WORKS_CLOSE = new RegExp(`${WORKS_AFTER_LENGTH}(?:$|、|及|和)`);
/** A verb of work earlier in the sentence. */
const WORK_OPENS = /(?:完成|实施|推进|启动|开展)/;

/** What is counted, then a verb of work done on it (…灌区进行综合整治, …河道实施清淤疏浚). */
const WORK_ON_COUNTED = /^[^,，。;；]{0,16}?(?:进行|实施|开展)[\u4e00-\u9fff]{0,4}?(?:整治|改造|治理|提升|修缮|清淤|疏浚|维修|加固|升级|绿化|修复|更新)/;

/** The people a service is for, then the service: 农村35—64岁妇女免费做“两癌”检查, 贫困劳动力开展技能培训. */
const PEOPLE_SERVED = /^[^,，。;；]{0,16}?(?:妇女|劳动力|群众|居民|学生|儿童|婴幼儿|老年人|老人|农民|人员|职工|家庭|残疾人|青少年|患者)[^,，。;；]{0,8}?(?:提供|开展|免费|培训|检查|筛查|体检|救助|帮扶|服务|发放)[^,，。;；]{0,16}/;

/** What says again what is done after a clause of will: 已, 目前, 实际完成, 超额…, or a result 实现 opens (实现种植49.4万亩). */
const RESULT_AFTER_PLAN = /已|目前|截至|截止|现有|共有|同比|实际|超额|^\s*实现/;

/** Places counted, then 全面/全部/均 and what each builds or reaches: 镇(街)全面建成社会工作服务站. */
// (…their kind named before them, 62个贫困县全部创建…, 7366个建档立卡贫困村全部建成…)
const PLACES_THEN_ALL_DO = /^((?:[\u4e00-\u9fff]{0,6}?(?:乡镇|镇|街道|县|村|社区)|镇\(街\)|镇\(街道\)|县\(市、区\)|县\(区\)|县区|区县|村\(社区\))(?:全面|全部|均|都))(建成|完成|实现|达到|建立|开通|创建)[\u4e00-\u9fff“”()]{2,20}$/;

/** The people a verb of help brings to an outcome, then the outcome: 贫困移民脱贫, 农民就业, 农户增收. */
const PEOPLE_HELPED = /^[^,，。;；\d]{0,10}?(?:贫困|移民|农户|农民|群众|劳动力|人口|人员|家庭|户|人)[^,，。;；\d]{0,6}?(?:脱贫|就业|增收|致富|创业)/;

/** The people or households a problem is solved for, then the problem: 农村居民饮水安全问题, 城乡中低收入家庭住房困难. */
const PROBLEM_SOLVED = /^[^,，。;；]{0,16}?(?:人口|居民|群众|农民|职工|师生|学生|家庭|人|户)[^,，。;；]{0,12}?(?:问题|困难|难题)/;

/**
 * A share of places or bodies that have or reach something, the places right after the percent: 全市70%街(镇)建有公建民营
 * 普惠托育机构, 90%以上的行政村实现…: the share is the target, named by what follows it. Null otherwise.
 */
function shareOfPlaces(text: string, clause: Span, m: Mention, c: Candidate): Candidate | null {
  if (m.unit !== "%") return null;
  // 力争将50%的县级综合性医院建设成为三级医院: the share of what 将 turns into something else
  const made = /(?:将|把)\s*$/.test(text.slice(Math.max(clause.start, m.start - 3), m.start)) ? MADE_INTO.exec(text.slice(m.end, clause.end)) : null;
  if (made && !MONEY.test(made[0])) return { ...c, indicator: made[0].replace(/^的/, ""), kind: "share", end: m.end + made[0].length, rule: "share-of-places" };
  const places = SHARE_OF_PLACES.exec(text.slice(m.end, clause.end));
  // (宽带网络将覆盖90%以上贫困村: the share of the places a verb of covering reaches, named to the clause's end)
  const covered = !places && COVERING_BEFORE.test(text.slice(Math.max(clause.start, m.start - 6), m.start)) ? PLACES_COVERED.exec(text.slice(m.end, clause.end)) : null;
  if (covered) return { ...c, kind: "share", end: m.end + covered[0].length, rule: "share-of-places" };
  if (!places) return placesReached(text, clause, m, c) ?? shareReaching(text, clause, m, c);
  return { ...c, indicator: places[0].replace(/^的/, ""), kind: "share", end: m.end + places[0].length, rule: "share-of-places" };
}

/** Money 将 turns into a fund or a scheme (将30%的土地出让收益转为…专项资金): an allocation rule, not a target. */
const MONEY = /(资金|收益|经费|收入|资产|利润|税收|基金)/;

/** What 将 names, then what it is made into, to the clause's end: 的县级综合性医院建设成为三级医院. */
const MADE_INTO = /^的?[\u4e00-\u9fff“”]{2,20}?(?:建设成为|建设为|建成|创建为|创建成|打造成为?|升级为|提升为|改造为|改造成|转为|转型为|纳入)[^,，。;；]{2,30}$/;

/** A verb holding a floor (严守, 守住, 坚守, 守牢) before the amount, and the floor or red line named closing the clause. */
const FLOOR_HELD = /(?:严守|守住|坚守|守牢)[^,，。;；]{0,30}$/;
const FLOOR_NAMED = /^[^,，。;；]{0,30}?(?:底线|红线)\s*$/;

/** A time within which a service is done, to the clause's end (…2分钟内实现地震参数自动速报). */
// (the verb stays in the name where it says what is timed: 到达现场时间)
const TIME_TO_ACT = /^(?:以内|之内|内)(?:(?:实现|完成|提供|发布|处置)([^,，。;；]{2,20})|((?:到达|响应|办结)[^,，。;；]{0,20}))$/;
/** A time to reach, closing the clause after a time (…45分钟左右通达). */
const TIME_TO_REACH = new RegExp(`^(?:左右|以内|之内|内)?(?:${TIME_REACH_VERBS})\\s*$`);

/** A verb of covering right before a share: 将覆盖, 覆盖到, 惠及. */
const COVERING_BEFORE = /(?:覆盖|惠及)(?:到|至)?\s*$/;
/** …and the places or people it covers, to the clause's end: 贫困村, 的行政村, 全市农户. */
const PLACES_COVERED = /^的?([\u4e00-\u9fff]{0,8}?(?:村|镇|乡镇|街道|社区|县|区|学校|企业|农户|人口|居民|家庭|园区))\s*$/;

/** Places or bodies, then a verb of having or reaching, to the clause's end: 街(镇)建有…, 的行政村实现…. */
const SHARE_OF_PLACES = /^的?(?:街道|街\(镇\)|街(?:镇)|乡镇|镇街|镇|行政村|村|社区|县(?:市区)?|县区|区县|学校|中小学|幼儿园|医院|医疗机构|企业|园区)[^,，。;；]{0,4}?(?:建有|建成|实现|具备|拥有|达到|开展|设立|设有|配备|覆盖)[^,，。;；]{2,30}$/;

/**
 * What follows a count to the end of its clause, closed by a verb of completion: its own noun (…15公里雨水管网二期工程按期
 * 竣工), or its noun and the rest of a list of counts (…村级便民服务场所、100个村级老年活动室投入使用).
 */
const DONE_LIST = /^(?:[\u4e00-\u9fff“”]{2,20}、[^,。;:]{0,40}?\d)?[^,。;:\d]{1,30}?(?:投入使用|投入运营|建成使用|建成投用|建成投运|投用|投运|投产|完工|竣工|开工建设|开工)$/;

/** Units of a plant's capacity (万千瓦, 万吨, 千伏安): before a project's name they size it, they count no work. */
const CAPACITY_UNIT = /(吨|瓦|伏)/;

/** The work of a project, or its visible progress, after a percentage: 60%工程量, 60%的工程量, 50%的形象进度. */
const WORK_DONE_SHARE = /^的?(?:总|主体|年度)?(?:工程量|形象进度)/;

/** The share of places a verb of reaching reaches: …设施覆盖所有城市社区、90%以上乡镇和60%以上行政村. Null otherwise. */
function placesReached(text: string, clause: Span, m: Mention, c: Candidate): Candidate | null {
  if (m.unit !== "%") return null;
  const reached = PLACES_REACHED.exec(text.slice(m.end, clause.end));
  if (!reached || !REACHES.test(text.slice(Math.max(clause.start, m.start - 40), m.start))) return null;
  // (the words around the share name it where they hold the places: 服务站点覆盖全市镇(街道))
  // (not the words of a list before it, …90%以上乡镇和60%以上行政村: the places alone name each item)
  const named = c.indicator.includes(reached[1]) && c.indicator.length <= 24 && !/^以上|[、和及与]/.test(c.indicator);
  return { ...c, indicator: named ? c.indicator : reached[1], kind: "share", end: m.end + reached[0].length, rule: "share-of-places" };
}

/**
 * A share of what the words before it name, then what that share reaches or passes: 整车企业100%达到智能工厂水平,
 * 主要食品安全抽查99%合格. The verb right after the percentage makes it the share of members that do so.
 */
function shareReaching(text: string, clause: Span, m: Mention, c: Candidate): Candidate | null {
  const reached = SHARE_THEN_REACHES.exec(text.slice(m.end, clause.end));
  if (!reached || !/[\u4e00-\u9fff]{2} ?$/.test(text.slice(Math.max(clause.start, m.start - 3), m.start))) return null;
  // (…实现社会工作服务站(点)和困难群众、特殊群体社会工作服务100%覆盖: what is covered, after the verb, names the rate)
  const covered = reached[0].endsWith("覆盖") ? /(?:实现|达到)([^,，。;；]{2,40})$/.exec(text.slice(clause.start, m.start)) : null;
  const indicator = covered ? `${covered[1].trim()}覆盖率` : c.indicator.replace(/…+$/, "");
  return { ...c, indicator, kind: "share", end: m.end + reached[0].length, rule: "share-of-places" };
}

/** A verb of reaching or a state reached, right after a percentage (and its bound), to the clause's end. */
// (a news lead may run on after it with an ellipsis: …主要食品安全抽查99%合格……26日,武汉发布…)
// (…or a service or a road reaching them: 具备条件的行政村100%通客车, 建制村100%通硬化路)
// (…or where it comes from, 临床用血100%来自无偿献血)
// (…or a rule kept, on time: 重点碳排放企业100%按时碳履约, 新建建筑100%执行绿色建筑考核标准 — not projects started on
// time, 90%以上按期开工, left for review)
const SHARE_THEN_REACHES = /^(?:以上|及以上)?(?:(?:达到|实现|具备|接入|纳入|执行|来自|按时(?!开工|竣工|完工))[^,，。;；…]{2,20}|(?:合格|达标|覆盖)|通(?:客车|客运|班车|公交|硬化路|公路|水泥路|沥青路|光纤|宽带|自来水|天然气))(?=…|$)/;

/** Places right after a percentage, ending an item of a list: 90%以上乡镇, 60%以上的行政村. */
// (…their kind glossed in brackets: 60%以上镇(街道))
// (…or counties and cities, 铁路覆盖50%以上县级行政区)
const PLACES_REACHED = /^(?:以上)?的?(县级行政区|县级以上城市|地级以上城市|设区市|地级市|县城|区县|县市区|县区|街道|乡镇|镇街|镇|行政村|社区|村|学校|中小学|幼儿园|医疗机构)(?:[(（][^()（）]{1,8}[)）])?(?=[、和及与]|$)/;
/** A verb of covering or reaching places, earlier in the clause: 覆盖所有城市社区、90%以上乡镇. */
const REACHES = /(覆盖|惠及|延伸至|延伸到|通达|辐射)/;

/** A list a verb of building or adding opens, closed by 等 before its count: 建成稻米、小麦、…茶叶等. */
// (…or a verb of opening a route or a road: 开通动物园公交枢纽、…等9个公交枢纽, 打通卫零北路、武宣路、东明路等10条)
const LIST_BUILT = /(?:^|[,;:]|力争|将|要|着力|加快|全力|重点|年)(?:打造|建成|培育|建设|形成|新增|引进|壮大|创建|开通|打通|新开|新辟)[^,。;:]{2,110}、[^,。;:、]{1,12}等$/;

/**
 * Whether `m` counts a part of what the clause before built or added, listed after 包括 and closed by 等: 新增各类公园100座,
 * 包括城市公园、口袋公园等80座 (the count before it in the same unit).
 */
function partsOfBuilt(text: string, sentence: Span, clause: Span, m: Mention): boolean {
  if (!PARTS_LISTED.test(text.slice(clause.start, m.start))) return false;
  const before = text.slice(Math.max(sentence.start, clause.start - 80), clause.start).replace(/[,，]\s*$/, "");
  return m.unit !== "" && before.endsWith(m.unit) && BUILT_COUNT_END.test(before.slice(0, before.length - m.unit.length));
}
const PARTS_LISTED = /^\s*(?:包括|其中)[^,，。;:]{1,110}、[^,，。;:、]{1,12}等$/;
const BUILT_COUNT_END = /(?:打造|建成|培育|建设|新建|新增|改造|创建|开通|打通)[^。;,，]{0,40}?\d[\d.]*$/;

/** A counted kind that enters a ranking or a list, to the clause's end: 企业进入制造业世界500强, 医院进入全国百强. */
// (…or the bar of one, 6个以上的学科领域进入ESI全球同类学科前1‰, 70个以上学科(领域)进入前1%)
const ENTERS_RANKING = /^[\u4e00-\u9fff“”()]{0,10}?(?:进入|入选|跻身|入围)[^,。;:]{0,24}?(?:强|榜|名单|行列|前列|前\s*\d+(?:\.\d+)?\s*(?:%|‰|名|位))(?=[,。;]|$)/;

/**
 * Whether an amount written close after a count (465幢23.25万平方米) measures the same work — not a size each thing counted
 * has, 3个5000亩县级示范片, 429个500万元以上项目, 1所100张床位的养老机构: a bound, a range or a 的 after it says so.
 */
function measuresSameWork(text: string, prev: Mention, m: Mention): boolean {
  return isMeasureWord(prev.unit) && prev.unit !== "个" && !/以上|以下|左右|[-—~至]/.test(text.slice(m.start, m.end)) &&
    !/^(?:以上|以下|及以上|左右|[\u4e00-\u9fff]{0,3}的|[-—~至])/.test(text.slice(m.end, m.end + 6));
}

/**
 * For a second measure of the same work, written after the first with only 、 between (改造城镇老旧小区450个、4200栋;
 * 实施城镇老旧供热管网改造68处、36.6公里) or close after it (完成465幢23.25万平方米房屋“平改坡”), the first's target: the
 * second sets one of its own, for the same indicator. The same unit twice would be a list of values instead.
 */
function firstMeasure(text: string, prev: Mention, m: Mention, out: readonly Placed[]): Candidate | null {
  if (prev.role !== "target" || prev.unit === m.unit || prev.unit === "" || m.unit === "") return null;
  const between = text.slice(prev.end, m.start);
  if (between !== "、" && !(between === "" && (householdsThenPeople(prev, m) || measuresSameWork(text, prev, m)))) return null;
  // (the previous mention's target was placed last or nearly so)
  for (let k = out.length - 1; k >= Math.max(0, out.length - 4); k--) if (out[k].mention === prev) return out[k].c;
  return null;
}

/** Whether the review's word (…(目前已)) stands only after `clause`, in a later clause of the sentence, and `said` is a clause of will with no past of its own. */
function reviewWordOnlyAfter(text: string, sentence: Span, clause: Span, reason: string, said: string): boolean {
  if (!(WILL_IN_CLAUSE.test(said) || GOAL_SET_IN_CLAUSE.test(said)) || isPastClause(said)) return false;
  const word = /\(([^()]+)\)$/.exec(reason)?.[1];
  if (!word || word.length < 2) return false;
  const at = text.slice(sentence.start, sentence.end).indexOf(word);
  return at >= 0 && sentence.start + at >= clause.end;
}
/** The goal a clause sets, named so before its value: 项目目标人群为500人, 全年目标任务为100个 (what is done of it follows). */
const GOAL_SET_IN_CLAUSE = /(?:目标|任务)(?:人群|人数|数)?(?:为|是)?\s*(?:约|不少于|不低于)?[\d一二三四五六七八九十]/;
/**
 * A word of will then the work it will do, in a clause: 泸州将在三区四县范围内建设… (not 将近, 计划生育, 计划内项目, 确保了, nor a
 * plan's figure named as a noun, 超年度计划投资12个百分点; 赤字率拟按4%左右, 将经济增长目标设定在5%左右 set a value).
 */
const WILL_IN_CLAUSE = /(?:将(?!近)|(?<![年度])计划(?!生育|内|外|单列)|拟|力争|确保(?!了))[^,，。;；]{0,12}?(?:建设|新建|建成|完成|实施|开工|新增|改造|引进|培育|打造|达到|实现|投资|投入|按|设定|明确为|定为)/;

/** A part after a report's semicolon that goes on with it: it sets nothing ahead and bounds no figure (a report's figures are exact). */
function reportGoesOn(part: string): boolean {
  return setsNothingAhead(part) && !/以上|以下|以内|左右|不低于|不少于|不超过|力争|确保/.test(part);
}

const MONTHS_SO_FAR = "results of the months so far (1-2月,…)";
/** Whether the part of a sentence before `sentence`'s semicolon reported the months so far, and `sentence` goes on with it. */
function monthsReportGoesOn(text: string, mentions: Mention[], sentence: Span): boolean {
  if (!/[;；]\s*$/.test(text.slice(Math.max(0, sentence.start - 3), sentence.start))) return false;
  // (the last mention before the sentence, found by search: a walk back from the document's end would cost every sentence)
  const last = mentions[firstAtOrAfter(mentions, sentence.start) - 1];
  return last !== undefined && last.reason === MONTHS_SO_FAR && !/[。\n]/.test(text.slice(last.end, sentence.start)) && reportGoesOn(text.slice(sentence.start, sentence.end));
}

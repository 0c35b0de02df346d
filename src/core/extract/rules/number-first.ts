// Number before the indicator, after an action verb:
//   每个街道至少建设1家社区嵌入式养老服务机构 · 推动5处城镇居住区配套幼儿园工程按时保质投入使用
// Without such a verb a leading number only describes a list (…等15个专项行动, 飞源化工3家“旗舰”企业).
import { isMeasureWord, isPercentUnit } from "../../numbers/units";
import type { Span } from "../../text/segment";
import type { Mention } from "../mentions/scan";
import { capacityBefore, comparatorOf, cleanIndicator, countedUpTo, FORMED_STOCK, isAreaUnit, isDistributive, periodOf, splitPrefix } from "../phrase/classify";
import { POSSIBLE_REASONS } from "../roles/possible";
import { ATTRIBUTE_BOUND, COUNT_VERB_ANYWHERE, GROWTH_NOUN, LEADING_FILLERS, LIST_JOINERS, MADE_STRONG, NUMBER_FIRST_VERBS, TASK_WORDS, THRESHOLD_BEFORE, TRAILING_SCOPE } from "../phrase/lexicon";

/** A target's or a task's word closing a counted noun (…耕地保护目标): the noun names the indicator without it. */
const TASK_WORD_CLOSES = new RegExp(String.raw`(?<=[\u4e00-\u9fff]{2})(${TASK_WORDS})$`);
import type { Candidate, ClauseRule } from "../types";

/** What each counted thing makes, earns or costs, right before the amount sizing it: 年产, 产值, 营业收入, 总投资. */
// (…and a verb of passing it: 销售额突破100亿元的)
// (收入 holds 营业收入 and 销售收入)
const SIZE_MEASURE = /(?:年产能?|年加工|年处理|产值|营收|销售额|收入|总投资)(?:突破|达到?|逾)?$/;
/** Whether the words between a count and the next amount name what each thing counted makes, earns or costs (年产, 产值超). */
export function measuresEachSize(between: string): boolean {
  return /^[\u4e00-\u9fff]{1,10}$/.test(between) && SIZE_MEASURE.test(between);
}
/**
 * Whether the words between a count and the next amount, that amount closed by 的, size each thing counted (1—3个容量不小于
 * 200人的避灾中心, 5家产值超10亿元的龙头企业, 2个年产10万吨的加工厂): the amount is inside the count's noun.
 */
export function sizesEachCounted(between: string): boolean {
  return (/^[\u4e00-\u9fff]{1,10}$/.test(between) && (ATTRIBUTE_BOUND.test(between) || THRESHOLD_BEFORE.test(between))) || measuresEachSize(between);
}
/** Words keeping a verb's work steady, right before it: 稳定发展, 保持. */
const KEPT_STEADY = /(?:稳定|保持|稳住)$/;
/**
 * A verb of work joined by 和 to the verb before a count, closing what stands before it: 将新建和(改造7个菜市场), 将续建和(新建25个
 * 项目) — not 建设 closing a noun, 教育基础设施建设和(新建8所学校).
 */
const JOINED_VERB_END = /(?:将|要|计划)?(?:新建|改建|扩建|新增|续建|改造|改扩建)(?:和|及|与)$/;

/** A project the amount before it sizes: 110万千瓦新能源项目(建设), 2×35万千瓦热电联产项目. */
const PROJECT_NAMED = /^[\u4e00-\u9fff]{0,10}?(?:项目|工程)(?:建设|前期工作|开工|投产)?$/;

/** Where the noun after a count ends: punctuation, or an ellipsis (老旧小区......还有…). */
// (…or a joiner before a count the page writes as N: 18个分拣中心和N个中转站)
// (…or the lenticular bracket closing a headline: …拥有2座博物馆】)
// (…or a joiner before the next count, the noun read past a size: 2个3万吨的冷库和5个1万吨的仓库)
const NOUN_END = /^(?:[,。;:、\n…】]|\.\.|[和及与](?:N|\d+(?:\.\d+)?|[一二两三四五六七八九十]{1,3})[个家座所条处])/;
/** A bracket listing the parts of what a count holds (包括63个…、62个…, 其中旧城区…): not the short aside (含专用) of a name. */
const PARTS_IN_BRACKETS = /^\((?:包括|其中)|^\(含[^()]{0,30}?[\d、]/;

/** Manner words and minimums between a subject and its verb (集中力量打造, 每个县区至少培育, 大力引进). */
const MANNER = /(严格|牢牢|坚决|精准|集中力量|集中精力|全力|大力|着力|努力|奋力|积极|加快|持续|重点|稳步|逐步|进一步|不断|全面|统筹|力争|争取|计划|至少|不少于)+$/;

/** Whether the 、 at `at` lists grades that open a count's noun (46座四、五类危桥, 一、二级公路): a numeral before it, a graded numeral after. */
function gradesListed(text: string, nounStart: number, at: number): boolean {
  return text[at] === "、" && at > nounStart && /[一二三四五六七八九十]$/.test(text.slice(nounStart, at)) && /^、[一二三四五六七八九十]{1,2}(?:类|级|星|档|等)/.test(text.slice(at, at + 5));
}

/**
 * Whether the 、 at `at` parts qualities listed before the noun they all describe (建设300个资源独特、设施完备、业态丰富的
 * 休闲农业重点县): short phrases with no number, the last closed by 的 and a noun.
 */
function qualitiesListed(text: string, nounStart: number, at: number): boolean {
  return text[at] === "、" && /^[\u4e00-\u9fff]{2,6}(?:、[\u4e00-\u9fff]{2,6}){0,5}$/.test(text.slice(nounStart, at)) &&
    /^(?:、[\u4e00-\u9fff]{2,6}){1,6}的[\u4e00-\u9fff]{2}/.test(text.slice(at, at + 60));
}

/** A quoted word of one or two characters, all the noun there is (六个“新”, 三个“一”). */
const SLOGAN_WORD = /^[“"][\u4e00-\u9fff]{1,2}[”"]$/;

/** Words that join one count's noun to the next count (…耕地和150万亩…), or a count to its parts (其中). */
const JOINER_END = new RegExp(`(${LIST_JOINERS}|其中)$`);
/** A list joiner right before a number: the verb of the count before carries to it. */
const JOINER_BEFORE = new RegExp(`(${LIST_JOINERS})$`);
/** From the end of one count's noun to the next count: a joiner, perhaps after the rest of the first item (…补植、管护任务和). */
const CARRIES = new RegExp(`^(?:、[\u4e00-\u9fff]{1,8})?(${LIST_JOINERS})$`);

/** A clause opening on the parts of a total (,包括200个…、400个…; ,其中包括…). */
const PARTS_OPEN = /^\s*(?:其中)?(?:包括|包含)\s*$/;
/** Counts of people or places after 包括: whom or where the work reaches, not its parts. */
const PARTS_NOT_WORK = /^[\d.]+万?(?:户|名|人|人次|个(?:区县|县区|乡镇|街道|村|区|县|市)|(?:区县|县区|乡镇|街道|村))/;
/** A total counted by a verb of work, closing the clause before (建设体育惠民工程900处), its verb in group 1. */
const TOTAL_CLOSES = new RegExp(`(${NUMBER_FIRST_VERBS.join("|")})[\u4e00-\u9fff“”]{0,16}?\\d+(?:\\.\\d+)?[万千]?[\u4e00-\u9fff]{1,2}(?:以上|左右)?\\s*[,，]\\s*$`);

/**
 * The verb of a total counted in the clause before, when this clause lists its parts (建设体育惠民工程900处,包括200个体育
 * 公园示范工程、400个…): the parts are work of the same verb; else null.
 */
function verbOfTotalBefore(text: string, clause: Span, at: number): string | null {
  if (!PARTS_OPEN.test(text.slice(clause.start, at))) return null;
  // (…改造120个,包括3000户居民 / 3个区县: the people and the places it covers are no parts of what is built)
  if (PARTS_NOT_WORK.test(text.slice(at, at + 16))) return null;
  const back = text.slice(Math.max(0, clause.start - 40), clause.start);
  const cut = Math.max(back.lastIndexOf("。"), back.lastIndexOf(";"), back.lastIndexOf("\n"));
  const m = TOTAL_CLOSES.exec(back.slice(cut + 1));
  return m && isMeasureWord(/[\u4e00-\u9fff]{1,2}(?=(?:以上|左右)?\s*[,，]\s*$)/.exec(m[0])?.[0] ?? "") ? m[1] : null;
}

/** A length a route is measured in (公里, 千米). */
const ROUTE_LENGTH = /^(?:公里|千米)$/;
/** A route formed, closing its clause (绿道, 廊道, 环线, 岸线, 步道). */
const ROUTE_AFTER = /(?:绿道|廊道|环线|岸线|步道|通道|骑行道)$/;
/** Verbs that raise or lay out money, before an amount of the funds named after it (筹措60亿元专项资金, 安排5000万元奖补资金). */
const FUNDS_VERBS = ["筹措", "筹集", "统筹", "整合", "投入", "安排", "下达", "拨付", "争取"];
/** The funds an amount of money before them is of: 专项资金, 奖补资金, 债券, 经费. */
const FUNDS_NOUN = /^[\u4e00-\u9fff]{0,6}?(?:资金|经费|基金|债券|补助|补贴)/;

/** Those a reward goes to, named by a condition before it: 对年度考核优秀的乡镇, (not 针对…的改造需求, 对…的提档升级: a work). */
const REWARDED_BEFORE = /(?:^|[,，。;；\s])对[^。;,，]{2,30}的(?:乡镇|街道|村|社区|企业|单位|个人|集体|人员|项目|学校|医院|家庭|农户|户)[,，]/;

/** Last characters of the verbs and minimums that may stand right before the number. */
// (余 of 剩余: 完成剩余12万平方米零星旧改任务, what is left of the work, between the verb and its count)
const BEFORE_LAST = new Set([...[...NUMBER_FIRST_VERBS, ...FUNDS_VERBS].map((v) => v[v.length - 1]), "少", "于", "约", "现", "破", "过", "余"]);
/** A bound between the verb and its count: 新建不少于3所, 培育不低于5家, 建成超过3个. */
const MINIMUM_AT_END = /(至少|不少于|不低于|超过|约)$/;

/** Whether a verb of this rule, then a bound, stand right before a count: 新建不少于3所幼儿园 reads number first. */
export function verbThenBound(before: string): boolean {
  const q = MINIMUM_AT_END.exec(before);
  if (q === null) return false;
  const head = before.slice(0, before.length - q[1].length);
  return NUMBER_FIRST_VERBS.some((v) => head.endsWith(v)) || (AT_LEAST.test(q[1]) && wordBeforeMinimum(head) !== undefined);
}
const AT_LEAST = /^(?:不少于|至少|不低于)$/;

/**
 * The word before a minimum that a count of a noun follows (开办不少于100个爱心暑托班, 排查不少于179个…路口): there the minimum
 * shows the word is a verb setting the count, whatever the verb — not a place each must have some of (每个乡镇不少于1个…).
 */
function wordBeforeMinimum(head: string): string | undefined {
  const w = /[\u4e00-\u9fff]{2}$/.exec(head)?.[0];
  // (a known verb earlier in the words makes the last one its object: 快检自购食品不少于6万项次)
  // (nor a measure's name, 最大承载量不少于2万名游客, 总数不少于5000个…, nor the reach of a service or a capacity, 惠及/覆盖/
  // 带动/容纳不少于…: a level)
  return w !== undefined && !head.includes("每") && !COUNT_VERB_ANYWHERE.test(head) && !/[的地量数额率]$|(?:乡镇|街道|社区|村|县|区|區|市|省|镇|鎮|乡|鄉|企业|單位|单位|学校|医院|规模)$/.test(head) &&
    !/(?:惠及|覆盖|带动|辐射|受益|涵盖|容纳|承载|满足)$/.test(head) ? w : undefined;
}

/** The end of a time span opening a subject (一年内…, 以内…), never a word's own first character (内河港口, 起步区). */
const SPAN_OPENS = /^(?:[\d一二两三四五六七八九十]{1,3}(?:年|个月|天))?(?:以内|之内)|^(?:[\d一二两三四五六七八九十]{1,3}(?:年|个月|天))(?:内|后|起)|^(?:年)?内(?=要|将|须)/;
/** A time span closing a subject (成都将在三年内…). */
const SPAN_CLOSES = /(?:将|要)?在?[\d一二两三四五六七八九十]{1,3}年(?:内|以内|之内)$/;
/** A verb that only carries the next one (实施改造, 进行整治), and a date the work is set for (计划在2026年, 于2025年底前). */
const LIGHT_VERB = /(?:实施|进行|开展)$/;
const DATE_CLOSES = /(?:计划|拟|预计)?(?:在|于|到)?(?<![\d—–\-~～至、和])(?:19|20)\d\d年(?:底前|年底前|底|末|前|内)?$/;
/** A modal closing a subject, not the last character of a word (供应, 效应, 必须, 所需). */
const MODAL_CLOSES = /(?<![供效响反相适对必所急刚纲主重需])(?:要|将|须|需|应)$/;

/**
 * Who or where before the verb (全区, 内河港口), without manner words, minimums, time spans and modals; a lone character
 * left (新引进's 新) names nothing.
 */
function subjectBefore(raw: string): string {
  // (“1+1+6+N”(即在全省范围内建设…: what a formula's gloss opens on, and the scope it sets, name nothing)
  // (…or a headline's first half, a space apart: 湖北移民工作投资重点转向产业发展 重点支持百个移民村)
  raw = raw.replace(GLOSS_OPENS, "").replace(/^.*[\u4e00-\u9fff][ \u3000]+(?=[\u4e00-\u9fff])/, "");
  // (…治理的任务是到年底前要治理135个: the words that call it the task name nothing the verb and noun do not)
  if (raw.includes("任务") && /任务(?:为|是)[^,，。;；]{0,10}$/.test(raw)) return "";
  // (项目计划在2026年实施改造…: a light verb and the date the work is planned for are no part of the name either)
  const words = cleanIndicator(raw.replace(LIGHT_VERB, "").replace(DATE_CLOSES, "").replace(MANNER, "").replace(SPAN_OPENS, "").replace(SPAN_CLOSES, "").replace(MODAL_CLOSES, ""));
  // (本项目, 工程: the work's own project names nothing)
  return words.length >= 2 && !/^(?:本|该|此)?(?:项目|工程)$/.test(words) ? words : "";
}

/** A gloss opening (即 after a bracket, a quote or a comma) and the scope after it: “1+1+6+N”(即在全省范围内. */
const GLOSS_OPENS = /^.*[(（”",，]即(?:在[\u4e00-\u9fff]{1,8}?范围内)?/;

/** Only leading words before a clause's first number: 力争80%以上便民服务事项…办结. */
// (实现全县不少于2.5%的老年人享有…: a bound may stand before the share)
// (…or the time of the year's work: 年底前90%以上村庄生活垃圾得到全面治理)
const LEADING_ONLY = new RegExp(`^(${LEADING_FILLERS.join("|")}|全省|全市|全区|全县|使|推动|实现|不少于|不低于|至少|到20\\d\\d年(?:底|末)?|(?:到|在)?(?:今年|年)底前?)*$`);
const LEADING_ONLY_PREFIX = new RegExp(`^(${LEADING_FILLERS.join("|")}|到20\\d\\d年(?:底|末)?)*`);
/** 对, and the place or list the object belongs to, right before an amount (对全县, 对城区, 对新民洲大寨河等). */
const OBJECT_OF_WORK = /对(?:全[省市县区镇乡]|[\u4e00-\u9fff]{1,3}[省市县区镇乡村]|[\u4e00-\u9fff]{1,12}?等)?$/;
/** The work done on 对's object, after its noun: …老旧管网进行更新, …河道实施生态综合治理, …幼儿园全面提档升级. */
const WORK_ON_OBJECT = /^[\u4e00-\u9fff“”]{1,16}?(?:进行|实施|开展)?(?:全面|集中|综合|系统|生态综合)?(?:改造|更新|治理|整治|修复|提档升级|提升改造|升级|维修|清淤|疏浚|硬化|加固|改建|扩建)/;
/** A place or part a share is of, before it (中心城35%左右面积达到…), when a verb of reaching a standard follows. */
// (…or a place named in full: 宁夏回族自治区90%煤矿…将基本达到…标准)
const SHARE_OF_PLACE = /^(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2,10}?(?:省|市|县|区|州|盟|旗))$/;
const REACHES = /^[^,。;]{1,16}?(达到|达|实现|具备|满足|符合)/;
/** Verbs a share may stand right before as their adverb (100%提供, 100%覆盖, 95%以上纳入). */
// (…100%按国家标准完成规划内容建设, 消防设施操作人员100%持证上岗, 行政村100%建站: the standard a verb meets may stand
// between)
// (市控以上断面水质100%达到或优于Ⅲ类: a share reaching a standard, named after the verb; …高校毕业生100%就业, 随迁子女…100%
// 保障入学: the share of the people the verb is for; 信用信息按目录100%归集共享, 行政许可信息100%上网公示: of the records it handles)
const ADVERB_SHARE = /^(?:按[^,。;]{0,10}?(?:标准|要求|规定)(?:要求)?)?(?:提供|覆盖|实现|完成|落实|达标|接入|配备|纳入|享受|建成|通达|持证|建站|设置|参保|就业|入学|归集|共享|公示|公开|上网|上线|联网|录入|入库|归档|办结|网办|保障(?=入学|就学|就业)|达到(?=或优于|或好于|[^,。;]{0,8}?(?:标准|要求|[ⅠⅡⅢⅣⅤ]类)))/;

/**
 * A share opening its clause, before the noun it is a share of: 力争80%以上便民服务事项30分钟内办结 ·
 * 90%的市和70%的县达到省级三星级以上. The rest of the clause says what that share of the noun does.
 */
export function openingShare(text: string, clause: Span, m: Mention): Candidate | null {
  const raw = text.slice(clause.start, m.start);
  const lead = raw.trim();
  const rest = text.slice(m.end, Math.min(clause.end, m.end + 40));
  if (!isPercentUnit(m.unit)) return openingAmountReaching(text, clause, m, lead, rest);
  // 为持有居住证的随迁子女100%提供公办学位: a share standing as the adverb of a verb says how much of its subject it reaches
  const adverb = ADVERB_SHARE.test(rest) && /^[\u4e00-\u9fff“”、的·]{2,30}$/.test(lead);
  if (!adverb && !LEADING_ONLY.test(lead) && !(SHARE_OF_PLACE.test(lead.replace(LEADING_ONLY_PREFIX, "")) && REACHES.test(rest))) return null;
  // (the noun may open with a grade or hold its parts in brackets: 60%以上A级旅游景区建成…, 70%以上县(市、区)达到…)
  if (!/^的?(?:[A-Z1-5]{1,2}级)?[\u4e00-\u9fff](?:[\u4e00-\u9fff]|[(（][\u4e00-\u9fff、]{1,8}[)）][\u4e00-\u9fff])/.test(rest)) return null;
  // (实现8%的增长: a growth, not a share of anything)
  if (GROWTH_NOUN.test(rest)) return null;
  const named = adverb ? cleanIndicator(lead.replace(LEADING_ONLY_PREFIX, "")) + rest : rest.replace(/^的/, "");
  return {
    rule: "number-first", start: adverb ? clause.start + raw.length - raw.trimStart().length : m.start, end: Math.min(clause.end, m.end + 40), numberAt: m.start,
    value: m.value, valueMax: m.valueMax, unit: m.unit, comparator: comparatorOf(null, m.suffix, m.valueMax !== null),
    kind: "share", period: null, indicator: cleanIndicator(named), optional: false, year: null, responsible: null,
  };
}

/**
 * A bounded amount opening its clause, before the noun that reaches a standard: 50平方公里以上建设用地面积达到海绵城市
 * 建设目标要求 — how much of the noun reaches it (a level).
 */
function openingAmountReaching(text: string, clause: Span, m: Mention, lead: string, rest: string): Candidate | null {
  // (10亿元以上项目实现签约20个: an amount of money bounds the noun a later count counts)
  if (/元$/.test(m.unit) || /\d/.test(rest) || !m.suffix || lead.replace(LEADING_ONLY_PREFIX, "") !== "" || !/^[\u4e00-\u9fff]{2}/.test(rest) || !/^[^,。;]{1,16}?(达到|实现|具备|满足|符合)/.test(rest)) return null;
  return {
    rule: "number-first", start: m.start, end: Math.min(clause.end, m.end + 40), numberAt: m.start,
    value: m.value, valueMax: m.valueMax, unit: m.unit, comparator: comparatorOf(null, m.suffix, m.valueMax !== null),
    kind: "level", period: null, indicator: cleanIndicator(rest), optional: false, year: null, responsible: null,
  };
}

export const numberFirstRule: ClauseRule = {
  name: "number-first",
  apply({ text, clause, mentions, memo }, consumed) {
    const out: Candidate[] = [];
    let listVerb: string | null = null;
    // (whether the list's verb is kept steady, 稳定发展1个…、2个…: its items are stocks held)
    let listSteady = false;
    let listEnd = -1; // 建成8个城市公园、30个街头游园: the verb carries along a 、 list
    let carryVerb: string | null = null;
    for (let idx = 0; idx < mentions.length; idx++) {
      const m = mentions[idx];
      if (consumed.has(m)) continue;
      const share = idx === 0 ? openingShare(text, clause, m) : null;
      if (share) { consumed.add(m); out.push(share); continue; }
      // (a verb, a minimum or a list joiner ends right before the number, or nothing here is for this rule)
      // 完成2019年度7.89亿元…目标: a year's scope between the verb and the number leaves them together
      const scope = TRAILING_SCOPE.exec(text.slice(Math.max(clause.start, m.start - 8), m.start));
      const lead = scope ? m.start - scope[0].length : m.start;
      const prevEnd = idx > 0 ? mentions[idx - 1].end : clause.start;
      // 对6公里老旧管网进行更新, 对大寨河等3公里河道实施生态综合治理: the amount of what 对 names, with the work on it after
      // (a count, 对全县5座换热站进行改造, is the measure-count rule's)
      const workedOn = m.suffix === null && !isMeasureWord(m.unit) && OBJECT_OF_WORK.test(text.slice(Math.max(prevEnd, m.start - 16), m.start)) &&
        WORK_ON_OBJECT.test(text.slice(m.end, Math.min(clause.end, m.end + 30)));
      // (…改造46座危桥,24座漫水桥和775公里…工程: a clause opening with a count goes on with the verb of the counts before it
      // — the measure-count rule reads that count — and hands the verb on past 和)
      if (idx === 0 && memo.countCarries === true && memo.countVerb !== undefined && text.slice(clause.start, m.start).trim() === "") carryVerb = memo.countVerb;
      const handed: boolean = idx > 0 && carryVerb !== null && listVerb === null && JOINER_BEFORE.test(text.slice(Math.max(0, m.start - 3), m.start));
      // (the verb a count takes from outside its clause: a total's before 包括, or the counts' handed on past 和)
      const givenVerb: string | null = idx === 0 ? verbOfTotalBefore(text, clause, m.start) : handed ? carryVerb : null;
      if (givenVerb !== null) { listVerb = givenVerb; listEnd = m.start; }
      if (!workedOn && givenVerb === null && !BEFORE_LAST.has(text[lead - 1]) && !(listVerb !== null && JOINER_BEFORE.test(text.slice(Math.max(0, m.start - 3), m.start)))) { listVerb = null; continue; }
      const preStart = Math.max(prevEnd, lead - 24);
      const pre = text.slice(preStart, lead);
      let head = pre;
      let minimum: ">=" | ">" | "~" | null = null;
      const q = MINIMUM_AT_END.exec(head);
      if (q) { head = head.slice(0, head.length - q[1].length); minimum = q[1] === "约" ? "~" : q[1] === "超过" ? ">" : ">="; }
      // (完成剩余12万平方米…: what is left of the work stands between the verb and its count)
      if (head.endsWith("剩余") || head.endsWith("余下")) head = head.slice(0, -2);
      // (完成3万亩退耕还林工程的补植、管护任务和3000亩…: the verb reaches past the rest of the first item)
      const carried: boolean = givenVerb !== null || (listVerb !== null && listEnd >= 0 && CARRIES.test(text.slice(listEnd, m.start)));
      let verb: string | undefined = carried ? "" : workedOn ? OBJECT_OF_WORK.exec(head)?.[0] : NUMBER_FIRST_VERBS.find((v) => head.endsWith(v));
      // 新(改)建2000公里…: a verb written with its alternative in brackets
      if (verb === undefined) verb = /(?:新|改)\((?:改|扩|续)\)建$/.exec(head)?.[0];
      // 实现100项高频事项“免申即享”, 实现40万家中小企业上云上平台: 实现 puts a count of things first (not a norm's distance,
      // 实现300米见绿)
      // (not a threshold on the noun after 的: 实现20人以上的自然村4G网络覆盖)
      if (verb === undefined && head.endsWith("实现") && ((isMeasureWord(m.unit) && text[m.end] !== "的") || /^[\u4e00-\u9fff]{1,12}[“"][^”"。,;]{2,12}[”"]/.test(text.slice(m.end, Math.min(clause.end, m.end + 30))))) verb = "实现";
      // 突破 before a counted noun sets how many (突破5项大模型应用项目); before an amount it is a level's bound
      if (verb === undefined && head.endsWith("突破") && isMeasureWord(m.unit)) verb = "突破";
      // (开办不少于100个爱心暑托班: a minimum between a verb and a count of a noun after it shows the verb sets the count,
      // whatever the verb)
      if (verb === undefined && minimum === ">=" && isMeasureWord(m.unit) && /^[\u4e00-\u9fff]{2}/.test(text.slice(m.unitEnd, m.unitEnd + 2))) verb = wordBeforeMinimum(head);
      // (not a reward to whoever meets a condition, 对年度考核优秀的乡镇,下达50万元奖补资金: a policy's parameter)
      if (verb === undefined && m.unit.endsWith("元") && FUNDS_NOUN.test(text.slice(m.unitEnd, m.unitEnd + 10)) && !REWARDED_BEFORE.test(text.slice(Math.max(0, clause.start - 40), m.start))) {
        verb = FUNDS_VERBS.find((v) => head.endsWith(v));
      }
      // 形成 takes a count of things (形成50个大模型产品), not a norm (形成300米见绿) — or a length of a route it links up
      // (形成100公里功能兼备、全线贯通的外环绿道)
      // (…or an area it forms, 力争形成60万亩海洋牧场 — not a norm's distance, 形成300米见绿)
      if (verb === undefined || (verb === "形成" && !isMeasureWord(m.unit) && !isAreaUnit(m.unit) && !(ROUTE_LENGTH.test(m.unit) && ROUTE_AFTER.test(text.slice(m.unitEnd, clause.end))))) { listVerb = null; continue; }
      // 推进0-6岁儿童残疾筛查: an age bounds who the noun is for, it is no amount
      if (m.unit === "岁" || m.unit === "周岁") { listVerb = null; continue; }
      if (!minimum && /(至少|不少于)$/.test(head.slice(0, head.length - verb.length))) minimum = ">=";
      // the indicator noun follows the number
      // (up to the next number when a joiner stands before it: 落实202万亩耕地和150万亩永久基本农田 — the 和 hands the
      // verb on to the next count; 培育100家年销售收入1亿元以上的龙头企业 — a bound inside the noun — reads on;
      // 完成今年66个重点项目54亿元的投资计划 — an amount of its own — ends the noun)
      const next = mentions.find((n, k) => k > idx && n.shape === null);
      const joined = next !== undefined && next.start - m.end <= 40 ? JOINER_END.exec(text.slice(m.end, next.start)) : null;
      // (1—3个容量不小于200人的避灾中心, 5家产值超10亿元的龙头企业: a size of each thing counted, before 的, reads on like a
      // bound's suffix)
      // (…or the amount straight after the count: 两个5000平方米的仓库)
      const sizeInNoun = next !== undefined && !joined && next.suffix === null && text[next.unitEnd] === "的" && (next.start === m.end || sizesEachCounted(text.slice(m.end, next.start)));
      const nextAt = joined ? next!.start - joined[0].length : next !== undefined && !sizeInNoun && (next.suffix === null || next.suffix === "~") ? next.start : clause.end;
      let e = m.end;
      // (…125个村庄(包括63个…): a bracket listing what the count holds closes its noun)
      // (改造46座四、五类危桥: the 、 of grades listed before the noun parts no items)
      while (e < clause.end && e < nextAt && e - m.end < 40 && (!NOUN_END.test(text.slice(e, e + 3)) || gradesListed(text, m.end, e) || qualitiesListed(text, m.end, e)) && !(text[e] === "(" && PARTS_IN_BRACKETS.test(text.slice(e, e + 40)))) e++;
      let noun = text.slice(m.end, e).replace(/^的/, "");
      // 1所以失能、部分失能人员照护为主的县级供养设施: the 以…为主的 qualifier comes before the noun
      if (noun.startsWith("以")) {
        const tail = text.slice(m.end, Math.min(clause.end, m.end + 60));
        const q = /^以[^,。;:]{1,40}?为(?:主|重点|核心)的([^,。;:、\n]{2,30})/.exec(tail);
        if (q) { noun = q[1]; e = m.end + q[0].length; }
      }
      if (noun.length < 2) continue; // (a noun opening with a number is the next quantity; 5G基站 is a name)
      // (打造六个“新”: a count of one quoted character or two is a slogan's, no amount)
      if (SLOGAN_WORD.test(noun)) continue;
      consumed.add(m);
      listVerb = carried ? listVerb : verb;
      listEnd = e;
      const verbStart = preStart + head.length - verb.length;
      const subjectRaw = text.slice(preStart, verbStart);
      // 集中力量打造…, 每个县区至少培育…: manner words and minimums before the verb are no part of the name
      // (对's object is what the amount measures: 对6公里老旧管网进行更新 names 老旧管网)
      // (…and a verb joined by 和 to the one before the count is no subject: 将新建和改造7个菜市场)
      const subject = carried || workedOn ? "" : subjectBefore(subjectRaw).replace(JOINED_VERB_END, "");
      const at = subject ? subjectRaw.lastIndexOf(subject) : -1;
      const start = at >= 0 ? preStart + at : verbStart;
      const split = splitPrefix(head);
      // 跨上千亿元台阶 states a level; so do 建有/设有/拥有 (what each has), 落实202万亩耕地(保护目标) and a floor held (守住…耕地); firms a place
      // gathers (集聚) or a plan forms (形成5家…企业) are a stock it reaches, unless yearly (每年集聚1000名…)
      const levelVerb = carried ? listVerb ?? "" : verb;
      memo.countVerb = levelVerb;
      // (建强10所科技高中: things made strong, MADE_STRONG, are a stock too)
      // (…and a verb kept steady, 稳定发展1个千亩村: what is kept is a stock held)
      if (!carried) listSteady = KEPT_STEADY.test(head.slice(0, head.length - verb.length));
      const stock = /^(跨上|迈上|站上|跃上|登上|建有|设有|拥有|落实|守住|守牢|坚守)$/.test(levelVerb) || MADE_STRONG.test(levelVerb) || listSteady ||
        (!/每年|年均/.test(head) && (/^(集聚|聚集|汇聚)$/.test(levelVerb) || (levelVerb === "形成" && !/(培育|打造|新)形成$/.test(head) && (FORMED_STOCK.test(noun) || isAreaUnit(m.unit))))) ||
        countedUpTo(m.unit, head.trimEnd()) || isDistributive(text.slice(clause.start, m.start)) ||
        capacityBefore(text.slice(clause.start, m.start));
      // (实现8%的增长, 力争实现10%的年增长目标: a rate of growth a verb reaches, of the indicator just named if any)
      // (锚定7.5%以上经济增速: or a rate of growth named after the value, its measure first)
      const rateAfter = isPercentUnit(m.unit) && /^[\u4e00-\u9fff]{1,10}(?:增速|增长率|增幅)$/.test(noun);
      const growthNamed = isPercentUnit(m.unit) && (GROWTH_NOUN.test(noun) || rateAfter);
      out.push({
        rule: this.name, start, end: e, numberAt: m.start,
        value: m.value, valueMax: m.valueMax, unit: m.unit,
        comparator: comparatorOf(minimum ?? split.comparator, m.suffix, m.valueMax !== null),
        // (a count for each member of a group, 每个乡镇至少建成一所, and entities counted up to a number, 累计建成18个, are
        // stocks too; the other verbs add an amount)
        kind: stock ? "level" : "increment", period: periodOf(text.slice(Math.max(clause.start, m.start - 60), m.start), "increment"),
        // 跨上千亿元GDP新台阶: the step is the wording, GDP the indicator
        indicator: (subject ? subject : "") + noun.replace(/(按时|按期|如期|全部|投入|实现|达到).*$/, "").replace(TASK_WORD_CLOSES, "").replace(/(?<=[\u4e00-\u9fffA-Za-z]{2})(新)?(台阶|关口|大关)$/, ""),
        optional: false, year: null, responsible: null,
        // (推进一期110万千瓦新能源项目建设: an amount, not a count, right after a phase and before the project names it)
        // (a phase's size, 一期110万千瓦, is how projects are named; 落实800万平方米超低能耗建筑项目 is work to do)
        ...(!isMeasureWord(m.unit) && PROJECT_NAMED.test(noun) && /(?:[一二三四首]期)$/.test(text.slice(Math.max(clause.start, m.start - 2), m.start)) ? { doubt: POSSIBLE_REASONS.projectSize } : {}),
        ...(growthNamed ? { kind: "growth" as const, period: null, indicator: rateAfter ? noun : subject || memo.indicator || noun } : {}),
      });
    }
    return out;
  },
};

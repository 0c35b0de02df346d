// Past facts are not targets: a review section (回顾, 取得…成就, 发展基础, 现状与形势, "十三五"以来), a paragraph that opens
// with a review, or a sentence about a year before the document (预计2020年…超过600亿元, 比上年增长).
import { MODAL, PLAN_PERIODS } from "../../document/doc-year";
import type { YearMention } from "./years";

/** How the reason of a sentence past by its review wording begins (another part of the sentence may still set a plan). */
export const REVIEW_WORDING = "review wording";

// (取得…成效 heads what was achieved; with a will before it, 推动改革取得新成效, it heads work to do)
export const PAST_HEADING = /((?:发展|主要|建设|工作|取得的|显著|历史性)成就|(?:20\d\d年|十[一二三四五六]五[”"]?)成就|回顾|(?<!(?:推动|促进|确保|力争|努力|争取|奋力|推进)[^,。]{0,12})取得[^,。]{0,8}成[就绩效]|发展基础|工作基础|现实基础|基本情况|现状|工作总结|过去[一两三五]年|[一二三五]年来|以来|完成情况|执行情况|实现情况|进展情况|落实情况|推进情况|工作成效|主要成效|存在的?问题|问题与不足|困难和问题|问题和不足)/;
// (这五年,…; 交出了“十三五”成绩单: the years just lived through, a record handed in)
// (not a call to hand one in, 全市上下要交出一份新的成绩单, nor these years' goals, 这五年,我们力争…, nor the time a plan
// gives itself, 这三年的时间里,…省里提出…目标 — 这三年的时间里,我们累计建成… still looks back)
const PAST_OPENING = /(以来|过去的?[一两三五]年|[一两二三四五六七八九十几多]+年来|这[一两三五十]年(?![内里后中]|的时间[里内中](?=[^。;]*(?:提出|目标|计划|将|要|力争)))(?![^。;]{0,16}(?:要|将|力争|确保|目标))|(?<!要|将|力争|努力|争取)(?:交出|晒出|亮出)了?[^,。;]{0,12}?成绩单|回顾|截至|截止|^[\u4e00-\u9fff]{1,8}?(?<!力争|确保|要|将|实现|保持|争取)连续[\d一二三四五六七八九十两]{1,2}年(?![^。;]{0,20}(?:要|将|力争|确保|目标|保持)))/;
// (已建成的调水工程 names an existing thing: the wording is no statement of what is done; 现有 states what exists
// only where it opens a clause or follows a place — 现有养老机构15家, 全市现有… — not after a verb that works with what
// exists — 依托现有生态资源, 推进现有23个“宝宝屋”扩优提质, 拆除…5个现有收费站; 实现有条件的… holds no 现有)
// (从2019年8月20日揭牌成立至今,…累计签约…: the time from a start up to now is looked back on)
// (已经开启的新的五年征程: 已经 inside a noun's qualifier describes the noun, it reports nothing done; 人才公租房已配租10余万户次:
// what a subject has done, in a sentence of one clause — a level reached, 已突破, is past in its own clause only)
// (实际完成, 实际开工: what was actually done — 实际增长 is also a real rate of growth, 居民收入实际增长5.5%左右, a goal; 占全年计划投资的56.6%: how much of the plan is done; the lookahead
// before the lookbehind spares its backward scan at every other position)
// (“十四五”5G建设目标提前达成,累计建成…: a goal reached ahead of time is done; 力争…目标提前完成 still aims)
// (近年来, opening a clause, and 近年落户…首店超4000家: the years just past — not 针对近年频发的…, a plan's reason)
// (5年间新增中小学学位1.37万个: the years just lived through, opening a clause, as 五年来 does — with its comma, or right
// before what they did, ——5年来完成林草生态修复近1070万亩)
// (党的十八大以来,全省城镇新增就业人数357.52万人: the years since a party congress, opening a clause, are lived through too)
// (…河道综合整治完成123.16公里,均超年度计划的200%: an amount beyond the year's plan is what was done)
// (甘肃省建制村目前通客车率超过95%: the present state after its subject, as 目前…达到 opening a clause is)
// (当日四川有5条高速公路(路段)、共计163公里建成通车: the day a report speaks of, opening the sentence, is what was done)
// (比去年同期增长28.6%, 比2019年同期: a change on the same period of an earlier year reports, as 同比 does; 此前 opening a
// clause tells what came before; 上年度 after a bound, 增幅不低于上年度…增幅, is the base a target is set against)
// (the lookahead first holds the first character of every alternative below — keep it so when adding one: without it the
// engine tries all of them at each character, with it one class per character, six times faster)
const PAST_SENTENCE = /(?=[同党十二近\d两三四五六七八九比较此上已完今现园辖全目当截如至不调检监普统抽评月年一从自超实占任均])(同比|(?<=^|[,;:。\s])(?:党的)?(?:十[六七八九]|二十)(?:大|届[一二三四五六七]中全会)以来(?=[,，])|(?<=^|[,;:。\s])近(?:几|些|[两三四五]|\d{1,2})?年(?:来|以来)(?=[,，])|近(?:几|些)?年(?=落户|累计|已|共|先后|陆续)|(?<=^|[,;:。\s—])[\d两三四五六七八九十]{1,3}年多?(?:来|以来)(?=[,，]|累计|完成|共|新增|建成)|(?:比|较)(?:去年|上年|(?:19|20)\d\d年)同期|(?=此前)(?<=^|[,;:。\s])此前(?=[\u4e00-\u9fff])|比上年|较上年|(?<!不低于|不高于|不少于|不超过)上年度|已经(?![\u4e00-\u9fff]{1,4}的)|(?<!加大|加强|对|做好|抓好|强化|巩固)已(?:累计|基本|全面|初步)?(?:建成|完成|实现|创建|达到|形成|新增)(?!的)|已(?:密集|陆续|先后)?(?:举办|发放|开展|签约|引进|吸纳|接待)(?!项目|企业)(?=[^,。;\d的]{0,4}\d)|已有|(?<=^\s*[\u4e00-\u9fff]{1,8})已(?!突破|超过|达到)[\u4e00-\u9fff]{2}(?=(?:近|约|超过?|逾)?\d[^,，;；]*$)|(?<=^\s*[\u4e00-\u9fff]{1,6})已(?=(?:新[(（]?[改扩]|新建|改建|扩建)(?![^,，。;]{0,3}的))|完成情况[:：]|(?<=^|[,;:：。\s])今年以来(?:(?:到|至)\d{1,2}月(?:底|末)?)?(?=[,，])|(?<=^|[,;:：。\s])(?:19|20)\d\d年(?:\d{1,2}月)?以来(?=[,，])|(?:(?<=^|[,;:。\s]|全市|全县|全区|全省|全镇|我市|我县|我区|我省|目前|当前|(?:^|[,;:。\s])(?:[\u4e00-\u9fff]{1,4}[省市县州]|北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆))现有)|(?:(?<=^|[,;:。\s])(?:园区|辖区)现有)|(?:全市|全县|全区|全省|全镇)共有|(?<=^\s*[\u4e00-\u9fff]{1,6})现在(?:共|已)?有(?=(?:约|近|超过?)?\d)|(?:目前|当前)(?:共有|拥有)|截至目前|目前已|如今已|(?<=^\s*)(?:当日|当天)(?![^。\d]*?(?:将|要|计划|力争|确保|争取))|(?<=^\s*)截(?:至|止)(?:今年|本年|20\d\d年)?\d{1,2}月(?:\d{1,2}日|底|末|份)?(?:止)?[,，](?![^。]*?(?:将|要|计划|力争|确保|预计|争取))|(?<=^\s*)至(?:今年|本年)\d{1,2}月(?:底|末)[,，](?![^。]*?(?:将|要|计划|力争|确保|预计|争取|完成|实现|建成))|(?<=(?:举行|举办|召开|开幕)[,，]?)现场(?:集中)?(?:签约|签订|达成)|(?<![将要争保至到])不到(?=\d[\d.]*\s*[%％](?![^,，。;；]{0,6}的))|(?:(?:调查|检测|监测|普查|统计|抽查|抽样|评估)(?:结果|数据|成果|公报)|[月年]的?数据)(?:显示|表明)|(?<!(?:要|将|力争|确保|争取|努力|继续|坚持|保证)[^。;；]{0,24})一直(?:保持|稳定|位居|居于|处于)|目前(?:达到?|为)(?=(?:约|近|超过?)?\d)|(?<=(?:^|[,;:。\s])[\u4e00-\u9fff]{0,10})目前(?:(?!将|要|力争|计划|预计|争取|确保|拟)[^,，。;；\d]){1,30}?(?:达到|达|超过|突破)(?=(?:约|近|超过?)?\d)|目前(?:(?!将|要|力争|计划|预计|争取|确保|拟|新建|建设)[^,，。;；\d]){1,12}?有(?=[^,，。;；\d]{1,12}\d)|(?<=^|[,;:。\s])(?:从|自)[^,。;]{2,24}?(?:至今|以来|到(?:今年|目前|现在)(?:\d{1,2}月(?:底|末)?)?)(?=\s*[,，])|(?=超额完成)(?<!(?:力争|确保|争取)[^。;]{0,30})超额完成|(?=实际|占)(?<!(?:力争|确保|争取)[^,。;]{0,10})(?:(?<![较比](?:(?:19|20)\d\d年度?|上年|去年))实际(?:完成|开工|竣工|投入)(?!率)|占(?:全年|年度|总)?(?:计划|规划|目标任务)(?:任务|投资|量|数)?的?(?:约|近|超过?)?\d)|(?=目标|任务)(?<!(?:力争|确保|争取|推动|要|将|如期)[^,。;]{0,10})(?:目标|任务)(?:已经?)?提前(?:达成|完成|实现)(?!的)|十三五”?(?:时期|期间|以来|末)?[,,]|(?=[\d两三四五六七八九十]年间)(?<=^|[,;:。\s]|开展|实施|运行|推行|启动)[\d两三四五六七八九十]年间(?=[\u4e00-\u9fff])|(?=均超|超[过出]?[全年])(?<!(?:力争|确保|争取)[^,。;]{0,10})均?超[过出]?(?:全年|年度)(?:计划|目标)(?:任务)?的?\d)/;

/** What every wording of PAST_SENTENCE holds: most sentences hold none and are spared its lookbehinds. */
const PAST_CUE = /[同此已现共截超占近]|一直|至今年|至本年|当日|当天|上年|实际|十三五|提前|完成情况|以来|年间|年来|年多来|目前|到今年|显示|表明|不到/;
/**
 * A result reached, told with the perfective 了 before its amount (形成了年产50发商业火箭, 集聚了…重点企业超过240家) — not
 * what a report set out (提出了…目标), nor in a sentence that looks ahead (预计将…总面积达到了…).
 */
// (…or a share of the whole a sector gave, 民营经济贡献了全省约百分之七十的GDP)
const REACHED = /(?<=形成|建成|完成|实现|达到|集聚|聚集|引进|培育|新增|突破|超过|具备|吸引|贡献)了(?=[^,。;的\d]{0,12}(?:\d|百分之))/;

/**
 * A year's list of projects said to be done, closing its sentence or opening the list (十件民生实事全面完成:新增…, …全面
 * 完成。, …全部高质量完成。): what follows tells what was done — in a sentence that looks ahead (确保…全面完成) it is a goal, and a plan's
 * tasks said to be done (…改革任务全面完成。规上工业增加值年均增长7%) are among its goals.
 */
// (…closing a quote that lists results, “120项民生实事顺利完成”……)
const DONE_CLOSING = /(?:实事|民生工程|民心工程|重点项目|惠民项目)[^,。;:：]{0,6}?(?:全面|圆满|顺利|全部|如期)(?:高质量|高标准)?完成了?(?=[:：]|[”"]?\s*(?:…+|\.{3,})?\s*$)/;

/** The past wording of `t` (PAST_SENTENCE, REACHED, DONE_CLOSING), or null; `goals`: under a heading of goals. */
function pastWording(t: string, goals = false): RegExpExecArray | null {
  const past = PAST_CUE.test(t) ? PAST_SENTENCE.exec(t) : null;
  // (under a heading of goals, 形成了5个…,…占比达到12% states what the plan will have done)
  // (经过…共同努力 says how a result came, no plan's will)
  if (past !== null || goals || (!t.includes("了") && !t.includes("完成")) || FUTURE_CUE.test(t) || PLAN_WORDING.test(t.replace(EFFORT_GONE, ""))) return past;
  return REACHED.exec(t) ?? DONE_CLOSING.exec(t);
}
/** The effort a result came through: 经过城中区各部门共同努力, 经过三年努力. */
const EFFORT_GONE = /经过[^,，。;]{0,16}?努力/;
/** `t` without 在现有…基础上 (a plan built on what exists, not a statement of it). */
const withoutPresentBasis = (t: string): string => (t.includes("现有") ? t.replace(ON_PRESENT_BASIS, "") : t);

/**
 * A plan period as the time of a clause: “十四五”期间, 十三五时期, “十四五”以来, 十四五末, “十四五”时期的五年 — the review's wording once the
 * period has ended (PAST_SENTENCE names 十三五 itself, for the callers that know no document year).
 */
const ENDED_PERIOD = /十([一二三四五])五”?(?:时期|期间|以来|末)?(?:的?(?:五|5)年(?:来|里|间)?)?[,,]/g;
/** …and the time of what is to come while the period runs (not 以来, which looks back in any year). */
const RUNNING_PERIOD = /[“"]?十([一二三四五])五”?(?:时期|期间|末)?[,,]/g;

/** The first plan period as a clause's time that ended before the document's year (十四五 in a 2026 report), as a match. */
function endedPeriod(sentence: string, docYear: number | null): RegExpExecArray | null {
  if (docYear === null || !sentence.includes("五")) return null;
  for (const m of sentence.matchAll(ENDED_PERIOD)) if (PLAN_PERIODS[`十${m[1]}五`] < docYear) return m as RegExpExecArray;
  return null;
}

/**
 * Why a sentence stating no amount opens a review of a plan period that has ended (“十四五”时期的五年,新疆…跃上新台阶。 in
 * a 2026 report) or of work done (十件民生实事全面完成。): the sentences after it that name no year and set nothing go on
 * with it; null otherwise.
 */
export function reviewOpeningReason(sentence: string, docYear: number | null): string | null {
  // (its 今年 is the part of the year gone, no word of a plan)
  const went = PERIOD_WENT_WELL.exec(sentence);
  if (went && !PLAN_WORDING.test(sentence)) return PART_GONE;
  const m = endedPeriod(sentence, docYear) ?? (sentence.includes("完成") ? DONE_CLOSING.exec(sentence) : null);
  if (m !== null && continuesPast(sentence)) return `${REVIEW_WORDING} (${m[0]})`;
  // (记者了解到,目前,本市已基本建成了…系统: the present state, said of what is already done, opens the figures after it)
  // (not a document issued, whose goals the next sentence gives: 目前,已编制完成国土空间总体规划。规划确定,…)
  return sentence.includes("已") && PRESENT_STATE.test(sentence) && setsNothingAhead(sentence) && !DOCUMENT_NAMED.test(sentence) ? PRESENT_STATE_REASON : null;
}

/** A clause opening with the present (目前,…; 当下,…; 如今,…). */
// (…or the season the page is written in, 这个冬天,…雪道从27条增至64条; 这个雪季,…)
// (…or after the place it speaks of, 长春市目前共计有175个公园; or 现 with what the place has, 全县现建成并备案运营…2个,
// 全市现在有天然气用户559万户)
const PRESENT_STATE = /(?:^|[,，;；])\s*(?:(?:[\u4e00-\u9fff]{1,6}[省市县区镇乡])?(?:截至|至)?(?:目前|当前)[,，]?[\u4e00-\u9fff]|(?:全[省市县区镇乡]|[\u4e00-\u9fff]{1,4}[省市县])现在?(?:已|共)?(?:建成|有|拥有|共有)(?!的)|(?:当下|现阶段|如今|这个(?:冬天|夏天|春天|秋天|冬季|夏季|雪季|假期|暑期|寒假|暑假|春节|国庆)|今冬|今夏|入冬以来)[,，])/;
const PRESENT_STATE_REASON = "the present state (目前,…)";
/** A document a sentence says was made or issued. */
const DOCUMENT_NAMED = /规划|方案|意见|计划|纲要|办法|措施|政策/;

/** Why a sentence of the year just past said to have gone well opens its figures (去年,全省…取得新成果。全年为…), or null. */
export function lastYearWentWell(sentence: string): string | null {
  return LAST_YEAR_WENT_WELL.test(sentence) && !PLAN_WORDING.test(sentence) ? LAST_YEAR_GONE : null;
}
export const LAST_YEAR_GONE = `${REVIEW_WORDING} (the year just past, said to have gone well: 去年,…取得新成果)`;
const LAST_YEAR_WENT_WELL = /^\s*(?:去年|过去一年|过去的一年|上一年)[,，][^。;]{0,30}?(?:取得[^,。;]{0,6}(?:成果|成效|成绩|进展)|成果丰硕|成效显著|成效明显|亮点纷呈|稳中有进|稳中向好)/;
export const PART_GONE = `${REVIEW_WORDING} (a part of the year gone, 今年上半年,…成果丰硕)`;
/** A part of the year so far said to have gone well (今年上半年,…发展成果丰硕): its figures follow. */
const PERIOD_WENT_WELL = /^\s*(?:今年|本年)?(?:[一二三]季度|前三季度|上半年)[,，][^。;]{0,30}?(?:成果丰硕|成效显著|成效明显|亮点纷呈|稳中有进|稳中向好|取得[^,。;]{0,6}(?:成效|成绩|进展))/;

const FIELD_WENT_WELL_REASON = `${REVIEW_WORDING} (…方面成效显著,…)`;
/** The review wording of years lived through, 5年间…, as pastSentenceReason names it. */
const YEARS_LIVED = /年间\)$/;

/**
 * A review's reason read from a sentence's own words that its context overturns: a field said to have gone well
 * (…方面成效显著,…) and years lived through (5年间…) are a plan's own words under a heading of goals or of the year's work,
 * after a later time its paragraph sets, beside a later period or year the sentence names (“十五五”时期,5年间…), or after
 * the plan's own span (规划期内,5年间…, 行动计划实施期内,3年间…).
 */
export function unlessAhead(said: string, reason: string | null, years: YearMention[], docYear: number | null, aheadContext: boolean): string | null {
  if (reason === null || !(reason === FIELD_WENT_WELL_REASON || (reason.startsWith(REVIEW_WORDING) && YEARS_LIVED.test(reason)))) return reason;
  return aheadContext || (docYear !== null && years.some((y) => y.year > docYear)) || /(?:规划|计划|实施|行动)期(?:内|间)/.test(said) ? null : reason;
}

/** A single month of this year opening a clause (今年9月): a month so far, or the date of an event. */
export const ONE_MONTH = /^\s*今年\d{1,2}月份?\s*$/;

/**
 * A field opening a sentence with a verdict on its work: 产业升级方面成效显著. (Not …取得明显成效 or …取得积极进展: a plan
 * states its goals so too.)
 */
// (…or a place's field said to flourish, its figures the present: 我市现代港航物流蓬勃发展,…通达全国50多个港口 — not a
// field to make flourish, 推动数字经济蓬勃发展)
const FIELD_WENT_WELL = /^\s*(?:[\u4e00-\u9fff]{2,12}?(?:方面|领域)(?:成效显著|成效明显|成果丰硕|亮点纷呈)|(?:我|全)[市省区县](?:(?!推动|促进|实现|确保|力争|加快|推进|助力|支持|引导|保持|要|将)[\u4e00-\u9fff]){2,10}?(?:蓬勃发展|成效显著|成效明显|成果丰硕|亮点纷呈))[,，]/;

/** A change on the same period of an earlier year (同比, 比去年同期): a target only with a bound or a word of the future. */
const YEAR_ON_YEAR = /^(?:同比|.*同期)$/;

/** 在现有水平基础上…每年提升1～3个百分点: the present is the base of a target, not a statement of the past. */
const ON_PRESENT_BASIS = /在现有[^,。;]{0,8}基础上/g;
// (2023年前11个月 is the months so far of that year, not a deadline)
// (恢复到2019年同期的104%, 达到2019年的水平: a year compared with, not one to reach)
// (增至2020年的36.2万人: a level a change reached in a year, no deadline)
const DEADLINE = /(到|(?<![增提升降减])至|于)20\d\d年(?!同期|的?水平)|20\d\d年(底|末)?(前(?![\d一二三四五六七八九十两]+个?月|三季度)|以前|之前)/;
/** A plan period's end as a deadline (到“十三五”末, 到十四五期末): one ahead of the page, or of an undated page. */
const PERIOD_END_DEADLINE = /(?:到|至)[“"]?十([一二三四五六])五[”"]?(?:规划)?(?:末|期末|时期末)/;
const periodEndAhead = (sentence: string, docYear: number | null): boolean => {
  const m = sentence.includes("五") ? PERIOD_END_DEADLINE.exec(sentence) : null;
  return m !== null && (docYear === null || PLAN_PERIODS[`十${m[1]}五`] >= docYear);
};
/** Words that set a target for the year ahead. */
// (全年完成…, 全年实现…: the year's outturn reported, not a plan's)
// (not the share of a plan done, 为年度计划投资的36.4%)
const FUTURE_CUE = /(力争|确保|争取|计划(?!(?:投资)?的\s*[\d.])|预计|预期|目标(?!管理|责任制)|今年|全年(?![^,。;]{0,2}(?:完成|实现|累计))|年内|明年|年末|年底|新的一年|新一年|下一步|今后|下半年|下一?阶段)/;

/** A 同比 rate bounded right after its number (同比增长6%左右): a target; a past figure is exact. */
// (同比增长超10%: a floor before it says so too)
const BOUND_WORDS = /同比(?:增长|下降|提高|增加|减少)?(?:[\d.]+%?(?:左右|以上|以内)|(?:超过?|不低于)[\d.]+%?)/;

/** A bound set against last year's level (水平相对上年度增长1个百分点以上): a goal, where a result is stated exactly. */
const BOUND_ON_LAST_YEAR = /(?:相对|比|较)上年度(?:增长|下降|提高|增加|减少)[\d.]+(?:%|个百分点)(?:左右|以上|以内)/;

/** Words of a plan or a will (要, 将, 拟): a sentence with them is no continuation of a review. */
// (要 and 将 as modals: not the 要 of 主要污染物, 重要, nor the 将 of 将近)
// (…or a plan as the subject of its work, opening the sentence: 规划支持建设中心渔港11座)
const PLAN_WORDING = new RegExp(`(${MODAL}|拟|努力|务必|力求|到20\\d\\d年|^\\s*规划(?:支持|新建|建设|布局|安排|实施))`);

/**
 * Whether a sentence naming no year goes on with the past statement before it in its paragraph (…“十四五”期间,地区生产总值
 * 达到1.5万亿元。人均地区生产总值增长25%左右。): it has no word that sets a target or a plan.
 */
export function continuesPast(sentence: string): boolean {
  // (…刚刚过去的2020年,…。预计实现地区生产总值5312亿元,增长3.6%: the year's figures estimated before they are final;
  // 初步预计,地区生产总值增长7%以上 after a sentence on how the quarter went, its figures first estimated)
  // (…,为全年目标达成奠定坚实基础: the ground results laid for a goal sets nothing, nor support given to it, …提供资金保障)
  const said = withoutShareDone(sentence.replace(/^\s*(?:预计(?=实现|完成|达到)|初步预计[,，]?)/, "")).replace(GROUND_LAID, "");
  return !FUTURE_CUE.test(said) && !PLAN_WORDING.test(said);
}

// (…配套资金995万元,为完成全年既定目标提供资金保障: the support given to a goal, as well)
const GROUND_LAID = /为[^,。;]{0,16}?(?:奠定|打下|提供)了?[^,。;]{0,6}?(?:基础|保障|支撑)/g;

/** How much of a plan was done (完成年计划145%, 完成全年目标的103%): a result, whose 计划 or 目标 sets nothing. */
// (or as a rate: 年度计划投资完成率达105%; or of the plan's investment, 完成年度计划投资的31.7%)
const SHARE_DONE = /完成(?:年|年度|全年)?(?:投资)?(?:计划|目标|任务){1,2}(?:投资)?的?[\d.]+%|(?:年度|全年)?(?:计划|目标)(?:投资|任务)?完成率(?:达到|达|为)?[\d.]+%/g;
const withoutShareDone = (s: string): string => (s.includes("完成") ? s.replace(SHARE_DONE, "") : s);

/** A year opening a paragraph as its time, alone or after a lead-in: */
// (after a lead-in that reports speech, a year as the time of what follows: 其中提到,在2021年包头市人民政府坚持…)
// (or after a summary's label: 数据亮点:2025年,全区…; or after a report's address: 各位代表,2017年,在经济下行压力…)
// (the year may run straight into the place it speaks of: 报告显示,2023年鄂州市城乡居民养老保险待遇…; or its government,
// 付拥军表示,2018年市政府“十件实事”有效地增加了…)
// (…孟凡利向大会作出政府工作报告时指出,2025年广东省经济运行稳中有进: a longer lead-in reporting a speech, with no
// sentence's end in it; 政府工作报告透露,面对…压力,2018年,…: with the circumstances the year met)
// (or a word of discourse or of a news source: 进一步来看,2024年,成都签约…; 据了解,2020年,上海全年完成造林9万亩 — not a
// purpose, 为落实规划,2025年,…)
/** What may open a paragraph before its time: a lead-in reporting speech, a summary's label, a word of discourse. */
const LEAD_IN = String.raw`(?:[^。;!?\n]{0,60}?(?:提到|指出|显示|表示|介绍|透露|称|说|了解到|获悉|得知)[,:](?:面对[^。;,\n]{2,40},)?|[\u4e00-\u9fff]{2,6}[:：]|(?:(?:进一步|具体|总体|整体|综合|总的|分领域|分行业)来看|具体而言|其中|此外|另外|与此同时|据了解|据悉|据介绍|据统计|记者了解到|记者获悉)[,:](?:在[^,，。;]{2,14}方面[,:])?|各位代表[,:])?\s*`;
const OPENS_WITH_YEAR = new RegExp(String.raw`^${LEAD_IN}(?:(20\d\d)年(?:是|作为|,|以来|(?=聚焦|坚持|持续|围绕|紧扣|紧盯|着力|扎实|深入)|(?=(?:全|我)[省市县区州镇]|[省市县区州](?:委|政府)|(?!城市|上市|[底末前以])[\u4e00-\u9fff]{1,5}[省市县区州旗](?![场长委])[\u4e00-\u9fff]))|在(20\d\d)年(?!底|末|前|以前|之前|[^,。]{0,4}(?:基础|水平|基数))|(20\d\d)(?![个家名所条项座处台套户人万亿千百元年月日号期届次])(?=[\u4e00-\u9fff]{1,4}全?[省市县区州旗](?![场长委级])[\u4e00-\u9fff]))`);

/**
 * Where the year stands in a paragraph opening with a year before the document's, as its time (2024年,我省…; 2023年聚焦推动…,
 * a verb of the year's course right after it: it reviews
 * that year), or -1. A year inside its lead-in (记者从…2022年工作会议上了解到,2021年,…) names no time of its own.
 */
export function pastYearOpening(line: string, docYear: number | null): number {
  // (every year the pattern reads holds 20: a line without spares its lead-in's search of sixty characters)
  const m = line.includes("20") ? OPENS_WITH_YEAR.exec(line) : null;
  const year = m?.[1] ?? m?.[2] ?? m?.[3];
  if (m === null || docYear === null || Number(year) >= docYear) return -1;
  // (2025北京全市…: the press may drop the 年)
  return m[3] !== undefined ? m[0].lastIndexOf(year!) : m[0].lastIndexOf(`${year}年`);
}

/** Whether a paragraph opens with the year just past as its time (过去一年,…, 去年,…). */
export function opensWithYearJustPast(line: string): boolean {
  return LAST_YEAR_OPENING.test(line);
}

/**
 * Whether a sentence of a paragraph reviewing a past year goes on with that year: no word of a plan or of this year
 * (its 全年 is the year reviewed).
 */
export function continuesReview(sentence: string): boolean {
  const said = withoutShareDone(sentence);
  // (研发计划项目 names a programme: no plan of the year)
  // (先后争取…国债4批: what was won one after another is done)
  return !/(今年|明年|下一步|新的一年|新一年|今后|力争|确保|(?<!先后|累计)争取|计划(?!项目)|目标|预期)/.test(said) && !PLAN_WORDING.test(said);
}

export function isPastHeading(title: string): boolean {
  return PAST_HEADING.test(title);
}

/** Whether a heading names the years just gone by (赶超发展的五年), not the years ahead (今后五年, 未来的五年). */
export function namesYearsBehind(title: string): boolean {
  return FIVE_YEARS_BEHIND.test(title.trim()) && !/(今后|未来|接下来|新的|将|开启|十[四五六]五)/.test(title);
}

/** A heading naming the years just gone by (赶超发展的五年, 砥砺奋进这五年): a report's review. */
const FIVE_YEARS_BEHIND = /[\u4e00-\u9fff]{2}(?:的五年|这[三五]年)$/;

/**
 * A heading of what a part of the work achieved (城市建设取得新进展, 民生社会事业取得新进步, 改革开放取得重大突破): a
 * review's — unless a will precedes it (推动…取得新突破) or it stands under goals, where a plan states its goals so
 * (“十五五”时期发展目标 / (一)科技创新取得新突破).
 */
export function isAchievementHeading(title: string): boolean {
  return ACHIEVED.test(title);
}
const ACHIEVED = /(?<!(?:推动|促进|确保|力争|努力|争取|奋力|推进)[^,。]{0,12})取得[^,。]{0,8}(?:进展|突破|进步|成果)/;

export function opensWithReview(line: string): boolean {
  // (巩固今年以来经济回升向好态势,…: a trend since then that the plan will keep is its object, not a review)
  // (a summary's label of what was achieved opens its paragraph: 产业亮点:…, 民生成绩单:…)
  // (…when the paragraph sets nothing: 工作亮点:全年新建道路10公里 is a plan's)
  // (截至“十四五”末,…将达1.7万亿元: a time reached by what will be, not the present)
  // (开展新中国成立以来…重要实物调查与征藏: a time since which the things a work gathers or studies date is its object)
  const opening = line.slice(0, 60).replace(KEPT_TREND, "").replace(WORK_ON_SINCE, "");
  const m = PAST_OPENING.exec(opening);
  // (only before a horizon: 截至11月底,…增长7.2%,为确保全年目标… reports)
  const after = m !== null && /^截[至止]$/.test(m[1]) ? line.slice(m.index + 2) : "";
  const until = after !== "" && HORIZON_AFTER.test(after) && /^[^。;]{0,40}?(?:将(?![来近])|力争|确保|目标)/.test(after);
  return (m !== null && !until) || (/^\s*[\u4e00-\u9fff]{0,6}(?:亮点|成绩单)[:：]/.test(line) && continuesPast(line));
}

/** A horizon a plan counts to: “十四五”末, 规划期末, 2025年底. */
const HORIZON_AFTER = /^(?:到)?\s*(?:[“"]?十[一二三四五六]五[”"]?(?:末|期末)|规划期末|20\d\d年(?:\d{1,2}月)?(?:底|末)|(?:今|本)?年(?:底|末))/;

/** Work on things since a time (开展新中国成立以来…调查, 梳理建党以来…): the 以来 names its object. */
const WORK_ON_SINCE = /(?:开展|征集|收集|征藏|梳理|整理|调查|研究|编纂|记录)[^,。;]{0,12}?以来/g;

/** A trend or result since a time, kept or built on: 巩固今年以来…向好态势, 保持…以来的良好势头. */
const KEPT_TREND = /(?:巩固|保持|延续|拓展|放大|用好|发扬)[^,。;]{0,10}?以来[^,。;]{0,14}?(?:态势|势头|成果|成效|基础)/g;

/** An amount a plan or budget arranges, proposes or budgets (收入安排69669万元, 建议为8%, 预算数为…). */
// (…or a line a budget's adjustment sets: 总财力拟调整为635000万元,比上年同口径下降20.4%)
const PLANNED_AMOUNT = /(?:安排|建议为|预算数为|预算为|计划为|拟调整为|调整为)\s*\d/;
/** A budget's line arranged for the year (一般财政支出预算安排387,200万元,同比增长10%): its 同比 compares a plan. */
// (…or with the line named between: 全市一般公共预算收入安排77.6亿元,同比增长5%)
export const BUDGETED = /预算(?:[\u4e00-\u9fff]{0,8}?(?:收入|支出))?安排\s*\d/;
/**
 * An item a budget arranges, named between 安排 and its amount (安排国防支出1.94万亿元) — not what was arranged and handed
 * down over the year (累计安排, 下达安排, 筹措安排, 共…安排, 执行中…安排).
 */
const PLANNED_ITEM = /安排[\u4e00-\u9fff]{1,10}?\s*\d/;
const ARRANGED_DONE = /累计|下达|筹措|共计|共安排|执行中/;

/** An outturn: an amount completed (收入完成72388万元; not 比上年实际完成增加…, 计划完成投资402亿元) or a rate of a budget or plan completed (…的103.4%). */
// (a share, 占…收入的75%, is no completion rate)
const COMPLETED = /(?<!实际|预计|上年|计划|力争|确保|争取|要|将)完成[^,。;比较]{0,12}?\d|(?:完成|为)[^,。;]{0,16}?(?:预算|计划)[^,。;]{0,6}?的\d+(?:\.\d+)?%|超(?:过)?[^,。;]{0,6}?计划/;
/** What a plan or an estimate for a year is to reach: 预计实现, 计划完成, 力争达到. */
const YEAR_PLANNED = /(?:预计|计划|力争|确保)(?:实现|完成|达到)/;
/** Work a plan sets (计划完成投资, 力争实现): with a bounded comparison it states a target (…,比上年增长27%左右). */
const PLAN_SETS_WORK = /(?:计划|力争|确保|争取)(?:完成|实现|达到|投资|新增|\d)/;
/** Goals a sentence sets (今年…主要预期目标是:地区生产总值比上年增长5%左右). */
const GOALS_SET = /(?<!完成[^,。;]{0,8})(?:预期目标|主要目标|目标(?:是|为))/;
/** Review wording that compares with last year (上年度, 比上年, 同比): a goal may be set against it too. */
const LAST_YEAR_COMPARED = /^(?:上年度|比上年|较上年|同比)$/;
/** A sentence opening with the goals it lists (…主要预期目标是:, 发展目标为:), not how they went (…目标完成情况:). */
const GOALS_FIRST = /^[^,，。;；]{0,40}?(?:预期目标|主要目标|发展目标|奋斗目标)(?:是|为)?[:：](?![^,，。;；]{0,6}(?:完成|实现)情况)/;
/** A bounded change on last year (比上年增长27%左右, 较上年增长5%以上): a result is stated exactly. */
const BOUND_COMPARED = /(?:比上年|较上年)(?:增长|下降|提高|增加|减少)?[\d.]+%?(?:左右|以上|以内)/;

/** A word of will right before the comparison with last year: the goal is set against it (力争比上年增长50亿元). */
const WILL_COMPARED = /(?:力争|确保|争取)(?:比|较)上年/;

/** A goal compared with last year's goal (目标为…500亿斤左右,比上年生产目标高10.4亿斤): a result is compared with a result. */
const TARGET_COMPARED = /(?:比|较)上年(?:的)?[\u4e00-\u9fff]{0,4}?目标/;

/** Why a sentence describing a place or a thing is no goal. */
export const DESCRIBED_REASON = "a place or a thing described (地处…, 境内分布有…, 是指…)";
/** A part opening on the work a project does there, which no description of a place carries on into: 项目实施建设…, 新建…. */
export const WORK_PART_OPENS = /^\s*(?:项目|工程)?(?:实施|计划|拟)?(?:建设|新建|投放|建成|打造)/;
/** Words describing a place or a thing: where it lies, what it holds, what its name means. */
const DESCRIBED = /是指|(?<![就异土])地处(?![置理])|位于|(?:主要)?分布(?:有|着)|境内[^,，。;；]{0,12}?(?:有|分布)/;
/** A place named as a great producer of its trade: 漳州市是福建省水果生产大市,果树种植面积达17万hm2. */
const PRODUCER_NAMED = /是(?:全国|全省|全市|全区|我国|中国|[\u4e00-\u9fff]{2,3}[省市])?[^,，。;；将要]{0,10}?(?:生产|种植|养殖|产业)?(?:大市|大县|大省|大区|重镇|主产区|核心产区)(?:之一)?[,，]/;
/** Work or a level kept, which a description of a place does not hold: 新建规模养殖场20个, 稳定在100万亩. */
const WORK_OR_KEPT = /新建|新增|建设|建成|打造|培育|引进|改造|实施|稳定在|保持/;

/** A rank reached: 居全省第2位, 居全市首位 (not a group, 第一方阵, 第一梯队). */
const RANK_REACHED = /居(?:全国|全省|全市|全区)[^,。;]{0,8}?(?:第[\d一二三四五六七八九十]+位|首位)/;
const GOAL_WORDS = /奋力|力求|努力|目标|预期|年内|全年/;


/**
 * Why a sentence states the past (it names only years before the document's, or uses review wording), or null.
 * `planFrom`: the first year of the plan the document issues, when its title names a span opening before the document's
 * year (a 2018—2020 plan issued in 2019): the plan's years are its own, not the past.
 */
export function pastSentenceReason(sentence: string, years: YearMention[], docYear: number | null, goalSection = false, planFrom: number | null = null, pageMonth = 0): string | null {
  // (a page of the year's middle months estimates work the year plans to do — not a figure it only foresees, 预计今年高校毕业生超过1170万人)
  const midYear = pageMonth >= 3 && pageMonth <= 9 && ESTIMATED_WORK.test(sentence);
  // (a plan period opening a clause, “十三五”期间,…, is past only once it has ended: a 十三五 plan of 2016 sets goals for
  // it; a 2026 report reviews 十四五)
  const said = docYear !== null && docYear <= 2020 ? sentence.replace(RUNNING_PERIOD, "") : sentence;
  const wording = pastWording(withoutPresentBasis(said), goalSection) ?? endedPeriod(said, docYear);
  // 力争全年营业收入同比增长20%: a target may be stated against last year; a deadline ahead (到2025年, 应于2020年底前)
  // makes the sentence set a target whatever it says of the present (现有设施应于2017年底前完成改造)
  // (…同比增长6%左右, …同比增长8%以上: a bound says a target; a past figure is stated exactly; under a heading of
  // targets, 一、预期目标, the rates are targets as where the sentence itself says 目标)
  // (a budget or plan compares what it arranges with last year: 收入安排69669万元,比上年实际完成增加2719万元,增长4%)
  // (not an outturn: 收入完成72388万元,为调整预算安排70000万元的103.4%,比上年增长8.1%)
  const compared = wording !== null && (wording[0] === "比上年" || wording[0] === "较上年") && !PERIOD_SO_FAR.test(sentence) && !COMPLETED.test(sentence) &&
    (goalSection || PLANNED_AMOUNT.test(sentence) || (PLANNED_ITEM.test(sentence) && !ARRANGED_DONE.test(sentence)) || WILL_COMPARED.test(sentence) ||
      // (2021年我镇预计实现全口径税收收入20558万元,比上年18033万元增长14%: the document's own year named with what it plans or
      // expects to reach — a year gone by, 2020年预计完成…,比上年增长8%, still reports)
      (docYear !== null && YEAR_PLANNED.test(sentence) && years.some((y) => y.year === docYear) && !years.some((y) => y.year < docYear)) ||
      ((PLAN_SETS_WORK.test(sentence) || (GOALS_SET.test(sentence) && !sentence.includes("预计"))) && (BOUND_COMPARED.test(sentence) || TARGET_COMPARED.test(sentence))));
  // (今年1-8月,财政总收入…同比增长12.8%: a period so far reports, whatever 今年 says)
  // (…but a word of will sets the period's goal: 一季度,全市规上工业增加值力争同比增长8%以上)
  // (此前印发的《方案》明确,…: what a plan issued before sets is no past)
  const issuedBefore = wording !== null && wording[0] === "此前" && /(明确|提出|印发|部署)/.test(sentence);
  // (2024年…主要预期目标是:地区生产总值增长6%左右,固定资产投资与上年度持平: what the goals are compared with is no review)
  // (not a part of the year gone, 上半年…主要目标:…同比增长5.8%,高于年度目标…: what it reached)
  const goalsFirst = wording !== null && LAST_YEAR_COMPARED.test(wording[0]) && GOALS_FIRST.test(sentence) && !/(?:高于|低于|超过|完成)(?:年度|全年)目标/.test(sentence);
  const boundOnLastYear = wording !== null && wording[0] === "上年度" && BOUND_ON_LAST_YEAR.test(sentence) && !PERIOD_SO_FAR.test(sentence) && !COMPLETED.test(sentence);
  // (一、全市总体目标任务:…引进市外境内资金实际完成固定资产投资350亿元: under a lead naming goals, 实际完成 names the measure)
  const actualNamed = goalSection && wording !== null && wording[0].startsWith("实际");
  // (优良天数同比增加,…SO2下降20%: a change on last year with no figure is the direction a plan sets, no result reported)
  const directionOnly = wording !== null && wording[0] === "同比" && ON_YEAR_DIRECTION.test(sentence) && !ON_YEAR_FIGURE.test(sentence);
  // (…收入增长乏力,需对年初收入预算进行调整,将…拟调整为113,891万元: a budget's line adjusted is the year's plan)
  const adjusted = wording !== null && adjustsLine(sentence);
  if (wording && !compared && !issuedBefore && !goalsFirst && !directionOnly && !boundOnLastYear && !actualNamed && !adjusted && !DEADLINE.test(sentence) && !periodEndAhead(sentence, docYear) && !(YEAR_ON_YEAR.test(wording[0]) && (!PERIOD_SO_FAR.test(sentence) || WILL_CUE.test(sentence) || (EXPECTED_ON_YEAR.test(sentence) && !RESULT_BESIDE_EXPECTED.test(sentence))) && (goalSection || FUTURE_CUE.test(sentence) || BOUND_WORDS.test(sentence) || BUDGETED.test(sentence)))) return `${REVIEW_WORDING} (${wording[0]})`;
  // (此次集中签约、开工的重大项目…总投资额超475亿元: the event the news reports has taken place)
  // (not a plan released or an agreement signed there that sets what is to come: 会上发布的方案明确到2027年…, 双方明确今年完成…)
  // (…the year's planned investment of the projects started is theirs, no plan the sentence sets: 本次全省集中开工…重大项目900个,
  // …年度计划投资2176亿元)
  if (EVENT_REPORTED.test(sentence) && setsNothingAhead(sentence.replaceAll("年度计划投资", "")) && !/明确|提出/.test(sentence)) return "an event the news reports (此次集中签约…)";
  // (目前,共收到市民意见1712条,…共计11103人参与: a sentence of the present state)
  // (…核心区,目前全市总算力规模突破5.4万P,…; a clause opening with it, in a sentence that sets nothing to come)
  // (…报道,当下,浙江制造业增加值率比发达国家低15个百分点: 当下, and 现阶段, say the same with their comma — 现阶段重点任务是:
  // opens a list of tasks)
  // (如今,通州区共90所幼儿园设置了126个托班,可为2478名幼儿提供托育服务: 如今 with its comma says the same)
  // (该项目于2023年6月开工,目前主体完成约70%: a day of a year before the document's is no deadline)
  const datedBefore = docYear !== null && sentence.includes("于") ? sentence.replace(/于(20\d\d)年(?=\d{1,2}月)/g, (w, y: string) => (Number(y) < docYear ? "" : w)) : sentence;
  if (PRESENT_STATE.test(sentence) && setsNothingAhead(datedBefore)) return PRESENT_STATE_REASON;
  // (海域面积是陆地面积的2.3倍: a ratio said with 是, in a sentence that sets nothing to come, describes how things are)
  if (sentence.includes("倍") && RATIO_STATED.test(sentence) && setsNothingAhead(sentence) && !GOAL_WORDS.test(sentence)) return "a ratio stated as it is (是…的2.3倍)";
  // (云南省129个县(市、区)中有122个被国家区划为森林火灾高危区: how many of a whole have a property, in a sentence that sets
  // nothing to come, describes the present)
  if (sentence.includes("中有") && SHARE_OF_WHOLE.test(sentence) && setsNothingAhead(sentence) && !GOAL_WORDS.test(sentence)) return "how many of a whole are so (…129个县中有122个…)";
  // (境内…分布有两大沙地,总面积2613.3万亩,占全区的52.2%; “三北”工程是指…,总面积435.8万平方公里: a place or a thing described —
  // where it lies, what it holds, what a name means —, in a sentence that sets nothing to come)
  if (DESCRIBED.test(sentence) && setsNothingAhead(sentence) && !GOAL_WORDS.test(sentence)) return DESCRIBED_REASON;
  // (…or as a great producer of its trade, outside a section of goals, naming no time ahead and no work: 漳州市是福建省水果生产大市,
  // 果树种植面积达17万hm2 — not 我县是全省生猪养殖大县,新建规模养殖场20个)
  if (!goalSection && sentence.includes("是") && PRODUCER_NAMED.test(sentence) && setsNothingAhead(sentence) && !GOAL_WORDS.test(sentence) &&
    !WORK_OR_KEPT.test(sentence) && !namesTimeAhead(sentence, years, docYear)) return DESCRIBED_REASON;
  // (能源对外依存度一度高达80%: a level it once reached)
  if (sentence.includes("一度") && ONCE_REACHED.test(sentence) && setsNothingAhead(sentence)) return "a level once reached (一度高达…)";
  // (已引导730名…劳动力来奉就业,接收58名…学生: a sentence opening with what is already done reports it, all its clauses)
  // (已建成的5G基站1.2万个,…: a thing done, named as a noun, reports it too — unless a value the sentence sets follows,
  // 已设立的…基金规模达到100亿元)
  if (ALREADY_OPENING.test(sentence) && setsNothingAhead(sentence) && !(ALREADY_MODIFIER.test(sentence) && VALUE_SET.test(sentence))) return "what is already done (已引导…)";
  // (本报讯(记者…) 3月31日,随着最后一批579户…搬迁入住,…全部搬迁入住: a news lead opening on the day it tells of, in a
  // sentence that sets nothing to come, reports that day)
  // (not a plan the day saw issued, whose goals the sentence tells: 2月11日,…发布《…工作方案》,提出2025年,…)
  if (DAY_LEAD.test(sentence) && setsNothingAhead(sentence) && !GOAL_WORDS.test(sentence) && !DOCUMENT_NAMED.test(sentence) && !/提出|明确|要求/.test(sentence)) return "the day a news lead tells of (3月31日,…)";
  // (昭通市成立了…临时党工委,及时组建1个办公室、5个工作组: work said done with 了, in a sentence that sets nothing to come)
  // (…nor a plan drawn up or issued, whose contents follow: 制定了项目实施方案,更新内容包括…, 印发了《…意见》,其中提到…)
  // (…or what work has brought about, outside a section of goals and naming no year ahead: 形成了最完整的产业体系)
  if (sentence.includes("了") && (DONE_WITH_LE.test(sentence) || (!goalSection && BROUGHT_ABOUT_WITH_LE.test(sentence) && !(docYear !== null && years.some((y) => y.year >= docYear))))) {
    const goalsMetOut = sentence.replace(GOAL_MET, "");
    if (setsNothingAhead(goalsMetOut) && !GOAL_WORDS.test(goalsMetOut) && !DOCUMENT_NAMED.test(sentence) && !/提出|明确|要求|提到/.test(sentence)) return "work said done (成立了…)";
  }
  // (据统计,山西省60岁及以上老年人已达总人口的21.64%,…: statistics a sentence opens with, setting nothing to come)
  // (…or a survey's results named: 据第九次全国森林资源清查福建省清查结果,我省森林面积1.21亿亩)
  // (…or what material or data show: 资料显示,天山北麓产区拥有…种植面积达11.6万亩 — not 发布会资料显示,计划到2025年…)
  // (…or what a survey found: …公众阅读状况调查情况显示:山东人平均每天…为77.65分钟)
  if (/^\s*据(?:初步|不完全)?(?:统计|测算|调查|监测){1,2}[,，]|^\s*据[^,，。;]{2,30}?(?:统计|调查|监测|清查|普查)(?:结果|数据)(?:显示)?[,，]|^\s*[\u4e00-\u9fff]{0,4}?(?:资料|数据)(?:显示|表明)[,，]|^[^。;,，]{0,40}?(?:调查|调研|测评|普查|抽查)(?:情况|结果|数据|报告)?(?:显示|表明)[,，:：]/.test(sentence) && setsNothingAhead(sentence) && !namesTimeAhead(sentence, years, docYear)) return "statistics reported (据统计,…)";
  // (据了解,…粗泥沙集中来源区涉及…12个县(区),总面积1.4万平方公里,占…74.7%: what a place spans or holds, as reported)
  if (/^\s*据(?:了解|悉|介绍)[,，][^。;；]{0,40}?(?:涉及|总面积|占地|拥有|共有|分布)/.test(sentence) && setsNothingAhead(sentence) && !GOAL_WORDS.test(sentence) && !/拟|此次|本次|今年|年内|全年/.test(sentence) && !namesTimeAhead(sentence, years, docYear)) return "what a place spans or holds, as reported (据了解,…涉及…)";
  // (对…478盏路灯进行刷漆出新,该项目已于3月完成: work done on a day named, in a sentence that sets nothing to come)
  if (sentence.includes("已于") && DONE_ON_DAY.test(sentence) && setsNothingAhead(datedBefore)) return "work done on a day named (已于3月完成)";
  // (产业升级方面成效显著,成都新增5个国家先进制造业集群,…: a field said to have gone well opens its results, in a sentence
  // that sets nothing to come)
  if (FIELD_WENT_WELL.test(sentence) && setsNothingAhead(sentence)) return FIELD_WENT_WELL_REASON;
  // (1月份优良天15天,…PM10平均浓度106μg/m3; 2月截至2日,优良天1天: a sentence opening with a month, in one that sets
  // nothing to come, reports that month)
  // (not a month's work scheduled: 1月份,全市新开工项目30个; 3月份起…, 6月份前…)
  if (MONTH_REPORTED.test(sentence) && setsNothingAhead(sentence) && !WORK_DONE_IN_MONTH.test(sentence)) return "a month's figures reported (1月份…, 2月截至2日,…)";
  // 前三季度,深圳第二产业增加值占GDP的比重为36.1%: figures of the year so far, in a sentence that sets nothing to come
  // (not work scheduled for the period, 上半年完成投资的50%, 一季度全市新开工项目30个; nor the period's goal, 一季度力争…)
  const soFar = PERIOD_SO_FAR_IN.exec(sentence);
  // (how much of the year's target is done, 完成目标任务的86.4%, sets no goal)
  const soFarSaid = soFar ? withoutShareDone(sentence) : sentence;
  // (nor a sentence of work to do, …于上半年内实现通水,推进…4个离岛饮用水工程, nor a row of a table of progress; nor under
  // a heading of goals, nor a figure with a bound — a reported figure is exact —, nor a frequency, 一季度一调度)
  if (soFar && !goalSection && !(BOUND_OR_HOLD.test(sentence) && !EXACT_DECIMAL.test(sentence)) && !FREQUENCY_AFTER.test(sentence.slice(soFar.index + soFar[0].length)) && !PLAN_CUE.test(soFarSaid) && !DEADLINE.test(sentence) && !GOAL_OF_PERIOD.test(soFarSaid) && !WORK_IN_PLAN.test(sentence) && !sentence.includes("|") &&
    !/于$/.test(sentence.slice(0, soFar.index)) && !QUARTER_SERVED.test(sentence.slice(Math.max(0, soFar.index - 1), soFar.index + soFar[0].length + 20)) && !scheduledForPeriod(sentence.slice(soFar.index + soFar[0].length, soFar.index + soFar[0].length + 8))) return "figures of the year so far (前三季度…)";
  // (仅春节假期,全区累计接待游客721.76万人次,较2023年增长34.87%: a holiday's figures, in a sentence that sets nothing to come)
  // (the pattern is tried only where its characters stand)
  if ((sentence.includes("假") || sentence.includes("黄金周")) && HOLIDAY_REPORTED.test(sentence) && setsNothingAhead(sentence)) return "a holiday's figures (春节假期…)";
  // (…分别增长10.9%、8.7%、6.7%,居全省第2、第3、第6位: a rank reached, in a sentence with no word of a plan or a goal,
  // is a result — not 增速居全省第一方阵 after 确保, 目标是…居全市第2位)
  if (sentence.includes("居") && RANK_REACHED.test(sentence) && !FUTURE_CUE.test(sentence) && !PLAN_WORDING.test(sentence) && !GOAL_WORDS.test(sentence)) return `${REVIEW_WORDING} (居…第…位)`;
  // 研发投入强度首次超过3%: a first reached, in a sentence with no word of a plan, is a result
  if (FIRST_REACHED.test(sentence) && !FUTURE_CUE.test(sentence) && !PLAN_WORDING.test(sentence)) return `${REVIEW_WORDING} (首次)`;
  // 粮食总产量连续2年超1600亿斤: a run of years a figure has held counts years done, in a sentence with no word of a plan
  if (STREAK_HELD.test(sentence) && !FUTURE_CUE.test(sentence) && !PLAN_WORDING.test(sentence)) return `${REVIEW_WORDING} (连续…年)`;
  // 过去一年,江苏地区生产总值达12.82万亿元: a sentence opening with the year just past reports it
  if (years.length === 0 && LAST_YEAR_OPENING.test(sentence)) return "a sentence about the year just past (过去一年, 去年)";
  // 预计,全年实现地区生产总值1200亿元,增长2.6%左右: a sentence opening with an estimate, naming no time ahead, estimates the
  // year just ended (a plan's expected amount names its year or a deadline: 预计,到2025年…将达到…)
  // (…or quoted, or its subject straight after: “预计全省地区生产总值达4.58万亿元,增长7.8%左右,…; 预计城乡居民收入分别增长5.8%
  // — not a plan's expected work, 预计新增农业合作社5家以上,带动农户200户以上, 预计全年旅游接待人数达到700万人次: no verb of
  // work or time after it, no bound, no goal; nor under a heading of goals, nor what a project will bring once built)
  // (the bound is looked for in the estimate's own clause: 预计全省地区生产总值增长5.7%,经济总量超过6.4万亿元 — a result rounded
  // after it is no plan's bound)
  if (sentence.includes("预计") && (ESTIMATE_OPENING.test(sentence) || (ESTIMATE_OF_SUBJECT.test(sentence) && !BOUND_OR_GOAL.test(firstClause(sentence)))) &&
    !DEADLINE.test(sentence) && !PLAN_WORDING.test(sentence) && !goalSection && !ONCE_RUNNING.test(sentence) && !PLAN_END_NAMED.test(sentence) &&
    !years.some((y) => docYear !== null && y.year >= docYear && !/全年/.test(sentence.slice(0, 8)))) return "an estimate of the year just ended (预计,全年实现…)";
  // (杨黎旭:“预计到年底,全省奶山羊存栏200万只,同比增长17.6%: on a page of the year's last months, what the year is expected
  // to end at is its outturn — on a page of its middle months it may be the year's plan)
  if (pageMonth >= 10 && !goalSection && YEAR_END_ESTIMATE.test(sentence) && !PLAN_WORDING.test(sentence) && !years.some((y) => docYear !== null && y.year > docYear)) return "an estimate of the year's outturn late in it (预计到年底,…)";
  // (…穿透式分析调度经济运行,预计全年地区生产总值将超过1300亿元: the year's estimate after a clause of work done, naming no
  // year, in no plan's words and under no heading of goals, is a forecast — a plan's expected amount follows its plan,
  // 今年将举办…,预计全年接待游客…)
  // (…on a page of the year's middle months the year's estimate is what the year plans: dated 2016-03-11, 预计全年全市将完成
  // 绿地建设1200公顷 — a report of January or February estimates the year just ended, one of the last months its outturn)
  if (years.length === 0 && !goalSection && !midYear && sentence.includes("预计")) {
    const mid = ESTIMATE_OF_YEAR_MID.exec(sentence) ?? (BOUND_OR_GOAL.test(sentence) ? null : ESTIMATE_OF_SUBJECT_MID.exec(sentence));
    // (nor after words looking ahead, 新的一年,全县上下锚定目标不放松,预计全年… — 超预期 in a review looks back)
    const before = mid ? sentence.slice(0, mid.index) : "";
    if (mid && !PLAN_CUE.test(before) && !PLAN_WORDING.test(before) && !LOOKS_AHEAD.test(before) && !ONCE_RUNNING.test(sentence)) return "a forecast of the year (…,预计全年…)";
  }
  // (2020年9月,重庆确定了…6个区县作为首批试点区县。2021年4月,增加试点区县到27个: a sentence opening with a year's month
  // and its comma dates an event — a plan's schedule says 底前, 以前 or 起 — not after the document's year, setting nothing to come)
  const dated = sentence.includes("月") ? MONTH_DATED_OPENING.exec(sentence) : null;
  if (dated && (docYear === null || Number(dated[1]) <= docYear) && setsNothingAhead(sentence) && !GOAL_WORDS.test(sentence)) return "an event dated by its month (2021年4月,…)";
  if (docYear === null || years.length === 0) return null;
  const future = years.some((y) => y.year >= docYear || (planFrom !== null && y.year >= planFrom));
  // 预计2020年…超过600亿元, 预计今年高校毕业生超过1170万人: a forecast of a year not after the document's sets nothing
  // (after a word of a plan it is the plan's expected amount: 2023年,我市将持续加大…力度,预计全年…总投资约5亿元)
  // (…or what it is expected to reach: 展望2026年,…预计寄递业务量将达2300亿件)
  const forecast = /预计[,，]?(?:(?:20\d\d|19\d\d)年|今年|全年|本年)|预计[^,，。;；\d]{0,16}?将(?:达到|达|突破|超过)/.exec(sentence);
  // (…or the plan it cites: 根据《方案》,预计今年全省…设备投资增长8%)
  const lead = forecast ? sentence.slice(0, forecast.index) : "";
  // (…nor its own year named on a page of that year's first nine months: dated 2026-02-21, 预计2026年开办16家… — a report of the
  // year just ended names that year)
  // (…or 今年 with a will after it: dated 2022-01-15, 预计今年全省将新增高铁里程约370公里 — in January 今年 is the year begun)
  const ownYearAhead = pageMonth >= 1 && pageMonth <= 9 && forecast !== null &&
    (/\d/.test(forecast[0]) || (forecast[0].includes("今年") && PLANNED_WORK_AHEAD.test(sentence.slice(forecast.index + forecast[0].length))));
  if (forecast && years.every((y) => y.year <= docYear) && !(years.every((y) => y.year === docYear) && (midYear || ownYearAhead || PLAN_CUE.test(lead) || PLAN_CITED.test(lead)))) return "a forecast of the document's or a past year";
  return future ? null : "names only years before the document's";
}

/**
 * Whether a sentence looks ahead in ways setsNothingAhead does not read: a year after the document's (2025年全市数字经济规模…),
 * a plan period, a hope (有望) or what follows a work's completion (建成后, 达产后, 届时).
 */
function namesTimeAhead(sentence: string, years: YearMention[], docYear: number | null): boolean {
  return years.some((y) => docYear !== null && y.year > docYear) || /有望|(?:建成|达产|投产|竣工)后[,，]?(?:将|可|年|预计)|届时/.test(sentence);
}

/** A will and a verb of planned work after 预计今年: 全省将新增 (not 将发送旅客, 将有3至4个台风). */
const PLANNED_WORK_AHEAD = /^[^,，。;；]{0,12}?将(?:陆续|逐步|全面|全部|正式)?(?:再|新)?(?:投用|运行|新增|新建|建成|完成|实现|开工|建设|改造|培育|引进|投入|达到|达|突破|实施|安排|推进)/;

/** A ratio said with 是: 海域面积是陆地面积的2.3倍. */
const RATIO_STATED = /(?<![要将应])是[^,，。;；\d]{1,16}?的\s*[\d.]+\s*倍/;
/** A count of a whole, then how many of it have a property: 129个县(市、区)中有122个. */
const SHARE_OF_WHOLE = /\d+\s*[个家所名项座条户][^,，。;；\d]{0,12}?中(?:共|就)?有\s*\d/;
/** A year and one of its months opening a sentence, with its comma: 2021年4月, — an event's date. */
// (…also after a news lead: 记者从…会议获悉,2009年12月,福建省9个县(市、区)开展首批…试点)
const MONTH_DATED_OPENING = new RegExp(String.raw`^${LEAD_IN}((?:19|20)\d\d)年(?:1[0-2]|[1-9])月(?:份)?[,，]`);

/** 同比 and a change with no figure after it (优良天数同比增加,), and 同比 with a figure. */
const ON_YEAR_DIRECTION = /同比(?:增加|提高|下降|减少|增长|上升|改善|提升|好转)(?=[,，。;；、]|$)/;
const ON_YEAR_FIGURE = /同比[^,，。;；]{0,6}?\d/;

/** A plan cited as the source of what follows: 根据《方案》, 按照《…实施方案》, 《方案》提出. */
const PLAN_CITED = /(?:根据|按照|依据)《[^《》]{1,40}》|《[^《》]{1,40}》(?:提出|明确|要求)/;

/** An estimate of work to be done, or of what will be: 预计全年全市将完成绿地建设…, 预计2016年全年完成绿地改造…. */
// (…or said with a will: 预计今年9月还将有15所公办园加入)
const ESTIMATED_WORK = /预计[^。;,，]{0,20}?(?:将|要|完成|建成|新建|新增|实施|开工|改造|建设|打造)/;

/** The end of a plan's period, named in words (预计规划期末公路网总里程达到3.35万公里, 届时): a time ahead. */
const PLAN_END_NAMED = /规划期末|规划期内|届时|十\s*[一二三四五六]\s*五[”"]?(?:时期)?(?:末|期末)/;
/** An estimate of where the year will end, opening a sentence or a quoted speaker's words: 局长杨黎旭:“预计到年底,. */
const YEAR_END_ESTIMATE = /^(?:[^。,，:：“"]{0,16}[:：])?\s*[“"]?预计(?:到|至)(?:今年)?年底[,，]/;
/** An estimate opening a sentence with its comma (预计,全年实现…), or its subject straight after, no verb of work or time. */
const ESTIMATE_OPENING = /^\s*[“"]?预计[,，]\s*(?:全年)?[\u4e00-\u9fff]/;
/** A sentence's first clause, to its first comma or semicolon. */
const firstClause = (s: string): string => s.slice(0, s.search(/[,，;；]|$/));
const ESTIMATE_OF_SUBJECT = /^\s*[“"]?预计(?!新增|新建|新开工|建成|完成|实现|带动|培育|引进|开工|启动|实施|改造|覆盖|可|能|全年|在|到)[\u4e00-\u9fff]/;
/** Words looking ahead before the year's estimate: 新的一年,…锚定目标不放松,预计全年… (not 全年 or 今年 of a report). */
const LOOKS_AHEAD = /新的一年|新一年|明年|下一步|今后|下半年|目标|奋力|努力/;
/** The year's estimate after a clause: …,预计全年…, …,预计今年…. */
const ESTIMATE_OF_YEAR_MID = /[,，]\s*预计(?:今年|全年|本年)/;
/** …or a rate of its subject, stated exactly (…开通商务定期航线86条,预计进出口增长13%): a plan's rate carries a bound or a verb of work. */
const ESTIMATE_OF_SUBJECT_MID = /[,，]\s*预计(?!新增|新建|建成|完成|实现|带动|培育|引进|开工|覆盖|可|能|在|到|将|达)[\u4e00-\u9fff]{1,16}?(?:增长|下降|增速|增幅)[\d.]+%(?![\d.]|左右|以上|以内)/;
/** A bound or a goal named: what a plan expects, where a year's estimate states its figure. */
const BOUND_OR_GOAL = /以上|以内|不少于|不低于|不超过|超过|目标/;
/** What a project brings once it runs: 建成后, 投产后. */
const ONCE_RUNNING = /(?:建成|投产|完成|运营)后/;

/** A level once reached: 一度高达80%, 一度降至…. */
const ONCE_REACHED = /一度(?:高达|达到|达|超过|突破|低至|降至|跌至|攀升至)\s*\d/;
/** A sentence opening with 已 and its verb (已引导, 目前已完成), not a day it was done on (已于3月). */
// (not 已 inside a noun's modifier, 已设立的政府产业引导基金, 已批未供土地: what is named, not what is done)
const ALREADY_OPENING = /^\s*(?:(?:目前|截至目前|截止目前|至今|现)[,，]?)?已(?:经)?(?!于|有|达|超|是|批未)[\u4e00-\u9fff]/;
/** 已 in a noun's modifier (已设立的…), and the words that set a value for the noun. */
const ALREADY_MODIFIER = /^\s*(?:(?:目前|截至目前|截止目前|至今|现)[,，]?)?已(?:经)?[\u4e00-\u9fff]{1,3}的/;
const VALUE_SET = /达到|提高到|提升到|增长|突破|不低于|不少于|超过|控制在/;
/** Work done on a day of this year named: 已于3月完成, 已于3月25日开工, 已于年初建成投用. */
const DONE_ON_DAY = /已于(?:\d{1,2}月(?:\d{1,2}日)?|今年|年初|上半年)[初中底末]?(?:建成|完成|完工|竣工|开工|开通|投用|投运|启动)/;

/** A stage of projects a report names (计划投产项目17宗, 计划新开工项目): a category, not a plan the sentence sets. */
const PLANNED_STAGE = /计划(?:新)?(?:开工|投产|竣工|完工)(?=项目)/g;
/** What a report says, without the share of a plan done and the stages of projects it names. */
const reportSaid = (s: string): string => withoutShareDone(s.includes("计划") ? s.replace(PLANNED_STAGE, "") : s);

/** A sentence opening with the months so far that sets nothing ahead (1-4月,完成投资96.4亿元,完成年度计划投资的31.7%). */
// (the months as the roles read them, 1-4月,…: a quarter or a half, 一季度,启动项目10个, opens a work plan's deadline)
// (…and states figures as a report does, the share of the plan done, the schedule, a decimal — not a work plan's timetable,
// 1-3月,完成项目前期手续办理20个。其中,新开工项目8个)
export function reportsMonthsSoFar(sentence: string): boolean {
  // (most sentences name no month: one test spares them the rest)
  return sentence.includes("月") && namesMonthsSoFar(/^[^,，]*/.exec(sentence)![0], false) && REPORTED_FIGURES.test(sentence) && setsNothingAhead(reportSaid(sentence));
}
// (…or the whole place's, after the months: 1-3月,全市新开工项目10个)
const REPORTED_FIGURES = /完成[^,，。;]{0,12}?(?:计划|目标|任务)[^,，。;]{0,4}?的\s*\d|序时进度|同比|\d\.\d|^[^,，]*[,，]\s*(?:全[市县区省镇]|我[市县区])/;

/** A sentence opening with 其中 that gives the parts of a report before it and sets nothing ahead (其中续建项目35宗,…). */
export function partsOfReport(sentence: string): boolean {
  return /^\s*其中/.test(sentence) && setsNothingAhead(reportSaid(sentence));
}

/** A part after a report's semicolon that sets nothing ahead (…;计划投产项目17宗,完成投资16.1亿元,…). */
export function goesOnReport(part: string): boolean {
  return setsNothingAhead(reportSaid(part));
}

/** A sentence with no word of a plan, of time ahead or of a deadline: it sets nothing to come. */
export function setsNothingAhead(sentence: string): boolean {
  return !PLAN_CUE.test(sentence) && !FUTURE_CUE.test(sentence) && !DEADLINE.test(sentence);
}

/** A section heading that names targets (一、预期目标, 主要目标, 发展目标) or a budget's arrangements: what follows sets them. */
/** A year's key indicators named in a heading (2024年重点指标): that year's goals when it is the document's or later. */
// (not a part of the year, 2024年一季度主要经济指标, 上半年关键指标; nor a year's main economic indicators, 2024年全市主要经济
// 指标 — a bulletin's and a review's results too — only the key ones a year sets, or the ones it expects)
const YEARS_INDICATORS = /((?:19|20)\d\d)年度?(?:(?![季月半全])[^,，。;]){0,8}?(?:(?:重点|核心|关键)(?:工作|发展)?指标|预期指标|目标指标)(?![\u4e00-\u9fff]{0,4}(?:完成|情况|进展|执行|监测))/;
/** A heading of a year's main work: 三、2024年重点工作, 2025年主要工作. */
const YEARS_MAIN_WORK = /((?:19|20)\d\d)年度?的?(?:重点|主要)工作\s*$/;

export function namesGoals(section: string[], docYear: number | null = null): boolean {
  // (the nearest heading that names goals or the past decides: a numbered paragraph, (1)根据…, may stand below it)
  // (a budget's 收入安排情况, 支出预算安排: what follows arranges the year's amounts)
  for (let i = section.length - 1; i >= 0; i--) {
    const title = section[i];
    if (PAST_HEADING.test(title)) return false;
    // (…or the year's list of work: 2026年民生实事项目, 2026年工作安排, 重点任务清单)
    // (…or 2024年重点工作, the year's main work)
    if (/目标|(?:收入|支出|收支|预算)(?:预算)?安排|实事|工作(?:安排|计划|要点)|重点任务|任务清单/.test(title)) return true;
    const mainWork = docYear !== null && title.includes("工作") ? YEARS_MAIN_WORK.exec(title) : null;
    if (mainWork && Number(mainWork[1]) >= docYear!) return true;
    const indicators = docYear !== null && title.includes("指标") ? YEARS_INDICATORS.exec(title) : null;
    if (indicators && Number(indicators[1]) >= docYear!) return true;
  }
  return false;
}

/** A sentence opening with this event and what was signed, started or opened at it (此次集中签约、开工的…). */
// (当天,共有7个重要工程项目同时动工: started by whatever word)
// (北京亦庄开年签约22个重点项目, 杨浦区新年首个工作日便启动18个…项目: a day of the year's start just past, its place first)
// (近日,浦东新区一季度32项…重大工程全面启动建设: a news lead on the days just past)
// (…or yesterday's, told by someone: 镇规建办主任透露,昨天集中开工签约的共有20项重大工程项目)
// (…or the projects that took part in its ceremony, or were started and resumed: 参加集中开工仪式的重大项目共9个, 此次集中开复工
// 项目共有25个)
const EVENT_REPORTED = /^\s*(?:[^。;,，]{2,20}?(?:透露|表示|介绍)[,，:：])?(?:(?:此次|本次|当天|当日|会上|昨天|昨日)[^。;]{0,16}?|[\u4e00-\u9fff]{2,8}?(?:开年|新年首个工作日|新年伊始)便?|(?:近日|日前)[,，][^。;]{0,30}?(?:全面|集中)?|参加[^。;]{0,12}?)(?:签约|开工|开复工|动工|开建|揭牌|签署|投产|竣工|启动)/;

/** A holiday just past whose figures a sentence gives: 春节假期, 国庆黄金周, 五一小长假. */
const HOLIDAY_REPORTED = /(?:春节|国庆|五一|端午|中秋|清明|元旦)(?:假期|长假|小长假|黄金周)/;
/** A period of the year so far opening a sentence: 一季度,… 上半年,… 1-5月,… 截至6月底,… */
const PERIOD_SO_FAR = /^\s*(?:(?:今年|本年|全年)?(?:[一二三四]季度|前三季度|上半年|\d{1,2}\s*[-—~至到]\s*\d{1,2}月(?!底|末|前))|截至|截止)/;
/** A news lead opening on a day: 本报讯(记者…) 3月31日,… / 3月31日上午,…. */
const DAY_LEAD = /^\s*(?:[^,，。;\n]{0,12}讯\s*(?:[(（][^()（）]{0,40}[)）])?\s*)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上?|晚间)?[,，]/;
/** A verb of setting up or drawing up said done with 了: 成立了, 组建了, 制定了, 出台了. */
const DONE_WITH_LE = /(?:成立|组建|召开|举办|建立|开展|实施|完成|建成|启动)了/;
/** What work has brought about, said with 了: 形成了最完整的产业体系, 实现了…的目标, 获得了实惠 (not a basis, 在取得了…的基础上). */
const BROUGHT_ABOUT_WITH_LE = /(?:形成|实现|取得|获得)了(?![^,，。;；]{0,30}?的基础上)/;
/** A goal said met, 实现了农民外出打工、供销社帮农民种地的目标: no goal the sentence sets. */
const GOAL_MET = /实现了[^,，。;；]{0,30}?目标/g;
/** A sentence opening with a month (1月份…, 2月截至2日,): the month's figures follow. */
const MONTH_REPORTED = /^\s*(?:\d{1,2}月份(?![起前底末]|以前|之前)|\d{1,2}月截至\d{1,2}日)/;
/** Work a month is scheduled for: 1月份,全市新开工项目30个 (a schedule, not the month's figures). */
const WORK_DONE_IN_MONTH = /(完成|开工|竣工|新增|新建|建成|建设|改造|实施|开展|启动|招标|签约|投产)/;
/** A part of the year gone by, anywhere in a sentence: 前三季度, 上半年, 一季度, 1-9月, 前十个月, 前8个月. */
const PERIOD_SO_FAR_IN = /(?:前三季度|上半年|(?<!每年?第?)[一二三]季度|(?<!提)前(?:[二两三四五六七八九十]|十一|\d{1,2})个?月|\d{1,2}\s*[-—~至到]\s*\d{1,2}月(?!底|末|前|份?[起开])|\d{1,2}月份?以来)/;
/** Work a part of the year is set for, right after it: 上半年完成…, 一季度,全市新开工…, 1-6月组织… */
const SCHEDULED_FOR_PERIOD = new RegExp(`^[,，]?[\u4e00-\u9fff]{0,4}?(?:${WORK_DONE_IN_MONTH.source}|组织|举办|召开|印发|出台|制定)`);
/** Whether the words after a part of the year set its work (上半年完成…) — not a total it reports (上半年共完成…, 累计完成…). */
function scheduledForPeriod(after: string): boolean {
  return SCHEDULED_FOR_PERIOD.test(after) && !/^[,，]?(?:全市|全省|全区|全县|全国)?(?:共|累计|已|实际|合计)/.test(after);
}
/**
 * A quarter inside a clause of a plan's services, no comma after it: …,一季度为2500名育龄妇女提供生育关爱项目 — a deadline (a
 * quarter reported opens its sentence, or its clause with a comma: 一季度,我市为1.3万名…提供…; 前三季度 is always so far).
 */
const QUARTER_SERVED = /^[,，;；][一二三四]季度为[^,，。;；]{0,16}?提供/;
/** Work a plan does (推进, 实施, 开工…): a sentence doing it is no report of figures. */
const WORK_IN_PLAN = /(推进|推动|实施|加快|开工|新建|改造|启动|开展|组织|举办|通水|通车|投用|竣工|建成|打造|培育)/;
/** Words that set a goal for a part of the year or for the rest of it. */
const GOAL_OF_PERIOD = /(力争|确保|争取|目标|计划|下半年|四季度|明年)/;
/** A figure written exactly, with no bound after it (增长5.8%,): what a report states; a goal's figure is bounded. */
const EXACT_DECIMAL = /\d\.\d{1,2}(?:%|个百分点|亿元|万元|万人)?(?![\d.])(?![^,，。;；]{0,3}(?:以上|以下|以内|左右))/;
/** A frequency a part of the year gives (一季度一调度, 一季度一通报): no time of figures. */
const FREQUENCY_AFTER = /^一(?:调度|通报|督查|督导|考核|研判|会商|评估|检查|排名|点评)/;
/** A bound or a level held, which a target carries and a reported figure does not: 以上, 以内, 控制在, 稳定在… */
const BOUND_OR_HOLD = /\d[^,，。;；]{0,6}?(?:以上|以下|以内|左右)|不低于|不超过|控制在|稳定在|保持在/;
const FIRST_REACHED = /首次(?:超过|突破|达到|跻身|迈上|跨上|站上)/;
/** A figure held for a run of years: 连续2年超1600亿斤, 连续五年稳定在…以上. */
const STREAK_HELD = /连续[\d两三四五六七八九十]{1,2}年(?:超过?|突破|达到|稳定在|保持在?|站稳|稳居|位居|居)/;

/** A sentence that opens with the year just past as its time: 过去一年,… 去年,… */
const LAST_YEAR_OPENING = /^\s*(?:[\u4e00-\u9fff]{0,6}(?:表示|指出|介绍|说)[,:：，]\s*)?(?:过去一年|过去的一年|去年|上一年|上年)(?:[,，]|(?:我省|我市|我区|我县|全省|全市|全区|全县)[,，]?)/;

export const REVIEW_OPENING = "a paragraph reviewing the past";
export const EARLIER_PERIOD = "a paragraph on an earlier plan period";
export const IN_REVIEW_SECTION = "in a review section";

/** Words that look back (回顾, 过去, 去年, 上年, 以来): a sentence holding one does not turn to the year ahead. */
export const LOOKS_BACK = /回顾|过去|去年|上年|以来/;

/** The year ahead named with its work or a modal (今年的工作重点, 新的一年要…, 今后五年发展的主要目标是). */
// (or the goals of the year or years ahead named further on: 今年全省经济社会发展的主要预期目标是, 今后五年,我省经济增长预期目标是)
// (or set as news says it: 今年经济社会发展主要预期目标也定了 — not goals met or matched, 今年以来…完成预期目标)
// (or a sentence opening on the main goals expected and its colon, after a report that turned to the year's work:
// 报告对2011年…进行了回顾,对2012年各项工作做出了全面部署。主要预期目标是:…)
// (…or this year's measures made public: 总结了过去五年的成绩,…更公布了今年的“硬核”举措——新增学位5万个)
const GOALS_NAMED = /(?:今年|今后五年|未来五年)[^。;]{0,16}?(?:主要)?(?:预期)?目标(?:是|为|也?定了|确定为|如下)|(?:公布|发布|明确|亮出)了?(?:今年|新一年|新的一年)的?[^,。;]{0,8}?(?:举措|任务|目标|安排|清单)|^\s*(?:[\u4e00-\u9fff]{0,10}?的)?主要预期目标(?:是|为)?[:：]/;
// (面对新的一年,地区生产总值增长9%: facing the year ahead turns to it too)
// (…or this year's figure expected or striven for: 今年全县地区生产总值预期增长6% — not its expected goals said met,
// 今年…主要预期目标顺利完成)
// (…or a place's goals proposed or a year's draft plan published, in news of many places: 内蒙古提出能源重大项目力争完成投资…,
// 甘肃公布2024年度省重大建设项目投资计划草案,新增…)
const TURN = new RegExp(`(?:今年|新一年|新的一年|明年|下一步|今后五年|未来五年)[,，]?[^,。;]{0,6}(?:工作|目标|重点|任务|${MODAL})|` +
  "提出[^,。;]{0,20}?(?:力争|确保)|(?:公布|发布|印发)[^,。;]{0,8}?20\\d\\d年度?[^,。;]{0,20}?计划草案|" +
  `(?:今年|新的一年|明年|全年)[^,。;]{0,12}?(?:预期(?![^,。;]{0,6}(?:完成|实现|达成))|力争|确保)|${GOALS_NAMED.source}|` +
  // (报告提出,今年新增城镇就业60万人以上: this year's figure with a bound — a result is stated exactly)
  "(?:今年(?!以来|前|上半年|一季度|[一二三]季度|\\d)|明年)[^,。;\\d]{0,16}?[\\d.]+[^,。;\\d]{0,4}?(?:以上|左右|以内)|" +
  // (今年天津市继续推进…,计划新建…: the year's work said as planned — not 今年我们继续推进… on a year-end page)
  "(?:今年(?!以来|前|上半年|一季度|[一二三]季度|\\d)|明年)[^。;\\d]{0,30}?(?:计划|拟)(?:新建|建设|新增|完成|实施|开工|建成|打造)|" +
  // (今年,新增市场主体1.8万户 opening its sentence; 力争今年引进100个; 接下来,将…; 报告同时部署了2026年重点工作)
  // (not 今年, alone: a year-end page's review calls its own year so, 回顾这一年,…。今年,全市新增…)
  "^\\s*(?:明年|新的一年)[,，]|(?:力争|确保|争取)(?:今年|明年)|(?:^|[,，])\\s*接下来[,，]|(?:部署|安排)了?(?:20\\d\\d|今)年[^,。;]{0,6}?(?:重点)?(?:工作|任务)|" +
  "(?:面对|展望|迈入|步入|跨入)(?:新的一年|新一年)|" +
  // (…已先后16次提高最低生活保障标准,…。此次提标后,…标准由每人每月593元提高到642元: the standards this raise sets)
  "此次[\\u4e00-\\u9fff]{0,4}?(?:提标|调标|调整|提高|上调)后");

/**
 * A plan cited with the horizon it sets (…。《…行动方案》提出,到“十四五”末,全县茶园面积达到18万亩): after a paragraph's
 * figures of the present, it turns the paragraph to goals (not as its first sentence: a review may follow it there).
 */
export const PLAN_CITED_AHEAD = /(?:规划|方案|计划|意见|纲要)》?(?:提出|明确|要求)[,，:：]?\s*(?:到|至)(?:20\d\d年|[“"]?十[一二三四五六]五[”"]?(?:末|期末|时期末))/;

/**
 * A sentence of a review paragraph that turns to the year ahead and reviews nothing itself (报告也明确了今年的工作重点,
 * 新的一年要…, 今后五年发展的主要目标是): the sentences after it set targets again.
 */
export function turnsToYearAhead(sentence: string): boolean {
  // (今年以来,…收入增长乏力,需对年初收入预算进行调整,将…收入125,800万元拟调整为113,891万元: a budget's line adjusted is the
  // year's plan, whatever the sentence looked back on first)
  if (adjustsLine(sentence)) return true;
  if (!TURN.test(sentence)) return false;
  if (!LOOKS_BACK.test(sentence)) return true;
  // (a review named in a clause before the year's goals are named is over: 报告回顾了2024年工作,…,武汉今年经济社会发展
  // 主要预期目标是: — not before a mere look ahead, 回顾了2025年,勾勒出新一年的工作蓝图)
  const m = GOALS_NAMED.exec(sentence);
  if (m === null) return false;
  const clause = sentence.lastIndexOf(",", m.index) + 1;
  return !LOOKS_BACK.test(sentence.slice(clause, m.index)) && !/[\d.]+%|[\d.]+[万亿]?元/.test(sentence.slice(0, m.index));
}

/** Whether a sentence adjusts a budget's line to an amount: 拟调整为113,891万元. */
function adjustsLine(sentence: string): boolean {
  return sentence.includes("调整为") && LINE_ADJUSTED.test(sentence);
}
const LINE_ADJUSTED = /拟调整为\s*[\d,.]+\s*[万亿]?元/;

/** A sentence opening with what a work will bring once done: 项目建成后,可恢复…. */
const AFTER_DONE = /^\s*[\u4e00-\u9fff]{0,10}?(?:建成|竣工|完工|投产|投用|实施)后[,，][^。;]{0,8}?(?:可|将|预计|能够)/;

/**
 * What a work will bring once done (项目建成后,可恢复…): a sentence of the time ahead in a paragraph on the progress so far
 * (the sentences after it go on with the paragraph).
 */
export function bringsOnceDone(sentence: string): boolean {
  return AFTER_DONE.test(sentence) && !LOOKS_BACK.test(sentence);
}

/** Why a paragraph reviews the past, or null: a review section, a review opening, an earlier plan period. */
export function pastParagraphReason(line: string, inPastSection: boolean, horizon: number | null, docYear: number | null = null): string | null {
  if (inPastSection) return IN_REVIEW_SECTION;
  if (opensWithReview(line)) return REVIEW_OPENING;
  if (opensWithEarlierPeriod(line, horizon, docYear)) return EARLIER_PERIOD;
  return null;
}

/**
 * Whether the part of a sentence between semicolons that holds a clause sets a plan of its own although the sentence
 * used review wording elsewhere (目前已经完成了…设计方案;…;计划建设100公里农村公路): it names a plan and no review
 * wording of its own.
 */
export function planPartAfterReview(part: string): boolean {
  // (…or names the goal it sets: 截至目前,…比例为100%;二是…方面,年度目标为…比例大于27%)
  return pastWording(withoutPresentBasis(part)) === null && (PLAN_CUE.test(part) || GOAL_NAMED_IN_PART.test(part));
}
/** A goal named as such, with what it is: 年度目标为, 全年目标是. */
const GOAL_NAMED_IN_PART = /目标(?:任务)?(?:为|是)/;

/** A clause opening with the plan (计划新增蓄水能力2万方,1-5月实际完成…,已完成投资…): the plan, before what is done. */
export function opensWithPlan(clause: string): boolean {
  // (after the item's label: 2.小型病险水库除险加固项目(新增蓄水能力):计划…)
  // (or after the project's quoted name, and a quarter: “信阅读及智慧书吧项目”二季度计划完成…)
  // (not 计划生育, 计划内, 确保了; and the plan sets an amount)
  // (or after the year it is for: 今年计划新增1180个普惠托位,目前已完成大半任务)
  // (…or with the year's will: …也已经在浦东启用,年内将采集1000万条高质量数据; 今年全市将新增床位8000张以上)
  // (…or the year in figures: 2024年计划改(新)建户厕3500座、公厕30座,…目前已对…进行现场查看; …已全部完成,2021年将新建和改造7个菜市场)
  // (…or after the place: 今年,遂宁市计划增设400部电梯,目前已开工308部)
  // (…or with 拟 for its plan: 今年拟建132个街道养老服务中心,目前已验收合格4个)
  return /^\s*(?:[^,，。;；:：]{0,40}[:：]|[“"][^”"]{1,30}[”"])?\s*(?:[\u4e00-\u9fff]{1,6}?[省市县区镇乡](?=计划|今年|全年|年内))?(?:(?:[一二三四]季度|今年|全年|年内|20\d\d年)?(?:计划(?!生育|内|外|单列)|力争|确保(?!了)|拟(?=[建新改设开实投增办]))|(?:今年|全年|年内|明年|20\d\d年)(?:全[市省县区]|我[市省县区])?(?:还|也)?(?:将|要)(?![求素点来近]))[^,，。;；]*?\d/.test(clause) && pastWording(clause) === null;
}

/**
 * A clause that sets work ahead with a word of will — within the year (其中16所园校将在年内建成, 年内将完成…), in the time left of it
 * (剩下的100天将…), or as the goal the work finally reaches (最终达到…的预定目标) —, no review's words of its own.
 */
export function willWithinYear(clause: string): boolean {
  return WILL_WITHIN_YEAR.test(clause) && pastWording(clause) === null;
}
// (…or a count, then the year's end before which all of it is done: 115个小区维修改造年底前全部完工)
// (…or the time left of the year with a will: 已完成473.87万亩的造林任务,剩下的100天将…造林526.47万亩)
// (…or the goal the work is finally to reach, after what is built so far: 全县已建成13个,…,最终达到养殖小区面积18万平方米…的预定目标)
const WILL_WITHIN_YEAR = /^\s*最终(?:将|要)?(?:达到|实现|形成|建成)[^。;；]*?\d[^。;；]*?(?:目标|规模)|(?:剩下|剩余|余下)的?[^,，。;；\d]{0,2}\d{1,3}(?:天|个月|个多月)(?:时间)?(?:里|内|中)?(?:将|要|力争|计划)[^,，。;；\d]*?(?:完成|新增|新建|建成|造林|改造|开工|实施)[^,，。;；]*?\d|(?:将|要|计划|力争)(?:在|于)?(?:年内|今年内?|年底前|本年度内?)[^,，。;；]*?(?:建成|完成|实现|开工|竣工|投用|新增|新建)|(?:年内|年底前)(?:将|要|计划|力争)[^,，。;；]*?\d|\d[^,，。;；\d]{1,16}?(?:年底前|年内)(?:全部|全面)(?:建成|完成|完工|竣工|投用)/;

/** A rise expected against the same period of last year: a quarter's plan (今年一季度,…投资计划134.3亿元,预期同比增长16.2%). */
// (not a result set beside what was expected, 高于预期增长5.5%的目标, 预期同比增长12%,实际增长13.5%)
const EXPECTED_ON_YEAR = /预期(?:同比)?(?:增长|增速)[\d.]+%/;
const RESULT_BESIDE_EXPECTED = /实际|(?:高于|低于|超过|超出|好于)预期/;
/** Words of will that set a goal even for a period so far (力争, 确保; 争取 also obtains funds, 计划 is also the plan met). */
const WILL_CUE = /(力争|确保)/;

/** A word of a plan or a will (计划, 要, 将, 力争…). */
// (not 计划 named as a programme, 省重大科技计划项目, 人才计划, nor 计划生育)
// (…or a plan as the subject of its work: 规划支持建设中心渔港11座, 规划新建…, 规划布局…)
const PLAN_CUE = new RegExp(`((?<!科技|科研|人才|行动)计划(?!生育|单列|项目)|${MODAL}|力争|确保|争取|(?<=^|[,，;；])规划(?:支持|新建|建设|布局|安排|实施))`);

/**
 * Whether a part of a sentence sets a plan its next part may go on with (2024年,…计划投资1400亿元以上,…;多式联运货运量同比
 * 增长15%): a word of a plan or a bound on a value, and no period so far (1-6月,…; 上半年,…).
 */
export function setsPlan(part: string): boolean {
  return !PERIOD_SO_FAR.test(part) && (FUTURE_CUE.test(part) || PLAN_CUE.test(part) || /\d[^,。;]{0,4}?(以上|左右|以内)/.test(part));
}

/** A span of months from January, alone in its clause, perhaps with its year: 2020年1月至11月底, 1至11月. */
const FROM_JANUARY = /^\s*(?:今年|((?:19|20)\d\d)年)?1月?\s*[-—~至到]\s*\d{1,2}月(?:底|末)?份?\s*$/;

/**
 * A clause that only names the months so far (1-2月; in a progress report also 一季度, 上半年): the clauses after it, up to a
 * semicolon, report their results. (In a work plan, 一季度, / 上半年, open deadlines.)
 */
export function namesMonthsSoFar(clause: string, progressReport: boolean, halfGone = false, docYear: number | null = null): boolean {
  // (or open a clause with what they brought: 1-5月实际完成新增蓄水能力0.88万方)
  // (今年1至5月, 今年5月: the year's months so far, named with the year — a month alone may be a plan's schedule, 5月,开展…)
  // (…or a start or a finish counted from January: 1-4月开工7个, 1—7月完成投资241.4亿元 — a later span is a plan's schedule,
  // 4-6月开工30个)
  // (…or the whole place's total added from January: 1-6月全市新增市场主体1.2万户)
  // (…with the first month named too: 今年1月至10月,全州预计接待游客…)
  // (…or a span from January alone in its clause, with its year or to a month's end: 2020年1月至11月底, — not a later year's,
  // a plan's schedule)
  const fromJanuary = FROM_JANUARY.exec(clause);
  if (fromJanuary && !(fromJanuary[1] && docYear !== null && Number(fromJanuary[1]) > docYear)) return true;
  return /^\s*(?:今年)?(?:\d{1,2}月?\s*[-—~至到]\s*\d{1,2}月份?(?:\s*$|(?:实际|已经?|累计|共)完成)|1\s*[-—~至到]\s*\d{1,2}月份?(?:(?:实际|累计|共)?(?:开工|竣工|完工|投产|完成投资)\s*\d|[,，]?(?:全[市区县省]|我[市区县省])(?:累计)?新增))/.test(clause) || ONE_MONTH.test(clause) || (progressReport && /^\s*(?:[一二三]季度|前三季度|上半年)\s*$/.test(clause)) ||
    // (上半年,新增外资项目91个; 上半年7个省重大项目…全部开工 — on a page of August: the half gone reports its results)
    (halfGone && /^\s*(?:今年)?(?:一季度|上半年)/.test(clause));
}

/** Projects started or resumed so far, or their rate, stated exactly as a clause of its own. */
const PROGRESS_STARTED = /^\s*(?:[\u4e00-\u9fff]{0,6})?开复工(?:项目|率)(?:为|达)?\s*[\d.]+\s*(?:%|个|项)?\s*(?:[(（][^()（）]{0,20}[)）])?\s*$/;

/** A goal said as set, with 了: 设定了9.5%左右的目标, 确定了…增长5%的预期目标. */
const GOAL_SET_DONE = /(?:设定|确定|提出|明确|制定|锁定|定下)了[^,，。;；]{0,16}?\d[^,，。;；]{0,12}?目标/;

/** A change from one value to another, then the same change told done with 了 and its size: 从204435台增加到215372台,增加了10937台. */
const CHANGE_FROM_TO = /(?:从|由)[^,，。;；]{0,24}?\d[^,，。;；]{0,12}?(增加|提高|提升|下降|降低|减少|增长|扩大|缩小|上升)(?:到|至)\s*\d/;
/**
 * The clause after a change from one value to another tells it done, with 了 and its size: then the change is a result, not a
 * goal. `next` gives the clause after, read only when this one holds such a change.
 */
export function changeToldDone(clause: string, next: () => string): boolean {
  const m = clause.includes("到") || clause.includes("至") ? CHANGE_FROM_TO.exec(clause) : null;
  if (m === null) return false;
  const told = TOLD_DONE.exec(next());
  return told !== null && told[1] === m[1];
}
/** Words of will that make a share of the plan, or an amount done, a goal (要, not 主要, 重要, 必要, 需要). */
const SHARE_WILL = "力争|确保|争取|(?<![主重必需])要|将|计划|预计";
const SHARE_WILL_ANYWHERE = new RegExp(SHARE_WILL);
/**
 * A share of the year's plan said done, exactly, with no will in the 16 characters of its clause before it: 完成全年目标35.1%, 完成全年目标112%,
 * 占年度计划的33.5% (not 力争年内完成年度投资计划120%, nor a bound, 完成年度计划110%以上, nor the whole a goal asks, …,完成全年目标100%).
 */
const SHARE_OF_PLAN_DONE = new RegExp(String.raw`(?<!(?:${SHARE_WILL})[^,，。;；]{0,16})(?:完成|占|为)(?:年|年度|全年)(?:投资)?(?:计划|目标|任务){1,2}(?:投资)?的?\s*(?!100(?:\.0+)?%)\d{1,3}(?:\.\d+)?%(?!\s*(?:以上|左右|以内|以下))`);
/**
 * Whether a clause's amount done so far is what the next clause tells as a share of the year's plan: 累计完成投资11.75亿元,
 * 完成全年目标35.1% (not a goal: 力争完成投资20亿元,… has its will).
 */
export function amountToldShareDone(clause: string, next: () => string): boolean {
  if (!clause.includes("完成") || !/完成[\u4e00-\u9fff]{0,6}\s*[\d.]+\s*[万亿]?元/.test(clause) || SHARE_WILL_ANYWHERE.test(clause)) return false;
  const after = next();
  return /^\s*(?:完成|占|为)/.test(after) && SHARE_OF_PLAN_DONE.test(after);
}
/** A change told done with 了 and its size, opening a clause: 增加了10937台, 共减少了300户. */
const TOLD_DONE = /^\s*(?:共|累计|净)?(增加|提高|提升|下降|降低|减少|增长|扩大|缩小|上升)了\s*(?:近|约|超过?|逾)?\d/;

/** Funds received or allocated, then their amount (获得…基金8532.56万元, 获得的…基金分为…); see isPastClause. */
const FUNDS_RECEIVED = /(?<!(?:力争|争取|确保|要|将|计划|预计|拟)[^,，。;；]{0,8})(?:获得|下达|拨付)了?(?:\s*(?=\d[\d.]*\s*[万亿]?元)|(?:[^,，。;；\d]|(?:19|20)\d\d年){0,24}?(?:资金|基金|补助资金|奖补资金)(?!任务)[^,，。;；\d]{0,16}?\d)/;

/**
 * 现 or 现在 opening a clause, then what the place has already built or reached (建成, 建立, 有…) or its figure now: the
 * present, not a goal (see isPastClause) — not work set going or handed down (现全县已启动建设…50座, 现全县已下达…200公里
 * 任务), nor a clause where a will, a deadline or a task word follows.
 */
const PRESENT_OPENING = /^\s*现(?:在|今)?[,，]?(?:全|我|该|本)[\u4e00-\u9fff]{1,2}?(?:已(?:经)?(?:建成|建立|设立|组建|形成|拥有|达到|完成|累计|有)|[^,，。;；]{0,20}?(?:达到?|有|为)(?=\d))(?![^。;；]*?(?:要|将|力争|计划|预计|争取|确保|到20\d\d|年内|今年|年底前|任务|目标|指标))[^,，。;；]*?\d/;

/** A clause stating what is already done (全市已累计建成…) or last year's forecast, even inside a sentence that sets a target. */
export function isPastClause(clause: string): boolean {
  // (开复工项目25个, 开复工率78%: projects started or resumed so far, stated exactly, are progress — not 开复工率达到90%以上)
  if (clause.includes("开复工") && PROGRESS_STARTED.test(clause)) return true;
  // (济南去年GDP预计超过1.4万亿元,今年预期目标增长5%以上: last year's forecast, then this year's target)
  // (遴选了12件…候选项目: a verb with 了 right before its count tells what was done — not before a year, 明确了2026年GDP增长
  // 5.5%左右的目标; 为了, 除了 are no such verb; so does
  // one before a list its count closes, 引进了A、B、C等3个智能制造工厂 — 了望 is a tower's old name)
  // (…28所建设项目均已开工: a start or finish already made closing the clause; 推动已开工的30个项目 names which ones)
  // (…企业今年以来签约订单总额逾150亿美元: what the year so far has brought is a result)
  // (项目开展5年间覆盖了全市城乡440所学校: 了 before the whole place and its count is what was reached there)
  // (目前全市总算力规模突破5.4万…, 已落地大型数据中心44个: the present state and what has landed)
  // (覆盖率已超过90%, 已达1.2万个, 已突破500家: a level reached — in its clause only: …,今年新建5G基站2000个; not what a goal
  // builds on, 在已突破500家的基础上再新增300家)
  // (已立项65个, 已竣工38个: the projects of a list at a stage already reached)
  // (已提前完成8件, 已新建62.675公里: what is done ahead of time or built already, counted)
  // (现已投入使用94个, 已建成62个: in use or built already)
  if (clause.includes("已") && /已(?:提前)?(?:立项|开工|竣工|完工|投用|投产|启动|新建|改造|完成|投入使用|建成)\s*\d/.test(clause)) return true;
  // (…or a count, then what is already done of it closing the clause: 其中75栋已投入使用, 200栋肉鸭圈舍基础已完工)
  // (not all of them done by a deadline, 到2025年,全部20个安置小区均已交付使用: 均已 and 已全部 only with 现, now)
  if (clause.includes("已") && /\d[\u4e00-\u9fff]{1,12}?(?:现已(?:全部)?|(?<![均都])已经?)(?:投入使用|完工|竣工|建成|投产|投用|开工|交付使用)\s*$/.test(clause)) return true;
  // (重庆已累计改造更新老旧电梯260台: a running total already reached, whatever the verb — not what a goal builds on, 在已累计
  // 建成…的基础上)
  if (clause.includes("已累计") && /(?<!在)已(?:经)?累计[\u4e00-\u9fff]{1,14}?(?:近|约|超过?|逾)?\d(?![^,，。;；]{0,24}的基础上)/.test(clause)) return true;
  // (吉木萨尔县已先后组织14个调研组, 已陆续建成…: deeds done one after another, counted)
  if (clause.includes("已") && /已(?:先后|陆续|相继)[\u4e00-\u9fff]{1,12}?\d/.test(clause)) return true;
  // (PM2.5年均浓度已于去年降至16微克/立方米: what a past year brought about)
  // (…478盏路灯进行刷漆出新,该项目已于3月完成: work done on a day named — in its clause only: …已于5月开工,年内建成后…)
  if (clause.includes("已于") && (/已于(?:去年|上年|前年|(?:19|20)\d\d年)/.test(clause) || DONE_ON_DAY.test(clause))) return true;
  // (已检查食品企业62万余户次: a deed done, counted after its object)
  // (not a goal of what is already begun, 已引进项目投产率达到80%: the count is of the deed's object, no rate or level between)
  if (clause.includes("已") && /^\s*已(?!超过|突破|达到|经|累计|基本|全面|初步)[\u4e00-\u9fff]{2}(?:(?!率|达|为|到|比|占)[\u4e00-\u9fff]){0,10}?(?:近|约|超过?|逾)?\d/.test(clause)) return true;
  // (现全乡已建立良种肉驴配种点15处, 现在全乡…的户达100户: 现, now, opening the clause states the present; PRESENT_OPENING)
  if (clause.trimStart().startsWith("现") && PRESENT_OPENING.test(clause)) return true;
  // (完成年度计划的104.44%: how much of the year's plan is done — not a goal of it, 力争完成年度计划的100%)
  // (…of the months so far, or of the investment planned: 完成1-4月投资计划的132.1%, 完成年度投资计划的21.3%)
  // (…or of the plan's investment, 完成年度计划投资的31.7%; and how far ahead of or behind the schedule it is, 低于序时进度1.6个百分点)
  if (clause.includes("的") && /(?<!力争|确保|争取|要|将)完成(?:年|年度|全年|\d{1,2}\s*[-—~至到]\s*\d{1,2}月)?(?:投资)?(?:计划|目标|任务){1,2}(?:投资)?的\s*\d/.test(clause)) return true;
  // (…said without 的 as a share, stated exactly: 累计完成投资11.75亿元,完成全年目标35.1% — not a goal, 确保全部完成年度投资计划100%以上)
  if (clause.includes("%") && SHARE_OF_PLAN_DONE.test(clause)) return true;
  // (占年度计划投资的33.5%, 为年度计划投资的36.4%: the share of the year's plan done so far — not a goal of it, 力争达到年度计划的100%)
  if (clause.includes("计划") && /(?<!(?:力争|确保|争取|要|将)[^,，。;]{0,16})(?:占|为)(?:年|年度|全年)(?:计划|目标|任务)(?:投资)?的\s*\d/.test(clause)) return true;
  if (clause.includes("序时") && /(?<!(?:确保|力争|要|将)[^,，。;]{0,12})(?:高于|低于|快于|慢于|超过|超出|落后于?)序时进度/.test(clause)) return true;
  // (宁德市获得8532.56万元, 省财政厅下达…扶持基金60433万元: funds received or allocated — not a goal of them, 力争获得…, nor a
  // task allocated, 下达…投资任务33.9亿元)
  if ((clause.includes("获得") || clause.includes("下达") || clause.includes("拨付")) && FUNDS_RECEIVED.test(clause)) return true;
  // (海南设定了9.5%左右的目标: a goal set, told with 了, is still the goal)
  if (clause.includes("了") && GOAL_SET_DONE.test(clause)) return false;
  return /已(?:经|累计|基本|全面|初步)?(?:建成|完成|实现|创建|达到|形成|(?:超过|突破|达(?=约?[\d一二三四五六七八九十百千万]))(?![^,。;]{0,16}的基础上)|有|(?:落地|投产|投用|开通|入驻|上线)(?!的))|^\s*(?:截至)?(?:目前|当前)[,，]?(?![^。;]{0,24}(?:要(?!求)|将|力争|计划|预计|年内|今年|全年))[^。;]{0,20}?(?:突破|达到|达|超过|拥有|有|为|(?:合计|累计|共计)[\u4e00-\u9fff]{0,14}?)\s*\d|^\s*(?:[\u4e00-\u9fff]{1,6}?[区县市镇])?(?:截至)?(?:目前|当前|现阶段)[,，]?(?![^。;]{0,24}(?:要|将|力争|计划|预计|年内|今年|全年))[^。;\d]{0,10}?(?:共有|拥有|现有|建有)[^,，。;\d]{0,12}?\d|已经?(?:开工|竣工|投产|投用)\s*$|共有[^,，。;；\d]{0,6}?\d+[个家所项名位座][^,，。;；\d]{0,8}?(?:入选|上榜|获评|入围|获批)|(?:今年|年初|本年)以来|去年[^,。;]{0,8}预计|(?<!定|设)(?![为除])[\u4e00-\u9fff]了(?:其中的?)?(?!(?:19|20)\d\d年)(?:[\d一二三四五六七八九十两]|近|超过?)|(?![为除])[\u4e00-\u9fff]了(?![解望])[^,。;]{2,60}?等\s*[\d一二三四五六七八九十两]|(?![为除到])[\u4e00-\u9fff]了(?:全[省市县区镇]|[我本该][省市县区镇])(?:城乡|农村|城区)?(?=\d)/.test(clause);
}


/**
 * A paragraph opening with an earlier plan period than the document's horizon reviews it: in a 2030 plan,
 * "十四五"时期,全县地区生产总值…增加到2025年的856亿元.
 */
/** A plan period opening a paragraph as its time, after a lead-in (总的来看,“十四五”时期的五年,…). */
const EARLIER_PERIOD_OPENING = new RegExp(String.raw`^${LEAD_IN}[“"]?十([一二三四五六])五[”"]?(?:时期|期间|以来)`);
export function opensWithEarlierPeriod(line: string, horizon: number | null, docYear: number | null = null): boolean {
  const m = line.includes("五") ? EARLIER_PERIOD_OPENING.exec(line) : null;
  // (…but not a period still ahead of the document: a plan of 2009 sets 十二五期间,…至少建成3个… as a stage toward 2020)
  const end = m !== null ? PLAN_PERIODS[`十${m[1]}五`] : NaN;
  return m !== null && horizon !== null && end < horizon && (docYear === null || end <= docYear);
}

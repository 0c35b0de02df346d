// The main rule: an indicator, a comparator or growth word, then the number and unit.
//   地区生产总值突破970亿元 · 常住人口城镇化率提高到52%左右 · 规上工业增加值平均增速达到10%以上
// A mention whose indicator follows it (number first) is left to the number-first rule; a mention followed by a
// noun and then another number in the same clause is a qualifier of that number's indicator
// (培育产值100亿元以上龙头企业3家左右 → only 3家左右).
import { type PrefixSplit, arrangedInList, cleanIndicator, comparatorOf, countedUpTo, kindOf, stockSummed, namesFunding, perPopulation, periodOf, plansWork, REACH, splitPrefix, startsWithIncrementVerb, topicOf } from "../phrase/classify";
import { isMeasureWord, isPercentUnit } from "../../numbers/units";
import { ADDING_VERBS, ATTRIBUTE_BOUND, RATE_NOUN, RATES_COUNT, ATTRIBUTE_CELL, BOOKED_REVENUE, COUNT_PASSES_SUM, COUNT_VERB, COUNT_VERBS, DESCRIBING_VERB, growthAfter, leadingIncrementVerb, LENGTH_OR_AREA, NUMBER_FIRST_VERBS, LISTED_PLACES, PLACE_SCOPES, PROJECT_STEP, THRESHOLD_BEFORE, TRAILING_SCOPE, WILL_OPENING, WORKS_AFTER_LENGTH, withoutBracketedAlternative, YEARS_OWN_VERB } from "../phrase/lexicon";
import type { Mention } from "../mentions/scan";
import { POSSIBLE_REASONS } from "../roles/possible";
import { growthTopic, placesAlone } from "../phrase/places";
import { HAN_SLASH, listItems } from "./distribution";
import { householdsThenPeople, RATED_SET, secondAmountOfSame, SIZED_CLASS } from "./measure-count";
import { namesOnlyTask, namesTaskBefore } from "./task-then-done";
import { measuresEachSize, openingShare, sizesEachCounted, verbThenBound } from "./number-first";
import type { Candidate, Claims, ClauseRule, SentenceMemo } from "../types";
import type { Span } from "../../text/segment";
import type { TargetKind, TargetPeriod } from "../../model";

/** An indicator opened by a verb that adds new things (新增单项冠军、独角兽…等). */
/** Places listed before what each sets: 开封、洛阳、平顶山等市也将…, 海南、西藏均将…目标, 濮阳、漯河的预期目标, 濮阳县、清丰县… (two or more
 * short names, then 等市, 均将…目标 or 的…目标, or each named as a place). */
const PLACES_LISTED = /^((?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4}?)(?:等(?:城市|地市|市|地|县|区|省|州)|(?=(?:均|都|也)(?:将|把)[^、]*目标|的(?:预期|增长|增速)?目标$))([^、]*)$|^((?:[\u4e00-\u9fff]{1,4}?[市县区省州旗]、)+[\u4e00-\u9fff]{1,4}?[市县区省州旗])([^、]*)$/;
/** Two or more places, each named as such: 襄阳市、宜昌市 (the pattern's source, for the patterns below). */
const NAMED_PLACES = String.raw`(?:[\u4e00-\u9fff]{1,4}?[市县区州]、)+[\u4e00-\u9fff]{1,4}?[市县区州]`;
/** Places named as such, then things each adds: 绵阳市、德阳市新增上市公司. */
const PLACES_OWN_QUOTA = new RegExp(String.raw`^(${NAMED_PLACES})((?:新增|新建|培育|引进|建成)[\u4e00-\u9fff]{2,10})$`);
/** Places alone, each named as such: 怀柔区、密云区、延庆区, 通州区、大兴区、北京经济技术开发区. */
const PLACES_ONLY = /^(?:[\u4e00-\u9fff]{1,10}?(?:区|县|市|旗|州)、)+[\u4e00-\u9fff]{1,10}?(?:区|县|市|旗|州)$/;
/** Places named as such (…市、…市), then an amount each has: 襄阳市、宜昌市社零额. */
const PLACES_OWN_AMOUNT = new RegExp(String.raw`^(${NAMED_PLACES})((?:社零额|社会消费品零售总额|地区生产总值|生产总值|GDP|一般公共预算收入|财政收入|工业总产值|工业增加值|营业收入|进出口总额|固定资产投资|常住人口)[\u4e00-\u9fff]{0,4})$`);
/** What each of the places listed reaches: a size or an output (出口规模, 地区生产总值), not a standard they meet. */
const PLACE_AMOUNT = /^[\u4e00-\u9fff]{0,8}(?:规模|总额|总值|总量|产值|收入|营收|增加值|销售额|出口额|进出口额|交易额|产量)$/;
/** A list of conditions closed by 条件下 / 情况下: one measure taken under them all. */
const CONDITIONS_LISTED = /、[^、]{1,8}?(?:条件|情况|环境|状态)下/;
/** Names listed, then the kind they are examples of (全国休闲农业与乡村旅游示范县、河南省乡村旅游示范区县(市)等县类品牌). */
const NAMES_THEN_KIND = /^[\u4e00-\u9fff“”"()（）、]{4,48}、[\u4e00-\u9fff“”"()（）]{2,24}等[\u4e00-\u9fff]{1,10}$/;
/** An adverb standing alone where an indicator's name would: 统一提高到, 进一步提高到. */
const ADVERB_ONLY = /^(?:统一|再|进一步|逐步|全面|继续|稳步|相应)$/;
/** A verb of support opening a list of places: 支持萧山区、余杭区… */
const SUPPORT_OPENING = /^(?:支持|推动|鼓励|引导)/;
const OPENS_ADDING = new RegExp(`^(?:${ADDING_VERBS})`);
/** The noun a threshold bounds, closing its clause (…的项目,) or all of which then do something (…的县均能提供…). */
// (not a growth or a goal the amount is of: 实现超10%的增长, 冲刺超500亿元的新目标)
const THRESHOLD_NOUN_HEAD = "^的(?!水平|(?:新|发展|奋斗)?目标|要求|标准|增长(?![极点])|增速|增幅)[\\u4e00-\\u9fff]{1,8}?";
// (the noun may carry an aside: …的消费强县(市、区),)
const NOUN_ASIDE = "(?:[(（][^()（）]{1,10}[)）])?";
// (a headline closes on its line's end: 湖北省力争3年培育30个超200亿元的消费强县)
const THRESHOLD_NOUN_CLOSES = new RegExp(`${THRESHOLD_NOUN_HEAD}${NOUN_ASIDE}(?:[,;。\n]|$)`);
/** The noun a count counts after 的, closing the clause: …的建筑垃圾资源化处置基地示范项目。 */
// (a name in Latin letters may open it: 的LED照明企业)
const COUNTED_NOUN_CLOSES = /^的[A-Za-z]{0,6}[\u4e00-\u9fff“”]{2,20}?(?:[,;。\n]|$)/;
/** A second threshold, the other of two the noun after 的 meets: 或年业务收入超过2000亿元的. */
const EITHER_THRESHOLD = /^或者?[^,。;]{0,12}?\d[\d.]*[万亿千百]?[\u4e00-\u9fff%]{0,3}(?:以上)?的(?!目标|任务|水平|要求)[\u4e00-\u9fff]/;
const THRESHOLD_NOUN = new RegExp(`${THRESHOLD_NOUN_HEAD}${NOUN_ASIDE}(?:[,;。\n]|$|(?:均|都|全部)(?:能|要|可|应|须|必须|实现|达到|具备|提供|建成|配备|开展))`);
/** What follows a size after 更多: the noun after 的, perhaps past a second size (以上和过亿美元的大项目). */
const MORE_OF_SIZE = /^[^,，。;；]{0,14}?的[\u4e00-\u9fff]/;
/** A next clause that gives a count: ,达到20栋以上. */
const COUNT_NEXT = /^[,，]\s*(?:力争|确保)?(?:达到|达|突破|超过)\s*\d/;
/** A verb that raises a thing to a level, right before the number: 增至, 提高到, 提升至. */
/** What closes the parts a whole is made of, after 由 and their count: 台站组成, 个部分构成. */
const MADE_OF = /^[\u4e00-\u9fff]{0,8}?(?:组成|构成|组建而成)/;
const RAISED_TO = /(?:增|增加|增长|提高|提升|上升|扩大)(?:到|至)$/;
/** An indicator opened by a verb of holding events (举办, 开展, 组织): a bounded count of what it lists is how many it holds. */
const HOLDS_EVENTS = /^(?:举办|开展|组织|承办)/;
/** A verb of a service to people opening a list of whom it serves: 培训, 帮扶, 救助, 安置. */
const SERVES_PEOPLE = /^(?:培训|帮扶|救助|资助|慰问|安置|扶持|帮助|招聘|吸纳|转移)/;

/** A verb right after a sum of money, opening the work it pays for (…亿元开工建设, …亿元用于, …亿元改造农村公路). */
const WORK_PAID_FOR = /^(?:开工|用于|启动|带动|(?:改造|新建|修建|实施)(?!项目|工程))/;

const MAX_INDICATOR = 48;
/** Sizes that describe a project rather than set a target: 总投资50亿元, 占地面积100亩, 建筑面积5万平方米, 设计供水规模. */
// (a budget's performance table opens with the project's money: 项目金额 | 164万元 | 其中:当年市级财政资金 | 132万元)
const PROJECT_DESCRIPTOR = /^(项目|工程)?(计划|估算|概算|预计)?总投资$|^(项目|工程)?(占地|建筑|用地|规划)面积$|(总建筑面积|项目建筑面积|占地面积)$|^(项目|工程)?占地$|^(其中)?(中央|省级|市级|县级)?(预算内|专项)?资金$|^(其中:?)?(项目金额|项目资金|项目总金额|(?:年度)?资金总额|当年(?:中央|省级|市级|县级|区级)?财政资金|财政拨款)$|设计(日|年)?(供水|处理|污水处理|吞吐|生产|发电|储存|储水)?(规模|能力|容量)(为)?$/;
/** The whole a sum measures, after its 的 (…2500亿元以上的投资拉动). */
// (…or an output, a revenue or a fund: 创造约2200亿元的产值, 实现100亿元的销售收入, 形成100亿元的引导基金)
const WHOLE_MEASURED = /^的((?:[\u4e00-\u9fff]{0,6}?(?:产值|产业规模|收入|营收|销售额|增加值|利润|利税|交易额|成交额|基金))|投资拉动|投资规模|投资总量|投资|产值规模|规模|体量|总量)(?:[,。;、]|$)/;
/** The verbs that bring a sum to the whole named after it: 形成, 完成, 实现, 达到, 创造 (约 after them an estimate). */
const SUM_VERBS = "形成|完成|实现|达到|创造";
const BRINGS_SUM = new RegExp(`(?:${SUM_VERBS})约?$`);
/** Such a verb closing a name, after a verb of driving it: 带动形成 (what the name loses to the whole named after the sum). */
const SUM_VERB_CLOSES = new RegExp(`(?:带动|推动)?(?:${SUM_VERBS})约?$`);
/** Works on a length or an area, then the next item of a list (…改扩建、, …路段养护及). */
const WORKS_ITEM = new RegExp(`${WORKS_AFTER_LENGTH}(?:、|及|和)`);
const CJK = /[\u4e00-\u9fffA-Za-z]/;
/** A time span before the verb: 3年内建成…, 两年内完成…. */
// (力争用三年时间, 通过3年攻坚: the years a plan gives its work)
const TIME_SPAN = /^(?:(?:力争)?(?:用|通过|花)\s*)?(?:\d{1,2}|[一二两三四五六七八九十])年(?:内|之内|间|时间|攻坚)/;
/** A verb between the subject and the number: 农村改厕完成2万户. */
const TRAILING_VERBS = ["完成", "新增", "新建"];
/** A budget's word for what it arranges, after the indicator (收入安排, 支出预算安排). */
const ARRANGED = /(?:拟|计划)?(?:预算)?(?:安排|安排为|预计为|建议为)$/;
/** A comparison with last year standing where an indicator's name would (比上年实际完成增加, 较上年). */
// (…or with a base year named by its time, its value in an aside: 较疫情前2019年(980万人次)增长22%)
const COMPARISON_ONLY = /^(?:(?:比|较|与)(?:上年|去年|上年度)(?:实际完成数?|预计完成数?|执行数|完成数|实际)?|(?:比|较)[\u4e00-\u9fff]{0,5}?(?:19|20)\d\d年(?:底|末)?(?:\([^()]*\)?)?)(增加|减少|增长|下降|提高|降低)?$/;
/** Scope and period words that name nothing on their own (每年完成3000户 keeps its verb). */
const SCOPE_ONLY = /^(每年|全年|年均|累计|全市|全区|全县|全省|各县区|其中)+/;
/** A name that is only a verb of work, naming no thing (发展, 建设, 完成). */
const BARE_VERB_NAME = /^(?:发展|建设|新建|建成|完成|实现|达到|推进|打造|培育|扩大|新增|增加|种植)$/;
/** Names that only say what is measured of something named before: 总量, 规模, 产值, 比重. */
const GENERIC_HEADS = new Set(["总量", "总规模", "规模", "数量", "总数", "产值", "总产值", "产量", "比重", "占比", "营业收入", "总收入", "收入", "总额"]);

/** The thing an indicator counts, without scope and verbs: 全市新引进人才 → 人才, 新增规模以上加工企业 → 规模以上加工企业. */
export function subjectOf(indicator: string): string {
  let t = indicator;
  for (let round = 0; round < 3; round++) {
    const before = t;
    t = t.replace(/^(全市|全区|全县|全省|全镇|各县区|每年|年均|累计|五年累计|力争|实现)/, "");
    const verb = leadingIncrementVerb(t);
    if (verb) t = t.slice(verb.length);
    if (t === before) break;
  }
  return t.replace(/(总量|总规模|规模|数量|总数|产值|总产值|产量|比重|占比)$/, "");
}

/** The last item number of a run-together list (44、完成…) before a value. */
const ITEM_NUMBER = /\d{1,3}、(?=[\u4e00-\u9fff])(?!.*\d{1,3}、[\u4e00-\u9fff])/;
/** A deadline cell of a work list (全年, 年底) right after an amount. */
const DEADLINE_CELL = /^(全年|年内|年底|年末|上半年|下半年)/;


/** Whether the straight quote at `at` closes one opened since the sentence began (quotes pair within a sentence; 300 characters back at most). */
function closesQuote(text: string, at: number): boolean {
  let open = false;
  for (let i = at - 1; i >= 0 && at - i <= 300; i--) {
    const c = text[i];
    if (c === "。" || c === ";" || c === "\n") break;
    if (c === '"') open = !open;
  }
  return open;
}

/** The marks an amount passes (突破千亿元大关, 迈上5000亿元台阶): no noun the amount counts. */
export const MARK_WORDS = "大关|关口|台阶|新台阶";
const MARK_NEXT = new RegExp(`^(?:${MARK_WORDS})(?![\u4e00-\u9fff])`);

/** A sum put in, right before the work it is for: 投资2.6亿元, 投入约5000万元, 安排资金3亿元. */
const SUM_PUT_IN = /(?:投资|投入|安排|筹措|筹集)(?:资金)?(?:约|近|超过?)?\s*[\d.]+\s*[万亿千]*元$/;
/** The work a sum is put into, right after it: 建设, 用于改造, 实施. */
const WORK_FOR_SUM = /^(?:用于|专项用于)?(?:建设|新建|改建|实施|改造|推进|开展|打造|完成|修建|新改建)/;

/** True when the text right after a mention continues a noun phrase (the number qualifies what follows). */
/** A bracket opening right after a noun, before a bound on it: 行政村(, 自然村(集中居住达. */
// (not a part the bracket gives, (其中市外来渝6万人以上))
const BOUND_IN_BRACKET = /[\u4e00-\u9fff][(（](?!其中|含|包括)[\u4e00-\u9fff]{0,8}$/;
const BRACKET_CLOSES = /^[)）]/;

/** A lead in time right before: 提前30分钟以上, 提前15至30分钟, 提前1小时. */
const LEAD_TIME_BEFORE = /提前\s*[\d.]+\s*(?:[至到~～\-—]\s*[\d.]+\s*)?(?:分钟|小时|天|秒)(?:以上|及以上)?$/;
/** The act a lead in time comes before: 发出, 发布, 预警, 到达. */
const ACT_LED = /^(?:发出|发布|预警|预报|到达|送达|通知|告知|报送)/;

export function followedByNoun(text: string, end: number, clauseEnd: number): boolean {
  if (end >= clauseEnd) return false;
  const ch = text[end];
  // 实现全省生产总值增长6.5%左右目标: the value is the target's own, the noun after it names the target
  // (the words tested below each open with their own character: a look at it spares most of the patterns)
  const ahead = text.slice(end, end + 8);
  // (…or 指标: 达到常住人口10%指标 — the value is the indicator's)
  if ((ahead.includes("目标") || ahead.includes("指标")) && /^的?(?:预期|发展|奋斗|增长|核心|主要|总体|量化)?(?:目标|指标)(?![\u4e00-\u9fff]{0,2}(?:企业|单位|村|县|区|市|地区|体系))/.test(ahead)) return false;
  if (growthAfter(text, end)) return false;
  // (河南目标维持4%不变: what stays as it was names no noun)
  if (ch === "不" && /^不变(?![\u4e00-\u9fff])/.test(text.slice(end, end + 3))) return false;
  // (突破千亿元大关, 迈上5000亿元台阶: the mark an amount passes names no noun)
  if ((ch === "大" || ch === "关" || ch === "台" || ch === "新") && MARK_NEXT.test(text.slice(end, end + 4))) return false;
  // (旅游投资总额2万亿元人民币: the currency after an amount of money names no noun)
  if ((ch === "人" || ch === "美") && /^(?:人民币|美元)(?![\u4e00-\u9fff])/.test(text.slice(end, end + 4)) && text[end - 1] === "元") return false;
  if (ch === "的") return true;
  // (预警信息提前30分钟以上发出: a lead in time, then the act it comes before — no noun it counts)
  if (LEAD_TIME_BEFORE.test(text.slice(Math.max(0, end - 24), end)) && ACT_LED.test(ahead)) return false;
  // (计划投资2.6亿元建设农村公路, 投入5000万元用于改造…: a sum put into work, then the work, is the sum's own — no noun it sizes)
  if (text[end - 1] === "元" && WORK_FOR_SUM.test(ahead) && SUM_PUT_IN.test(text.slice(Math.max(0, end - 24), end))) return false;
  // (5年后人口超15万GDP超120亿: a headline run on without stops — the next indicator, passing its amount as this one did)
  const runOn = /^(GDP|[\u4e00-\u9fff]{0,6}(?:总值|总量|人口|收入|产值))(超过?|突破|达到?)\d/.exec(text.slice(end, end + 14));
  const passed = runOn ? /(超过?|突破|达到?)[\d.]+[万亿千百]?$/.exec(text.slice(Math.max(0, end - 12), end)) : null;
  if (runOn && passed && passed[1] === runOn[2]) return false;
  // (博物馆将超460座平均每10万人拥有2座博物馆: a headline run on into the next statement, of an average per head)
  if (ch === "平" && ahead.startsWith("平均每")) return false;
  // (…总量达366人以上预期性4志愿消防队员…: an indicator table's attribute cell, run into the value, ends its row)
  if (ATTRIBUTE_CELL.test(text.slice(end, end + 3))) return false;
  // 200MW/400MWh电网侧储能电站: a pair of ratings names the thing after it
  const pair = ch === "/" ? /^\/[\d.]+[A-Za-z]{1,4}/.exec(text.slice(end, end + 12)) : null;
  if (pair) return followedByNoun(text, end + pair[0].length, clauseEnd);
  // 城镇调查失业率5%左右等。: 等 closes the list of targets, it names nothing, nor does what sums the list up after it
  // (新增学位8000个以上等一系列可量化的具体举措, 更新改造800公里等民生实事)
  // (but 一期2GW等项目: a size inside a project's name)
  // (优化街边球类场地5处等10项民生项目: 等 before the list's own count closes the list's last item)
  if (ch === "等" && /^等(?:\d|[一二三四五六七八九十两]{1,3}[个项件类批])/.test(text.slice(end, end + 5))) return false;
  if (ch === "等" && /^[,。;、)]?$|^[^,。;]{0,14}?(?:举措|措施|工作|任务|目标|指标|实事)/.test(text.slice(end + 1, Math.min(end + 16, clauseEnd + 1)))) return false;
  // (a quote opens a name after the number, 1个“中心”; a straight quote closing a quoted goal, 提出"新增再生水2500万立方米"等目标, does
  // not: an odd number of them since the sentence began left one open)
  if (ch === "“" || (ch === '"' && !closesQuote(text, end))) return true;
  // 完成…项目投资0.2亿元全年区环土局: a time word opens the next cell of a work list (its deadline), not a noun
  if (DEADLINE_CELL.test(text.slice(end, end + 3))) return false;
  // a list joiner starts the next item, not a noun: 示范家庭农场150家和示范合作社100家 (以及 too: 供热管网200公里以及户内管道5000户)
  if (/[和及与并或]/.test(ch) || (ch === "以" && text[end + 1] === "及")) return false;
  // (计划投资19亿元开工建设…项目45个, 1亿元用于…, 拟投资30余亿元改造农村公路2000公里: a verb right after a sum of money opens
  // the work it pays for — not a project named by its kind of work, 30亿元改造项目)
  if (text[end - 1] === "元" && WORK_PAID_FOR.test(ahead)) return false;
  // 地区生产总值按增长5%安排: a verb of planning closes the value, it names nothing
  if (/^(安排|考虑|设定|确定)(?![\u4e00-\u9fff])/.test(text.slice(end, end + 3))) return false;
  // (今年将建4.4万个5G基站: a code of letters and digits may open the noun)
  if (/[A-Za-z0-9]/.test(ch)) return /^(?=[A-Za-z0-9]{0,5}[A-Za-z])[A-Za-z0-9]{1,6}[\u4e00-\u9fff]/.test(text.slice(end, end + 8));
  return CJK.test(ch) && !/[,。;、)(:]/.test(ch);
}

/**
 * Whether count `m` stands in the bracket opened at `open` right after count `prev` (…67个“四类乡村”(清洁乡村56个), a verb of
 * adding setting `prev` (建设, 新建, 实现建设…).
 */
function countAddedBefore(text: string, clauseStart: number, prev: Mention, m: Mention, open: number): boolean {
  if (!isMeasureWord(prev.unit) || !isMeasureWord(m.unit) || text.slice(open, m.start).includes(")")) return false;
  if (!/^[\u4e00-\u9fff“”"\s]{1,16}$/.test(text.slice(prev.end, open)) || !/^[\u4e00-\u9fff\s]{1,12}$/.test(text.slice(open + 1, m.start))) return false;
  const verb = text.slice(Math.max(clauseStart, prev.start - 8), prev.start).trimEnd();
  return NUMBER_FIRST_VERBS.some((v) => verb.endsWith(v));
}

/** Whether each of the first n mentions starts at or after s (read in place: a copy of them for each number of a long
 * list was quadratic). */
function allStartFrom(mentions: readonly Mention[], n: number, s: number): boolean {
  for (let i = 0; i < n; i++) if (mentions[i].start < s) return false;
  return true;
}

/** Where a mention's indicator starts: after the previous mention of the clause and its list separator. */
export function indicatorStart(text: string, clauseStart: number, prev: Mention | null, numberStart: number): number {
  let s = prev ? prev.end : clauseStart;
  if (prev && text[s] === "(") {
    const close = text.indexOf(")", s);
    if (close > 0 && close < numberStart && close - s <= 20) s = close + 1;
  }
  // (…率(2027年达到93%)、初中…比例: the bracket the previous value closes ends its item too)
  // (a joiner right after a 、 opens its item's own name: 宜居乡村5个、和美乡村5个)
  for (let listed = false; s < numberStart; s++) {
    const ch = text[s];
    if (ch === "、") listed = true;
    else if (!(ch === "," || ch === ")" || /\s/.test(ch) || (!listed && (ch === "和" || ch === "及" || ch === "与")))) break;
  }
  if (numberStart - s > MAX_INDICATOR) s = numberStart - MAX_INDICATOR;
  return s;
}

/** An approximate amount right after a verb the number-first rule reads (启动约3万平方米…改造): that rule names it (a count
 * after any verb of work, 将提供约2万个学位, the count rules read). */
function readsNumberFirst(preEnd: string): boolean {
  if (!preEnd.endsWith("约")) return false;
  const head = preEnd.slice(0, -1).replace(TRAILING_SCOPE, "");
  return NUMBER_FIRST_VERBS.some((v) => head.endsWith(v));
}

/** A verb of fostering or choosing opening a name, after its place if any (培育, 打造, 全市评选…): with 达到 after it, a stock reached. */
const FOSTERED_TO = /^(?:全[市区县省])?(?:培育|打造|发展|引进|创建|评选)(?:支持)?/;

/** A verb keeping a size at its figure, right before it (保持在, 稳定在, 维持在). */
const KEPT_AT = /(?:保持在|稳定在|维持在)$/;
/** A size or a total named as kept, perhaps with 依然 / 继续 after it (投资规模依然, 生产总量). */
const SIZE_KEPT = /(?:规模|总量|总额|水平)(?:依然|仍然|继续|仍|将)?$/;

/** A place scope (全县, 农村…) closing the words before a count (维修更换农村37处): verbBefore looks past it for the verb. */
const PLACE_AT_END = new RegExp(`(${PLACE_SCOPES})$`);
/** Projects or firms, closing the clause right after an amount that bounds them (10亿元以上项目。). */
// (…or its bracketed note: …超5亿元以上项目(签约正式合同中须标明…),纳入…)
const CLASS_CLOSES = /^(?:的)?(?:重大|重点|产业|工业|制造业)?(?:项目|企业)(?:[,，。;；(（]|$)/;
/** A verb, then the places it works in, listed and closed by 等 (解决刘坪、中山等乡镇 | 4万人的饮水不安全问题). */
const VERB_THEN_LISTED_PLACES = new RegExp(`(?:${COUNT_VERBS})${LISTED_PLACES}$`);
/** The end that regex needs, tested first: the regex tries every start in the words, a hundred verbs at each. */
const LISTED_PLACES_END = /等(?:乡镇|镇|村|街道|社区|县区|区县|县市区|地区)$/;
/** A statistical aggregate's name (进出口总额, 地区生产总值, 营业收入). */
const AGGREGATE_NAME = /(总额|总值|收入|产值|增加值|营收|销售额|总量|规模)$/;

function verbBefore(pre: string): boolean {
  // (a place may stand between the verb and its count: 维修更换农村37处的机泵)
  // (新(改)建2000公里…: a verb written with its alternative in brackets)
  const plain = pre.includes("(") ? withoutBracketedAlternative(pre) : pre;
  const bare = plain.replace(/(至少|不少于|约|超过|超)$/, "").replace(TRAILING_SCOPE, "").replace(PLACE_AT_END, "");
  return COUNT_VERB.test(bare) || (LISTED_PLACES_END.test(bare) && VERB_THEN_LISTED_PLACES.test(bare));
}

/** A comparison's base named before its value (比2011年预计完成, 较上年实际, 比去年执行数). */
const COMPARED_BASE = /(?:比|较)(?:(?:上年|去年|(?:19|20)\d\d年)度?(?:预计|实际)?(?:完成|执行)?数?)?的?$/;

/** A count of full rates before their value, after the list of them: 等4个(100%), “三个(100%). */
const FULL_RATES_COUNTED = new RegExp(`(?<=(?:${RATE_NOUN}))${RATES_COUNT}$`);
/** The plan, task or funds of the work an amount then 的 names (…120亿元的投资计划): the amount is the work's, no size of a thing. */
const PLAN_OF_WORK_AFTER = /^的[\u4e00-\u9fff]{0,4}?(?:投资|计划|任务|目标|资金)/;
/** The class a sum over a bound sizes, written straight after it: 过千亿元城市, 超1000亿元产业集群. */
const CLASS_SIZED = new RegExp(String.raw`^(?:级|以上)?[\u4e00-\u9fff]{0,6}?${SIZED_CLASS}`);
/** A verb of adding, then the places a count after them sums up: 新增黄石、十堰、荆门、孝感(4个…). */
const PLACES_COUNTED_AFTER_VERB = /(?:新增|培育|打造|建成|创建)(?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4}(?:等)?$/;
/** 5家企业过百亿: a count, its noun, a verb of passing and a sum closing the clause. */
function countPassesSum(text: string, count: Mention, sum: Mention): boolean {
  const between = text.slice(count.end, sum.start);
  if (!COUNT_PASSES_SUM.test(between) || !/^[万亿]*元?$/.test(sum.unit) || /[\d年]/.test(text[count.start - 1] ?? "")) return false;
  const closing = text.slice(sum.end, sum.end + 2);
  // (a firm's revenue by the name of its books, or a sum closed by 、 in a list, only after a verb of fostering the firms: 培育1家
  // 企业主营收入过千亿、… — not a county's firms together, 全县30家规上企业主营业务收入超过200亿元、利税20亿元)
  const needsFostering = /^(?:元)?、/.test(closing) || BOOKED_REVENUE_IN.test(between);
  return (/^(?:元)?(?:[,，。;；]|$)/.test(closing) || needsFostering) && (!needsFostering || FOSTERED_BEFORE.test(text.slice(Math.max(0, count.start - 8), count.start)));
}
const BOOKED_REVENUE_IN = new RegExp(`(?:${BOOKED_REVENUE})`);
/** A verb of fostering or adding firms right before their count (培育, 打造, 新增, 力争, 扶持), after the item joiner of a list too. */
const FOSTERED_BEFORE = /(?:培育|打造|新增|扶持|引进|力争|发展|形成)[\u4e00-\u9fff]{0,2}$|、$/;

/**
 * A full rate after a list of what it measures (基本医保、大病保险、医疗救助覆盖率达到100%): no whole reaches 100% unless
 * every part does, so each item has it — not a list of kinds 等 sums up into one group (独居、空巢…等特殊困难老年人), nor a
 * list of places whose stations or services the rate counts (各乡镇、街道综合文化站覆盖率).
 */
function fullRateShared(indicator: string, kind: string, m: Mention): boolean {
  const items = indicator.split("、").map((x) => x.trim());
  return kind === "share" && (m.value === 100 || kindsOfOneRate(items)) && m.unit === "%" && !indicator.includes("等") && items.every((x) => x.length >= 2) &&
    !items.slice(0, -1).some((x) => /(?:乡镇|街道|社区|村|县|区|市|镇|乡)$/.test(x));
}

/** What the first of some kinds may open with: a qualifier they share or the group they are of (受污染耕地, 孕产妇艾滋病). */
const GROUP_OF_KINDS = /^(?:受污染|污染|重点|城镇|城市|农村|城乡|新建|既有|孕产妇|儿童|新生儿|老年人|学生)/;
const FIRST_KIND = new RegExp(`${GROUP_OF_KINDS.source}?(?:基本)?[\\u4e00-\\u9fff]{2,3}$`);
const KIND = /^(?:基本)?[\u4e00-\u9fff]{2,3}$/;

/**
 * Kinds of one thing, named by a word each, before the rate the last names of its own (基本养老、医疗保险参保率): a rate is
 * no sum, so each kind has the value — the words name kinds where the last item opens with a word as short.
 */
function kindsOfOneRate(items: string[]): boolean {
  const last = items[items.length - 1];
  // (the first may carry a qualifier the kinds share, 受污染耕地、地块安全利用率 — not one the last repeats, 受污染耕地、污染地块…,
  // whose items each name their whole)
  const shared = /^(?:受污染|污染|重点|城镇|城市|农村|城乡|新建|既有)/.exec(items[0])?.[0] ?? "";
  if (shared && last.startsWith(shared.replace(/^受/, ""))) return false;
  // (not kinds that qualify a group the rate is of, 视力、听力、智力残疾儿童少年义务教育入学率: a long rest names that group)
  // (…or the group the rates are of, written once before the first kind: 孕产妇艾滋病、梅毒、乙肝检测率)
  return /[\u4e00-\u9fff]{2}率$/.test(last) && last.length >= 5 && last.length <= 10 && items.slice(0, -1).every((x, i) => (i === 0 ? FIRST_KIND : KIND).test(x)) &&
    items.slice(0, -1).some((x, i) => (i === 0 ? x.replace(GROUP_OF_KINDS, "") : x).length === 2 || items.length > 2);
}

/** A result said in words, closing a clause: 重特大事故得到有效遏制. */
const RESULT_IN_WORDS = /得到(?:有效|明显|根本|全面)?(?:遏制|控制|改善|提升|解决)$/;
/** A change said with its manner, closing a clause (进一步下降, 持续提高), or a result said in words. */
const CHANGE_SAID = new RegExp(`(?:进一步|持续|继续|稳步)(?:下降|降低|减少|增长|提高|提升)$|${RESULT_IN_WORDS.source}`);

/** A bound on what a share counts, closing the words after it: …办理次数不超过(1次). */
const SHARE_CONDITION = /(?:不超过|不多于|少于|低于|以内)$/;

/** A word of will alone before the number (…,力争30%; 目标:确保22%). */
const WILL_ONLY = /^[,;、\s]*(力争|争取|确保|力求|努力)\s*$/;

export const indicatorNumberRule: ClauseRule = {
  name: "indicator-number",
  apply({ text, clause, sentence, mentions, memo }, consumed) {
    const out: Candidate[] = [];
    let prev: Mention | null = null;
    let prevKindIncrement = false;
    // freeAfter[i]: some mention after i is still free (only mentions up to i get consumed inside this loop)
    const freeAfter: boolean[] = new Array(mentions.length).fill(false);
    for (let i = mentions.length - 2; i >= 0; i--) freeAfter[i] = freeAfter[i + 1] || !consumed.has(mentions[i + 1]);
    // (70%以上网上申办事项到现场办理次数不超过1次: a share opening the clause measures the phrase after it, numbers and all)
    const shareOpening = mentions.length > 1 && isPercentUnit(mentions[0].unit) ? openingShare(text, clause, mentions[0]) : null;
    for (let idx = 0; idx < mentions.length; idx++) {
      const m = mentions[idx];
      const later = freeAfter[idx];
      // (the count of the set a rate is taken over stays in the rate's name: 纳入国家考核的3个断面水质优良率)
      if (consumed.has(m)) { if (consumed.roleOf(m)?.reason !== RATED_SET) prev = m; continue; }
      // (a bound within it, not a second share or a standard it reaches: 90%的市和70%的县, 35%左右面积达到3-5年一遇)
      if (shareOpening && idx > 0 && m.end <= shareOpening.end && !isPercentUnit(m.unit) && SHARE_CONDITION.test(text.slice(mentions[0].end, m.start)) &&
        !/[,，;；、和及与]|达到|实现/.test(text.slice(mentions[0].end, m.start))) {
        consumed.add(m, "qualifier", "part of what the share opening its clause measures (70%以上…次数不超过1次)");
        prev = m;
        continue;
      }
      // two numbers in a row (1家1家…) leave no room for an indicator
      if (prev && prev.end === m.start && !memo.indicator) { prev = m; continue; }
      // (较2023年增加1倍, 比2020年增长1倍: a change told as a multiple of a base, with no amount, as 翻一番 is)
      if (m.unit === "倍" && /(?:增加|增长|提高|提升|扩大)\s*$/.test(text.slice(Math.max(clause.start, m.start - 3), m.start)) &&
        /[较比](?:19|20)\d\d年|[较比]上年|[较比]“?十[一二三四五]五”?末/.test(text.slice(clause.start, m.start))) {
        consumed.add(m, "other", "a change told as a multiple of a base (较2023年增加1倍), no amount");
        memo.indicator = cleanIndicator(splitPrefix(text.slice(clause.start, m.start)).head.replace(/[较比][^较比]*$/, ""));
        continue;
      }
      let s = indicatorStart(text, clause.start, prev, m.start);
      // (建设67个“四类乡村”(清洁乡村56个、宜居乡村5个…): counts in a bracket right after a count added are its parts, each
      // named in the bracket and added as the whole is)
      // (the bracket is looked for back to the previous number only: a search on to the start of the text, for every number
      // of a long list with no bracket, was quadratic)
      let open = -1;
      if (prev !== null) for (let j = m.start - 1; j > prev.end; j--) if (text.charCodeAt(j) === 0x28 /* ( */) { open = j; break; }
      const partOfAdded = prev !== null && open > prev.end && countAddedBefore(text, clause.start, prev, m, open);
      if (partOfAdded) s = open + 1;
      // 保护和修复全年区农发局11落实…44、完成…投资0.2亿元: an item number starts the item the amount belongs to
      // (the patterns below each need a character of their own — 、, 年, 由 or 从, a bracket — looked for first)
      const head = text.slice(s, m.start);
      const item = head.includes("、") ? ITEM_NUMBER.exec(head) : null;
      if (item) s += item.index + item[0].length;
      // (稳定达到“双80%”: the pair's mark and its quote stand between the verb and the value — each of two rates has it)
      const pairOfRates = text[m.start - 1] === "双" && (text[m.start - 2] === "“" || text[m.start - 2] === '"') && isPercentUnit(m.unit);
      // (…封闭化管理达标率、…达标率“三个100%”, …等4个100%: full rates counted after their list, each item at the value)
      const ratesCounted = m.value === 100 && isPercentUnit(m.unit) ? FULL_RATES_COUNTED.exec(text.slice(Math.max(s, m.start - 8), m.start)) : null;
      const pre = pairOfRates ? text.slice(s, m.start - 2) : ratesCounted ? text.slice(s, m.start - ratesCounted[0].length) : item ? text.slice(s, m.start) : head;
      const preEnd = pre.trimEnd();
      // 提高到2025年的450亿元: the year belongs to the context, not to the indicator
      const split = splitPrefix(pre.includes("年") ? pre.replace(/(\d{4}|二〇[一二三四五六七八九〇]{2})年(底|末)?的?$/, "") : pre);
      // 由320亿元提高到450亿元: the number after 由/从 is the starting point, not a target
      // (由“十三五”的1.753万亿元: or a plan period's; 由每人每月1800元: a rate per head too)
      const base = split.head.includes("由") || split.head.includes("从") ? /^(.*?)(由|从)(?:\d{4}年(?:底|末)?的?|[“"]?十[一二三四五六]五[”"]?(?:末|期末)?的?|(?:目前|现在|现行|原来?)的?[\u4e00-\u9fff]{0,4}?(?=每))?(?:每(?:人|生|户|名)?每?(?:月|年|学年|人|生|户))?$/.exec(split.head.trimEnd()) : null;
      // (…占比力争达到60%以上(2022年为54%): a past year's value in an aside after the goal is its base)
      const asideYear = pre.includes("(") || pre.includes("（") ? /[(（]\s*((?:19|20)\d\d)年(?:底|末)?(?:为|是|达|:)?\s*$/.exec(pre) : null;
      // (the goal's year: the last deadline named before it in its paragraph, 即到2027年,…)
      const deadlines = asideYear ? [...text.slice(Math.max(0, text.lastIndexOf("\n", m.start) + 1, m.start - 1500), m.start).matchAll(/(?:到|至)((?:19|20)\d\d)年/g)] : [];
      const goalYear = deadlines.length ? Number(deadlines[deadlines.length - 1][1]) : null;
      const aside = asideYear !== null && goalYear !== null && Number(asideYear[1]) < goalYear && prev !== null && /^\s*[(（]/.test(text.slice(prev.end, m.start));
      if (aside) {
        consumed.add(m, "baseline", "a past year's value in an aside after the goal ((2022年为54%))");
        prev = m;
        continue;
      }
      // (一般财政收入预算安排231,000万元,比2011年预计完成210,000万元增长10%: the value a change is measured from is a base)
      if (COMPARED_BASE.test(split.head.trimEnd()) && /^\s*(?:同比)?(?:增长|下降|增加|减少|提高|降低)/.test(text.slice(m.end, m.end + 6))) {
        consumed.add(m, "baseline", "the value a change is measured from (比2011年预计完成210,000万元增长10%)");
        prev = m;
        continue;
      }
      // (…将拥有一个由1419个台站组成的高密集台网: what a whole is made of, no starting value)
      if (base && !MADE_OF.test(text.slice(m.end, m.end + 12))) {
        consumed.add(m, "baseline", "a starting value (由/从…)");
        prev = m;
        const named = cleanIndicator(base[1]);
        if (named.length >= 2) memo.indicator = named;
        continue;
      }
      // 免费为1000名群众筛查脑卒中: the people a service is for, after 为, are counted by the words after them (the
      // measure-count rule), not named by the adverb before (免费)
      if (isMeasureWord(m.unit) && /(?:^|[^以成作认])为$/.test(preEnd) && /^[\u4e00-\u9fff]{1,4}$/.test(preEnd) && followedByNoun(text, m.end, clause.end)) { prev = m; continue; }
      // qualifier of a later number's indicator: 年销售收入10亿元以上企业10家 (unless a verb puts it first:
      // 建成8个城市公园、30个街头游园)
      // (预留30%的号源(其中专家号源不低于30%): a number in a remark in brackets qualifies nothing before it)
      const next = mentions[idx + 1];
      // 总投资超100亿元或10亿美元项目: an amount and its alternative in another currency bound the same noun
      const upToNext = text.slice(m.end, next?.start ?? clause.end);
      const alternative = next !== undefined && !consumed.has(next) && (upToNext === "或" || upToNext === "或者") && !isMeasureWord(m.unit);
      const nounAt = alternative ? next.end : m.end;
      // (每个行政村(500人以上)建设1个电子商务网点: a bound in brackets right after a noun says which ones are meant)
      if ((m.suffix === ">=" || m.suffix === "<=") && !isPercentUnit(m.unit) && BRACKET_CLOSES.test(text.slice(m.end, m.end + 1)) && BOUND_IN_BRACKET.test(text.slice(Math.max(clause.start, m.start - 12), m.start))) {
        consumed.add(m, "qualifier", "a bound in brackets on which ones are meant (每个行政村(500人以上))");
        continue;
      }
      // (建设3个500平方米以上的应急避难场所, 分别建设1个300米以下综合深井观测站: a size bounded by 以上 or 以下 written straight
      // after a count bounds each thing counted — the count is read with the noun after the size, the size is part of it)
      // (…or closed by 的 after a verb's count, 新建2个5000平方米的仓库 — not a count after its noun, then a sum of the work's
      // plan: 实施重点项目56个120亿元的投资计划)
      if (next !== undefined && upToNext === "" && isMeasureWord(m.unit) && !isMeasureWord(next.unit) && (next.suffix === ">=" || next.suffix === "<=" ||
        (next.suffix === null && text[next.unitEnd] === "的" && (verbBefore(pre) || /[和及与、]$/.test(preEnd)) && !PLAN_OF_WORK_AFTER.test(text.slice(next.unitEnd, next.unitEnd + 8)))) &&
        !consumed.has(next) && /^的?[\u4e00-\u9fff]{2}/.test(text.slice(next.end, clause.end))) {
        consumed.add(next, "qualifier", "the size of each thing counted (3个500平方米以上的应急避难场所)");
        continue;
      }
      // (地区生产总值超过500亿元的县(市)达到15个, 200亿—500亿元的县(市)达到40个: an amount over a bound or in a range, then
      // 的, names the things the next count counts)
      if (text[m.end] === "的" && next !== undefined && isMeasureWord(next.unit) && !isMeasureWord(m.unit) && (/(?:超过|超|高于|不低于|不少于)$/.test(preEnd) || m.valueMax !== null || m.suffix !== null) &&
        /^的[^,，。;；\d]{1,12}?(?:达到|达|超过|突破|增至|增加到|为)\s*$/.test(upToNext)) { consumed.add(m, "qualifier", "bounds the things a later count counts (产值超过500亿元的县达到15个)"); continue; }
      // (占目标任务数100公里的136.9%: the year's task, the whole what is done is a share of, is read as a target)
      // (…比例达到75%左右奶牛产奶性能测定比率…: 左右 closes a statement whose punctuation a page lost — it never bounds a noun
      // written straight after it)
      // (only after a verb of value or change: a share opening its noun, 全市85%左右县(市、区)创建成…, bounds it)
      const aboutCloses = text.charCodeAt(m.end - 1) === 0x53f3 && text[m.end - 2] === "左" && text[m.end] !== "的" && m.unit !== "" && !isMeasureWord(m.unit) && (split.comparator !== null || split.growth) && !/(?:完成|实现|推动|使)$/.test(preEnd);
      if (later && !aboutCloses && followedByNoun(text, nounAt, clause.end) && !(next && (upToNext.includes("(") || upToNext.includes("（"))) && !namesTaskBefore(text, clause.start, m.start)) {
        const counts = countsNounAfter(text, clause, mentions, memo, m, idx, next, upToNext, pre, preEnd);
        if (!counts) consumed.add(m, "qualifier", "qualifies the noun after it");
        continue;
      }
      prev = m;
      let indicator = cleanIndicator(split.head);
      // a clause that only adds a rate or a level to the indicator just named: …,年均增长7%
      // …,力争完成400个: a bare verb names no indicator; the one just named is meant
      const bareVerb = indicator.length === 2 && /^(完成|达到|实现|建成|新增|增加)$/.test(indicator);
      let verbOnly = bareVerb ? indicator : "";
      // …增长2%,力争3%: a stretch value alone in its clause raises the target just named (same unit, same kind)
      // (确保2600亿元、力争2800亿元: within one clause the target just named is this rule's last)
      const lastHere: Candidate | undefined = out[out.length - 1];
      const raised = lastHere ?? memo.lastTarget;
      const willOnly = WILL_ONLY.test(pre);
      const stretch = raised !== undefined && raised.unit === m.unit && willOnly && !followedByNoun(text, m.end, clause.end);
      // (…美丽村庄建设,全年任务为282个村; 完成…通村公路136.9公里,占目标任务数100公里的…: the year's task named alone takes its
      // name from the clause before, or from the amount done of it)
      const taskOnly = namesOnlyTask(indicator) && (memo.topic !== undefined || memo.lastTarget !== undefined);
      // (…标准由1800元统一提高到2200元: an adverb alone names nothing either)
      // (GDP增长预期目标:确保22%: a word of will alone after the goal's label sets its value)
      if (((!CJK.test(indicator) || indicator.length < 2 || bareVerb || stretch || ADVERB_ONLY.test(indicator)) && (split.growth || split.comparator || bareVerb || stretch || willOnly) && !followedByNoun(text, m.end, clause.end)) || taskOnly) {
        const topic = memo.topic ? topicOf(text.slice(memo.topic.start, memo.topic.end)) : null;
        // (a clause of time, 截至8月底, names nothing)
        const taskTopic = topic && !/^(截至|截止|今年|目前|当前|年初|其中)/.test(topic) ? topic : null;
        const named = taskOnly ? taskTopic ?? ((memo.lastTarget?.indicator ?? "").replace(/^(?:全市|全县|全区|全省)?已?完成/, "") || null)
          : (stretch && lastHere ? lastHere.indicator : null) ?? memo.indicator ?? topic;
        // (…设施蔬菜播种面积每年新增2.5万亩、达到90万亩以上, 新增制种园700亩,达到1200亩: the level 达到 reaches is the
        // indicator's, not each year's nor the amount added)
        if (named) indicator = /[、,，]\s*(?:达到|达)\s*$/.test(text.slice(Math.max(0, m.start - 5), m.start)) ? named.replace(/(?:每年|年均)$/, "").replace(/^(?:新增|新建成?|净增)(?=[\u4e00-\u9fff]{2})/, "") : named;
      }
      // 3年内建成5G基站1200个: the time span is context and the verb after it makes the amount an increment
      const span = indicator.includes("年") ? TIME_SPAN.exec(indicator) : null;
      if (span) {
        indicator = indicator.slice(span[0].length);
        const verb = leadingIncrementVerb(indicator);
        // (新建和改扩建公办中小学146所: a verb joined to the next one stays with it)
        if (verb && !/^[和及与、]/.test(indicator.slice(verb.length))) { indicator = indicator.slice(verb.length); verbOnly = verb; }
      }
      // 农村改厕完成2万户: a verb after the subject adds the amount and names nothing
      const trailing = TRAILING_VERBS.find((v) => indicator.endsWith(v));
      let verbAfter = false;
      if (trailing && indicator.slice(0, -trailing.length).replace(SCOPE_ONLY, "").length >= 2) { indicator = indicator.slice(0, -trailing.length); verbOnly = trailing; verbAfter = true; }
      // …、总量达60万人 / …,产值达400亿元以上: a generic head names the thing of the indicator just named
      if (GENERIC_HEADS.has(indicator) && memo.indicator) {
        const thing = subjectOf(memo.indicator);
        // (not a bare verb the last clause named nothing with: 到2022年发展4.5万亩,产值突破20亿元)
        if (thing.length >= 2 && !thing.endsWith(indicator) && !BARE_VERB_NAME.test(thing)) indicator = thing + indicator;
      }
      // (收入安排69669万元: the word of a budget names nothing; 比上年实际完成增加2719万元: a comparison with last year
      // is of the indicator just named)
      // (each of its words ends in 安排 or 为, and each comparison opens with 比, 较 or 与)
      const arranged = indicator.endsWith("安排") || indicator.endsWith("为") ? ARRANGED.exec(indicator) : null;
      if (arranged && indicator.length - arranged[0].length >= 2) indicator = indicator.slice(0, -arranged[0].length);
      const compared = indicator[0] === "比" || indicator[0] === "较" || indicator[0] === "与" ? COMPARISON_ONLY.exec(indicator) : null;
      let changeOfNamed = false;
      if (compared && memo.indicator) {
        indicator = memo.indicator;
        // (增加2719万元 is a change of that indicator, not its level)
        changeOfNamed = compared[1] !== undefined || /(增加|减少|提高|降低)\s*$/.test(pre);
      }
      // (税收收入安排60000万元,占一般公共预算收入的75%: the share is the one just named's)
      // (not a rate's name: …综合税收同比增幅高于全区)
      if (indicator[0] === "占" && /^占[\u4e00-\u9fff]{2,20}$/.test(indicator) && isPercentUnit(m.unit) && memo.indicator && memo.indicator.length <= 16 && !/占|增长|增幅|增速|高于|低于|同比/.test(memo.indicator)) {
        indicator = cleanIndicator(memo.indicator) + (/(比重|比例|占比|份额)$/.test(indicator) ? indicator : indicator.replace(/的?$/, "的比重"));
      }
      // (确保全年形成2500亿元以上的投资拉动, 实现100亿元的销售收入: a sum a verb of reaching sets, then the whole it measures, is its
      // value — named by that whole when the verb alone names nothing)
      const whole = text[m.end] === "的" && m.unit.endsWith("元") && BRINGS_SUM.test(preEnd) ? WHOLE_MEASURED.exec(text.slice(m.end, m.end + 14)) : null;
      if (indicator.length < 2 && whole !== null) indicator = whole[1];
      if (!CJK.test(indicator) || indicator.length < 2) continue; // number first: another rule's job
      // (全力突破10亿元以上项目: an amount bounding the projects or firms right after it, the clause closing there, names a
      // class the sentence strives to have one of — no amount to reach)
      if (m.suffix === ">=" && /[元]$/.test(m.unit) && CLASS_CLOSES.test(text.slice(m.end, Math.min(clause.end + 1, m.end + 12)))) { consumed.add(m, "qualifier", "bounds the class it names (10亿元以上项目)"); continue; }
      // (新增4个社零额过千亿元城市: a sum over a bound between a count and the class it counts sizes that class)
      const countBefore = idx > 0 ? mentions[idx - 1] : undefined;
      // (…or any measure over a bound, then 的 and the noun counted, closing the clause: 建成3个以上处置能力过百万吨的建筑垃圾
      // 资源化处置基地示范项目)
      // (…or what each makes or earns: 培育一家以上销售额突破100亿元的…企业)
      if (countBefore !== undefined && isMeasureWord(countBefore.unit) && (THRESHOLD_BEFORE.test(preEnd) || ATTRIBUTE_BOUND.test(preEnd) || sizesEachCounted(text.slice(countBefore.end, m.start))) && /^[\u4e00-\u9fff]{0,8}$/.test(text.slice(countBefore.end, m.start)) &&
        ((m.unit.endsWith("元") && CLASS_SIZED.test(text.slice(m.end, m.end + 10))) || (text[m.end] === "的" && COUNTED_NOUN_CLOSES.test(text.slice(m.end, Math.min(clause.end + 1, m.end + 24)))))) {
        consumed.add(m, "qualifier", "bounds the class a count counts (4个社零额过千亿元城市)");
        continue;
      }
      // (5家企业过百亿: a count and its noun passing a sum that closes the clause — the count is the goal, the sum its class)
      if (countBefore !== undefined && isMeasureWord(countBefore.unit) && countPassesSum(text, countBefore, m)) {
        consumed.add(m, "qualifier", "the sum a counted class passes (5家企业过百亿)");
        continue;
      }
      // (人民医院三期等12个、55万平方米项目完工: a count whose noun comes after a second amount of the same things)
      if (secondAmountOfSame(text, m, next) && next!.suffix === null && followedByNoun(text, next!.end, clause.end) && !/^[^,。;:、\d]{1,20}\d/.test(text.slice(next!.end, clause.end))) continue;
      // (为辖区431户684人低保对象投保: households right before their people, after 为, have their noun after both — left to the
      // count rule; after a name, 新建养老机构3个200张床位, a second count counts another noun)
      if (householdsThenPeople(m, next) && followedByNoun(text, next.end, clause.end)) continue;
      // 新建不少于3所幼儿园: a verb and a bound before a count with its noun after read number first
      if (isMeasureWord(m.unit) && followedByNoun(text, m.end, clause.end) && verbThenBound(preEnd)) continue;
      // (20%的村集体年收入超30万元: an amount bounding the noun a share counts is part of what is counted)
      if (split.head.includes("%的") && /\d%的[\u4e00-\u9fff]/.test(split.head) && /(超过?|高于|不低于)$/.test(preEnd)) { consumed.add(m, "qualifier", "bounds the noun a share counts (20%的村集体年收入超30万元)"); continue; }
      if (DESCRIBING_VERB.test(preEnd.replace(TRAILING_SCOPE, ""))) continue; // 细化为18个分区: a description
      // 共收集民生实事项目136件: a step of choosing projects, not an outcome
      if (PROJECT_STEP.test(indicator)) { consumed.add(m, "other", "a step of choosing projects (收集, 报送, 票决)"); continue; }
      // …等28个单位: a count of a list, not a target — unless a verb of adding opens it (新增单项冠军、独角兽…等10家), or one
      // of holding events with a bound on the count (举办大型体育赛事、音乐会、演唱会等100场以上)
      // (…nor of a service to people: 培训失业人员和高校毕业生等5000人, the people it reaches)
      if (indicator.endsWith("等") && !OPENS_ADDING.test(indicator) && !(m.suffix !== null && m.suffix !== "=" && HOLDS_EVENTS.test(indicator)) &&
        !(/^万?(?:人|名|人次)$/.test(m.unit) && SERVES_PEOPLE.test(indicator))) continue;
      // 总投资50亿元 describes a project; 计划总投资超300亿元 (with a comparator) sets a total, as does a growth of it
      // (即总投资同比增长40%)
      // (not a whole place's capacity: 全省水利工程设计供水能力达到155亿立方米)
      if (PROJECT_DESCRIPTOR.test(indicator) && !(split.comparator && split.comparator !== "=") && !m.suffix && m.unit !== "%" && !/^全[省市县区州]/.test(indicator)) { consumed.add(m, "other", "describes a project (总投资, 占地面积)"); continue; }
      // 总产量1.9万吨目标任务: the amount names the target it belongs to
      const nextChar = text[m.end];
      // (确保大豆16.2万亩、油料3.4万亩种植任务落地见效: an amount right before the work's task — not a count of tasks — sizes it)
      const ofTarget = ((nextChar === "目" || nextChar === "任" || nextChar === "指" || nextChar === "的") && /^(目标任务|目标|任务|指标)([,。;、]|$)|^的[\u4e00-\u9fff]{0,8}(计划|目标|任务)([,。;、]|$)/.test(text.slice(m.end, m.end + 14))) ||
        (!isMeasureWord(m.unit) && text[m.end + 2] === "任" && /^[\u4e00-\u9fff]{2}(?:目标)?任务(?!书|清单|分解|单|的)/.test(text.slice(m.end, m.end + 7)) && !verbBefore(pre));
      // (nor an approximate amount right after a verb of work: 启动约3万平方米不成套职工住宅改造 — number first)
      if (followedByNoun(text, m.end, clause.end) && !aboutCloses && !ofTarget && !/的$/.test(text.slice(m.end, m.end + 1)) && (!split.comparator || (split.comparator === "~" && (readsNumberFirst(preEnd) || (isMeasureWord(m.unit) && verbBefore(pre)))))) {
        // a bare number followed by a noun with no verb (围绕…3家“旗舰”企业) is a description
        continue;
      }
      // 消除集体经济年收入5万元以下的薄弱村, 推动总投资26亿元的…项目开工: the amount qualifies the noun after 的
      // (a share before 的 is named by what follows it, below: 县乡村三级99.6%以上的事项实现…)
      // (a count right after a verb counts the noun after 的: 构建1000个以上的数据训练集 — left to the count rules)
      // (an approximate amount describes too, and the noun may open with a quote: 总投资近3亿元的“水脉”项目)
      // (完成…项目22.99万亩的田间主体工程: an area or a length before the works it sizes, after a verb of work, is their amount)
      const sizesWork = text[m.end] === "的" && isMeasureOrLength(m.unit) && !isMeasureWord(m.unit) && /^的[\u4e00-\u9fff]{0,6}?(?:工程|建设|改造|整治|治理|修复)(?:[,。;、]|$)/.test(text.slice(m.end, m.end + 12)) &&
        /(?:完成|实施|推进|开展)/.test(pre) && !/(?:占地|面积)$/.test(pre);
      const sumOfWhole = whole !== null;
      // (新建总里程552公里的快速路及高速公路, 新建…等350公里的铁路: a length a verb of building sets, before the 的 of what is built, is
      // the work's amount)
      const lengthBuilt = text[m.end] === "的" && LENGTH_OR_AREA.test(m.unit) && /^的[\u4e00-\u9fff]{0,6}?(?:铁路|公路|快速路|高速公路|轨道交通|地铁|线路|管网|管道|绿道|河道|航道|堤防|海塘)/.test(text.slice(m.end, m.end + 12)) &&
        /(?:新建|建设|建成|修建|新改建|改扩建|铺设)(?:[^,，。;；\d]{0,24}?(?:总里程|总长度?|全长|等))?\s*$/.test(pre);
      // (全市软件产业实现500亿元的主营业务收入: whose whole it is stays before the verb, the verb giving way to the whole)
      if (whole) {
        const whose = indicator.replace(/^(?:确保|力争|全年)+/, "").replace(SUM_VERB_CLOSES, "");
        if (!whose.endsWith(whole[1])) indicator = whose + whole[1];
      }
      // (建12个种植面积100万亩以上、产值50亿元以上的…大县: bounded sizes of things just counted, joined by 、 before the 的 of
      // the noun, each bound that noun)
      if (m.suffix !== null && text[m.end] === "、" && sizesCountedBefore(text, mentions, idx)) {
        consumed.add(m, "qualifier", "qualifies the noun after 的");
        continue;
      }
      if (text[m.end] === "的" && !sizesWork && !sumOfWhole && !lengthBuilt && !closesAmountList(text, mentions, idx) && CJK.test(text[m.end + 1] === "“" || text[m.end + 1] === "《" ? text[m.end + 2] ?? "" : text[m.end + 1] ?? "") && !ofTarget &&
        (!split.comparator || (split.comparator === "~" && !/(达到|达|实现|突破|超过|力争|提高到|提升到)/.test(pre))) && !split.growth && !isPercentUnit(m.unit)) {
        // (nor does an unbounded amount right after its verb: 完成9.2公里的城区供水主管网改造 — the work's size)
        // (nor a count after 、 that goes on a list of counts a verb opened: 打造3个以上的…产品、5个以上的…产品)
        const prevCount = idx > 0 ? mentions[idx - 1] : null;
        const listed = prevCount !== null && isMeasureWord(m.unit) && isMeasureWord(prevCount.unit) && /、\s*$/.test(text.slice(prevCount.end, m.start)) &&
          verbBefore(text.slice(Math.max(clause.start, prevCount.start - 8), prevCount.start));
        if (!((isMeasureWord(m.unit) || m.suffix === null) && verbBefore(pre)) && !listed) consumed.add(m, "qualifier", "qualifies the noun after 的");
        continue;
      }
      // 面积大于1000平方米的项目,…: a threshold before the amount and a noun closing the clause after 的 make a
      // condition on that noun, not an amount to reach (or a noun that all of which do something: 常住人口超过6万的县均能
      // 提供…服务)
      // (not a share of them: 全省超过95%的乡镇均能提供… sets the share)
      // (…or either of two thresholds on it, 年业务量超过200亿件或年业务收入超过2000亿元的…品牌)
      // (引进更多3000万美元以上和过亿美元的大项目: the size of the things more of which are sought, no amount to reach)
      if (pre.endsWith("更多") && m.suffix !== null && MORE_OF_SIZE.test(text.slice(m.end, clause.end))) {
        consumed.add(m, "qualifier", "a size of the things more of which are sought (更多3000万美元以上的项目)");
        continue;
      }
      // (单户担保金额500万元及以下的小微企业: a bound written with 及 before the noun it bounds is a condition on that noun)
      if (text[m.end] === "及" && /^及(?:以下|以上)的[\u4e00-\u9fff“"]/.test(text.slice(m.end, m.end + 6))) {
        consumed.add(m, "qualifier", "a bound on the noun after 的 (单户500万元及以下的小微企业)");
        continue;
      }
      // (not a noun whose count the next clause gives, …的楼宇(园区),达到20栋以上: the amount is read with it, as before)
      if (THRESHOLD_BEFORE.test(pre) && !ofTarget && !COUNT_NEXT.test(text.slice(clause.end, clause.end + 12)) && ((text[m.end] === "的" && (isPercentUnit(m.unit) ? THRESHOLD_NOUN_CLOSES : THRESHOLD_NOUN).test(text.slice(m.end, clause.end + 1))) ||
        EITHER_THRESHOLD.test(text.slice(m.end, clause.end)))) {
        consumed.add(m, "qualifier", "a threshold on the noun after 的 (面积大于1000平方米的项目)");
        continue;
      }
      // 中心城区建成区45%以上的面积达到海绵城市建设要求: the share measures the phrase after 的
      if (text[m.end] === "的" && CJK.test(text[m.end + 1] ?? "") && !split.comparator && !split.growth && isPercentUnit(m.unit)) {
        const measured = clause.end - m.end <= 31 ? text.slice(m.end + 1, clause.end).trim() : "";
        if (measured.length >= 2 && !/[、,;]/.test(measured)) indicator += measured;
      }
      consumed.add(m);
      prevKindIncrement = takeCandidate(this.name, {
        text, clause, sentence, mentions, memo, consumed, out, m, idx, s, split, pre, preEnd, indicator, verbOnly, verbAfter, changeOfNamed, partOfAdded,
        taskOnly, stretch, raised, pairOfRates, prevKindIncrement,
      });
    }
    return out;
  },
};

// The rule's apply reads each mention in turn; what it asks of a count before a noun, and how it takes a mention as a
// candidate, are functions of their own: V8 optimises smaller functions sooner and at less cost (apply was among the
// largest it compiled in a cold process).

/** The words of a counted item up to the joiner of the next (…省级区域中心、), between two counts of a list. */
const COUNT_LIST_ITEM = /^[^,。;:\d]{2,24}[、和及]$/;

/**
 * Whether a number a noun follows, another number after it (培育100家年销售收入1亿元以上…企业), is a count or amount the
 * clause sets — a verb before it, a list of counts, a bound on the noun after it — rather than a qualifier of that noun.
 */
function countsNounAfter(text: string, clause: Span, mentions: Mention[], memo: SentenceMemo, m: Mention, idx: number, next: Mention | undefined, upToNext: string,
  pre: string, preEnd: string): boolean {
  const listed = /[、和及]/.test(upToNext);
  // (a space between words separates the items of a list written without punctuation: 开展20场以上…招聘会 组织30场以上…)
  const spaced = upToNext.includes(" ") && /[\u4e00-\u9fff”] [\u4e00-\u9fff“]/.test(upToNext);
  // (whether a verb right before the number sets it, asked once: most of the tests below need it)
  const verbSets = verbBefore(pre);
  // a list of counts (启动16个老旧小区、23个背街小巷改造项目) is no qualifier; nor are items written alike
  // (10家左右X平台、20家左右Y平台; 90%的市和70%的县), whose last item is the kind of the others
  const parallel = (listed || spaced) && next !== undefined && next.unit === m.unit && next.suffix === m.suffix && (text[m.end] === "的") === (text[next.end] === "的");
  // 培育5个以上收入过200亿元的软件产业集群: a count after its verb counts the noun the next number bounds
  // (…形成5家…企业,5家年收入超过20亿元的装备材料企业: a clause opening with its count goes on with the verb before)
  const carried = idx === 0 && pre.trim() === "" && memo.countCarries === true;
  // (…or the bound after it, the currency named between: 培育10家左右营业收入100亿元人民币以上的本土跨国公司)
  // (…or a sum over a bound written straight before the class it sizes: 新增4个社零额过千亿元城市, 培育5家营收过百亿元企业)
  // (…or what each makes or earns, 培育一家以上销售额突破100亿元的…企业)
  const bounded = next !== undefined && (((THRESHOLD_BEFORE.test(upToNext) || ATTRIBUTE_BOUND.test(upToNext) || measuresEachSize(upToNext)) && (text[next.end] === "的" || (next.unit.endsWith("元") && CLASS_SIZED.test(text.slice(next.end, next.end + 10))))) ||
    /^(?:人民币)?(?:以上|及以上)的/.test(text.slice(next.unitEnd, next.unitEnd + 7)));
  // (新增黄石、十堰、荆门、孝感4个…: the verb before the places the count sums up sets it too)
  const countsBounded = next !== undefined && isMeasureWord(m.unit) && (verbSets || carried || PLACES_COUNTED_AFTER_VERB.test(preEnd)) && bounded;
  // 培育100家年销售收入1亿元以上…企业 · 落实202万亩耕地特别是150万亩永久基本农田: a verb right before an
  // unbounded amount sets it; the next number bounds or lists what it counts
  // (新增20亿元企业1家: a sum right before a noun then counted sizes the noun — firms of 20亿元)
  const sizesCounted = m.unit.endsWith("元") && isMeasureWord(next?.unit ?? "") && /^级?[\u4e00-\u9fff]{1,8}$/.test(upToNext);
  const setByVerb = next !== undefined && m.suffix === null && verbSets && !THRESHOLD_BEFORE.test(upToNext) &&
    (isMeasureWord(m.unit) || next.suffix === null) && !sizesCounted;
  // 为6万名中小学生开展1次…: the people a service is for are counted; the next number says how often
  const served = isMeasureWord(m.unit) && preEnd.endsWith("为");
  // (建设5个左右省级区域中心、50个左右省级行业中心和300个以上边缘级中心: an item of a list of counted things)
  const before = idx > 0 ? mentions[idx - 1] : undefined;
  const inCountList = before !== undefined && isMeasureWord(before.unit) && isMeasureWord(m.unit) && COUNT_LIST_ITEM.test(text.slice(before.end, m.start));
  // (惠及30万名以上妇女儿童、10万户家庭: the first item of such a list, the next a count of its own)
  const headsCountList = listed && isMeasureWord(m.unit) && isMeasureWord(next!.unit) && COUNT_LIST_ITEM.test(upToNext);
  // (…9.1公里改扩建、G229国道…20公里路段养护及1座…: a length then the works on it, an item of a list of works, sizes no
  // noun after it — the works-done reading takes it)
  const worksItem = LENGTH_OR_AREA.test(m.unit) && WORKS_ITEM.test(upToNext);
  // (新建13条(个)以上幸福河湖、107余公里滨水休闲岸带: a bounded count right after its verb, its noun closed by 、 before the
  // next amount, heads a list of the work's amounts — not one sizing the noun after it)
  const headsWorkList = verbSets && isMeasureWord(m.unit) && m.suffix !== null && next !== undefined && /^[^,。;:\d(（]{2,16}、$/.test(upToNext) && !THRESHOLD_BEFORE.test(upToNext);
  // (5家企业过百亿: a count whose noun passes the sum after it is the goal)
  const passesSum = isMeasureWord(m.unit) && next !== undefined && countPassesSum(text, m, next);
  // (培育3家以上产值5至10亿元的核心骨干企业: a bounded count right after its verb, the amount after it closed by 的 sizing
  // the noun — the count is the goal, the amount its class)
  // (…and the next items of its list: 、5家以上产值1至5亿元的骨干企业)
  const sizedAfter = (verbSets || /的[\u4e00-\u9fff]{1,12}、$/.test(text.slice(Math.max(clause.start, m.start - 16), m.start))) && isMeasureWord(m.unit) && next !== undefined && !isMeasureWord(next.unit) && /^[\u4e00-\u9fff]{1,6}(?:过|超过|超|达)?$/.test(upToNext) &&
    /^(?:以上|以下|左右)?的[\u4e00-\u9fff]/.test(text.slice(next.end, next.end + 4));
  const counts = sizedAfter || passesSum || worksItem || parallel || countsBounded || setByVerb || served || inCountList || headsCountList || headsWorkList || (listed && !m.suffix && (isMeasureWord(m.unit) || verbSets)) ||
    // (培育20家左右X企业、3-5家Y机构: a bounded count right after its verb heads a list of counts)
    (listed && isMeasureWord(m.unit) && verbSets) || (idx === 0 && openingShare(text, clause, m) !== null);
  return counts;
}

/** What the rule has read of a mention by the time it takes it as a candidate. */
interface IndicatorRead {
  text: string;
  clause: Span;
  sentence: Span;
  mentions: Mention[];
  memo: SentenceMemo;
  consumed: Claims;
  out: Candidate[];
  m: Mention;
  idx: number;
  /** Where the indicator's words start. */
  s: number;
  split: PrefixSplit;
  pre: string;
  preEnd: string;
  indicator: string;
  verbOnly: string;
  verbAfter: boolean;
  changeOfNamed: boolean;
  partOfAdded: boolean;
  taskOnly: boolean;
  stretch: boolean;
  /** The target a stretch value raises: the rule's last in the clause, else the sentence's. */
  raised: NonNullable<SentenceMemo["lastTarget"]> | undefined;
  pairOfRates: boolean;
  /** Whether the rule's last candidate was an amount added. */
  prevKindIncrement: boolean;
}

/** The mention taken as the rule's candidate (and the places or items it is each of): whether it is an amount added. */
function takeCandidate(rule: string, a: IndicatorRead): boolean {
  const { text, clause, sentence, mentions, memo, consumed, out, m, idx, s, split, pre, preEnd, verbOnly, verbAfter, changeOfNamed, partOfAdded, taskOnly, stretch, raised,
    pairOfRates } = a;
  const indicator = a.indicator;
  const name = stripQualifierVerb(indicator);
  memo.indicator = name;
  const growth = split.growth || (m.impliedUnit) || (isPercentUnit(m.unit) && growthAfter(text, m.end));
  // (visits a place receives, 开放接纳群众健身220万人次, are its level: a long name of them shares no verb)
  // 全年新增住宿房间5300间,床位7300个: a count whose clause opens with a bare noun, after a count added, shares that verb
  // (a quoted name is part of the noun: 专精特新“小巨人”企业1000家左右; so is a size: …200亿元区2个,100亿元区4个)
  const last = memo.lastTarget;
  const sharesVerb = last !== undefined && last.kind === "increment" && isMeasureWord(last.unit) && isMeasureWord(m.unit) && (idx === 0 || allStartFrom(mentions, idx, s)) &&
    !split.comparator && !split.growth && (/^[\u4e00-\u9fff“”"\d.]{2,16}$/.test(indicator) || (!m.unit.endsWith("人次") && /^[\u4e00-\u9fff“”"\d.]{2,20}$/.test(indicator)) || NAMES_THEN_KIND.test(indicator)) && !/[\d.]$/.test(indicator) && !/(数|量|总数|规模)$/.test(indicator) && text.slice(clause.start, s).trim() === "" &&
    !startsWithIncrementVerb(indicator) && !/每年|年均|累计|全年/.test(indicator);
  // (not a ratio to population, 每千人拥有社会体育指导员2.8名: a level whatever was added before it)
  // (nor a year's output named with its own verb, 新造油茶林300万亩、年产茶油40万吨: the year's level)
  const inheritsVerb = (a.prevKindIncrement || memo.partsOfIncrement === true || sharesVerb) && !split.comparator && !startsWithIncrementVerb(indicator) && !REACH.test(indicator) && !perPopulation(indicator) &&
    !YEARS_OWN_VERB.test(indicator);
  // (the verb where it was written: 完成投资 is work done, 固定资产投资计划完成 the year's level)
  let kind = kindOf(m.unit, growth, verbAfter ? indicator + verbOnly : verbOnly + indicator, "");
  // (增加2719万元 after 比上年: a change of the indicator just named, not its level)
  if (changeOfNamed && !isPercentUnit(m.unit)) kind = "increment";
  if (kind === "level" && (inheritsVerb || partOfAdded || namesFunding(split.head.trim()))) kind = "increment";
  // 培育进出口额超1000万美元企业达到60家: a verb of fostering then 达到 sets the stock to reach, a level
  // (培育支持新型研发机构达100家: a verb of support may follow it)
  // (…after its place too, and of what is chosen: 全市评选市级“五好”农民专业合作组织将达300家)
  if (kind === "increment" && /(达到|达)$/.test(preEnd) && FOSTERED_TO.test(indicator) && kindOf(m.unit, growth, indicator.replace(FOSTERED_TO, ""), "") === "level") kind = "level";
  // 推动康复辅具生产企业增至20家, 推动人均预期寿命提高到80岁: what a thing is raised to is the level it reaches, whatever
  // will opens the clause (not an amount of work or one added, 完成固定资产投资增至500亿元, 新增就业人数提高到10万人)
  // (计划完成的公路水路投资规模依然保持在1000亿元: a size kept at a figure is a level, whatever work its name holds — not
  // what is added each year, 每年城镇新增就业规模保持在35万人以上, 年造林规模稳定在100万亩以上)
  if (kind === "increment" && KEPT_AT.test(preEnd) && SIZE_KEPT.test(indicator) && !/新增|每年|年均|全年|^年/.test(indicator)) kind = "level";
  if (kind === "increment" && RAISED_TO.test(preEnd) && kindOf(m.unit, growth, indicator.replace(WILL_OPENING, ""), "") === "level") kind = "level";
  // 实际使用外资:五年累计12亿美元 (a total over the period), 人均预期寿命:提高1岁 (a rise by an amount): amounts added
  if (kind === "level" && !isPercentUnit(m.unit) && ((split.head.trimEnd().endsWith("累计") && !countedUpTo(m.unit, split.head.trimEnd()) && !stockSummed(split.head.trimEnd())) || (split.growth && !split.decrease && m.unit !== "" && !split.comparator))) kind = "increment";
  // the year's planned investment and project counts: 全年计划投资8.6亿元, 计划投资130亿元左右
  if (kind === "level" && plansWork(split.head) && !arrangedInList(m.unit, indicator)) kind = "increment";
  // (拟投资30余亿元改造农村公路2000公里: money paying for the work named after it is spent within the period)
  if (kind === "level" && m.unit.endsWith("元") && WORK_PAID_FOR.test(text.slice(m.end, m.end + 4))) kind = "increment";
  // (a scale stepped onto is a level reached, whatever verb drives toward it: 推动…4大集群迈上5000亿元规模)
  if (kind === "increment" && /(迈上|跨上|站上|登上|跃上)$/.test(preEnd) && !/新增|新建|净增/.test(pre)) kind = "level";
  // (the year's task is work to do in it: 全年任务为282个村)
  if (kind === "level" && taskOnly && !isPercentUnit(m.unit)) kind = "increment";
  if (stretch && raised) kind = raised.kind;
  // 漯河GDP预期目标为7%以上,周口为7%左右: places alone where a name would be are measured as the target before them
  // (海南为9.5%左右 in a paragraph or under a headline on growth goals: measured as they name it)
  const alongside = raised !== undefined && raised.unit === m.unit ? raised.indicator : null;
  const placed = isPercentUnit(m.unit) && (kind === "share" || alongside !== null) ?
    // (…or with the value in brackets after it, as a round-up lists them: 湖北(10%以上)、海南(10%以上))
    placesAlone(text[m.start - 1] === "(" ? indicator.replace(/\($/, "") : indicator, alongside ?? "", () => kind === "share" ? growthTopic(text, clause.start) : null, text.slice(sentence.start, s)) : null;
  if (placed) kind = "growth";
  // (襄阳市、宜昌市社零额突破2000亿元: places listed before an amount of their own, each reaches it)
  // (…or each a quota of things added, bounded below: 绵阳市、德阳市、泸州市、眉山市新增上市公司不少于3家)
  const eachPlace = placed === null && !isPercentUnit(m.unit) && indicator.includes("、") ?
    PLACES_OWN_AMOUNT.exec(indicator) ?? (isMeasureWord(m.unit) && split.comparator === ">=" ? PLACES_OWN_QUOTA.exec(indicator) : null) : null;
  // (…or places alone before a bound and a measured value, what they measure said before: 到2020年,怀柔区、密云区、延庆区控制在
  // 46微克/立方米左右 — each place's)
  const onlyPlaces = placed === null && eachPlace === null && !isPercentUnit(m.unit) && split.comparator !== null && m.unit.includes("/") && indicator.includes("、") && PLACES_ONLY.test(indicator);
  const placesEach = eachPlace ? eachPlace[1].split("、").map((p) => p + eachPlace[2]) : onlyPlaces ? indicator.split("、") : null;
  // 全年累计实现外贸进出口总额800亿元: the year's running total of an aggregate is that year's level
  if (kind === "increment" && /(全年|年度)累计/.test(pre) && !/新增|新建|净增/.test(pre) && AGGREGATE_NAME.test(indicator)) kind = "level";
  const context = text.slice(Math.max(clause.start, m.start - 60), m.start);
  const quoteStart = s + (split.head.length - split.head.trimStart().length) + Math.max(0, split.head.trim().indexOf(indicator));
  const candidate: Candidate = {
    rule, start: Math.min(quoteStart, m.start), end: m.end, numberAt: m.start,
    value: m.value, valueMax: m.valueMax, unit: m.unit,
    comparator: comparatorOf(split.comparator, m.suffix, m.valueMax !== null),
    kind, period: sharesVerb && kind === "increment" ? last.period : averagedRate(periodOf(context, kind), context, kind, m.unit), indicator: placed?.[0] ?? placesEach?.[0] ?? name,
    optional: false, year: null, responsible: null,
    ...(kind === "growth" && split.decrease ? { decrease: true } : {}),
  };
  out.push(candidate);
  for (const place of (placed ?? placesEach)?.slice(1) ?? []) out.push({ ...candidate, indicator: place });
  // 改造老旧小区25个1697户, 安防工程6条20公里: a second count right after the first measures the same work in
  // another unit
  const second = mentions[idx + 1];
  // (only when the second count closes its clause: 新建养老机构3个200张床位 counts beds, another noun)
  if (second && second.start === m.end && !consumed.has(second) && second.unit !== m.unit && isMeasureOrLength(m.unit) && isMeasureOrLength(second.unit) && !second.shape &&
    (second.end >= clause.end || /^[,。;、\s]/.test(text.slice(second.end, second.end + 1)))) {
    consumed.add(second);
    out.push({ ...candidate, end: second.end, numberAt: second.start, value: second.value, valueMax: second.valueMax, unit: second.unit,
      comparator: comparatorOf(split.comparator, second.suffix, second.valueMax !== null) });
  }
  // 受污染耕地、污染地块安全利用率不低于92%: a rate after a list may be each item's; the whole is read, the items
  // after the first are offered for review
  // (公益类企业(区城投集团、交通集团)的营业总收入: a list inside brackets names the members of one group, no items)
  // (支持萧山区、余杭区出口规模超200亿元: places listed with one amount each reach it — one target for each place)
  // (an amount added may be the places' joint one, 东城区、西城区新建养老床位500张: left whole)
  const placesOf = !isPercentUnit(m.unit) && kind !== "increment" && candidate.indicator.includes("、") ? PLACES_LISTED.exec(candidate.indicator.replace(SUPPORT_OPENING, "")) : null;
  if (placesOf && placesOf[3] !== undefined && PLACE_AMOUNT.test(placesOf[4])) {
    const named = placesOf[3].split("、").map((p) => p + placesOf[4]);
    candidate.indicator = named[0];
    for (const item of named.slice(1)) out.push({ ...candidate, indicator: item });
  }
  // (重特大事故得到有效遏制、各类生产安全事故死亡人数下降10%: a result said in words before the list's last item is a goal of
  // its own, no part of the name)
  const saidParts = candidate.indicator.split("、");
  let said = 0;
  while (said < saidParts.length - 1 && RESULT_IN_WORDS.test(saidParts[said].trim())) said++;
  if (said > 0) candidate.indicator = saidParts.slice(said).join("、");
  const bare = candidate.indicator.replace(/\([^()]*\)/g, "");
  // (a slash joins items only where 均 says each has the value: 阅读/数学…均达到80% — 线上/线下融合发展的商贸企业占比 is one)
  const eachSlashed = HAN_SLASH.test(bare) && text.slice(Math.max(clause.start, m.start - 12), m.start).includes("均");
  const items = isPercentUnit(m.unit) && (bare.includes("、") || eachSlashed) ? listItems(candidate.indicator) : [];
  // (能耗进一步下降、完成“十一五”期间下降20%左右: an item saying how its own amount moves is a clause, no name in a list)
  // (断电、断路、断网条件下应急通信保障通达率: conditions listed, under which one rate is measured)
  if (items.length >= 2 && items.every((x) => x.length >= 2) && !saidParts.slice(said, -1).some((x) => CHANGE_SAID.test(x.trim())) && !CONDITIONS_LISTED.test(candidate.indicator)) {
    // (a growth rate after a list of whole indicators is each one's: 旅游人次、旅游花费增长15%; short items name
    // kinds of one indicator, 货物、服务进出口总额增长10%, and each item of a level may be its own, so those are offered)
    // (集成电路、生物医药、人工智能三大产业规模: a count summing the items up names their total, one indicator)
    // (the count stands in the last item, summing up the list: …、人工智能三大产业规模)
    // (…or 等 gathers the items into one group, 人工智能、低空经济、…、商业航天等产业规模增长20%以上: the group's total)
    const lastItem = candidate.indicator.slice(candidate.indicator.lastIndexOf("、") + 1);
    const summed = /(?:[两二三四五六七八九十]|\d+)(?:大|个|类|项|种)/.test(lastItem) || /等[\u4e00-\u9fff]{0,4}?(?:产业|行业|领域)/.test(lastItem);
    // (开封、洛阳、…、许昌等市也将2023年GDP增速目标定为7%: places listed, then what each sets — a target for each place)
    const places = PLACES_LISTED.exec(candidate.indicator);
    if (places) {
      // (…的预期目标是“增长7%以上”: the goal each has, of a measure the words before named)
      const measure = (places[2] ?? places[4]).replace(/^(?:也|均|都|亦)?(?:将|把)?(?:(?:19|20)\d\d年(?:的)?)?/, "").replace(/目标$/, "").replace(/^的(?:预期|增长|增速)?$/, "");
      const named = (places[1] ?? places[3]).split("、").map((p) => p + measure);
      candidate.indicator = named[0];
      for (const item of named.slice(1)) out.push({ ...candidate, indicator: item });
    } else if (summed) {
      // one total: nothing to offer item by item
    // (…a full rate is each item's: 基本医保、大病保险、医疗救助覆盖率达到100% — no whole reaches 100% unless every
    // part does; not a list of kinds 等 sums up into one group, 独居、空巢…等特殊困难老年人月探访率)
    // (…and so is a value after a list of whole rates: 畜禽粪污资源化利用率、农膜回收利用率达到80%以上 — two targets)
    } else if ((kind === "growth" && candidate.indicator.split("、").every((x) => x.trim().length >= 3)) || (pairOfRates && items.length === 2) ||
      candidate.indicator.split("、").every((x) => WHOLE_RATE.test(x.trim()))) {
      candidate.indicator = items[0];
      for (const item of items.slice(1)) out.push({ ...candidate, indicator: item });
    } else if (fullRateShared(candidate.indicator, kind, m)) {
      // (each item named with the rate the last one names: 小学、初中入学率 → 小学入学率, 初中入学率)
      // (基本养老、医疗保险参保率 → 基本养老保险参保率: a kind's word takes what follows the last kind's)
      const listed = candidate.indicator.split("、").map((x) => x.trim());
      const rate = kindsOfOneRate(listed) ? listed[listed.length - 1].slice(2) : /[\u4e00-\u9fff]{2}率$/.exec(candidate.indicator)?.[0] ?? "";
      const named = listed.map((x, i) => (i < listed.length - 1 && !x.endsWith("率") ? x + rate : x));
      candidate.indicator = named[0];
      for (const item of named.slice(1)) out.push({ ...candidate, indicator: item });
    } else for (const item of items.slice(1)) out.push({ ...candidate, indicator: item, doubt: POSSIBLE_REASONS.listShares });
  }
  return kind === "increment";
}

/** A whole rate or share named in full, one item of a list: 农膜回收利用率, 森林覆盖率, 研发投入占比. */
const WHOLE_RATE = /^[\u4e00-\u9fff“”]{2,}(?:率|比重|占比)$/;

/** 完成技能补贴培训 → 技能补贴培训: the leading 完成/计划 is wording, not part of the name. */
function stripQualifierVerb(s: string): string {
  return s.replace(/^(完成|计划|实现|推动|达到)(?=[\u4e00-\u9fff]{2})/, "");
}

/** 年均…死亡率控制在1以内, 年均…损失占比控制在1%以内: a rate averaged over the period recurs no amount (like 年均增长). */
function averagedRate(period: TargetPeriod, context: string, kind: TargetKind, unit: string): TargetPeriod {
  if (period !== "annual" || /每年|每年度/.test(context) || !/年均/.test(context)) return period;
  return kind === "share" || (unit === "" && kind === "level") ? null : period;
}

/** A count by measure word, or a length or area (公里, 亩): what a piece of work is measured in. */
function isMeasureOrLength(unit: string): boolean {
  return isMeasureWord(unit) || /^万?(公里|千米|米|亩|平方米)$/.test(unit);
}

/**
 * Whether the amount at `idx` closes a list of at least three amounts in one unit, each after its own name and a 、
 * (形成年可供建筑用石料4亿吨、水泥用灰岩7000万吨、萤石75万吨、叶蜡石70万吨的开采能力): the 的 names what they all are, it
 * sizes no noun of the last alone.
 */
function closesAmountList(text: string, mentions: readonly Mention[], idx: number): boolean {
  const unitOf = (m: Mention): string => m.unit.replace(/^[万亿千百]+/, "");
  const unit = unitOf(mentions[idx]);
  if (unit === "" || idx < 2) return false;
  for (let k = idx; k > idx - 2; k--) {
    const prev = mentions[k - 1];
    if (unitOf(prev) !== unit || !/^、[\u4e00-\u9fff]{1,10}$/.test(text.slice(prev.unitEnd, mentions[k].start))) return false;
  }
  return true;
}

/** A bounded size right after a count of things and the words naming it, then 、 and another bounded size closing on 的:
 * 12个种植面积100万亩以上、产值50亿元以上的…. */
function sizesCountedBefore(text: string, mentions: readonly Mention[], idx: number): boolean {
  const prev = idx > 0 ? mentions[idx - 1] : undefined;
  const next = mentions[idx + 1];
  const m = mentions[idx];
  return prev !== undefined && next !== undefined && isMeasureWord(prev.unit) && !isMeasureWord(m.unit) && next.suffix !== null && text[next.end] === "的" &&
    /^[\u4e00-\u9fff]{1,8}$/.test(text.slice(prev.end, m.start)) && /^、[\u4e00-\u9fff]{1,8}$/.test(text.slice(m.end, next.start));
}

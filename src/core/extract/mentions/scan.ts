// The mentions stage: every number of the text with its unit and trailing comparator word. A number that is a
// name, a date or a list number rather than a quantity (5G, G60, 4A级, “1323”, 7×24小时, 12345热线, 第二十七, 2025年,
// 1.) keeps its place in the list with a `shape` that says so; the rules read only quantities (shape null).
import type { Comparator, MentionRole } from "../../model";
import { itemNumberBefore, nextNumeral, NumberCursor, type NumberToken } from "../../numbers/scan";
import { parseChineseNumeral } from "../../numbers/chinese";
import { presentOrAnother } from "./present";
import { isMeasureWord, isPercentUnit, isScaledMeasureWord, matchUnit, TIME_UNITS, withoutTenThousand, type UnitMatch } from "../../numbers/units";
import { clauses } from "../../text/segment";
import { ATTRIBUTE_CELL, bareDeadline, COUNT_VERB_ANYWHERE, GROWTH_WORDS, RATE_NOUN, RATES_COUNT, SUFFIX_COMPARATORS, TIME_REACH_VERBS } from "../phrase/lexicon";
import { VALUE_WORDS } from "../rules/word-numbers";

/** Why a number is not a quantity: the role it gets whatever the sentence says, with a short reason. */
export interface Shape {
  role: Extract<MentionRole, "name" | "date" | "ordinal" | "parameter" | "qualifier" | "past" | "other">;
  reason: string;
  /** Read as the present state from its sentence alone: a context looking ahead makes it a quantity again. */
  present?: boolean;
}

export interface Mention {
  /** Start of the number. */
  start: number;
  /** End of the number and unit (before the suffix comparator). */
  unitEnd: number;
  /** End of the mention including the suffix comparator (以上/左右/以内). */
  end: number;
  value: number;
  valueMax: number | null;
  unit: string;
  /** The unit was implied by growth wording (增长10以上 → %). */
  impliedUnit: boolean;
  /** A fraction of a whole (占全市1/8), its value a decimal: a share. */
  fraction: boolean;
  suffix: Comparator | null;
  chinese: boolean;
  /** Not a quantity (a name, date, list number…): null for quantities. */
  shape: Shape | null;
  /** The role the later stages gave it, and why (unset until then). */
  role?: MentionRole;
  reason?: string;
  /** Index of the target it became, when it became one (several for a value shared by a 均 list). */
  targets?: number[];
}

/** Whether a one-character string (or "") is an ASCII letter: a comparison, not a regex call per number. */
const isAsciiLetter = (ch: string): boolean => {
  const c = ch.charCodeAt(0) | 0x20; // (lower case; NaN for "" becomes 0x20)
  return c >= 0x61 && c <= 0x7a;
};
const LATIN_UNIT = /^(?:[EPT]FLOPS|[EPT][Ff]lops|Gbps|Mbps|Tbps|[GTPE]B|[GgMKk][Ww][Hh]|[GMkK]W|[MGT](?=及?以上|以下|左右)|k?m[²³2](?![\dA-Za-z])|km(?![A-Za-z])|ms|ug\/m[³3](?![\dA-Za-z]))(?![A-Za-z])/;
/** Words of network bandwidth before a number (接入带宽, 宽带接入能力, 网速). */
// (the number right after a verb of value: 宽带网络和4G、5G names network generations)
const BANDWIDTH_BEFORE = /(带宽|宽带|速率|网速|接入能力)[^,。;、和\d]{0,8}?(?:达到|达|超过|超|不低于|提升至|提升到|提高到|为)$/;
/** Words of computing power before a number (新增智能算力5000P, 算力规模达到1.2万P): a bare P or E is PFLOPS or EFLOPS. */
const COMPUTE_BEFORE = /算力[^,。;、和\d]{0,8}$/;
/** Whether a bare P or E at `at` is the unit of computing power of the number starting at `numberAt`. */
const computePowerAt = (text: string, at: number, numberAt: number): boolean =>
  /^[PE](?=[,。;、)\s以左]|$)/.test(text.slice(at, at + 2)) && COMPUTE_BEFORE.test(text.slice(Math.max(0, numberAt - 16), numberAt));
/** A rate per population written after the number: 孕产妇死亡率控制在13/10万以下, 麻疹发病率控制在1/100万以下. */
const PER_POPULATION = /^\/(?:100万|百万|10万|十万|万|千|百)/;
const NAME_AFTER_UNIT = /^(级|型(?!号)|圈|制(?![鞋造药品作订冷茶衣图革剂备糖浆])|类|强|届|周年|号|期|批次|代)/;
const NAME_UNIT_FIRST = new Set([..."级型圈制类强届周号期批代"]);
const NAME_AFTER_NUMBER = /^(热线|号|届|期|周年|大|代|型|版|点|后)/;
const NAME_FIRST = new Set([..."热号届期周大代型版点后"]);
/** The rest of a list of time-scale names after one of its items: 、市域5毫秒、省内20毫秒时延圈. */
const TIME_CIRCLES_AFTER = /^(?:、[\u4e00-\u9fff]{0,6}\d+(?:\.\d+)?(?:分钟|小时|毫秒|天))+[\u4e00-\u9fff]{0,4}圈/;
/** An indicator measured in years, then its verb: 平均受教育年限达到11.2年, 受教育年限:11.2年, 受教育年限再增长0.4年. */
const YEARS_OF = /年限[::]?(?:达到|达|提高到|提升到|为|稳定在|保持在|超过|不低于)?$|受教育年限(?:再|将|要|力争)?(?:达到|达|提高到|提升到|增长到|增加到|提高|提升|增长|增加)$/;
/** A measure stated without a unit (系数, 率, 比, 指数…) and the target verb right before its number. */
// (…or the verb before the measure's name, the number right after it: 实现普职比6.8)
// (…its name glossed in brackets, an adverb before the verb: 新建数据中心PUE(能源使用效率)严格控制在1.2以下; a score,
// 满意度(服务质量满意度)达到85以上)
const UNITLESS_MEASURE = /(系数|率|比|倍差|指数|密度|强度|弹性|差距|PUE|PUE值|满意度)(?:[(（][^()（）]{1,12}[)）])?(?:严格|进一步|持续)?(?:将|要)?(?:力争|争取|确保)?(?:达到|达|控制在|提高到|提升到|降低到|下降到|降至|下降至|缩小至|缩小到|缩小为|保持在|稳定在|不低于|不高于|不超过|低于|高于|超过|小于|大于)$|(?:实现|达到)[\u4e00-\u9fff]{1,6}?(?:比|系数|指数)$/;
/** A rate or coefficient 在 a value with its bound (死亡率在0.18以内). */
const UNITLESS_HELD = /(?:系数|率|指数|密度|强度)在$/;
/** …or its start and its end (数字中国发展指数从2020年的85提高到95): the value it starts from and the one it goes to. */
const UNITLESS_FROM_TO = /(?:系数|指数|密度|强度)从(?:(?:19|20)\d\d年(?:底|末)?的?)?(?:\d+(?:\.\d+)?(?:提高到|提升到|提高至|提升至|增加到|增长到|降低到|下降到|降至|下降至))?$/;
/**
 * Bare numbers listed after a value verb and closing the clause (床位数、医生数、养老床位数达3.5、2.0、40,): the values
 * of as many indicators named before it; the names say what they measure.
 */
const BARE_VALUE_LIST = /^(?:达到|达|为)\d+(?:\.\d+)?(?:、\d+(?:\.\d+)?)+(?:[,。;]|$)/;
// (…and a verb raising a count to its level, or a will to build: 救助飞机将增至四架, 今后扬州将建四个通用机场)
const SMALL_COUNT_VERBS = ["建成", "新建", "创建", "培育", "新增", "引进", "打造", "争创", "创成", "建设", "改造", "改建", "扩建", "增至", "增加到", "增加至", "扩大到", "扩大至", "将建", "拟建"];
/** Such a verb, its count and the noun counted, then a list joiner: the next count is the list's next item (新建三个物流中心和). */
// (…or any item of it after the first: 建成三个污水处理厂、两个垃圾中转站和四个公厕)
const COUNT_LIST_GOES_ON = new RegExp(`(?:${SMALL_COUNT_VERBS.join("|")})(?:(?:\\d+|[一二两三四五六七八九十]{1,3})[个家座所项处条支架台辆艘部栋][^,，。;；:：、和及与\\d]{2,16}[、和及与]){1,4}$`);
/** A Chinese numeral of tens or hundreds, as a count is written in words (十, 十二, 三十, 一百二十). */
const TENS_AND_HUNDREDS = /^(?:[二三四五六七八九]?十[一二三四五六七八九]?|[廿卅卌][一二三四五六七八九]?|[一二三四五六七八九]百(?:[零〇][一二三四五六七八九]|[一二三四五六七八九]十[一二三四五六七八九]?)?)$/;
/** What follows a time that is no time-scale's name: a bound, a deadline's verb, or a verb of reaching closing the clause. */
// (破坏性地震将在5-15秒发布预警信息, 1分钟左右可提供…: a time within which something is sent out or done, no circle's name)
const NOT_A_TIME_NAME = new RegExp(`^(以内|之内|内|办结|完成|发布|发出|送达|响应|到场|出警|(?:左右)?可?提供|(?:${TIME_REACH_VERBS})(?![\\u4e00-\\u9fff]))`);
/** A count in figures and its measure word, right before what follows it (等50个). */
const COUNT_RIGHT_BEFORE = /\d+\s*(?:个|家|项|宗|批)$/;
/** A clause counting things, closed by a comma or 、 right before the next count: 培育百万家创新型中小企业, */
const COUNT_BEFORE_IN_LIST = /[\d一二两三四五六七八九十百千万]+[万千百]?[家个所项名座条][^,，。;；\d\n]{2,24}[,，、][ \t]*$/;
/** The set a count sizes when something is one of it: 全省80个、全州6个重点发展县之一. */
// (not across a list or a verb of its own: 新增5家上市公司、打造…地区之一, 创建3个示范区成为…标杆之一)
// (a list of such sets: 全省80个、全州6个重点发展县之一)
const ONE_OF_SET = /^(?:、[\u4e00-\u9fff]{0,4}[\d一二三四五六七八九十]+[个家所座项])?(?:(?!成为|打造|建成|争创|跻身|进入)[^,，。;；:：、]){0,20}?之一/;

/** Whether the words after a count make it one of a set (ONE_OF_SET); only words holding 之一 are read with the regex. */
// (…or the only one, or the first, in it: 广州是11座城市中唯一调高GDP增速目标的城市)
function oneOfSetAfter(text: string, unitEnd: number): boolean {
  const after = text.slice(unitEnd, unitEnd + 24);
  return (after.includes("之一") && ONE_OF_SET.test(after)) || (after.includes("中") && ONLY_ONE_IN_SET.test(after));
}
/** The set a count sizes when something is the only or first one in it: 11座城市中唯一, 31个省份中首个. */
const ONLY_ONE_IN_SET = /^[\u4e00-\u9fff]{1,6}?中(?:唯一|首个|第一个|排名|排第|位列|位居)/;

/** Inside a bracket after a group of projects, counting them and their kinds: (项目6个,其中基建工程类5个、“小而美”事项类1个). */
// (not work counted in a bracket: (共新建社区食堂20个…), (项目共改造小区35个))
const PROJECTS_IN_BRACKET = /[(（](?:项目|共)(?:[\d一二三四五六七八九十]+[个项件][,，、;；]?(?:其中)?[^()（）\d]{1,12}?类)*$/;

/** Whether `unit` is one of the single characters of `chars` (a comparison, not a regex per number). */
function isOneOf(unit: string, chars: string): boolean {
  return unit.length === 1 && chars.includes(unit);
}

/** Verbs of work a lone round count (百, 千) may stand right after: 实施千项…项目, 覆盖千家…企业, 创建百个标杆. */
const ROUND_COUNT_VERB = new RegExp(`(?:${SMALL_COUNT_VERBS.join("|")}|实施|覆盖|开展|举办|改造|帮扶|服务|培训|推广|遴选|建立|支持|认定|设立)$`);
/**
 * Whether the words after a round 百 or 千 (百, 一千) make it a count (`after`, from its measure word on): a measure word and a noun
 * (实施千项“智改数转”项目, 覆盖千家规上工业企业) — not a set phrase (千家万户, 千方百计) nor a programme or campaign it names
 * (实施千座公园计划, 开展百名干部联百企活动).
 */
function countsRoundly(after: string): boolean {
  return /^[个家所项名座条场处片台套间栋][\u4e00-\u9fff“"]/.test(after) && !/^.[万千百]/.test(after) &&
    !/^.[\u4e00-\u9fff“”"]{1,8}?(?:计划|行动|战略|方案|活动|工程|专项)/.test(after) && !/^.[\u4e00-\u9fff]{1,6}[百千万]/.test(after);
}
/** Each member of a group, right before what it is to have or do: 每个县, 每一个街道. */
// (…or all of them: 所有街道至少建有一个…)
// (…named with what sets it apart: 每个较大的建制村)
const EACH_MEMBER = /(?:^|[,，;；:：])(?:每一?[个個]|所有|全部)(?:[\u4e00-\u9fff]{1,4}|[\u4e00-\u9fff]{1,3}的[\u4e00-\u9fff]{1,4})$/;
/** Places that each hold a quota: each of a set (各区), or every place of a level and above (县级以上城市), perhaps with 将 or 原则上. */
const QUOTA_HOLDERS = /(?:(?:^|[,，;；:：])各[\u4e00-\u9fff]{1,3}|(?:县|市|区|乡镇|地)级及?以上[\u4e00-\u9fff]{1,4}?)(?:将|要|均|都|原则上)*$/;
/** The total of a list of places named before it, in a clause of work: 提升改造联农路压缩站等六处压缩站 (not 等五项举措,
 * 等三支团队: measures and teams are no places). */
const LIST_TOTAL_WORK = new RegExp(`(?:${SMALL_COUNT_VERBS.join("|")}|改造|提升|治理|修缮|整治|实施|推进|完成)[^,，。;；:：]{1,30}等$`);
/** A measure word closing its clause: the count of a thing already named (开设暑托班两期,). */
const COUNT_CLOSING = /^[个家座所项处条支期场批次][,。;、\n]/;
/** A verb of work and its object, right before a count that closes the clause (新建公办幼儿园 | 三所). */
const OBJECT_BEFORE_COUNT = new RegExp(`(?:${SMALL_COUNT_VERBS.join("|")}|开设|举办|开展|组织|实施|改造)[\\u4e00-\\u9fff“”"]{2,10}$`);
const SMALL_COUNT_AT_LEAST = new RegExp(`(?:${SMALL_COUNT_VERBS.join("|")})(?:不少于|至少)$`);
/** A verb of focus, then the things it names listed with 、, right before their count: 聚焦电子信息、…、节能环保8条重点产业链. */
const FOCUS_THEN_LIST = /(?:紧盯|聚焦|瞄准|围绕)(?:[^,，。;；、\d]{1,10}、){2,}[^,，。;；、\d]{1,10}$/;

/** A goal named right after an amount: 200亿元目标, 1000亿元以上的发展目标. */
const GOAL_AFTER = /^(?:以上|左右)?的?(?:发展|奋斗|总体)?目标/;

/** A verb of focus before a count, with no verb of work between them: 紧盯实体经济、13条重点产业链关键环节. */
function focusedOn(before: string): boolean {
  // (围绕工业制造、…、城市管理等领域形成50个…: a verb of work after the list makes the count that work's)
  if (before.includes("、") && FOCUS_THEN_LIST.test(before)) {
    const last = before.slice(before.lastIndexOf("、") + 1);
    if (!COUNT_VERB_ANYWHERE.test(last) && !/(实现|达到)/.test(last)) return true;
  }
  const m = /(?:紧盯|聚焦|瞄准|围绕)([^,。;]{0,12})$/.exec(before);
  // (聚焦重点群体帮扶就业5000人: any verb of work between them makes the count that work's)
  return m !== null && !COUNT_VERB_ANYWHERE.test(m[1]) && !/(实现|达到)/.test(m[1]);
}

const OPEN_QUOTE = "“".charCodeAt(0);
const CLOSE_QUOTE = "”".charCodeAt(0);
/** Whether a number stands inside a short quotation (深入实施“3个100万”): the quotation names a program. */
function insideShortQuote(text: string, start: number, end: number): boolean {
  // (both looks are bounded: a page without quotation marks costs nothing more per number)
  // (the last opening quote within 8 characters before, with no closing quote after it)
  let open = -1;
  for (let k = start - 1; k >= Math.max(0, start - 8) && open < 0; k--) {
    const c = text.charCodeAt(k);
    if (c === CLOSE_QUOTE) return false;
    if (c === OPEN_QUOTE) open = k;
  }
  // (a quoted goal with its verb, “新增再生水2500万立方米”, states an amount; “3个100万” names a programme)
  if (open < 0 || COUNT_VERB_ANYWHERE.test(text.slice(open + 1, start))) return false;
  const after = text.slice(end, end + 9);
  const close = after.indexOf("”");
  return close >= 0 && !/[,。;]/.test(text.slice(open, end + close));
}

/**
 * A quoted numeral right after a count, naming a program: 实施6个“一”工程, 3个“1+N”平台. A quoted name holding words
 * too is what the count counts: 新建4个“15分钟生活圈”, 54个“三重”项目, 8座“一江一河”滨水驿站.
 */
const QUOTED_NUMERAL_NAME = /^[“"][一二三四五六七八九十百千\d+＋NnXx×个]{1,6}[”"]/;
const GATED_CHINESE_BEFORE = ["达到", "达", "突破", "破", "超过", "超", "过", "迈上", "跨上", "站上", "跃上", "登上", "增长", "提高到", "增加", "新增", "实现", "建成", "培育", "引进", "完成", "控制在", "稳定在", "保持在", "稳定", "保持", "不少于", "不低于", "不超过", "到", "至"];
/** A list number opening a line: 1. / 1、 / (1) / 一、 / (一). */
const isListMark = (ch: string): boolean => ch === "、" || ch === "." || ch === ")";

/** First characters of the suffix comparators (及以上, 以上, 左右, 上下, 以内, 之内, 以下, 多, 余). */
const SUFFIX_FIRST = new Set(SUFFIX_COMPARATORS.map(([w]) => w[0]));

/** An election, then the office it fills, right before the count: 补选镇政府副镇长, 选举产生…委员. */
const ELECTED_BEFORE = /(?:补选|选举产生|选举|选出|增补|当选为?)[^,，。;；\d]{0,12}$/;

function readSuffix(text: string, i: number, to: number): { cmp: Comparator; end: number } | null {
  // 50人(含)以上: the bound includes the number
  if (text.startsWith("(含)", i) && /^(以上|以下)/.test(text.slice(i + 3, i + 5))) i += 3;
  // (100亿元人民币以上: the currency named between the sum and its bound)
  else if (text[i] === "人" && text.startsWith("人民币", i) && SUFFIX_FIRST.has(text[i + 3])) i += 3;
  if (!SUFFIX_FIRST.has(text[i])) return null;
  for (const [word, cmp] of SUFFIX_COMPARATORS) {
    if (text.startsWith(word, i) && i + word.length <= to) {
      // 多/余 only as "200多家"-style approximations right after the number, not 多元/余额
      if ((word === "多" || word === "余") && !/^[家个人万亿元项所座条处名件户套张台辆次吨亩]/.test(text.slice(i + 1, i + 2))) continue;
      return { cmp, end: i + word.length };
    }
  }
  return null;
}

function endsWithGrowth(s: string): boolean {
  const t = s.replace(/(达到|达|约|为)$/, "");
  return GROWTH_WORDS.some((w) => t.endsWith(w));
}

/** Where the list number ending at the dot `dot` starts (3. → the 3). */
function listNumberStart(text: string, dot: number): number {
  let k = dot;
  while (k > 0 && /\d/.test(text[k - 1])) k--;
  return k;
}

/** Whether position `i` opens its line (only spaces before it). */
function opensLine(text: string, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    if (text[k] === "\n") return true;
    if (text[k] !== " " && text[k] !== "(" && text[k] !== "\t") return false;
  }
  return i <= 8 && /^[\s(]*$/.test(text.slice(0, i));
}

/** A token read as a mention: its unit and suffix, and its shape when it is no quantity. */
interface Reading {
  shape: Shape | null;
  unit: string;
  unitEnd: number;
  suffix: { cmp: Comparator; end: number } | null;
  implied: boolean;
  value: number;
  fraction?: boolean;
}

/** A kind of place counted: 7个中心城区, 2个新城区, 16个县(市、区). */
const PLACE_COUNTED = /^(?:中心城区|新城区|城区|功能区|开发区|县|区|乡镇|镇|街道)/;
/** The rest of a subject of places, then 均 and what all of them do (…、2个新城区…,以及1个功能区…均安排了). */
const PLACES_ALL = /^(?:[^。;；\d]|\d+个(?:中心城区|新城区|城区|功能区|开发区|县|区|乡镇|镇|街道))*?均(?:已|安排|制定|出台|建立|设立|开展|启动|纳入|实现|达到|达|完成|建成)/;

/**
 * Mentions in the clause text[from, to); `lookFrom` (≤ from) is where words before a number may be read from (a
 * label before a colon: 受教育年限:11.2年). With `all`, numbers that are no quantity come too, with their shape;
 * Chinese numerals only where they count something (a unit follows) or number a list. Appends to `out`.
 */
export function mentionsIn(text: string, from: number, to: number, titleMask: Uint8Array, all = false, lookFrom = from, out: Mention[] = []): Mention[] {
  // (each number is read as it is scanned: on a long line full of numbers, none is kept alive meanwhile)
  const numbers = new NumberCursor(text, from, to);
  for (let tok = numbers.next(); tok !== null; tok = numbers.next()) {
    const split = splitListNumber(text, tok);
    if (split === null) addMention(text, tok, to, titleMask, all, lookFrom, out);
    else {
      addMention(text, split[0], to, titleMask, all, lookFrom, out);
      addMention(text, split[1], to, titleMask, all, lookFrom, out);
    }
  }
  return out;
}

/** Appends the mention token `tok` makes to `out`, if it makes one (see mentionsIn). */
function addMention(text: string, tok: NumberToken, to: number, titleMask: Uint8Array, all: boolean, lookFrom: number, out: Mention[]): void {
  // the 千 of 8.72千米 belongs to the unit of the mention before it
  if (out.length > 0 && tok.start < out[out.length - 1].end) return;
  const r = readToken(text, tok, to, titleMask, lookFrom);
  if (r === null || (r.shape !== null && !all)) return;
  // a Chinese digit in a name (“一带一路”, 一期) is a word: only counted amounts and list numbers are listed
  if (tok.chinese && r.shape !== null && r.shape.role !== "ordinal" && r.unit === "" && tok.raw.length === 1) return;
  // 推出18小时、24小时、48小时游产品: the items of a list share the last one's head, so a name makes them names
  if (r.shape !== null && r.shape.role === "name" && r.unit !== "") {
    for (let k = out.length - 1, at = tok.start; k >= 0 && out[k].unit === r.unit && out[k].shape === null && text.slice(out[k].end, at) === "、"; at = out[k].start, k--) out[k].shape = r.shape;
  }
  out.push({
    start: tok.start, unitEnd: r.unitEnd, end: r.suffix ? r.suffix.end : r.unitEnd, value: r.value, valueMax: tok.valueMax, unit: r.unit,
    impliedUnit: r.implied, fraction: r.fraction === true, suffix: r.suffix ? r.suffix.cmp : null, chinese: tok.chinese, shape: r.shape,
    // (set now, so every mention has the same shape of object for the engine)
    role: undefined, reason: undefined, targets: undefined,
  });
}

/**
 * 3.3座公园增设…: a list number run into the count of a line's item reads as a decimal; a count in a bare measure word
 * is whole, so the line's 3. is its list number and 3座 the count. Returns the two tokens, or null to keep `tok`.
 */
function splitListNumber(text: string, tok: NumberToken): [NumberToken, NumberToken] | null {
  // (only a decimal can be split: most numbers are read no further)
  const m = tok.chinese || !tok.raw.includes(".") ? null : /^(\d{1,2})\.(\d{1,4})$/.exec(tok.raw);
  // (1.2018年发展目标: …or a year after the line's list number)
  const year = m !== null && text[tok.end] === "年" && /^(?:19|20)\d\d$/.test(m[2]) && opensLine(text, tok.start);
  const unit = m && !year && opensLine(text, tok.start) && tok.valueMax === null ? matchUnit(text, tok.end) : null;
  if (!m || (!year && (!unit || !isMeasureWord(unit.unit) || /^[万千百十亿]/.test(unit.unit) || !/[\u4e00-\u9fff“"]/.test(text[unit.end] ?? "")))) return null;
  const dot = tok.start + m[1].length;
  return [
    { start: tok.start, end: dot, value: Number(m[1]), valueMax: null, chinese: false, raw: m[1] },
    { start: dot + 1, end: tok.end, value: Number(m[2]), valueMax: null, chinese: false, raw: m[2] },
  ];
}

/** One shape object per reason (a document has many numbers and few reasons). */
const SHAPES = new Map<string, Shape>();

function notQuantity(tok: NumberToken, unit: UnitMatch | null, role: Shape["role"], reason: string): Reading {
  let shape = SHAPES.get(reason);
  if (!shape) SHAPES.set(reason, (shape = { role, reason }));
  return { shape, unit: unit ? unit.unit : "", unitEnd: unit ? unit.end : tok.end, suffix: null, implied: false, value: tok.value };
}

/** Whether the number at `at` is one of a BARE_VALUE_LIST (read from the verb before its first number). */
function inBareValueList(text: string, at: number, lookFrom: number): boolean {
  let k = at;
  while (k > lookFrom && /[\d.、]/.test(text[k - 1])) k--;
  if (text[at - 1] !== "、" && k !== at) return false;
  const verb = text[k - 1] === "为" || text[k - 1] === "达" ? k - 1 : text.slice(k - 2, k) === "达到" ? k - 2 : -1;
  if (verb < lookFrom || !/[\u4e00-\u9fff]/.test(text[verb - 1] ?? "")) return false;
  const list = BARE_VALUE_LIST.exec(text.slice(verb, verb + 40));
  if (!list) return false;
  // as many names before the verb, in the same clause, as values after it
  let c = verb;
  while (c > lookFrom && !",。;:\n".includes(text[c - 1])) c--;
  return listLength(text.slice(c, verb)) === listLength(list[0]);
}

/** How many items a list joined by 、 holds. */
function listLength(s: string): number {
  return s.split("、").length;
}

/**
 * A whole number right after an acronym of two or more capitals and right before a measure word counts the thing the
 * acronym names (配置AED1100台, 安装LED500盏); a code stays a name (G60科创走廊, K3列车, PM2.5浓度, ISO9001认证).
 */
function countsAcronym(text: string, tok: NumberToken, near: UnitMatch | null): boolean {
  // (占GDP2%以上, 占GDP比重: a share of an aggregate named by its acronym)
  if (near !== null && isPercentUnit(near.unit) && /(?:^|[^A-Za-z])(?:GDP|GNP|CPI|PPI)$/.test(text.slice(Math.max(0, tok.start - 6), tok.start)) &&
    /占[\u4e00-\u9fff]{0,4}(?:GDP|GNP)$|(?:CPI|PPI)$/.test(text.slice(Math.max(0, tok.start - 8), tok.start))) return true;
  // (锚定2030年GDP3.2兆元目标, 实现GDP1.2万亿元: the aggregate's value in money)
  // (not the aggregate a share is of: 占明年GDP 28.6兆元…的3.32%)
  if (near !== null && near.unit.endsWith("元") && /(?:^|[^A-Za-z])(?:GDP|GNP)$/.test(text.slice(Math.max(0, tok.start - 6), tok.start)) && !/占[\u4e00-\u9fff]{0,4}(?:GDP|GNP)$/.test(text.slice(Math.max(0, tok.start - 8), tok.start))) return true;
  return near !== null && near.end > tok.end && text[tok.end] !== " " && isMeasureWord(near.unit) && /^\d+$/.test(tok.raw) &&
    /(?:^|[^A-Za-z])[A-Z]{2,5}$/.test(text.slice(Math.max(0, tok.start - 6), tok.start));
}

/** A count of full rates right before their 100%, after the list of them: …达标率“三个, …安装率等4个. */
const RATES_COUNTED_BEFORE = new RegExp(`(?:${RATE_NOUN})${RATES_COUNT}[“"]?$`);
/** The close of a list of rates, before the count of them: …安装率等, …达标率“. */
const RATE_LIST_CLOSES = new RegExp(`(?:${RATE_NOUN})等?[“"]?$`);

/** How a number token reads; null for a Chinese numeral that is a word (统一, 一体化). */
function readToken(text: string, tok: NumberToken, to: number, titleMask: Uint8Array, lookFrom: number): Reading | null {
  const before = text[tok.start - 1] ?? "";
  const after = text[tok.end] ?? "";
  // 200余项, 1200多家: 多/余 between the number and its unit (more than)
  const roughly = (after === "多" || after === "余") && !tok.chinese ? matchUnit(text, tok.end + 1) : null;
  const unitAfter = roughly ?? matchUnit(text, tok.end);
  const near = unitAfter && unitAfter.end <= to ? unitAfter : null;
  if (titleMask[tok.start]) return notQuantity(tok, near, "name", "inside the title of a document");
  if (tok.chinese && isListMark(after) && (opensLine(text, tok.start) || before === "(")) return notQuantity(tok, near, "ordinal", "list number");
  if (before === "第") return notQuantity(tok, near, "ordinal", "ordinal (第…)");
  // 第一章 发展基础........ 5: a page number after the dot leaders of a table of contents
  // (not a year or date after a news lead's ellipsis: ……2021年10月26日上午)
  if ((before === "." || before === " " || before === "…") && /(\.{3,}|…{2,})\s*$/.test(text.slice(Math.max(0, tok.start - 8), tok.start)) && after !== "年") return notQuantity(tok, near, "other", "a page number in a table of contents");
  // (3.3座公园: after a list number opening the line, a whole count in a measure word is the item's count)
  // (…nor a year after it, 1.2018年发展目标)
  // (…nor the first figure of an item whose number the point ends: 2.印发…;3.100%比例…设置口腔科)
  if (before === "." && /\d/.test(text[tok.start - 2] ?? "")) {
    const itemStart = listNumberStart(text, tok.start - 1);
    if (!(opensLine(text, itemStart) && ((near !== null && isMeasureWord(near.unit)) || (after === "年" && /^(?:19|20)\d\d$/.test(tok.raw)))) &&
      !itemNumberBefore(text, itemStart, tok.start - 1)) return notQuantity(tok, near, "ordinal", "section number (2.3.2)");
  }
  // 十届十一次全会, 第二十次党代会: a session's number
  if (tok.chinese && (before === "届" || (after === "次" && /^次(、[一二三四五六七八九十]+次)*(全会|会议|全体会议|党代会)/.test(text.slice(tok.end, tok.end + 16))))) return notQuantity(tok, near, "name", "the number of a session (十届十一次全会)");
  // (a deadline with no 年 written, 到2025将建成…: a year too)
  if (!tok.chinese && tok.raw.length === 4 && /^(19|20)\d\d$/.test(tok.raw) && (after === "年" || /^[-./]\d{1,2}(?!\d)/.test(text.slice(tok.end, tok.end + 4)) ||
    bareDeadline(text, tok.start, tok.end))) return notQuantity(tok, near, "date", "a year or date");
  if (after === "月" || after === "日" || after === "时" || (before === "月" && after === "日")) return notQuantity(tok, near, "date", "part of a date");
  // 2025-09-18, 2025/9/18, 11:00
  if ((before === "-" || before === "." || before === "/") && /(?:19|20)\d\d[-./](?:\d{1,2}[-./])?$/.test(text.slice(Math.max(0, tok.start - 8), tok.start))) return notQuantity(tok, near, "date", "part of a date");
  if ((after === ":" && tok.raw.length <= 2 && /^:\d\d(?!\d)/.test(text.slice(tok.end, tok.end + 4))) || (before === ":" && /(?:^|[^\d])\d{1,2}:$/.test(text.slice(Math.max(0, tok.start - 4), tok.start)))) return notQuantity(tok, near, "date", "a time of day");
  if (tok.chinese && after === "年" && tok.raw.length === 4 && tok.raw.startsWith("二")) return notQuantity(tok, near, "date", "a year");
  // a Latin unit of computing or network capacity or of power (15EFLOPS, 1000Gbps, 带宽5000M以上 with its bound, 96GW) is a
  // unit, not a name
  // (家庭宽带平均接入带宽超过500M: a bare M or G after words of bandwidth is its unit)
  const latin = isAsciiLetter(after) ? LATIN_UNIT.exec(text.slice(tok.end, tok.end + 8)) ??
    (/^[MG](?=[,。;、)\s]|$)/.test(text.slice(tok.end, tok.end + 2)) && BANDWIDTH_BEFORE.test(text.slice(Math.max(0, tok.start - 24), tok.start)) ? /^[MG]/.exec(after) : null) ??
    (computePowerAt(text, tok.end, tok.start) ? /^[PE]/.exec(after) : null) : null;
  if ((isAsciiLetter(before) && !countsAcronym(text, tok, near)) || (isAsciiLetter(after) && !latin)) return notQuantity(tok, near, "name", "part of a code or name (5G, G60, PM2.5)");
  // 1. / 1、 / (1) / "1 地区生产总值" opening a line numbers a list
  if (!tok.chinese && (isListMark(after) || after === " ") && opensLine(text, tok.start) && tok.raw.length <= 3 && !tok.raw.includes(".") &&
    (after !== " " || /^ +[\u4e00-\u9fff]/.test(text.slice(tok.end, tok.end + 4)))) return notQuantity(tok, near, "ordinal", "list number");
  // (“5.5%左右”的预期目标, “30%”: a quote holding only a percentage, with its bound, quotes a value, not a name like “633”)
  const quoted = before === "“" || before === '"' || before === "「";
  // (累计超过“2000+”规上企业, 推广1000+行业特色典型场景: a + after a count closing a quote or before a noun says "or more" —
  // not a formula's, 1+3+N)
  const orMore = after === "+" && !tok.chinese && /^\+(?:[”"」]|[\u4e00-\u9fff])/.test(text.slice(tok.end, tok.end + 2));
  // (not a kind counted, 打造四个“100+”: the quote names it)
  const quotedValue = quoted && (QUOTED_PERCENT.test(text.slice(tok.end, tok.end + 6)) ||
    (orMore && /^\+[”"」]/.test(text.slice(tok.end, tok.end + 2)) && !/(?:[一二两三四五六七八九十]|\d)\s*个\s*[“"「]$/.test(text.slice(Math.max(0, tok.start - 4), tok.start))));
  // (…达标率“三个100%”: full rates counted after their list, each item at the value — a value, not a name)
  const ratesCounted = tok.raw === "100" && (after === "%" || after === "％") && RATES_COUNTED_BEFORE.test(text.slice(Math.max(0, tok.start - 8), tok.start));
  if (quoted && !quotedValue && !ratesCounted) return notQuantity(tok, near, "name", "a quoted name");
  // (稳定达到“双80%”: two rates each at the value, a value quoted — not a name)
  const pairOfRates = before === "双" && /[“"]$/.test(text.slice(Math.max(0, tok.start - 2), tok.start - 1)) && /^[%％][”"]/.test(text.slice(tok.end, tok.end + 2));
  if (!quotedValue && !pairOfRates && !ratesCounted && insideShortQuote(text, tok.start, tok.end) && !quotedGoal(text, tok.start)) return notQuantity(tok, near, "name", "inside a short quoted name (“3个100万”)");
  // (a star after a list joiner or a list number marks the item: 新增1家…、*3家…)
  if (before === "+" || before === "×" || (before === "*" && !/^[、,;.\s]?$/.test(text[tok.start - 2] ?? "")) || before === "/" || before === "#") return notQuantity(tok, near, "name", "part of a formula or code");
  // 产值与农业总产值比达到2.5:1: a ratio to one, read as its first term
  const ratio = after === ":" && /^:1(?![\d.:])/.test(text.slice(tok.end, tok.end + 3)) && tok.end + 2 <= to && !tok.chinese &&
    UNITLESS_MEASURE.test(text.slice(Math.max(lookFrom, tok.start - 10), tok.start));
  if ((after === "+" && !orMore) || after === "×" || after === "*" || after === "”") return notQuantity(tok, near, "name", "part of a name or formula");
  if (after === ":" && !ratio) return notQuantity(tok, near, "other", "before a colon (a time, a label or a ratio)");
  if (after === ".") return notQuantity(tok, near, "ordinal", "list number");
  // 占全市1/8, 转化率超过1/3: a fraction of a whole after words of a share, its value as a decimal (1/8 → 0.125)
  // (占比超三分之一, 稳定在1/3左右: the same in words, the denominator first)
  const fraction = after === "/" && !tok.chinese && /^[1-9]\d?$/.test(tok.raw) ? FRACTION.exec(text.slice(tok.end, tok.end + 5)) : null;
  const inWords = after === "分" && tok.chinese && /^[二两三四五六七八九十]$/.test(tok.raw) ? CN_FRACTION.exec(text.slice(tok.end, tok.end + 3)) : null;
  const parts = fraction ? { num: tok.value, den: Number(fraction[1]), length: fraction[0].length } :
    inWords ? { num: parseChineseNumeral(inWords[1]) ?? 0, den: tok.value, length: 3 } : null;
  const fractional = parts !== null && parts.den > parts.num && tok.end + parts.length <= to &&
    FRACTION_BEFORE.test(text.slice(Math.max(lookFrom, tok.start - 12), tok.start)) ? parts : null;
  if (after === "/" && !fractional && !PER_POPULATION.test(text.slice(tok.end, tok.end + 5)) && !unitAfter) return notQuantity(tok, near, "other", "part of a fraction or code");
  // (200,000个: digits grouped by thousands are an amount)
  if (!tok.chinese && tok.raw.length >= 7 && !tok.raw.includes(".") && !tok.raw.includes(",")) return notQuantity(tok, near, "name", "a phone, account or index number");
  // 12345热线, 12333人社服务热线: a hotline's number, whatever words stand between
  if (!tok.chinese && tok.raw.length >= 4 && !tok.raw.includes(".") && /^[\u4e00-\u9fff]{0,6}(热线|专线)/.test(text.slice(tok.end, tok.end + 8))) return notQuantity(tok, near, "name", "a hotline's number (12345热线)");
  // (举办培训班20期, 托管服务60期以上: a number of sessions closing its clause or with a bound is a count, not a phase;
  // 两 counts and never orders, so 开设暑托班两期 is two sessions where 二期 is a phase)
  if (NAME_FIRST.has(after) && NAME_AFTER_NUMBER.test(text.slice(tok.end, tok.end + 2)) && !(after === "期" && (!tok.chinese || tok.raw === "两") && SESSIONS.test(text.slice(tok.end, tok.end + 4)))) return notQuantity(tok, near, "name", "a name (12345热线, 二十大, 〔2021〕82号)");
  // 占比达到三成以上, 增幅超7成: tenths of a share or of a rise, kept as written (unit 成)
  const tenths = (tok.chinese ? /^[一二三四五六七八九]$/.test(tok.raw) : !tok.percent && tok.value > 0 && tok.value <= 10) && text[tok.end] === "成" &&
    !/^成[为立果效就熟长员本品型交]/.test(text.slice(tok.end, tok.end + 2)) && (TENTHS_BEFORE.test(text.slice(Math.max(lookFrom, tok.start - 12), tok.start)) ||
      // (九成以上老字号企业实现“触网”, 6成以上老年人口…将拥有…: tenths of the things a clause opens on)
      (TENTHS_SUBJECT_BEFORE.test(text.slice(Math.max(lookFrom, tok.start - 4), tok.start)) && TENTHS_SUBJECT_AFTER.test(text.slice(tok.end, tok.end + 5))));
  // (四点五%, 五%左右, 一点四万亿斤: a numeral with tenths or a percent sign states an amount, as 百分之五 does)
  const amountInWords = tok.chinese && (tok.raw.includes("点") || after === "%" || after === "％");
  if (tok.chinese && !tenths && !tok.percent && !fractional && !amountInWords) {
    const word = chineseNumeralAsWord(text, tok, unitAfter, near, lookFrom, to);
    if (word !== undefined) return word;
  }
  let unit = "";
  let unitEnd = tok.end;
  let implied = false;
  const per = after === "/" ? PER_POPULATION.exec(text.slice(tok.end, tok.end + 5)) : null;
  let u = tok.percent ? { unit: tok.percent, end: tok.end } : tenths ? { unit: "成", end: tok.end + 1 } : latin ? { unit: latin[0], end: tok.end + latin[0].length } : per ? { unit: per[0], end: tok.end + per[0].length } : unitAfter;
  // (算力规模达到1.2万P以上: a bare P or E after a scale is computing power too)
  if (u !== null && (u.unit === "万" || u.unit === "亿") && computePowerAt(text, u.end, tok.start)) u = { unit: u.unit + text[u.end], end: u.end + 1 };
  // 千兆光网, 实现千兆: a bandwidth tier named in words is a name; 20兆进牧户 is an amount
  // (一点四兆斤, as Taiwan writes 1.4万亿斤, is an amount)
  if (tok.chinese && u?.unit === "兆" && !tok.raw.includes("点")) return notQuantity(tok, near, "name", "a bandwidth tier (千兆光网)");
  if (u && u.end <= to) {
    unit = u.unit;
    unitEnd = u.end;
  } else if (!u && text[tok.end] === "年" && tok.end + 1 <= to && YEARS_OF.test(text.slice(Math.max(lookFrom, tok.start - 12), tok.start))) {
    // 平均受教育年限:11.2年: a length in years measured by the indicator
    unit = "年";
    unitEnd = tok.end + 1;
  }
  if (ratio) unitEnd = tok.end + 2;
  if (fractional) { unit = ""; unitEnd = tok.end + fractional.length; }
  let suffix = roughly && unit === roughly.unit ? { cmp: ">" as Comparator, end: unitEnd } : readSuffix(text, unitEnd, to);
  if (orMore && !unit) {
    // (推广换电车辆10+万辆、换电站1000+座: the + between a count and its unit says "or more" of that unit)
    const plusUnit = matchUnit(text, tok.end + 1);
    if (plusUnit && plusUnit.end <= to) { unit = plusUnit.unit; unitEnd = plusUnit.end; }
    suffix = { cmp: ">=", end: unit ? unitEnd : tok.end + 1 };
  }
  // 6万余名, 3千多家: 余/多 between a scale and its measure word (more than 60,000 people)
  // (…or its money: 拟投资273亿余元, 5万多元)
  if (suffix && (text[unitEnd] === "余" || text[unitEnd] === "多") && /^[万亿千百]+$/.test(unit)) {
    const measure = matchUnit(text, unitEnd + 1);
    if (measure && measure.end <= to && (isMeasureWord(measure.unit) || measure.unit === "元" || measure.unit === "美元")) {
      unit += measure.unit;
      unitEnd = measure.end;
      suffix = { cmp: ">", end: measure.end };
    }
  }
  // 灌溉水有效利用系数达到0.58, 万车死亡率控制在1.5以下: a coefficient or rate with no unit, right after its verb
  // (…死亡率低于0.26预期性: a table's attribute cell run into the value ends it as punctuation would)
  // (the figure closes its clause, or its line)
  const boundaryAfter = unitEnd >= to || ",。;、)".includes(text[unitEnd]);
  const bare = !unit && !tok.chinese;
  const unitless = (orMore && !unit) || ratio || fractional !== null || (!unit && tok.chinese && breaksThrough(text, tok, lookFrom)) || (bare && (suffix !== null || boundaryAfter || ATTRIBUTE_CELL.test(text.slice(unitEnd, unitEnd + 3))) &&
    (UNITLESS_MEASURE.test(text.slice(Math.max(lookFrom, tok.start - 24), tok.start)) || inBareValueList(text, tok.start, lookFrom) ||
      // (年均十万人火灾死亡率在0.18以内: a rate held within a bound)
      (suffix !== null && UNITLESS_HELD.test(text.slice(Math.max(lookFrom, tok.start - 6), tok.start))))) ||
    (bare && UNITLESS_FROM_TO.test(text.slice(Math.max(lookFrom, tok.start - 30), tok.start)) &&
      (boundaryAfter || /^(?:提高|提升|增加|增长|降低|下降|降)/.test(text.slice(unitEnd, unitEnd + 2))));
  // 75~79周岁失能老年人, 60周岁以上: an age bounds the people a count or a service is for
  if (!unit && /^\s*周岁/.test(text.slice(tok.end, tok.end + 4))) return notQuantity(tok, near, "qualifier", "an age (75~79周岁老年人)");
  if (!unit && /^\s*(?:千伏|kV|KV)/.test(text.slice(tok.end, tok.end + 4))) return notQuantity(tok, near, "name", "a voltage grade (110千伏变电站)");
  // (分别达到407、262、84万千瓦: numbers listed before the last share its unit — not years, 2025、2026年)
  if (!unit && !tok.chinese && !fractional && (after === "、" || after === "和")) {
    const list = SHARED_UNIT_LIST.exec(text.slice(tok.end, Math.min(to, tok.end + 48)));
    const at = list ? tok.end + list[0].length : -1;
    const shared = list === null ? null : text[at] === "%" || text[at] === "％" ? { unit: "%", end: at + 1 } : matchUnit(text, at);
    if (shared && shared.end <= to && !/^(?:年|月|日|届|次|期|号)$/.test(shared.unit)) unit = shared.unit;
  }
  if (!unit && !unitless) {
    // 实际利用外资年均增长10以上: a rate without its % sign
    if (!(suffix || boundaryAfter) || tok.value >= 1000 || !endsWithGrowth(text.slice(Math.max(lookFrom, tok.start - 8), tok.start))) {
      return notQuantity(tok, near, "other", text[tok.end] === "年" ? "a number of years" : "a number without a unit");
    }
    unit = "%";
    implied = true;
  }
  const reading: Reading = { shape: null, unit, unitEnd, suffix, implied, value: fractional ? Math.round((fractional.num / fractional.den) * 10000) / 10000 : tok.value, fraction: fractional !== null };
  if (scaleReached(text, tok.start, unit, unitEnd, lookFrom, to)) {
    // 产业规模达到7000亿级: a money scale a verb reaches is a level of at least that many yuan
    reading.unit = `${unit}元`;
    reading.suffix = { cmp: ">=", end: unitEnd + 1 };
  } else reading.shape = quantityShape(text, tok, unit, unitEnd, suffix, lookFrom, to);
  return reading;
}

/** The numbers listed after one, up to the last (、262、84 of 407、262、84万千瓦). */
const SHARED_UNIT_LIST = /^(?:\s*[、和]\s*\d+(?:\.\d+)?)+/;

/**
 * Whether a round hundred or thousand in words is what a noun is to break through, closing its clause: 注册球员破千,
 * 参赛队伍过百 (not a word, 打破千年…, 超过千家万户, 经过百年).
 */
function breaksThrough(text: string, tok: NumberToken, lookFrom: number): boolean {
  const head = text.slice(Math.max(lookFrom, tok.start - 3), tok.start);
  return /^[一二两三四五六七八九]?[百千]$/.test(tok.raw) && /[\u4e00-\u9fff]{2}[破过]$/.test(head) && !/[突超打]破$|[超通经度越]过$/.test(head) &&
    /^(?:[,，。;；!！…\s]|$)/.test(text.slice(tok.end, tok.end + 1));
}

/** A measure word, then a noun or the size of each thing counted (个5000平方米以上的): no number of its own after it. */
// (in traditional characters too, as mirrors of pages write them: 一個農家店)
const MEASURE_THEN_NOUN = /^[个個家座所项項处處条條支架台臺辆輛艘部栋棟](?:[^十百千万亿一二三四五六七八九\d]|\d+(?:\.\d+)?[万千亿]?[\u4e00-\u9fff]{1,4}?(?:以上|及以上|以下|左右)?的)/;
/** What follows a round numeral in a set phrase: 千家万户, 千方百计, 千村万户, 百花齐放, 万众一心. */
const SET_PHRASE_AFTER = /^(?:家万户|村万户|方百计|军万马|丝万缕|山万水|辛万苦|言万语|变万化|差万别|秋万代|头万绪|锤百炼|姿百态|花齐放|家争鸣|战百胜|发百中|众一心|无一失|载难逢)/;
/** Whether a single Chinese digit counts what follows it (see chineseNumeralAsWord). */
function countsSmall(text: string, tok: NumberToken, lookFrom: number): boolean {
  // (a single digit from two to nine, tested once: three tests below need it)
  const twoToNine = /^[二两三四五六七八九]$/.test(tok.raw);
  // (the words before as written, less the spaces a PDF puts around a number: 至少建成 一所)
  const before = text.slice(Math.max(lookFrom, tok.start - 12), tok.start).replace(/[ \t\u3000]+/g, "");
  // 开设暑托班两期, 新建公办幼儿园三所: a verb, its object, then the count closing the clause (the object told first)
  if (twoToNine && COUNT_CLOSING.test(text.slice(tok.end, tok.end + 2) + (tok.end + 2 >= text.length ? "," : "")) &&
    OBJECT_BEFORE_COUNT.test(before)) return true;
  // (a measure word must follow: the words before are read only then)
  // (…of things or of vehicles and craft: 四架, 两台, 三艘)
  // (…a size of each after it, closed by 的, may open the noun: 新建三个5000平方米以上的物流中心)
  if (!MEASURE_THEN_NOUN.test(text.slice(tok.end, tok.end + 16))) return false;
  // a single digit counts after an action verb with a measure word: 建成两个国家生态文明建设示范区
  // (一 only after a minimum: 每个乡镇至少建成一所公办中心幼儿园 — 建成一个 alone is a phrase as often as a count)
  // (建成不少于两个美丽乡村示范村: a minimum may stand between the verb and the count)
  // (or a quota each member must have at least: 每个县至少有一所…)
  // (…or each of a set of places, or every place of a level and above: 各区至少基本建成一个…示范片区, 县级以上城市原则上至少应有一所
  // 老年大学)
  const quota = /至少(?:要|应|将)?(?:基本)?(?:建成|建有|建)?有?$/.exec(before);
  // (the places are read in a wider window of the words before, less the quota's own words)
  const wide = quota !== null ? text.slice(Math.max(lookFrom, tok.start - 24), tok.start).replace(/[ \t\u3000]+/g, "") : "";
  const holders = quota !== null ? wide.slice(0, wide.length - (before.length - quota.index)) : "";
  const minimumBefore = SMALL_COUNT_AT_LEAST.test(before) || (quota !== null && (EACH_MEMBER.test(before.slice(0, quota.index)) || EACH_MEMBER.test(holders) || QUOTA_HOLDERS.test(holders)));
  // (每个县建设一所…: one for each member of a group is a quota)
  const eachBefore = EACH_MEMBER.test(before.slice(0, -2));
  // (…or given to each of the places before 各: 龙田镇、渔溪镇、镜洋镇各一座)
  if (before.endsWith("各") && /^[一两二三四五六七八九]$/.test(tok.raw) && /[\u4e00-\u9fff]、[\u4e00-\u9fff]/.test(text.slice(Math.max(lookFrom, tok.start - 30), tok.start))) return true;
  // (…or the next item of a list of counts such a verb opened: 新建三个物流中心和两个仓库)
  if (/[、和及与]$/.test(before) && twoToNine && COUNT_LIST_GOES_ON.test(text.slice(Math.max(lookFrom, tok.start - 80), tok.start))) return true;
  // (or a numeral of tens and hundreds: 建设十个智慧农业示范基地, 打造十二条特色街区, 建设一百二十个服务站)
  // (一 with a bound after its measure word is a count too: 培育一家以上…企业)
  const oneBounded = tok.raw === "一" && /^.(?:以上|及以上)/.test(text.slice(tok.end, tok.end + 4));
  return (twoToNine || TENS_AND_HUNDREDS.test(tok.raw) || (tok.raw === "一" && (minimumBefore || eachBefore || oneBounded || before.slice(0, -2).endsWith("至少")))) &&
    (minimumBefore || SMALL_COUNT_VERBS.some((w) => before.endsWith(w)) || (tok.raw !== "一" && totalOfPlaces(text, tok, lookFrom)));
}

/** Whether a Chinese numeral after 等 totals a list of places in a clause of work (see LIST_TOTAL_WORK). */
function totalOfPlaces(text: string, tok: NumberToken, lookFrom: number): boolean {
  if (!"个家座所处条".includes(text[tok.end]) || /^[\u4e00-\u9fff]{0,2}?(?:意见|措施|建议|举措|经验|任务|方面|要求)/.test(text.slice(tok.end + 1, tok.end + 5))) return false;
  const before = text.slice(lookFrom, tok.start);
  if (LIST_TOTAL_WORK.test(before)) return true;
  // (建成中法城三初、中法城六小两所学校: with no 等, the count must be the number of names listed — and not of the places the
  // work is done in, 完成双龙西路、龙旺两个片区老旧小区改造…项目)
  const listed = before.includes("、") ? LIST_NAMED_WORK.exec(before) : null;
  return listed !== null && listed[1].split("、").length === tok.value && !/^.(?:片区|区域|乡镇|街道|社区|村|镇)/.test(text.slice(tok.end, tok.end + 3));
}
/** A verb that moves a rate, right before the points it moves by: 提高, 下降. */
// (not a rate moved per point, 利率每下降一个百分点: an elasticity)
const CHANGE_BEFORE_POINTS = /(?<!每)(?:提高|提升|降低|下降|增加|上升|减少|缩小|扩大|增长)了?$/;

/** A verb of work, then names listed with 、 and no 等, to the count (建成中法城三初、中法城六小 | 两所学校). */
const LIST_NAMED_WORK = new RegExp(`(?:${SMALL_COUNT_VERBS.join("|")}|改造|提升|治理|修缮|整治|实施|推进|完成)([^,，。;；:：、等]{2,16}(?:、[^,，。;；:：、等]{2,16})+)$`);

/**
 * How a Chinese numeral (no tenths, percentage or fraction) reads when it is a word rather than a stated amount: a
 * reading with its shape, or null when it is no mention at all (统一, 一体化); undefined when it states an amount.
 */
function chineseNumeralAsWord(text: string, tok: NumberToken, unitAfter: UnitMatch | null, near: UnitMatch | null, lookFrom: number, to: number): Reading | null | undefined {
  const head = text.slice(Math.max(lookFrom, tok.start - 3), tok.start);
  // (送到千家万户, 千方百计, 万众一心: a set phrase of round numerals states no amount)
  if (/^[千百万]$/.test(tok.raw) && SET_PHRASE_AFTER.test(text.slice(tok.end, tok.end + 3))) return near ? notQuantity(tok, near, "other", "a set phrase (千家万户, 千方百计)") : null;
  const smallCount = countsSmall(text, tok, lookFrom);
  // otherwise Chinese numerals count only with scale characters and a target verb right before: 突破千亿元
  // 一万亿元, 两万个, 五万亿元台阶: a single digit with 万/亿 before its unit is a quantity
  // (…and 十 before a scale and a unit of its own: 境外种植面积十万亩 — not 十万大山, a name)
  const unitAfterText = unitAfter?.unit ?? "";
  const scaled = (/^[一二两三四五六七八九]$/.test(tok.raw) && /^[万亿]/.test(unitAfterText)) || (tok.raw === "十" && /^[万亿][^万亿]/.test(unitAfterText));
  // 培育规上企业两千家,: a numeral of two or more characters with its unit closing the clause needs no verb
  const closesClause = (tok.raw.length >= 2 || scaled) && /^[\u4e00-\u9fff]{1,4}?(以上|左右|以内)?([,。;、]|$)/.test(text.slice(tok.end, Math.min(to, tok.end + 8)) + (tok.end + 8 >= to ? "" : "x")) && unitAfter !== null;
  // 举办百场以上两岸交流活动: a round count with a measure word and a bound
  const roundCount = /[十百千廿卅卌]/.test(tok.raw) && unitAfter !== null && isMeasureWord(unitAfter.unit) && /^(以上|左右|多|余)/.test(text.slice(unitAfter.end, unitAfter.end + 2));
  // 新增百亿企业10家, 千亿产业: a round scale before a noun, with no unit of its own, names a class of firms or trades
  // (突破万亿大关, 迈上千亿台阶 still state an amount)
  // (only before the kinds of thing such a class names: 两万余人, 迈上一万亿的新台阶 still state amounts)
  if (unitAfter !== null && /^[万亿]+$/.test(unitAfter.unit) && SCALE_CLASS.test(text.slice(unitAfter.end, unitAfter.end + 3))) {
    return notQuantity(tok, near, "name", "a round scale naming a class (百亿企业, 千亿产业)");
  }
  // (培育百万家创新型中小企业,十万家“专精特新”中小企业,一万家…: a round count opening a clause after another count goes
  // on with that count's verb)
  const listedCount = (scaled || /[十百千万廿卅卌]/.test(tok.raw)) && unitAfter !== null && isScaledMeasureWord(unitAfter.unit) &&
    COUNT_BEFORE_IN_LIST.test(text.slice(Math.max(0, tok.start - 32), tok.start));
  // (…or one of them, a round hundred or thousand: 开展一百个大宗固体废弃物综合利用示范, 建立一百处…示范区)
  const roundAfterVerb = /^[一二两三四五六七八九]?[百千]$/.test(tok.raw) && ROUND_COUNT_VERB.test(head) && countsRoundly(text.slice(tok.end, tok.end + 12));
  // (二六一二億元, 三八七．四四億元: digits written one by one, or with a point, before a unit are figures as Taiwan's press
  // writes them)
  // (three digits at least: two stand for a pair, 四五类危桥, 一二组团, and 一一 is one by one)
  if (unitAfter !== null && (tok.raw.length >= 3 && /^[〇零一二三四五六七八九]+$/.test(tok.raw) || /[.．点]/.test(tok.raw))) return undefined;
  if (unitAfter === null && breaksThrough(text, tok, lookFrom)) return undefined;
  // (机械化率提高五个百分点以上, 自给率提高三至五个百分点: points a rate moves by, after the verb that moves it)
  if (unitAfter !== null && unitAfter.unit.endsWith("百分点") && CHANGE_BEFORE_POINTS.test(text.slice(Math.max(lookFrom, tok.start - 4), tok.start))) return undefined;
  const bare = !smallCount && !scaled && !listedCount && !roundAfterVerb && (!/[十百千万廿卅卌]/.test(tok.raw) || tok.value < 10);
  if (!roundCount && !listedCount && !roundAfterVerb && (bare || (!smallCount && !closesClause && !GATED_CHINESE_BEFORE.some((w) => head.endsWith(w))))) {
    // 一个福建篇章, 三个百分百: a Chinese numeral that counts is listed; 统一, 一体化 are words
    return near ? notQuantity(tok, near, "other", "a Chinese numeral in a phrase, not a stated amount") : null;
  }
  return undefined;
}

/**
 * Why a number read with its unit is no quantity after all, from the words around it (a grade, a time a capability
 * acts within, the parts of the document…), or null when it is one.
 */
function quantityShape(text: string, tok: NumberToken, unit: string, unitEnd: number, suffix: Reading["suffix"], lookFrom: number, to: number): Shape | null {
  const end = suffix ? suffix.end : unitEnd;
  // (what follows matters only after a unit of time or age)
  const next = TIME_UNITS.has(unit) || unit === "岁" || unit === "年" ? text.slice(end, end + 3) : "";
  if (NAME_UNIT_FIRST.has(text[unitEnd]) && NAME_AFTER_UNIT.test(text.slice(unitEnd, unitEnd + 2))) return { role: "name", reason: "a grade or scale name (百亿级, 1小时经济圈)" };
  // (…安装率等4个100%: how many full rates the list before holds, not an amount)
  if (unit === "个" && /^[“"]?100[%％]/.test(text.slice(unitEnd, unitEnd + 6)) && RATE_LIST_CLOSES.test(text.slice(Math.max(lookFrom, tok.start - 4), tok.start))) return { role: "other", reason: "how many full rates the list before holds (…等4个100%)" };
  // 4个过千亿产业集群: a money scale over which things are counted, inside their name
  if (tok.chinese && /^[百千万]$/.test(tok.raw) && unit === "亿" && /[过超]$/.test(text.slice(Math.max(0, tok.start - 1), tok.start)) &&
    /^(产业|集群|企业|园区|项目|级)/.test(text.slice(unitEnd, unitEnd + 2))) return { role: "name", reason: "a scale in a name (4个过千亿产业集群)" };
  // 劣5类水体, 3类水质, 二类疫苗: a grade of water or of a vaccine, not a count of kinds
  if (unit === "类" && (text[tok.start - 1] === "劣" || /^(水|断面|疫苗)/.test(text.slice(unitEnd, unitEnd + 2)))) return { role: "name", reason: "a grade (劣5类水体)" };
  // 具备0.5小时内集结…, 3小时内将…投送: a time within which a capability acts is its specification, not an amount
  if ((unit === "小时" || unit === "分钟") && /^(?:以内|之内|内)[\u4e00-\u9fff]/.test(text.slice(end, end + 3)) && !/^(?:以内|之内|内)(?:办结|完成|到达|响应|实现|提供|发布)/.test(text.slice(end, end + 4))) return { role: "parameter", reason: "a time a capability acts within (0.5小时内集结)" };
  // (《…行动方案》等3个文件的通知, 等5件市政府规章的决定, (共印120份): documents a notice issues or amends, or its print run)
  if ((isOneOf(unit, "个件份项部") && /^[\u4e00-\u9fff]{0,4}?(?:文件|规章|通知|意见|办法|规定|政策文件)/.test(text.slice(unitEnd, unitEnd + 8)) && /(?:》|”|等)$/.test(text.slice(Math.max(lookFrom, tok.start - 1), tok.start))) ||
    (unit === "份" && /共印$/.test(text.slice(Math.max(lookFrom, tok.start - 2), tok.start)))) return { role: "other", reason: "counts the documents a notice issues or prints (等3个文件, 共印120份)" };
  // (新建36班规模初中1所, 实行4班3运转工作制: a school's size or a shift system, not classes added)
  if (unit === "班" && /^(?:[\d一二三四五六七八九十]|规模|的规模|制)/.test(text.slice(unitEnd, unitEnd + 3))) return { role: "name", reason: "a school's size or a shift system (36班规模, 4班3运转)" };
  // a difference from last year's, the goal or the count itself stated beside it (only where 比 or 较 stands before)
  const back = text.slice(Math.max(0, tok.start - 20), tok.start);
  if (back.includes("比") || back.includes("较")) {
    // (比上年生产目标高10.4亿斤: how far a goal is above last year's goal)
    if (/(?:比|较)上年[^,。;]{0,8}?目标(?:高|多|低|少|增加|减少)出?$/.test(text.slice(Math.max(lookFrom, tok.start - 20), tok.start))) return { role: "other", reason: "a difference from last year's goal (比上年目标高…)" };
    // (今年安排重点项目320个,比去年增加20个: a count's difference from last year's, the count in the clause before, within
    // the sentence — not money: a budget's change on last year's outturn, 比上年实际完成增加2719万元, is the change it arranges)
    const sinceLastYear = unit !== "%" && !unit.endsWith("百分点") && !unit.endsWith("元") ? /(?:比|较)(?:上年|去年|上一年)(?:的)?[^,。;\d]{0,8}?(?:多|增加|减少|少)(?:了)?$/.exec(back) : null;
    if (sinceLastYear && /\d/.test((text.slice(Math.max(0, tok.start - 60), tok.start - sinceLastYear[0].length).split(/[。;!?\n]/).pop() ?? ""))) return { role: "other", reason: "a difference from last year's count (比去年增加20个)" };
  }
  // (…增速目标,分别上调0.5个、5个、4个百分点; 增长目标则下调1个百分点: how far a goal is moved from last year's)
  if ((back.includes("调") || back.includes("、")) && /(?:上调|下调|调高|调低|调增|调减)了?(?:分别)?(?:[\d.]+个?(?:百分点)?、)*$/.test(back)) {
    // (the goal may be named in the clause before: …的增速目标,分别上调…)
    const before = text.slice(Math.max(0, tok.start - 60), tok.start).split(/[。;\n]/).pop() ?? "";
    if (before.includes("目标")) return { role: "other", reason: "how far a goal is moved from last year's (上调0.5个百分点)" };
  }
  // 集结50人所需应急装备物资: how many people a stock of equipment is sized for, inside its name
  // 《纲要》共10篇, 小编整理出的30条: the parts of the document, or the items an article lists from it
  // (…分4个板块, 包括3个部分: the parts a plan is divided into)
  if ((isOneOf(unit, "篇章节") && /(?:纲要|规划|报告|方案|》)[^,。;]{0,3}?共?$/.test(text.slice(Math.max(lookFrom, tok.start - 10), tok.start))) ||
    (isOneOf(unit, "条点项") && /(?:整理|梳理|摘录|汇总|归纳)出?了?的?$/.test(text.slice(Math.max(lookFrom, tok.start - 6), tok.start))) ||
    (unit === "个" && /^(?:板块|部分|篇章|章节)/.test(text.slice(unitEnd, unitEnd + 3)) && /(?:分|分为|包括|涵盖|共)$/.test(text.slice(Math.max(lookFrom, tok.start - 2), tok.start)))) return { role: "other", reason: "counts the parts of the document or the items an article lists (共10篇)" };
  // 20万人口以上县市, 人口10万以下的乡镇: a population that bounds the places named
  // (not a population reached: 常住人口达到100万人口规模, 城区人口突破50万人口以上)
  // (全省20户以上具备条件的自然村: households that bound the villages named)
  if (unit === "户" && /^(?:及)?以[上下](?:[\u4e00-\u9fff]{2,6}的)?(?:自然村|行政村|村庄|村组|屯)/.test(text.slice(unitEnd, unitEnd + 14)) &&
    !/(达到|达|突破|超过)\s*$/.test(text.slice(Math.max(lookFrom, tok.start - 4), tok.start))) return { role: "qualifier", reason: "households that bound the villages named (20户以上自然村)" };
  if (unit.endsWith("人") && /^口(?:规模)?(?:及)?以[上下]的?[\u4e00-\u9fff]{0,2}?(?:县|市|城市|城镇|乡镇|镇|村|社区|地区|区)/.test(text.slice(unitEnd, unitEnd + 8)) &&
    !/(达到|达|突破|超过|控制在|保持在)\s*$/.test(text.slice(Math.max(lookFrom, tok.start - 4), tok.start))) return { role: "qualifier", reason: "a population that bounds the places named (20万人口以上县市)" };
  // (推进…等50个5000万元以上项目开工建设: a sum bounded right after a count, before the noun counted, sizes each of them)
  if (unit.endsWith("元") && /^(?:及)?以[上下]的?[\u4e00-\u9fff]/.test(text.slice(unitEnd, unitEnd + 5)) && COUNT_RIGHT_BEFORE.test(text.slice(Math.max(lookFrom, tok.start - 6), tok.start))) return { role: "qualifier", reason: "a size of each thing counted before it (50个5000万元以上项目)" };
  if ((unit === "人" || unit === "名") && text.startsWith("所需", end)) return { role: "qualifier", reason: "how many people a stock is sized for (50人所需装备)" };
  // (千人均执业医师3.05人, 万人均…: the people a rate is per)
  if (unit === "人" && tok.chinese && /^[千万]$/.test(tok.raw) && text[unitEnd] === "均") return { role: "qualifier", reason: "the people a rate is per (千人均执业医师)" };
  if ((text[unitEnd] === "“" || text[unitEnd] === '"') && QUOTED_NUMERAL_NAME.test(text.slice(unitEnd, unitEnd + 16))) return { role: "name", reason: "a count in a quoted name" };
  // (not a time to reach places closing its clause, 与大湾区城市城区90分钟左右通达, 胶东经济圈1.5小时通达: the goal of a
  // network — 1小时通达圈 and 30分钟直达主要交通枢纽 stay names)
  if (TIME_UNITS.has(unit) && /^[\u4e00-\u9fff“"]/.test(next) && !NOT_A_TIME_NAME.test(next)) return { role: "name", reason: "a time-scale name (15分钟生活圈)" };
  // (the items before the last of a list of such names: 打造城区1毫秒、市域5毫秒、省内20毫秒时延圈)
  if (TIME_UNITS.has(unit) && next[0] === "、" && TIME_CIRCLES_AFTER.test(text.slice(end, end + 48))) return { role: "name", reason: "a time-scale name (15分钟生活圈)" };
  if ((unit === "岁" || unit === "年") && suffix && /^[\u4e00-\u9fff]/.test(next)) return { role: "parameter", reason: "an age or duration condition" };
  // (此次培训为期5天, 为期12个月的整治: how long an event or a campaign runs)
  if (DURATION_UNITS.test(unit) && text[tok.start - 1] === "期" && text[tok.start - 2] === "为") return { role: "parameter", reason: "how long it runs (为期5天)" };
  // 为13-14岁女生接种: an age right before the people it names says who they are
  // (…or opens a range of ages, 10岁-17岁在校学生: the range says who they are)
  // (…not a range that is itself the goal, 人均预期寿命提高到79岁-80岁: only one before people)
  if (unit === "岁" && !suffix && AGE_BEFORE_PEOPLE.test(text.slice(end, end + 14))) return { role: "qualifier", reason: "an age before the people it names (13-14岁女生)" };
  // (a web page's count of its comments or views, • 0 条评论, is no figure of the text)
  // (…the count closing its line or followed by the page's furniture — not 评论员队伍, 阅读推广活动 in running text)
  if ((unit === "条" || unit === "次" || unit === "人") && /^\s*(?:评论|留言|回复|浏览|阅读|点赞|围观|关注)(?:数|量)?\s*(?:$|[\n|•·]|[(（]?\d)/.test(text.slice(unitEnd, unitEnd + 8))) return { role: "other", reason: "a web page's count of comments or views (0 条评论)" };
  if ((isOneOf(unit, "天日晚") || unit === "个月") && /免费[\u4e00-\u9fff]{0,2}$/.test(text.slice(Math.max(lookFrom, tok.start - 4), tok.start))) return { role: "parameter", reason: "how long a free service lasts (免费住15天)" };
  if ((unit === "件" || unit === "项") && (PROJECT_LIST.test(text.slice(unitEnd, unitEnd + 22)) || listCount(text, tok.start, end))) return { role: "other", reason: LIST_HOLDS };
  return shapeOfHoldingsAndLists(text, tok, unit, unitEnd, lookFrom, to, end);
}

// quantityShape's tests go on in two functions of their own: V8 optimises smaller functions sooner and at less cost.

/** quantityShape's tests of what a building holds, the things a verb of focus names and the items a list counts. */
function shapeOfHoldingsAndLists(text: string, tok: NumberToken, unit: string, unitEnd: number, lookFrom: number, to: number, end: number): Shape | null {
  // (建成后可容纳15个班级、300名学生, 建成后将年产150万套芯片: what a building will hold or make, its size — not places added)
  // (the pattern is tried only where 后 stands in the words before: most counts have none)
  const held = isMeasureWord(unit) || /(?:平方米|吨|千瓦|立方米)$/.test(unit) ? text.slice(Math.max(lookFrom, tok.start - 40), tok.start) : "";
  if (held.includes("后") && BUILT_HOLDS.test(held)) return { role: "parameter", reason: "what a building will hold once built (建成后可容纳15个班级)" };
  // (南郑区2024年10个民生实事项目具体如下: a count of 个 too, where it introduces the list)
  if (unit === "个" && text.slice(unitEnd, unitEnd + 10).includes("实事") && /^[^,。;、\d]{0,6}?(?:民生|惠民|为民|便民)实事项目(?:具体)?(?:如下|是|为|包括|[:：])/.test(text.slice(unitEnd, unitEnd + 20))) return { role: "other", reason: LIST_HOLDS };
  // (确定民生实事项目共5大类12个: the list's projects counted after its classes)
  // (…or its items after its projects: 民生实事共10项30条)
  if ((unit === "个" && /\d+\s*大类$/.test(text.slice(Math.max(lookFrom, tok.start - 6), tok.start)) || (unit === "条" && /\d+\s*项$/.test(text.slice(Math.max(lookFrom, tok.start - 6), tok.start)))) && listCount(text, tok.start, end)) return { role: "other", reason: LIST_HOLDS };
  if ((unit === "个" || unit === "项" || unit === "件") && PROJECTS_IN_BRACKET.test(text.slice(Math.max(0, tok.start - 30), tok.start))) return { role: "other", reason: "how many projects a part of the list holds (科教惠民工程(项目6个,其中基建工程类5个))" };
  if (isMeasureWord(unit) && oneOfSetAfter(text, unitEnd)) return { role: "other", reason: "the set something is one of (属于全省80个重点发展县之一)" };
  // (青岛市列入改造的10个区(市)涉及473个老旧小区: the places a plan covers, before what it holds there)
  if (unit === "个" && /^(?:区|县|市|区县|县区|县市区|县(?:市、?区)|乡镇|镇街|街镇)(?:[(（][市区县]{1,3}[)）])?涉及/.test(text.slice(unitEnd, unitEnd + 10))) return { role: "qualifier", reason: "the places a plan covers (列入改造的10个区(市)涉及…)" };
  if (unit === "次" && /(出现|提及|提到)$/.test(text.slice(Math.max(lookFrom, tok.start - 2), tok.start))) return { role: "other", reason: "how often a word occurs (“发展”出现67次)" };
  if (unit === "条" && /^[^,。;]{0,4}(?:政策措施|政策|措施|举措|意见|细则)/.test(text.slice(unitEnd, unitEnd + 10)) && /(?:落实|贯彻|执行|用好|兑现)[^,。;]{0,16}$/.test(text.slice(Math.max(lookFrom, tok.start - 18), tok.start))) return { role: "name", reason: "a policy package named by its count (落实…40条政策措施)" };
  // (a list right before the count is read back to its verb: 聚焦电子信息、…、节能环保8条)
  const listedBefore = text.slice(Math.max(lookFrom, tok.start - 12), tok.start).includes("、");
  // (…not a goal it aims at, 瞄准规模工业产值200亿元目标: the amount is the goal's)
  if (focusedOn(text.slice(Math.max(lookFrom, tok.start - (listedBefore ? 90 : 16)), tok.start)) && !GOAL_AFTER.test(text.slice(unitEnd, unitEnd + 8))) return { role: "other", reason: "things a verb of focus names (紧盯…13条重点产业链)" };
  if (putToUse(text, tok.start, unitEnd, lookFrom)) return { role: "other", reason: "things whose role is put to use (发挥3个…试点作用)" };
  if (isMeasureWord(unit) && countsNamedItems(text, tok.start, unitEnd, tok.value, lookFrom)) return { role: "other", reason: "how many items the words beside it name (科技服务、商务服务、绿色服务、海洋服务4个特色产业)" };
  if (countsPartOfList(text, unit, tok.start, unitEnd, lookFrom)) return { role: "other", reason: "how many items a part of the list holds (优化公共服务方面(7项))" };
  if (text.slice(unitEnd, unitEnd + 34).includes("的原则") && /^[^。;,]{0,30}?的原则/.test(text.slice(unitEnd, unitEnd + 34)) && FOLLOWS_NORM.test(text.slice(Math.max(lookFrom, tok.start - 40), tok.start))) return { role: "parameter", reason: "a norm the text follows (按照…至少建设1个…的原则)" };
  if (partOfFormula(text, Math.max(0, tok.start - 160), tok.start, tok.value)) return { role: "other", reason: "a part of the formula the plan is summed up in (“1+4+20”…即1个总目标、4大主要任务、20项重点工程)" };
  return shapeOfTasksAndPeople(text, tok, unit, unitEnd, lookFrom, to, end);
}

/** quantityShape's tests of the tasks and measures a plan counts, what was received or attended, and the parts of a text. */
function shapeOfTasksAndPeople(text: string, tok: NumberToken, unit: string, unitEnd: number, lookFrom: number, to: number, end: number): Shape | null {
  // (…issued: 今年出台10条措施 is work to do — but a plan the page names that puts forth its measures counts its own parts,
  // 印发《…实施方案》,…推出八大行动、25项硬核举措)
  if ((unit === "个" || unit === "项" || unit === "条") && TEXT_PARTS.test(text.slice(unitEnd, unitEnd + 6)) &&
    (!ISSUING.test(text.slice(Math.max(lookFrom, tok.start - 6), tok.start)) || PLAN_PUTS_FORTH.test(text.slice(Math.max(0, tok.start - 120), tok.start)))) return { role: "other", reason: TEXT_PARTS_REASON };
  // (意见分为10章共33条, 分三大板块10章33节: the articles or sections after the chapters are the text's own parts)
  if ((unit === "条" || unit === "节" || unit === "项") && /\d+\s*章\s*(?:共|、|,|，)?\s*$/.test(text.slice(Math.max(lookFrom, tok.start - 8), tok.start))) return { role: "other", reason: TEXT_PARTS_REASON };
  // (这份超过2.6万字的《建议》: how long a text is, in characters)
  // (报告全文约1.2万字: or after the words of a text's length)
  if (text[unitEnd] === "字" && (/^字(?:的|左右|以上|多|余)?[^,，。;；]{0,4}[《“"]|^字(?:的)?(?:报告|文件|建议|规划|纲要|讲话|全文|篇幅)/.test(text.slice(unitEnd, unitEnd + 8)) ||
    /(?:全文|篇幅|字数)[^,，。;；]{0,4}$/.test(text.slice(Math.max(lookFrom, tok.start - 8), tok.start)))) return { role: "other", reason: "how long a text is (超过2.6万字的《建议》)" };
  if (setsOutTasks(text, unit, unitEnd, Math.max(lookFrom, tok.start - 16), tok.start)) return { role: "other", reason: "how many tasks the plan sets out (提出…18项重点任务)" };
  if (carriesOutTasks(text, unit, unitEnd, Math.max(lookFrom, tok.start - 14), tok.start)) return { role: "other", reason: "how many tasks the plan carries out (落实…30项重点任务)" };
  // (重点完成5项工作指标,即…; 细化设定10项…主要指标; 提出1项行动目标; 设定了…4个工作目标——“2111”: how many indicators or
  // goals the plan sets itself, the name ending its clause or opening the list — not those to be met, 12项指标全部达标)
  if ((unit === "项" || unit === "个" || unit === "条") && INDICATORS_COUNTED.test(text.slice(unitEnd, unitEnd + 24))) return { role: "other", reason: "how many indicators or goals the plan sets itself (完成5项工作指标,即…)" };
  // 本领域服务项目共8项: how many items a part of the document itself lists
  if (isOneOf(text.charAt(tok.start - 1), "共计有") && OWN_PART_COUNTED.test(text.slice(Math.max(lookFrom, tok.start - 16), tok.start))) return { role: "other", reason: "how many items a part of the document lists (本领域服务项目共8项)" };
  // (49项重点业务KPI、45项重点攻坚项目“揭榜挂帅”任务在会上发布: how many items a meeting released, closing the clause)
  if ((unit === "项" || unit === "条") && RELEASED_ITEMS.test(text.slice(unitEnd, unitEnd + 36))) return { role: "other", reason: "how many items were released (45项…任务在会上发布)" };
  // (…主要有4项具体任务: how many tasks the text itself sets out, said before it lists them)
  if (unit === "项" && text.charAt(tok.start - 1) === "有" && /(?:主要|共|一共|具体)有$/.test(text.slice(Math.max(lookFrom, tok.start - 3), tok.start)) &&
    /^(?:具体|重点|主要)?(?:任务|措施|举措|内容|工作)/.test(text.slice(unitEnd, unitEnd + 4))) return { role: "other", reason: MEASURES_COUNTED };
  // (…更新替换高端先进设备等13项重点任务: the plan's own tasks, counted after the list of them — not 年内完成10项重点任务,
  // 完成…改革等5项重点任务目标)
  // (…or in kinds: 完整社区建设等8类重点任务)
  // (…or its work tasks, around which it is built: 围绕大力推动…、促进重点景区品质提升等18项重点工作任务)
  if ((unit === "项" || unit === "类") && text[tok.start - 1] === "等" && /^[\u4e00-\u9fff]{0,4}?(?:重点(?:工作)?任务|工作任务)/.test(text.slice(unitEnd, unitEnd + 9)) &&
    (!/(?:完成|落实|推进)[^,。;]{0,20}$/.test(text.slice(Math.max(lookFrom, tok.start - 24), tok.start)) || /(?:围绕|聚焦|包括|涵盖)[^。;]{0,150}$/.test(text.slice(Math.max(0, tok.start - 160), tok.start)))) return { role: "other", reason: MEASURES_COUNTED };
  // (“三年行动计划”包括一个总体目标、五方面工作任务、20项具体措施、15项重点项目: a list of what the plan holds, the items
  // before the count its goals, tasks or measures — the count after them is one of its parts too)
  if (text[tok.start - 1] === "、" && isMeasureWord(unit) && PLAN_HOLDS_LIST.test(text.slice(Math.max(lookFrom, tok.start - 70), tok.start))) return { role: "other", reason: MEASURES_COUNTED };
  // (今年我市7个中心城区、2个新城区…,以及1个功能区…均安排了…改造计划: how many places a statement says all of, its subject —
  // the places' goal, if any, is the value after 均)
  if (unit === "个" && PLACE_COUNTED.test(text.slice(unitEnd, unitEnd + 5)) && PLACES_ALL.test(text.slice(unitEnd, unitEnd + 80))) return { role: "other", reason: "how many places a statement covers (7个中心城区…均安排了…)" };
  // (将安徽省104个县(市、区)分成先行示范区、…: the whole a plan divides into groups)
  if (isMeasureWord(unit) && /^[^,，。;]{0,12}?(?:分成|分为|划分为|划为)/.test(text.slice(unitEnd, unitEnd + 16)) && /(?:将|把)[^,，。;]{0,8}$/.test(text.slice(Math.max(lookFrom, tok.start - 10), tok.start))) return { role: "other", reason: "the whole a plan divides into groups (将104个县分成…)" };
  // (生活垃圾分为有害垃圾、湿垃圾、干垃圾、可回收物4类: how many kinds a thing is divided into, the kinds named before)
  if ((unit === "类" || unit === "种" || unit === "大类") && /(?:分为|分成|划分为|划分成)[^,，。;；]{2,60}$/.test(text.slice(Math.max(lookFrom, tok.start - 64), tok.start))) return { role: "other", reason: "how many kinds a thing is divided into (分为…4类)" };
  // (…not issued as work, 出台20项措施 — unless the fields they are grouped in come first: 围绕…等6方面推出27项举措, the plan's own)
  if ((unit === "项" || unit === "条") && MEASURES_TAKEN.test(text.slice(unitEnd, unitEnd + 9)) && (!ISSUES.test(text.slice(Math.max(lookFrom, tok.start - 10), tok.start)) ||
    /等\s*(?:\d+|[二三四五六七八九十]+)\s*个?(?:方面|领域)(?:推出|提出|出台|制定)$/.test(text.slice(Math.max(lookFrom, tok.start - 12), tok.start)))) return { role: "other", reason: MEASURES_COUNTED };
  // (通过13个重点领域的47条具体举措, 围绕5个方面的20项重点任务: the fields a plan's measures are grouped in)
  if (unit === "个" && FIELDS_OF_MEASURES.test(text.slice(unitEnd, unitEnd + 24))) return { role: "other", reason: "how many fields the plan's measures fall in (13个重点领域的47条举措)" };
  if ((unit === "个" || unit === "项") && /^[个项]?项目/.test(text.slice(unitEnd, unitEnd + 3)) && /方面$/.test(text.slice(Math.max(lookFrom, tok.start - 4), tok.start))) return { role: "other", reason: "how many projects the list holds (10个方面48个项目)" };
  // (卫生健康共有6个项目入选, 其中… — a wrapped line may run on into 其中 —: how many of a field's projects the list took, not a count to reach — 力争10个项目入选国家级名单 is)
  if (isOneOf(unit, "个项件") && /^[个项件]?项目入选(?:其中|[^\u4e00-\u9fff]|$)/.test(text.slice(unitEnd, unitEnd + 6)) && !/(?:力争|确保|争取|计划|将|要)[^,，。;]{0,12}$/.test(text.slice(Math.max(lookFrom, tok.start - 14), tok.start))) return { role: "other", reason: "how many projects the list holds (6个项目入选)" };
  // (包括…、城乡公厕改造等方面共17个项目: how many projects the fields named before make up)
  if (text[tok.start - 1] === "共" && isOneOf(unit, "个项件") && /等(?:方面|领域|类别?|板块)共$/.test(text.slice(Math.max(lookFrom, tok.start - 6), tok.start)) &&
    /包括[^。;；]*$/.test(text.slice(Math.max(lookFrom, tok.start - 200), tok.start))) return { role: "other", reason: "how many projects the fields named make up (包括…等方面共17个项目)" };
  if (isOneOf(withoutTenThousand(unit), "个项件") && LISTED.test(text.slice(unitEnd, unitEnd + 8)) && /实事/.test(text.slice(unitEnd, text.indexOf("。", unitEnd) + 1 || to))) return { role: "other", reason: "how many projects the list holds (10个项目被列入…民生实事)" };
  if (unit === "个" && /(惠及|涉及)$/.test(text.slice(Math.max(lookFrom, tok.start - 2), tok.start)) && /^(乡镇|镇|村|社区|街道|县|区|县区|市)/.test(text.slice(unitEnd, unitEnd + 2))) return { role: "other", reason: "the places a project reaches (惠及17个乡镇)" };
  if (isOneOf(withoutTenThousand(unit), "件条份封") && /^[^力确计要将争]*收到[\u4e00-\u9fff]{0,8}$/.test(text.slice(Math.max(lookFrom, tok.start - 10), tok.start))) return { role: "past", reason: "what was received (收到建议248件)" };
  // (共收到建议和意见8件,主要涉及道路交通…建设4件,城乡垃圾治理2件: the parts of what was received — read back past the
  // clause, within the sentence)
  if (isOneOf(unit, "件条") && /收到[^。;；\d]{0,20}\d+[件条][,，](?:主要|其中[,，]?)?(?:涉及|包括|为)?[^。;；]*$/.test(text.slice(Math.max(0, tok.start - 160), tok.start))) return { role: "past", reason: "a part of what was received (收到…8件,主要涉及…4件)" };
  // (共收到来自社会各界意见建议432条, 提出意见建议1189条, 共有6015人次参与投票: what the public said of a list being drawn
  // up; not suggestions a plan will handle, 办理代表建议300件)
  if (isOneOf(withoutTenThousand(unit), "件条") && /(意见|建议|留言|金点子)[\u4e00-\u9fff]{0,2}$/.test(text.slice(Math.max(lookFrom, tok.start - 8), tok.start)) &&
    !/(办理|办结|答复|处理|落实)[^,。;]{0,12}$/.test(text.slice(Math.max(lookFrom, tok.start - 16), tok.start))) return { role: "past", reason: "what the public suggested (意见建议1189条)" };
  if (["人", "人次"].includes(withoutTenThousand(unit)) && /^(?:参与|参加)(?:了)?(?:投票|调查|评议|测评|问卷)/.test(text.slice(end, end + 6))) return { role: "past", reason: "who took part in a poll (6015人次参与投票)" };
  // (23名区人大代表, 75名议事代表: the level or the council may stand before the word)
  // (…or with its session named between: 185名区第十五届人民代表大会代表)
  if (unit === "名" && (/^(?:[省市区县镇乡]|街道|议事|党)?(?:人大代表|人民代表|政协委员|代表|委员)/.test(text.slice(unitEnd, unitEnd + 6)) ||
    /^[^,，。;；\d]{0,12}?(?:人民代表大会代表|人大代表|政协委员)/.test(text.slice(unitEnd, unitEnd + 20)))) return { role: "other", reason: "the members of a congress (237名人大代表)" };
  // (会议补选镇政府副镇长1名, 选举产生…委员3名: the offices a session fills by election)
  if ((unit === "名" || unit === "人") && ELECTED_BEFORE.test(text.slice(Math.max(lookFrom, tok.start - 16), tok.start))) return { role: "other", reason: "offices a session fills by election (补选副镇长1名)" };
  // (基本具备“五有”:有一定规模的阅读场地(建筑面积不低于100平米…)、…: what each place must have, listed after the standard's
  // name — read back past the clause, within the sentence)
  // (the conditions sit in brackets, 有一定…的…(…): only a number near one is looked back for the standard)
  const near = text.slice(Math.max(0, tok.start - 30), tok.start);
  if ((near.includes("(") || near.includes("（")) && HAS_STANDARD.test(text.slice(Math.max(0, tok.start - 400), tok.start))) return { role: "parameter", reason: "a standard each place must meet (具备“五有”:…)" };
  // (有序推进在建16个1525公里高速公路、32个496公里普通国道: projects under way, counted with their length — the work goes on,
  // it sets no amount; each item of the list the word opens)
  if (isMeasureWord(unit) || /(?:公里|千米)$/.test(unit)) {
    const pushedOn = text.slice(Math.max(lookFrom, tok.start - 60), tok.start);
    if (pushedOn.includes("在建") && UNDER_WAY.test(pushedOn)) return { role: "other", reason: "projects under way (在建16个…高速公路)" };
  }
  // (文件包括8个部分47条: the articles of a document, counted after its parts)
  if (unit === "条" && /\d+\s*个?部分$/.test(text.slice(Math.max(lookFrom, tok.start - 6), tok.start))) return { role: "other", reason: "the articles of a document, after its parts (8个部分47条)" };
  // (历时3个多月: how long a process took)
  if (text[tok.start - 1] === "时" && text[tok.start - 2] === "历") return { role: "other", reason: "how long a process took (历时3个多月)" };
  if (isOneOf(withoutTenThousand(unit), "名人") && ATTENDANCE.test(text.slice(Math.max(lookFrom, tok.start - 10), tok.start)) && !GOAL_BEFORE.test(text.slice(Math.max(lookFrom, tok.start - 16), tok.start))) return { role: "past", reason: "attendance at a session (应到代表877名, 出席839名)", present: true };
  // (185名代表中,基层一线代表115名,…妇女代表56人: a group of the members, counted after its name)
  if ((unit === "名" || unit === "人") && /(?:代表|委员)$/.test(text.slice(Math.max(lookFrom, tok.start - 2), tok.start)) &&
    !/(?:培训|培养|选派|组织|邀请|走访|联系)[\u4e00-\u9fff]{0,8}$/.test(text.slice(Math.max(lookFrom, tok.start - 12), tok.start - 2))) return { role: "other", reason: "a group of a congress's members (妇女代表56人)" };
  const told = presentOrAnother(text, tok.start, tok.end, unit, unitEnd, lookFrom);
  if (told !== null) return told;
  if (countsTextParts(text, unit, tok.start, unitEnd, lookFrom)) return { role: "other", reason: "the parts of a text (共分18篇62章)" };
  if (text[tok.start - 1] === "批" && BATCH_JOINED.test(text.slice(Math.max(lookFrom, tok.start - 12), tok.start))) return { role: "other", reason: "the size of a batch a place belongs to (作为全国首批14个…城市)" };
  return null;
}

/** Whether a count is of a text's volumes or chapters: 纲要草案共分18篇62章, 全文共8章. */
function countsTextParts(text: string, unit: string, at: number, unitEnd: number, lookFrom: number): boolean {
  if (unit === "篇") return /^共?\d{1,3}章/.test(text.slice(unitEnd, unitEnd + 5));
  return (unit === "章" || unit === "节") && /[分共]\d{1,3}篇$|\d篇$|共分$|全文共?$/.test(text.slice(Math.max(lookFrom, at - 6), at));
}

/** Whether things counted are those whose role is put to use: 发挥3个…试点作用 (the regexes run only after a 发挥). */
function putToUse(text: string, at: number, unitEnd: number, lookFrom: number): boolean {
  const before = text.slice(Math.max(lookFrom, at - 10), at);
  return before.includes("发挥") && /发挥[^,。;]{0,8}$/.test(before) && /^[^,。;]{0,20}作用/.test(text.slice(unitEnd, unitEnd + 24));
}

/**
 * How many items a part of a list holds, in a bracket after its name or closing its heading: 优化公共服务方面(7项),
 * a kind of the plan's goals (关于经济发展类目标(13个)).
 */
function countsPartOfList(text: string, unit: string, at: number, unitEnd: number, lookFrom: number): boolean {
  const itemsOrWorks = unit === "项" || unit === "件";
  if (!itemsOrWorks && unit !== "个" && unit !== "条") return false;
  if (itemsOrWorks && /方面\s*[(（]$/.test(text.slice(Math.max(lookFrom, at - 4), at))) return true;
  if (/(?:类|方面)(?:目标|指标|任务)\s*[(（]$/.test(text.slice(Math.max(lookFrom, at - 6), at))) return true;
  // (“一老一小”服务项目4项 on a line of its own, under 其中: how many of the list's projects a field has — not a line of a
  // year's goals, 省级重点项目20项, with no 其中 before it)
  if (itemsOrWorks && /项目$/.test(text.slice(Math.max(lookFrom, at - 2), at)) && /^[ \t]*(?:\n|$)/.test(text.slice(unitEnd, unitEnd + 3)) &&
    /其中[:：]?\s*\n[^。]{0,60}$/.test(text.slice(Math.max(0, at - 80), at))) {
    const line = /(?:^|\n)([^,，。;；\n]{2,30})$/.exec(text.slice(Math.max(0, at - 32), at));
    if (line && !COUNT_VERB_ANYWHERE.test(line[1])) return true;
  }
  return itemsOrWorks && (HEADING_COUNT.test(text.slice(Math.max(0, at - 16), at)) || closesHeadingLine(text, at, unitEnd));
}

/** The items a part of the document itself lists, counted: 本领域服务项目共, 本方案任务共计. */
const OWN_PART_COUNTED = /本(?:领域|章|节|部分|方案|规划|计划|清单|目录)[\u4e00-\u9fff]{0,8}?(?:共计|共有|共)$/;
/**
 * The measures a plan takes, counted after their number: 实施…3个方面20项举措 — its means, not its aims; measures to be
 * issued (年内出台10条具体措施) are a deliverable.
 */
const MEASURES_TAKEN = /^[\u4e00-\u9fff]{0,4}?(?:举措|措施)/;
const MEASURES_COUNTED = "how many measures the plan takes (3个方面20项举措)";
/** What a plan holds, listed: its goals, tasks or measures before the current item (包括一个总体目标、…、20项具体措施、). */
const PLAN_HOLDS_LIST = /(?:包括|包含|涵盖|分为)[^。;；,，]{0,60}?(?:目标|任务|措施|举措)、$/;
const ISSUES = /(?:出台|制定|推出|发布|印发)[^,。;]{0,6}$/;
/**
 * A plan's own indicators or goals after their count, the name closing there: 5项工作指标,即 / 10项…主要指标。 (not a
 * goal the count is, 重大项目2个以上的目标, 到2027年38个的目标, nor a list's sum, …250个等多项关键绩效指标, nor tasks a goal
 * completes, 5项重点任务目标)
 */
// (…or the count then what they are, 其中有13个是基础设施方面的指标)
const INDICATORS_COUNTED = /^[项个条]?(?:(?:(?![的等])[\u4e00-\u9fff“”]){0,16}?|[是为][\u4e00-\u9fff“”]{0,16}?)(?:指标|(?<!任务)目标)(?=[,，。;；:：、\s即是为和及与—]|$)/;
/** Units of a span of time: 天, 日, 周, 个月, 年, 小时. */
const DURATION_UNITS = /^(?:天|日|周|个月|月|年|小时)$/;
/** The tasks of a plan counted after their number: 18项重点任务, 50项具体工作任务, 23项任务; and its principles, 4条基本原则. */
const TASKS = /^[项个条]?(?:(?:重点|主要|具体)?(?:工作|目标)?任务|(?:基本|主要|总体)?原则|(?:重点|主要|具体)?工作(?:计划|举措))/;
/** The measures of a policy package, after their count: 条措施, 项扶持计划, 项支持政策. */
const MEASURES_SET = /^[项条]?(?:政策)?(?:(?:支持|扶持|配套|保障)?措施|举措|扶持计划|支持政策|扶持政策|政策措施)/;
/** …and the works a plan proposes (围绕…提出28项工程, 提出102项重大工程) — works carried out, 实施15项重大工程, count work. */
const WORKS_SET = /^[项个]?(?:重大|重点)?工程(?!项目|建设)/;
/** …and the indicators or measures it holds, named before their total (量化指标共有5个). */
const PARTS_TOTALLED = /(?:指标|措施|举措)(?:共有|共计|总共|一共|共)$/;
/** …and the indicators it sets itself (《规划》还提出19项发展指标, 设置了25项主要指标). */
const INDICATORS_SET = /^[项个条]?(?:发展|主要|核心|具体|监测|考核|约束性|预期性)?指标/;

/**
 * A count of the tasks a plan sets out for itself — its parts, not its targets: 提出通过三大方向18项重点任务, the tasks its
 * goals are split into (将全年的目标任务分解成50项具体工作任务), the set a part of them is taken from (50项工作任务中涉及
 * 我厅的) — but not work to complete (完成、实施、推进N项重点任务 may count work done). `from`: where the words before
 * the number that are read begin.
 */
function setsOutTasks(text: string, unit: string, unitEnd: number, from: number, at: number): boolean {
  const after = text.slice(unitEnd, unitEnd + 7);
  // (a caption that is only the count the plan sets out, 细化提出20项 over its indicators, ends its line)
  // (the line is only that caption: …主导团体标准提出15项 closing a line of goals counts work)
  const bare = unit === "项" && /^[ \t]*(?:\r?\n|$)/.test(after) && /(?:^|\n)[ \t]*[\u4e00-\u9fff]{0,4}(?:提出|明确)$/.test(text.slice(Math.max(0, at - 8), at));
  // (…等方面共出台9条措施,并配套推出4项扶持计划: the measures a package itself holds, counted as it is issued)
  if ((unit === "条" || unit === "项") && MEASURES_SET.test(after) && /(?:共|共计|配套|同步|一并)(?:出台|推出|发布|提出)了?$/.test(text.slice(Math.max(from, at - 6), at))) return true;
  // (本次…双控目标量化指标共有5个, 主要指标共20项: how many indicators or measures a plan holds, the noun named first)
  if ((unit === "个" || unit === "项" || unit === "条") && PARTS_TOTALLED.test(text.slice(Math.max(from, at - 8), at))) return true;
  const tasks = TASKS.test(after);
  const indicators = INDICATORS_SET.test(after);
  const works = WORKS_SET.test(after);
  if ((unit !== "项" && unit !== "个" && unit !== "条") || !(bare || tasks || indicators || works)) return false;
  const before = text.slice(from, at);
  // (the works a plan proposes, 围绕…提出28项工程 — not works it builds, 明确今年建设20项重点工程, 围绕…开工建设12项重点工程)
  if (works && !tasks && !indicators) {
    const proposed = /(?:提出|明确|部署|设置|设定)([^,。;]{0,12})$/.exec(before);
    return proposed !== null && !COUNT_VERB_ANYWHERE.test(proposed[1]);
  }
  // (…在内的三大方面共15项重点任务, …等十大领域共计251项重点任务: the parts a plan's tasks fall in, then their number)
  // (…or right after the outline that holds them: “十五五”规划纲要草案12项预期性指标)
  // (…or after the list of them it totals: 土壤污染风险管控与修复等5项重点任务 — not tasks a goal is to complete, 确保年内完成…等5项重点
  // 任务目标)
  // (…or settled on: 以“到2024年,…”为目标,确定14项具体任务)
  return (/(?:提出|明确|部署|包括|涵盖|围绕|聚焦|分解|细化|细分|设置|设立|设定|确定|确立|列出)[^,。;]{0,12}$|(?:方面|领域|板块)(?:共计|共有|共)$/.test(before) || (tasks && /[\u4e00-\u9fff]等$/.test(before) && !/^[\u4e00-\u9fff]{0,6}?任务目标/.test(text.slice(unitEnd, unitEnd + 9))) ||
    (indicators && /(?:纲要|草案)$/.test(before)) || /^[项个条]?(?:重点|主要|具体)?(?:工作)?任务中/.test(text.slice(unitEnd, unitEnd + 9))) &&
    !/(?:完成|实施|推进)\s*$/.test(text.slice(Math.max(from, at - 4), at));
}

/** A count of the tasks a plan carries out — its parts too: 落实国企党建30项重点任务, 突出抓好21项重点工作落实. */
function carriesOutTasks(text: string, unit: string, unitEnd: number, from: number, at: number): boolean {
  return (unit === "项" || unit === "条") && /^[项条]?(?:重点|主要|具体)(?:工作)?(?:任务|工作)/.test(text.slice(unitEnd, unitEnd + 7)) &&
    /(?:落实|抓好|抓实|做好)[^,。;]{0,12}$/.test(text.slice(from, at));
}

/** What a building will hold once built, before the count: 建成后可容纳15个班级、学生… */
// (…or make in a year: 建成后将年产 150 万套 MLED 芯片)
const BUILT_HOLDS = /(?:建成|投用|投入使用|竣工|投产|达产)后[,，]?(?:可|能|将)?(?:容纳|满足|提供|(?:实现|形成)?年产)(?:约|近)?\s*(?:[\d.]+\s*[万亿千]?[个名套台件吨][\u4e00-\u9fffA-Za-z ]{0,12}、)*[\u4e00-\u9fff]{0,4}\s*$/;

/** What follows the number of a quoted percentage: %(左右|以上|以内)? and the closing quote. */
const QUOTED_PERCENT = /^%(?:左右|以上|以内|以下)?[”"」]/;

/** The denominator of a fraction: 1/8, 1/3 (not a date or a code going on, 1/3/5, 1/30.5). */
// (not a rate per so many: 9/10万)
const FRACTION = /^\/([1-9]\d{0,2})(?![\d./万千亿百])/;
/** A fraction in words after its denominator: 三分之一 (分之 and the numerator). */
const CN_FRACTION = /^分之([一二三四五六七八九])/;
/** Words of a share of a whole right before a fraction: 占全市1/8, 比重超1/4, 转化率超过1/3, 减少1/3, 比重稳定在1/3. */
const FRACTION_BEFORE = /(?:占[\u4e00-\u9fff]{0,6}(?:比重)?|(?:比重|占比|比例|率|份额)|(?:减少|降低|下降))(?:达到|超过|提高到|提升到|稳定在|保持在|达|超|突破|不低于|不少于|约|近)?$/;

/** What opens a clause on tenths of its subject: the clause's start or a word of will (确保九成残疾儿童…). */
const TENTHS_SUBJECT_BEFORE = /(?:^|[,，。;；:：\s“]|确保|力争|争取|推动|实现|使|让|将有|有)$/;
/** Tenths, bounded or not, then the things they are of (九成以上老字号企业, 6成以上老年人口). */
const TENTHS_SUBJECT_AFTER = /^成(?:以上|左右|多)?的?[\u4e00-\u9fff“]/;
/** A share or a rise right before tenths (占比达到三成, 增幅超7成). */
const TENTHS_BEFORE = /((比重|占比|比例|率|份额)(达到|超过|提高到|提升到|达|超|逾|突破|不低于|不少于|保持在|稳定在)|(增幅|增速|增长|提升|提高|下降|降低|减少)(超过|超|达到|达|不低于|近|约)?)$/;

/** 期 closing a clause or bounded (60期以上): sessions counted. */
const SESSIONS = /^期(?:以上|左右|以内|多|余|[,。;、)]|$)/;

/** The projects of a yearly list (10件惠民实事, 12项民生实事项目): their number says how long the list is. */
const PROJECT_LIST = /^(?:年度)?[^,。;、\d]{0,8}?(?:20\d\d年度?)?[^,。;、\d]{0,4}?(?:重点)?(?:(?:民生|惠民|为民|便民)?实事|民生大事|民生工程|民心工程)/;
/** Fields, then the measures or tasks in them counted: 重点领域的47条具体举措, 方面的20项重点任务. */
const FIELDS_OF_MEASURES = /^[\u4e00-\u9fff]{0,4}?(?:领域|方面|板块|维度)的?\s*\d+\s*[条项个](?:[\u4e00-\u9fff]{0,4}?)(?:举措|措施|任务|工作)/;
/** Why a count of the list's own projects is no target. */
const LIST_HOLDS = "how many projects the list holds (10件惠民实事)";
/** Words that open the items a count introduces (新增14项包括:…). */
const ITEMS_FOLLOW = /^(?:包括|如下|具体为|具体包括|分别是|分别为)/;

/**
 * A count of 项/件 that introduces the items after it, or stands bare in a sentence about the list of 实事 (为民办实事项目,
 * 共安排十方面共32项; 新增14项、…): how many projects the list holds.
 */
function listCount(text: string, start: number, end: number): boolean {
  if (ITEMS_FOLLOW.test(text.slice(end, end + 4))) return true;
  // (…公布,共十个方面34项(附清单): a note in brackets may follow the count; a headline's count closes its line)
  // (or its items counted right after: 共10项30条)
  if (!/^(?:[,。;、:|(（\n]|$)/.test(text.slice(end, end + 1)) && !/^\d+\s*条[,。;，；]/.test(text.slice(end, end + 6))) return false;
  const back = text.slice(Math.max(0, start - 60), start);
  if (/实事/.test(back.slice(back.lastIndexOf("。") + 1))) return true;
  // (候选项目包括…等领域共计八类15项: a total after a sentence listing the projects)
  // (only after a list that names the projects, with no verb of work on them: 全年计划实施市级重点项目共计120项 sets a target)
  const said = back.slice(back.lastIndexOf("。") + 1);
  if (/(?:共计|共|合计)(?:[一二三四五六七八九十]+大?类)?$/.test(back) && /(?:包括|涵盖|候选|票决)/.test(said) && /(?:项目|事项)/.test(said) &&
    !/(?:实施|安排|完成|推进|建设|新建|开工)/.test(said)) return true;
  // (与2022年相比,新增14项: a clause of list words only, right after a sentence about the list)
  const head = back.slice(Math.max(back.lastIndexOf(","), back.lastIndexOf(";"), back.lastIndexOf("。")) + 1);
  return LIST_WORDS.test(head) && /实事/.test(back);
}
// (项目总数增加2项: the list's total)
const LIST_WORDS = /^(?:项目总数|总数|共|共计|合计|新增|增加|安排|确定|其中|较去年|比去年)*$/;

/** The class a list's items fall in, named after their count: a field of work (产业, 维度, 体系…), not things to build. */
const ITEM_CLASS = /^[\u4e00-\u9fff]{0,4}?(?:产业(?!集群|园|链)|维度|体系|行动|方面|领域|板块|方向|赛道|工程)(?![\u4e00-\u9fff]{0,2}(?:建设|改造))/;

/**
 * Whether a count only says how many items the words right before or after it name — 培育壮大科技服务、商务服务、绿色服务、
 * 海洋服务4个特色产业; 优先发展2个先导产业,包括新一代信息技术、人工智能两个产业 —: the list's size, not an amount to reach.
 * (the items are counted; a count that differs from them, 建设A、B等30个…, counts more than it names)
 */
function countsNamedItems(text: string, start: number, unitEnd: number, value: number, lookFrom: number): boolean {
  if (!Number.isInteger(value) || value < 2 || value > 12) return false;
  const namedAlike = (run: string): boolean => {
    const items = run.split(/、|和|及|与/);
    return items.length === value && items.every((x) => x.length >= 2 && x.length <= 16);
  };
  // the items run up to the number, the noun of their class after it — a field of work, not things to build
  // (建成金闽小学、永南中学2所新校 counts the schools a plan will have built)
  if (/[\u4e00-\u9fff”]/.test(text[start - 1] ?? "") && ITEM_CLASS.test(text.slice(unitEnd, unitEnd + 8))) {
    const back = text.slice(Math.max(lookFrom, start - 160), start);
    const run = back.slice(Math.max(back.lastIndexOf(","), back.lastIndexOf(":"), back.lastIndexOf(";"), back.lastIndexOf("。"), back.lastIndexOf("\n")) + 1);
    if (run.includes("、") && !/[\d等]/.test(run) && namedAlike(run)) return true;
  }
  // …or are named after it: …,包括A、B两个产业
  const ahead = text.slice(unitEnd, unitEnd + 140);
  if (!ahead.includes("包括") && !ahead.includes("即") && !ahead.includes("分别")) return false;
  const named = /^[\u4e00-\u9fff]{1,10}[,:]?(?:包括|即|分别是|分别为)([^。;\d]{2,120}?)(?:[两二三四五六七八九十]+[个项大类家]|等|[。;]|$)/.exec(ahead);
  return named !== null && named[1].includes("、") && namedAlike(named[1]);
}

/** 在建 opening a list of projects under way, up to a count: 在建16个1525公里高速公路、32个… */
// (a verb of pushing on before it: a list of the year's works, 新开工10项、在建14项, counts what the year will have under way)
const UNDER_WAY = /(?:推进|加快|抓好)在建(?:项目)?(?:[\d.]+(?:个|项|条|座|处|公里|千米|万千瓦)|[\u4e00-\u9fff]{1,14}、)*$/;

/** A standard of “N有” each place must have, its conditions listed after the colon (基本具备“五有”:有一定规模的阅读场地…). */
const HAS_STANDARD = /(?:具备|达到|符合|做到)[“"][二三四五六七八九十]有[”"](?:标准|要求)?[:：][^。;；\n]*$/;

/** What a round scale names a class of (百亿企业, 千亿产业集群, 万亿城市, 千亿县). */
const SCALE_CLASS = /^(?:级)?(?:企业|产业|集群|龙头|园区|项目|工程|基地|县|镇|强县|城市|市|俱乐部)/;

/** Whether a quoted formula of counts (“1+4+20”, “1+3+N”) shortly before names `value` as one of its parts. */
function partOfFormula(text: string, from: number, at: number, value: number): boolean {
  const before = text.slice(from, at);
  if (!before.includes("+")) return false;
  // (the counts must be said to be its parts: “1+4+20”概括,即1个总目标… — not 实施“1+5”行动计划,建成5个…)
  // (…and only up to a goal the sentence goes on to set: …,即3个驻点招商工作组…,确保…项目12个,其中10亿元以上项目1个)
  const f = /[“"]((?:\d+|N)(?:\s*\+\s*(?:\d+|N))+)[”"][^“”"。;\n]*?(?:即|包括|也就是|具体为|分别是|:)((?:(?!确保|力争|争取)[^“”"。;\n])*)$/.exec(before);
  // (…not the things a verb of building makes, its parts: “1+1+6+6+18+N”(即在全省范围内建设1个…产业园、…18个分拣中心…)
  return f !== null && f[1].split("+").some((x) => Number(x.trim()) === value) && !FORMULA_PARTS_BUILT.test(f[2]);
}

const FORMULA_PARTS_BUILT = /^[^,，、]{0,12}?(?:建设|建成|新建|打造|培育|创建|布局|设立)/;

/**
 * Whether the number at `at` stands in a quote that gives a goal's words, the quote right after the goal named: 其预期目标为
 * “保8%、争9%”, 均是“增长7%” — the quote quotes the value, it names nothing.
 */
function quotedGoal(text: string, at: number): boolean {
  const open = text.lastIndexOf("“", at);
  if (open < 0 || at - open > 12 || text.slice(open, at).includes("”")) return false;
  // (a goal's words: a rate or a bound inside the quote — not a name the goal is given, 目标是“3个100万”)
  const close = text.indexOf("”", at);
  // (…or made one after it: 将“生产总值增长5%-5.5%”列为建议主要预期目标)
  return close > 0 && close - at <= 16 && GOAL_WORDS_QUOTED.test(text.slice(open, close)) &&
    (QUOTED_GOAL_BEFORE.test(text.slice(Math.max(0, open - 12), open)) || QUOTED_GOAL_AFTER.test(text.slice(close, close + 16)));
}
const GOAL_WORDS_QUOTED = /[%‰]|增长|增速|以上|左右|以内|突破/;
// (…or proposed as such: 河北提出“年均增长7%左右”)
const QUOTED_GOAL_BEFORE = /(?:目标|指标)[^,，。;“”]{0,4}?(?:为|是|定为)[:：]?$|均(?:是|为)$|(?:提出|明确|确定|定下|设定)了?[:：]?\s*$/;
const QUOTED_GOAL_AFTER = /^”(?:列为|作为|确定为|定为)[^,，。;“”]{0,10}?目标/;

/** After an age: the people it names (13-14岁女生), or the rest of a range of ages before them (10岁-17岁在校学生). */
const AGE_PEOPLE = "(?:的)?(?:在校|在园|适龄)?(?:女生|男生|学生|儿童|少年|青少年|妇女|女性|男性|老年人|老人|人群|人口|居民|群众|婴幼儿|幼儿|孩子|青年)";
// (a range may name where its people live before them: 35岁—64岁农村适龄妇女, 60岁-79岁的城乡老年人)
const AGE_BEFORE_PEOPLE = new RegExp(`^${AGE_PEOPLE}|^\\s*[-—–~至到]\\s*\\d+\\s*周?岁(?:的)?[\\u4e00-\\u9fff]{0,4}?${AGE_PEOPLE}`);

/** A heading's count of its items in brackets: 一、促进就业(3项). */
const HEADING_COUNT = /(?:^|\n)\s*[一二三四五六七八九十]{1,3}[、.][^,。;\n(（]{2,12}[(（]$/;
/** A count in brackets closing a line without a sentence in it: 光明区2025年民生实事:教育优质行动(4项). */
function closesHeadingLine(text: string, at: number, unitEnd: number): boolean {
  // (a line of work with its verb, 全年实施省市重点项目(50项), counts what it does)
  const line = /(?:^|\n)([^,，。;；\n]{2,40})[(（]$/.exec(text.slice(Math.max(0, at - 42), at));
  return /^[)）][ \t]*(?:\n|$)/.test(text.slice(unitEnd, unitEnd + 4)) && line !== null && !COUNT_VERB_ANYWHERE.test(line[1]);
}
/** A norm the text follows (按照每10万常住人口…至少建设1个公益性零工市场的原则): its numbers set no target. */
const FOLLOWS_NORM = /按照[^。;]{0,40}$/;
/** Tasks, projects or measures released, the release closing the clause (…任务在会上发布, …清单同步发布). */
// (…and the items before it in its list: 49项重点改革任务、45项…任务在会上发布)
const RELEASED_ITEMS = /^[^,，。;；]{0,40}?(?:任务|项目|措施|举措|清单|指标|KPI)[^,，。;；\d]{0,6}?(?:发布|公布)(?:[,，。;；]|$)/;
/** A verb of issuing measures (年内出台10条具体措施): how many it issues is a deliverable, not how the text is divided. */
const ISSUING = /(出台|制定|推出|研究出台|发布|印发)$/;
/** A plan the page names, issued, then what it puts forth: 印发《…实施方案》,…推出八大行动、 (in its sentence). */
const PLAN_PUTS_FORTH = /(?:印发|出台|发布|制定)了?《[^》]{2,40}》[^。;]{0,80}?(?:推出|提出|明确)[^。;,，]{0,12}$/;

/** Why a count of a text's own parts is no target. */
const TEXT_PARTS_REASON = "how many parts or indicators the text has (6个方面工作, 23个主要指标)";
/** The overall aim or lever a plan names once (1个总目标, 1个总抓手): what the plan is built around, nothing to reach. */
const OVERALL = "总(?:体)?(?:目标|抓手|框架|思路|要求|布局)";

/**
 * The parts a text is divided into (做好6个方面工作, 分为六部分24项内容, 等18项措施, 8项重点工作中): how many there are
 * says nothing to reach.
 */
const TEXT_PARTS = new RegExp(`^[个项条]?(?:${OVERALL}|方面(?:工作|任务|重点|内容)?|(?:主要|核心|具体|量化)?指标|(?:主要|发展|具体|量化)?目标(?=[,。;:\\s]|$)|(?:重点)?工作(?=[,。;:\\s中]|$)|(?:具体|政策|支持|保障|主要|硬核|务实|创新|重点)?(?:措施|举措|内容)(?=[,。;:\\s中为]|$))`);
/** Projects entered into a list (10个项目被列入…实事项目): the count is the list's length. */
// (…等10项民生项目确定为…民生实事: a list closed by 等, then named as the year's)
const LISTED = /^(?:个|项|件)?(?:民生|惠民)?(?:项目|事项)?被?(?:列入|纳入|确定为)/;
/** Members present at a session of a congress: 应到代表877名, 实到839名, 出席839名. */
// (…or at a meeting held: 召开了…“新春第一会”,总参会人数超过2.4万人)
const ATTENDANCE = /(?:应到|实到|出席|列席|参会|与会)(?:会议)?(?:代表|委员|人员|人数)?(?:总数)?(?:超过|超|达到|达|共|约|逾|近)?$/;
/** A goal's words before a count (力争参会人数达到5000人 is a goal). */
const GOAL_BEFORE = /(?:力争|确保|争取|目标|计划|预计|将|要)[^,，。;]*$/;
/** Membership of a batch (作为全国首批14个…, 入选第二批15个…): the batch's size describes, it sets nothing. */
const BATCH_JOINED = /(?:作为|入选|成为|列入|纳入|获批|跻身)[\u4e00-\u9fff]{0,4}?(?:首批|第[一二三四五六七八九十\d]+批)$/;

/** A verb that reaches a level, right before a money scale (达到7000亿级, 迈上千亿级). */
const REACH_BEFORE = /(达到|达|突破|迈上|迈入|跨上|跨入|超过|进入|(?:提升|提高|增长|增加|上升)[至到])$/;

/**
 * Whether a money scale with 级 (7000亿级) closes its clause right after a verb that reaches it: a level to reach.
 * Elsewhere (打造千亿级产业集群) the scale names a class of things.
 */
function scaleReached(text: string, start: number, unit: string, unitEnd: number, lookFrom: number, to: number): boolean {
  if (text[unitEnd] !== "级" || !/^[千百]?[万亿]{1,2}$/.test(unit)) return false;
  // (spaces a line ends with close it too: 提升至4万亿级··)
  let after = unitEnd + 1;
  while (after < to && (text[after] === " " || text[after] === "\t")) after++;
  return (after >= to || /[,。;、\n]/.test(text[after])) && REACH_BEFORE.test(text.slice(Math.max(lookFrom, start - 4), start));
}

/** Every mention of the text, clause by clause (a mention never crosses a clause boundary), in order. */
export function scanMentions(text: string, titleMask: Uint8Array): Mention[] {
  const out: Mention[] = [];
  let prevStart = 0;
  const all = clauses(text, 0, text.length);
  // most clauses hold no numeral at all: one search along the text finds the next one, and only the clauses that
  // reach it are scanned
  const numeralAt = (from: number): number => {
    const k = nextNumeral(text, from, text.length);
    return k < 0 ? text.length : k;
  };
  let next = numeralAt(0);
  for (let k = 0; k < all.length; k++) {
    const c = all[k];
    if (next < c.start) next = numeralAt(c.start);
    if (next < c.end) {
      // a label before a colon may be read with its value: 受教育年限:11.2年
      const lookFrom = text[c.start - 1] === ":" ? prevStart : c.start;
      mentionsIn(text, c.start, c.end, titleMask, true, lookFrom, out);
    }
    prevStart = c.start;
  }
  return out;
}

/** Index of the first mention starting at or after `pos` (binary search). */
export function firstAtOrAfter(mentions: Mention[], pos: number): number {
  let lo = 0, hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < pos) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** The quantity mentions (shape null) of text[from, to). */
export function quantitiesIn(mentions: Mention[], from: number, to: number): Mention[] {
  const out: Mention[] = [];
  for (let i = firstAtOrAfter(mentions, from); i < mentions.length && mentions[i].start < to; i++) {
    const m = mentions[i];
    if (m.shape === null && m.end <= to) out.push(m);
  }
  return out;
}

/** Whether text[from, to) holds a quantity mention or a word that states a value (全覆盖, 清零). */
export function statesAnything(text: string, mentions: Mention[], from: number, to: number): boolean {
  // (a value read as the present from its sentence alone may be a goal in its context: it states, for the roles to decide)
  for (let i = firstAtOrAfter(mentions, from); i < mentions.length && mentions[i].start < to; i++) if (mentions[i].shape === null || mentions[i].shape!.present === true) return true;
  return VALUE_WORDS.test(text.slice(from, to));
}

// A count: [verb] N [measure word] [noun] — 为1000名X提供Y · 选送5场X · 打通3条断头路 · 在10个小区设置X ·
// 新建5个以上X · 改造提升超5000个X. Measure words are a closed class (numbers/units.ts), a steadier anchor than a list
// of verbs: whatever the verb, N counts the noun that follows. Two shapes are descriptions, not targets: a count
// summing up the list before it (隆华新材料、国井集团、飞源化工3家“旗舰”企业 — three items, 3家) and a count after
// 等 (实施健康知识普及行动等15个专项行动).
import { isMeasureWord } from "../../numbers/units";
import { capacityBefore, comparatorOf, countedUpTo, isDistributive, periodOf, splitPrefix } from "../phrase/classify";
import { ADDING_VERBS, COUNT_VERB, DESCRIBING_VERB, MADE_STRONG, TASK_WORDS, TRAILING_SCOPE } from "../phrase/lexicon";
import type { Mention } from "../mentions/scan";
import type { Candidate, ClauseRule } from "../types";

/** A noun naming what is kept on hand, perhaps as a task (存栏, 存栏量, 保有量任务, 存量目标). */
const STOCK_HELD = new RegExp(`(?:存栏量?|保有量|存量)(?:${TASK_WORDS})?$`);

export const PLACES_OF_WORK = "sizes where or whom the work covers (在17个乡镇硬化道路10万平方米, 3类人群全覆盖)";

/** Where the counted noun phrase ends. */
const NOUN_END = /[,。;:、\n()\d]/;
/** A noun naming entities right before a count: the count is in apposition to it. */
const ENTITY_BEFORE = /(企业|公司|集团|单位|机构|院校|学校|医院|平台|园区|基地|中心|项目)$/;
/**
 * A measured attribute of an entity right before a bounded count: 存栏1500头以上生猪养殖场, 床位100张以上的机构 — the
 * count sizes the farms or institutions that follow, it is not a number of them to reach.
 */
const ATTRIBUTE_BEFORE = /(存栏|出栏|年产|产能|产值|收入|营收|床位|面积|人口|员工|职工|从业人员|排放量|用水量|能耗|装机容量|吨位)$/;
/** Verbs that state what exists (a level) rather than what is added. */
// (现有 names which ones the work is on: 推进现有23个“宝宝屋”扩优提质)
const HAS = /(建有|设有|拥有|保有|达到|达|(?<!现)有)$/;

/** An age, age band or voltage grade written at the head of a counted noun: 75~79周岁, 60岁以上, 110千伏(变电站). */
export const AGE_OPENS = /^\d{1,3}(?:\s*[~～\-—至]\s*\d{1,3})?\s*(?:周?岁(?:以上|以下|及以上)?|千伏|kV|KV)(?:的)?/;

/** The size of each thing counted, at the head of the noun: 5000万元以上(项目). */
// (…also a size class said without its figure: 10个亿元以上的外贸出口订单)
export const SIZE_OPENS = /^(?:\d+(?:\.\d+)?[万亿]*|[千百十]?[万亿])(?:美)?元(?:及)?以[上下]的?/;

/** The classes a sum over a bound sizes, written straight after it (过千亿元城市, 超1000亿元产业集群): the pattern's source. */
export const SIZED_CLASS = "(?:城市|县|企业|集群|项目|园区|平台|商圈|街区|市场|基地)";
/** An amount bounding the noun a count counts, through 的 or written straight before the class it sizes. */
const BOUND_OF_NOUN = new RegExp(String.raw`^[\d.]+[^\d,。;:、\n]{0,4}?的|^[\d.]+[万亿千百]*元(?:级|以上)?(?=[\u4e00-\u9fff]{0,6}?${SIZED_CLASS})`);
/** The rest of the words describing a counted noun after the first, then 的 and the noun (、全线贯通的外环绿道). */
const DESCRIBED_NOUN = /^、[\u4e00-\u9fff]{2,8}的([\u4e00-\u9fff]{2,10})(?=[,，。;；]|$)/;
/** What 的 may close after nouns joined by 、 that is no noun they describe: the work done on them, or a problem. */
const WORK_OR_PROBLEM = /^(?:制修订|制定|修订|编制|建设|改造|治理|问题|工作)$/;

/** The noun phrase after a count, without quotes, and where it ends. */
export function countedNoun(text: string, from: number, to: number): { noun: string; end: number } {
  // an age opening the noun qualifies it (为1000名75~79周岁失能老年人提供…)
  // (…or the size of each: 50个5000万元以上项目)
  // (…or its grade: 65个A2级及以上通用机场, 10个4A级景区)
  const age = AGE_OPENS.exec(text.slice(from, Math.min(to, from + 16))) ?? SIZE_OPENS.exec(text.slice(from, Math.min(to, from + 16))) ?? GRADE_OPENS.exec(text.slice(from, Math.min(to, from + 10)));
  let e = from + (age ? age[0].length : 0);
  while (e < to && e - from < 30) {
    const c = text[e];
    // a quoted name or a short aside in brackets is part of the noun, digits and all: 4个“15分钟生活圈”, 17所乡(镇)中心幼儿园
    const inner = c === "“" || c === "(" || c === "（" ? INNER_NAME.exec(text.slice(e, Math.min(to, e + 18))) : null;
    if (inner !== null) e += inner[0].length;
    // (14条主、次干道: single characters joined by 、 share the word after them)
    else if (c === "、" && e - from === 1 && PAIRED_HEAD.test(text[from]) && PAIRED_HEAD.test(text[e + 1] ?? "") && /^[\u4e00-\u9fff]/.test(text[e + 2] ?? "")) e++;
    else if (NOUN_END.test(c)) break;
    else e++;
  }
  // (only where a digit stopped a noun that has begun: 1家1家… costs nothing here)
  const stoppedAtDigit = e > from && e < to && text.charCodeAt(e) >= 0x30 && text.charCodeAt(e) <= 0x39;
  // (5家年收入超过20亿元的装备材料企业: an amount bounding the noun through 的 is part of it)
  // (…or written straight before the class it sizes: 3个超1000亿元产业集群)
  const bound = stoppedAtDigit && BOUND_VERB_END.test(text.slice(Math.max(from, e - 3), e)) ? BOUND_OF_NOUN.exec(text.slice(e, Math.min(to, e + 16))) : null;
  if (bound) {
    e += bound[0].length;
    while (e < to && e - from < 40 && !NOUN_END.test(text[e])) e++;
  } else if (stoppedAtDigit) {
    // (10家以上独角兽企业和10家以上上市企业: the joiner before the next count is no part of the noun)
    const joiner = LIST_JOINER_END.exec(text.slice(Math.max(from, e - 2), e));
    if (joiner) e -= joiner[0].length;
  }
  // (形成100公里功能兼备、全线贯通的外环绿道: words describing it, joined by 、 and closed by 的, then the noun itself)
  const described = text[e] === "、" ? DESCRIBED_NOUN.exec(text.slice(e, Math.min(to, e + 30))) : null;
  // (not the work done on the nouns listed, 45项以上国家标准、行业标准的制修订, nor a problem, 用水不充分、不平衡的问题)
  if (described && !WORK_OR_PROBLEM.test(described[1])) return { noun: described[1], end: e + described[0].length };
  let noun = text.slice(from, e);
  if (/^的|[“”"\s]/.test(noun)) noun = noun.replace(/^的/, "").replace(/[“”"]/g, "").trim();
  return { noun, end: e };
}

/**
 * The noun a count counts — after it, or, when another amount of the same things follows after 、, after that one
 * (人民医院三期等12个、55万平方米项目完工: twelve projects of 550,000 square metres).
 */
function nounOfCount(text: string, m: Mention, next: Mention | undefined, to: number): { noun: string; end: number } {
  const own = countedNoun(text, m.end, to);
  if (own.noun.length > 0 || !secondAmountOfSame(text, m, next)) return own;
  const shared = countedNoun(text, next!.end, to);
  return shared.noun.length >= 2 ? shared : own;
}

/** Whether `next` measures the same things as count `m` in another unit, right after it and 、 (12个、55万平方米项目). */
export function secondAmountOfSame(text: string, m: Mention, next: Mention | undefined): boolean {
  return next !== undefined && isMeasureWord(m.unit) && !isMeasureWord(next.unit) && /^、(?:共|总|合计)?$/.test(text.slice(m.end, next.start));
}

/** Single characters that pair before a shared word (主、次干道, 中、小学, 省、市级). */
const PAIRED_HEAD = /^[主次大中小高低新老省市区县乡镇村城国公民内外]$/;

/** A quoted name or a bracketed aside of a few words inside a noun phrase (“15分钟生活圈”, 村(社区), 乡(镇)). */
const INNER_NAME = /^(?:“[^”\n]{1,14}”|[(（][\u4e00-\u9fff、]{1,6}[)）])/;
/** A verb bounding an amount inside a noun (年收入超过20亿元的…). */
const BOUND_VERB_END = /(超过|超|高于|不低于|达到|达|过)$/;
/** A joiner closing a list item before the next count (…企业和10家…, …停车场以及40个…). */
const LIST_JOINER_END = /(?:以及|、|和|及|与|或)$/;

/** Parts of a document: what a plan says of its own layout (设置27个专栏, 分为5个部分). */
const DOCUMENT_PART = /^(专栏|章节|部分|篇章|附表|附件)([,。;、以]|$)/;

/** Programs a count after 等 sums up (…等15个专项行动). */
const PROGRAM_NOUN = /^(专项|重点|主要)?(行动|工程|计划|活动|战略|举措|政策|方面|领域)/;
/** Verbs of work whose object a listed count sizes (完成孙家屯、哈克村等7个现代牧场建设任务, 贝尔大街等7条主干道路进行综合改造). */
// (…and the starts and finishes of projects, and events held: 开工赛车嘉年华、坛南湾沉浸式夜游等8个项目, 举办…等50多场活动)
// (拓宽畅通新民路等8条道路, 修缮提升文化路等9条道路: roads widened, buildings repaired)
const WORK_VERB = new RegExp(`(完成|改造|修建|打通|新改建|启动|实施|推进|建设|做好|迁建|扩建|拆除|搬迁|关停|淘汰|维修|更换|开工|竣工|完工|投产|举办|改善|承办|承接|开展|拓宽|修缮|整治|硬化|${ADDING_VERBS})`);
/**
 * Households, then their people right after them, count one group (为辖区431户684人低保对象投保) — not schools and pupils,
 * 为12所1.5万名农村学生, two groups, nor a bounded count sizing the first's things, 230个50户以上木质房屋村寨.
 */
export function householdsThenPeople(m: Mention, next: Mention | undefined): next is Mention {
  return next !== undefined && next.start === m.end && m.suffix === null && next.suffix === null && /户$/.test(m.unit) && /(?:人|名)$/.test(next.unit);
}

/** Work said to be under way, closing the clause: 加快建设, 有序推进建设, 正在建设. */
const UNDER_WAY = /(?:加快|加速|有序|稳步|顺利|正在|全力)(?:推进)?(?:建设|实施)$/;
/** Work named after what it is done on, closing its clause (…压缩站改造, …菜市场改建). */
// (physical work only: 3项重点任务全面完成 states an aim about tasks, not work done on three things)
const WORK_AFTER = /(改造|改建|修建|新建|建设|迁建|扩建|拆除|搬迁|维修|更换|治理|整治|打通)(提升|升级)?(工作|任务)?$/;
/** People named right after a bare scale (33万农村贫困人口, 5万名 is a measure word already): the scale counts them. */
// (not people whose matter the 的 after them names: 解决3万农村居民的就近入学)
const PEOPLE_NOUN = /^[\u4e00-\u9fff]{0,6}?(?:人口|群众|农民|居民|劳动力|职工|农民工|学生|儿童|老年人|残疾人)(?!的)/;
function peopleAfterScale(text: string, m: Mention): boolean {
  return (m.unit === "万" || m.unit === "亿") && PEOPLE_NOUN.test(text.slice(m.unitEnd, m.unitEnd + 10));
}

/** What counted things reach, after them in their clause: 入选…名录, 进入…计划, 获评…, 通过…验收. */
/** What may stand right before a count of those to reach a list: a will (力争), a minimum (至少), or the year it is for (2020年). */
// (2020年10所高校进百强, 至少5所列入国家层面的一流大学建设)
const ATTAIN_OPENS = /(?:力争|确保|争取|推动|至少|不少于|(?:到|至)?(?:19|20)\d\d年(?:底|末)?[,，]?)\s*$/;
const ATTAINS_AFTER = /^[^,，。;；]{0,24}?(?:入选|进入|进(?=[百千]强|前)|获评|获批|列入|纳入|创成|评为|通过[^,，。;；]{0,8}(?:验收|认定|评估))/;

/** A grade opening a counted noun: A2级及以上, 4A级, AAA级以上. */
const GRADE_OPENS = /^(?:[A-Z]{1,5}\d?|\d[A-Z]{1,2})级(?:及以上|以上)?(?=[\u4e00-\u9fff])/;

/** A batch of work named in the clause before a count (“五个一批”: 签约一批、开工一批、竣工一批、储备一批,…). */
const BATCH_BEFORE = /(签约|开工|竣工|投产|建成|新建|续建|在建|储备|前期|谋划|招引|落地)一批\s*[,:]\s*$/;
/** Batches of what is held or under way at a time, not added: 储备, 前期, 续建 and 在建 projects. */
const STOCK_BATCH = /^(续建|在建|储备|前期)$/;
/** The counted things are made into something else (菜场升级为…, 村改造成…). */
const BECOMES = /^[\u4e00-\u9fff“”]{1,16}?(?:改造|改建|升级|提升|打造|建设)(?:为|成)/;
/** A clause opening with a verb of work (新建…, 拆除…). */
const WORK_OPENS = new RegExp(`^(?:[\u4e00-\u9fff]{0,4}?(?:要|将|计划|力争))?${WORK_VERB.source}`);
/** A noun phrase that ends in the work done on it (…主干道路进行综合改造, …企业迁建工作). */
const WORK_ENDS = new RegExp(`${WORK_VERB.source}(提升|升级)?(工作|任务)?$`);

/** A list's noun then a verb setting the count after it (等场所安装, 等单位配备): the work the count sizes, no summary. */
const AFTER_LIST_VERB = new RegExp(`^等[\u4e00-\u9fff]{1,4}?(?:安装|配备|设置|建设|新建|建成|改造|打造|培育|引进|新增|开展|举办|完成)$`);

/**
 * Whether the words before a count list as many items as it counts (A、B、C3家 …) or end in 等 — a count after 等
 * sums up a list of programs (…等15个专项行动), or a list with no verb of work on it; with one (年内启动博泰机械、强力水泥
 * 等8家企业迁建工作) the count is the size of the work. `noun`: what the count counts.
 */
export function summarisesList(before: string, value: number, noun = "", clauseBefore = before, unit = ""): boolean {
  // (…等36个工程建设: programs whose construction is the work are counted as work)
  // (开工赛车嘉年华、竹屿湾…、“星辰大海”观星追泪等8个项目: the verb of work may open a long list, far back in the clause)
  // (events counted by 场 are held, whatever they are called: 剧目等70场活动进驻展演)
  // (…not where a verb setting the count follows the list's noun: 在老年公寓、幼儿园等场所安装5200个报警器)
  if (/等[\u4e00-\u9fff“”"]{0,8}$/.test(before) && !AFTER_LIST_VERB.test(before.slice(before.lastIndexOf("等")))) return (PROGRAM_NOUN.test(noun) && !WORK_ENDS.test(noun) && !/^场/.test(unit)) || !(WORK_VERB.test(clauseBefore.slice(0, clauseBefore.lastIndexOf("等"))) || WORK_ENDS.test(noun));
  const clause = before.split(/[,;:。]/).pop() ?? "";
  // (实施5所幼儿园、2所学校维修改造: a count right after 、 opens the next item, it sums up nothing)
  if (/、\s*$/.test(clause)) return false;
  const items = clause.split("、").length;
  // (新建兰州东、兰州北2个收费站: a verb of work before the list makes the count the work to do)
  return items >= 2 && items === value && !WORK_OPENS.test(clause.trimStart());
}

/**
 * Places the work of a clause is done in (在17个乡镇硬化道路10万平方米, “邻里汇”在13个街道镇全覆盖): a count after 在
 * whose clause goes on to state the amount of the work, or full coverage, sizes where — the other amount is the target.
 */
export function countsPlacesOfWork(text: string, m: Mention, clauseEnd: number, later: Mention | undefined, clauseStart = -1): boolean {
  if (!isMeasureWord(m.unit)) return false;
  // (推动3类人群全覆盖: full coverage of what is counted, closing the clause, is the target; 20个…全覆盖示范村 counts)
  // (29个出境断面水质全部达标: all of them meeting the standard is the target, the count only says which)
  // (a look at the words right after spares most counts the pattern)
  const near = text.slice(m.end, Math.min(clauseEnd, m.end + 24));
  if ((near.includes("覆盖") || near.includes("达标")) && /^[^,。;]{1,12}?(实现)?全覆盖\s*$|^[^,。;\d]{1,16}?(?:全部|均)达标\s*$/.test(text.slice(m.end, clauseEnd))) return true;
  // (在全市6个县市区遴选学校: every place of the whole, where the work is done — its scope, not its amount)
  const whole = text.slice(Math.max(0, m.start - 5), m.start);
  if (whole.includes("在全") && /在全[省市县区州](?:的)?$/.test(whole) && WHOLE_PLACES.test(text.slice(m.end, m.end + 6))) return true;
  // (保持在35万人以上, 稳定在, 控制在: the 在 of a verb that sets a level introduces the level itself)
  // (在市级和6个县区…建立…: the places may follow another level named with 和)
  if (!/(?:^|[^持定制])在(?:[\u4e00-\u9fff]{1,4}(?:和|及|以及|、))?\s*$/.test(text.slice(Math.max(0, m.start - 10), m.start))) return false;
  if (later !== undefined && later.start < clauseEnd) return true;
  // (…or the places alone in their clause, the work and its amount in the next: 在3个街道,规划建设15个城乡书房)
  // (…the 在 opening the clause: not a level held, 申办量在50万件以上,…)
  return m.suffix === null && clauseStart >= 0 && /^\s*(?:[\u4e00-\u9fff]{0,4}?(?:将|要|计划|力争|并))?在$/.test(text.slice(clauseStart, m.start)) &&
    /^[\u4e00-\u9fff]{1,8}$/.test(text.slice(m.unitEnd, clauseEnd)) && /^[,，][^,，。;；]{0,16}?\d/.test(text.slice(clauseEnd, clauseEnd + 18));
}

export const RATED_SET = "the set a rate is taken over (8个断面中水质优良比例达到25%)";

/**
 * A count of the things a rate is then taken over (省考核我市的8个地表水监测断面中水质优良比例达到25%; 全市5个国考断面、31个省考
 * 以上断面水质持续改善,优良率分别达到100%和71%): the rate is the goal, the count only says over what.
 */
export function countsRatedSet(text: string, m: Mention, clauseStart: number, clauseEnd: number): boolean {
  // (a count with its own bound is a goal of its own: 培育10个左右…市场占有率…较高的集群)
  if (!isMeasureWord(m.unit) || m.suffix !== null || !/[\u4e00-\u9fff]/.test(text[m.end] ?? "")) return false;
  // (a look for a rate's word in the next 50 characters spares most counts the pattern)
  const near = text.slice(m.end, m.end + 50);
  if (!near.includes("率") && !near.includes("比例") && !near.includes("占比")) return false;
  // (the count opens the subject — at the clause's head, after the whole place, 的 or 等 — no verb sets it: not 建成10个
  // 示范区,覆盖率达到80%, nor 规上工业企业突破1000家)
  // (…or the next of such counts listed: 全市5个国考断面、31个省考以上断面)
  if (!COUNT_OPENS_SUBJECT.test(text.slice(Math.max(clauseStart, m.start - 6), m.start)) &&
    !(text[m.start - 1] === "、" && LISTED_SUBJECT_COUNT.test(text.slice(Math.max(clauseStart, m.start - 48), m.start)))) return false;
  // (other counts listed with it, 、31个, and a bracket defining the rate are passed over; the rate may open the next clause)
  const rest = near.replace(/、\s*\d+(?:个|条|家|所|处)/g, "、").replace(/[(（][^()（）\d]{0,20}[)）]/g, "");
  const end = Math.min(rest.length, clauseEnd - m.end + 1 + 24);
  return /^[^,，。;；:：\d\n]{1,24}?(?:[,，][^,，。;；:：\d\n]{0,4})?(?:率|比例|占比)[^,，。;；:：\d\n]{0,10}?[\d.]+\s*[%％]/.test(rest.slice(0, end));
}
/** What may stand before a count that opens a subject: the clause's head, the whole place, 的, 等. */
const COUNT_OPENS_SUBJECT = /(?:^|[,，;；:：。\s(（]|的|等|全[省市县区州国]|我[省市县区])\s*$/;
/** A clause that opens with a subject's count and its noun, up to a 、 before the next: 全市5个国考断面、. */
const LISTED_SUBJECT_COUNT = /^\s*(?:[(（]?\d{1,2}[.、．)）]\s*)?(?:[^,，。;；\d]{0,12}?(?:的|等|全[省市县区州国]|我[省市县区]))?\d+(?:个|条|家|所|处)[^,，。;；\d、]{1,16}、$/;

/** Places a whole is made of, after their count: 县市区, 区县, 乡镇, 街道, 行政村. */
const WHOLE_PLACES = /^(?:县市区|县(?:市|区)|区县|市州|市县|乡镇|乡镇街道|镇街|街道|行政村|社区|县|区|市)(?![\u4e00-\u9fff]{0,2}(?:示范|试点))/;

const SUBJECT_COUNT = "counts the subject whose work the clause goes on to size (该区8个街道今年将安排近60项)";
/** A counted noun (places, units) that runs into the time or the modal of the clause's own verb: 8个街道今年将安排. */
const SUBJECT_THEN_TIME = /^[\u4e00-\u9fff]{1,6}?(?:今年|明年|年内|全年|每年|将|要|均|都|各|分别|计划|拟)(?:将|要|均|都|各|计划|拟)?(?:安排|推出|实施|完成|建设|新建|开展|办好|打造|提供|新增|落实)/;

export const RANKED_SET = "the size of the set a rank is taken in (跻身全国169个国家级新区第11位)";

/** A count of the places or things a rank is taken among: 全国169个国家级新区第11位, 全省100强第5名. */
export function countsRankedSet(text: string, m: Mention, clauseEnd: number): boolean {
  // (not a count of those that reach a rank: 全市5家企业进入全国500强第100位以内)
  // (…or the ranking named among them, its rank in the clause after: 在74个省会城市及地级市会展竞争力排名中,昆明市居第9位)
  if (isMeasureWord(m.unit) && /^[^,。;第\d]{1,24}?(?:排名|排行榜?)中\s*$/.test(text.slice(m.end, clauseEnd))) return true;
  return isMeasureWord(m.unit) && /^[^,。;第]{1,16}?第\s*[\d一二三四五六七八九十]+\s*(?:位|名)/.test(text.slice(m.end, clauseEnd)) &&
    !/(进入|跻身|位居|位列|排名|排在|达到)/.test(text.slice(m.end, Math.min(clauseEnd, m.end + 16)));
}

export const SIZES_WHAT_IS_REMOVED = "a size that bounds the things the work removes (消除56人以上大班额, 关停30万千瓦以下煤电机组)";
/** A verb of removing right before the number: what follows is removed, the number only bounds which of it. */
const REMOVING = /(?:消除|消灭|取消|淘汰|关停|关闭|清零|退出)$/;
/** Units that count the things themselves (关闭5家以上小煤矿 counts closures): no size of each. */
const CLASSIFIER = /^(?:个|家|所|座|处|台|套|条|项|件|辆|艘|批|栋|间|户|只|头|种)$/;

/** A bound with 以上 / 以下 between a verb of removing and the noun it removes: 消除56人以上大班额. */
export function sizesWhatIsRemoved(text: string, m: Mention, clauseEnd: number): boolean {
  // (以上 and 以下 read as >= and <=: a look at the comparator spares most counts the patterns)
  return (m.suffix === ">=" || m.suffix === "<=") && m.end < clauseEnd && /[\u4e00-\u9fff]/.test(text[m.end]) &&
    !CLASSIFIER.test(m.unit) && REMOVING.test(text.slice(Math.max(0, m.start - 2), m.start)) && /以[上下]$/.test(text.slice(m.unitEnd, m.end));
}

export const INVOLVED = "counts those a matter involves, the subject of what the clause requires (涉及…项目的4个村严格按照…)";

/** A count opening its clause after 涉及…的 (涉及农村人居环境优化工程项目的4个村严格按照…开工): who is involved, no amount to reach. */
export function countsInvolved(text: string, m: Mention, clauseStart: number): boolean {
  return text[m.start - 1] === "的" && isMeasureWord(m.unit) && /^\s*涉及[^,，。;；:：]{1,30}的$/.test(text.slice(clauseStart, m.start));
}

export const LEFT_OUT = "an amount a bracket leaves out of the one before it (总投资58628万元(不含…建设资金23000万元))";

/** An amount inside a bracket that opens with 不含 or 不包括: what the amount before it does not count. */
export function leftOutInBracket(text: string, m: Mention, clauseStart: number): boolean {
  // (a look for 不 within the clause's last 40 characters before it spares most counts the rest)
  if (!text.slice(Math.max(clauseStart, m.start - 40), m.start).includes("不")) return false;
  const near = text.slice(Math.max(0, m.start - 40), m.start);
  const open = Math.max(near.lastIndexOf("("), near.lastIndexOf("（"));
  return open >= 0 && /^[(（](?:不含|不包括|未含|未包括)[^()（）。;]*$/.test(near.slice(open));
}

export const COVERED_SET = "the size of the set a coverage takes in, in a bracket after it (所有行政村全覆盖(行政村数81个))";

/** A count in a bracket right after full coverage, naming the number of what is covered: 全覆盖(行政村数81个). */
export function sizesCoveredSet(text: string, m: Mention): boolean {
  // (a look at the characters right before spares most counts the pattern)
  const before = text.slice(Math.max(0, m.start - 14), m.start);
  return before.includes("覆盖") && /覆盖[(（][\u4e00-\u9fff]{1,8}数(?:为|共|共计)?[:：]?$/.test(before);
}

export const REFERS_BACK = "refers back to things already counted (这300个老旧小区)";

/** A count after a word pointing back (这300个老旧小区里, 批准这6个报告, 上述5个项目): the things named before, no new amount. */
export function refersBack(text: string, m: Mention): boolean {
  // (a look at the character before spares most counts the pattern)
  const before = text[m.start - 1];
  // (这 is a word wherever it stands; 那 and 该 only where no word ends in them: 刹那, 应该)
  return (before === "这" || before === "那" || before === "该" || before === "述") && isMeasureWord(m.unit) &&
    /(?:(?:^|[^\u4e00-\u9fff]|[“"])(?:那|该)|这|上述|前述)$/.test(text.slice(Math.max(0, m.start - 4), m.start));
}

export const REFERS_FORWARD = "counts the items of the list that follows (抓好以下5项任务, 重点推进如下4个项目)";
/** What points at the list that follows, right before its count: 以下, 如下, 下列 — not a bound closing a size or a rank, 60岁以下,
 * 四十岁以下, 科级以下, 规模以下. */
const POINTS_FORWARD = /(?:(?<![\d.%％一二三四五六七八九十百千万级岁模额][\u4e00-\u9fff]{0,3})以下|如下|下列|下述)$/;
/** What a list the text goes on to give holds: 任务, 工作, 项目, 方面 (not 2000人, 300户危房 — people or things counted). */
const LIST_NOUN_AFTER = /^[\u4e00-\u9fff]{0,4}?(?:任务|工作|项目|工程|措施|方面|重点|内容|要求|原则|举措|行动|问题|事项|环节|领域|目标|指标)/;

/** Whether `m` counts the items of a list the text goes on to give (以下5项任务), no amount to reach. */
export function refersForward(text: string, m: Mention): boolean {
  const before = text[m.start - 1];
  return (before === "下" || before === "列" || before === "述") && isMeasureWord(m.unit) && POINTS_FORWARD.test(text.slice(Math.max(0, m.start - 8), m.start)) &&
    LIST_NOUN_AFTER.test(text.slice(m.unitEnd, m.unitEnd + 10));
}

export const CHOOSING_PROJECTS = "a step of choosing projects (10个候选项目进行票决, 8个项目被确定为实事项目)";

/**
 * A count of the projects a choice is made among or makes (提交的10个民生实事候选项目进行票决, 8个项目被确定为2025年民生实事
 * 项目, 共有5个项目被列入省重大项目清单): candidates are no goal, and the number chosen only sizes the list the page goes on to give.
 */
export function countsChoice(text: string, m: Mention, clauseEnd: number): boolean {
  if (!isMeasureWord(m.unit)) return false;
  const after = text.slice(m.end, Math.min(clauseEnd, m.end + 20));
  // (17个政府实事项目正式出炉: the size of the list a vote or a report makes public)
  if ((after.includes("实事") || after.includes("民生")) && LIST_MADE_PUBLIC.test(after)) return true;
  if (!after.includes("候") && !after.includes("被") && !after.includes("已")) return false;
  // (not a goal of getting onto a list, 力争50个项目被列为省重点项目; nor candidates of another kind, 上市候选企业)
  if (/(?:力争|确保|争取|计划|要|将)[^,，。;；]{0,6}$/.test(text.slice(Math.max(0, m.start - 10), m.start))) return false;
  return /^[\u4e00-\u9fff“”"]{0,10}?候选项目/.test(after) || /^(?:个|项|件)?(?:民生)?(?:实事)?项目(?:被|已)(?:确定为|列为|列入|纳入|票决)/.test(after);
}

/** A list of projects made public, right after its count: 17个政府实事项目正式出炉, 十件民生实事揭晓. */
const LIST_MADE_PUBLIC = /^[\u4e00-\u9fff“”"]{0,8}?(?:实事|民生)(?:项目|工程)?(?:正式)?(?:出炉|揭晓|公布|亮相|发布)/;

export const measureCountRule: ClauseRule = {
  name: "measure-count",
  apply({ text, clause, mentions, memo }, consumed) {
    const out: Candidate[] = [];
    for (let idx = 0; idx < mentions.length; idx++) {
      const m = mentions[idx];
      if (consumed.has(m) || !(isMeasureWord(m.unit) || peopleAfterScale(text, m))) continue;
      // (为辖区431户684人低保对象投保: both count the noun after the second)
      const second = mentions[idx + 1];
      const paired = householdsThenPeople(m, second) && !consumed.has(second);
      const { noun, end } = nounOfCount(text, paired ? second : m, mentions[idx + (paired ? 2 : 1)], clause.end);
      if (noun.length < 2 || !/^[\u4e00-\u9fffA-Za-z]/.test(noun.replace(AGE_OPENS, ""))) continue;
      // (新增学位8000个以上等一系列举措: a count closing a list item before 等 counts the noun before it)
      if (noun.startsWith("等")) continue;
      // 76个县(市)主导产业总产值将达1.7万亿元: the count says whose amount the clause goes on to set
      const next = mentions[idx + 1];
      // (only a total over them: in 全省30个县(市)地区生产总值超过500亿元 each county's output is bounded and the count is the goal)
      if (next !== undefined && next.start - end <= 1 && !isMeasureWord(next.unit) && /(?:总产值|总量|总额|总规模|总收入|合计)(?:将|要)?(?:达到|达|突破|超过)$|将达到?$/.test(noun)) {
        consumed.add(m, "qualifier", "counts the entities whose amount follows (76个县总产值将达1.7万亿元)");
        continue;
      }
      // 在其余10个地级市中,…: the set the next clauses pick their members from
      if (/^[\u4e00-\u9fff]{1,8}中$/.test(noun) && end >= clause.end - 1 && /在[\u4e00-\u9fff]{0,4}$/.test(text.slice(Math.max(clause.start, m.start - 6), m.start))) {
        consumed.add(m, "other", "the set the clauses after it speak of (在其余10个地级市中)");
        continue;
      }
      // ((1)15个重点新建项目,全年计划完成投资17.2亿元: a clause of a count and its noun alone, at the head of its sentence or
      // list item, names the subject whose plan the next clause sizes)
      if (end >= clause.end - 1 && /^\s*(?:[(（]\d{1,2}[)）]|\d{1,2}[.、])?\s*$/.test(text.slice(clause.start, m.start)) &&
        /^[,，]\s*(?:全年|今年|年内)?(?:计划|预计)(?:完成)?投资/.test(text.slice(clause.end, clause.end + 12))) {
        consumed.add(m, "qualifier", SUBJECT_COUNT);
        continue;
      }
      // 该区8个街道今年将安排近60项…: the places counted are the subject whose work the clause goes on to size
      if (((next !== undefined && next.start < clause.end) || /\d/.test(text[end] ?? "")) && SUBJECT_THEN_TIME.test(noun)) {
        consumed.add(m, "qualifier", SUBJECT_COUNT);
        continue;
      }
      const prevEnd = idx > 0 ? mentions[idx - 1].end : clause.start;
      const before = text.slice(Math.max(prevEnd, m.start - 30), m.start);
      const split = splitPrefix(before);
      const head = split.head.replace(/(每年|全年|年均|累计|全省|全市|全县|全区|我省|我市|我县|我区|力争|争取|计划|共)+$/, "");
      // a count needs a verb (or a list joiner carrying one) right before it; a bare count after a noun describes;
      // a clause opening with a count continues the counts of the clause before (培育3家…,20家…,100家…)
      const opens = idx === 0 && text.slice(clause.start, m.start).trim() === "" && memo.countCarries === true;
      // (开工一批,共38个项目: the clause before names a batch of work, this one its size)
      const batch = idx === 0 && /^\s*(?:共计|共|合计)?\s*$/.test(text.slice(clause.start, m.start)) ? BATCH_BEFORE.exec(text.slice(Math.max(0, clause.start - 10), clause.start)) : null;
      // (…or the work comes after what it counts, closing the clause: 14座生活垃圾小型压缩站改造, 1家菜市场改建)
      // (1家菜场升级为2.0版本, 2个村改造成…: or the clause says what the counted things are to become)
      // (not projects said to be under way, 74个电网市级重点项目加快建设: their count describes them)
      const workAfter = (end >= clause.end - 1 && WORK_AFTER.test(noun) && !UNDER_WAY.test(noun)) || BECOMES.test(noun);
      // (计划为20个老旧小区…加装消防设施: 为 — for — after a will, its verb after the noun, as 为100户…安装 has it)
      const forWhom = /(?:计划|拟|将|要|力争|全年|今年)为\s*$/.test(before);
      // (提升445个村级卫生所: a word of raising right before a count is its verb — the things upgraded)
      const changed = split.growth && /^(?:提升|提高)$/.test(before.trim().slice(head.trim().length));
      // (力争15个镇(乡)、70个村入选…名录, 力争3所以上高职院校进入…计划: a will, then what is counted reaching a list or a rank)
      // (not a ranking with its own number, 力争4家企业进入制造业世界500强: the ranking rule reads it, its name whole)
      const attains = ATTAIN_OPENS.test(before) && ATTAINS_AFTER.test(text.slice(m.unitEnd, clause.end)) && !/\d+\s*(?:强|名|位)/.test(text.slice(m.unitEnd, clause.end));
      if (head.trim().length === 0 && !changed && !opens && !workAfter && !batch && !forWhom && !attains && !/[、和及]$/.test(text.slice(prevEnd, m.start))) continue;
      // (the clause up to the count, at most 200 characters back: long lists still show their verb, long lines stay cheap)
      if (summarisesList(split.head, m.value, noun, text.slice(Math.max(clause.start, m.start - 200), m.start), m.unit)) continue;
      // 以5类主导功能类型分析, 按3个片区推进: a count after 以 or 按 says how the work is done, not what it yields
      if (/(?:^|[^可所难加予得用足])(以|按照?|依据|根据)\s*$/.test(before)) { consumed.add(m, "other", "a count after 以 or 按 says how the work is done (以5类主导功能类型分析)"); continue; }
      // 共17章,设置27个“专栏”: the parts of the document itself
      if (DOCUMENT_PART.test(noun)) { consumed.add(m, "other", "counts the parts of the document (27个专栏)"); continue; }
      // 围绕龙头企业3家“旗舰”企业: a count right after a noun naming entities describes them; so does a count after
      // a verb of division or aim (细化为18个二级分区)
      // (a year's scope or a 的 may stand between: 票决确定2025年10项…, 对初步报送的136件…)
      if (ENTITY_BEFORE.test(split.head) || DESCRIBING_VERB.test(before.trimEnd().replace(/的$/, "").replace(TRAILING_SCOPE, ""))) continue;
      // 8座以下小汽车, 150张床位以上的养老机构, 存栏1500头以上生猪养殖场: a count that bounds the noun qualifies it
      // (构建1000个以上的数据训练集: right after a verb, N个以上的 counts what follows)
      // (完成230个50户以上木质房屋连片村寨…: a bounded count right after another count sizes what that one counts)
      const afterCount = idx > 0 && mentions[idx - 1].end === m.start && isMeasureWord(mentions[idx - 1].unit);
      if (m.suffix === "<=" || (m.suffix === ">=" && (ATTRIBUTE_BEFORE.test(head) || afterCount)) || (/^[\u4e00-\u9fff]{1,4}(以上|以下|及以上)的/.test(text.slice(m.unitEnd, m.unitEnd + 10)) && !SIZE_OPENS.test(text.slice(m.unitEnd, m.unitEnd + 10))) ||
        (m.suffix !== null && text[m.end] === "的" && !COUNT_VERB.test(head))) {
        consumed.add(m, "qualifier", "bounds the noun it counts (8座以下小汽车)");
        continue;
      }
      consumed.add(m);
      // (累计建成18个…站点: entities counted up to a number are a stock)
      // (a clause opening with its count goes on with the count before it, and with its kind: 形成5家…企业,5家…企业 —
      // not when the clause says its own work: …,100家企业实施技术改造)
      const goesOnWithLevel = opens && memo.lastTarget?.kind === "level" && isMeasureWord(memo.lastTarget.unit) && !WORK_VERB.test(noun);
      // (…独角兽企业和10家以上上市企业: a count joined to the one before shares its kind)
      const lastCount = out.length > 0 ? out[out.length - 1] : undefined;
      const joinedToLevel = idx > 0 && lastCount !== undefined && lastCount.kind === "level" && lastCount.numberAt === mentions[idx - 1].start && LIST_JOINER_END.test(text.slice(prevEnd, m.start));
      // (惠及30万名以上妇女儿童: the people a project reaches are its reach, as kindOf reads them after a name)
      const reaches = /(?:惠及|受益)$/.test(split.head.trimEnd()) && /^万?(?:人|名|户)$/.test(m.unit);
      // (今年还将有300个老旧小区完成改造, 还有20所新建改扩建幼儿园开工: what will have work done on it, the work named after
      // it, counts the work)
      const hasWorkDone = /[将还]有$/.test(split.head.trimEnd()) && /(?:完成|实现)?(?:改造|建设|开工|竣工|完工|投用|投产|建成)$/.test(noun);
      // (…and how many reach a list is a count to reach, as a ranking's is)
      const kind = (attains && head.replace(ATTAIN_OPENS, "").trim().length === 0) || (batch !== null && STOCK_BATCH.test(batch[1])) || (HAS.test(split.head) && !hasWorkDone) || MADE_STRONG.test(split.head.trimEnd()) || reaches || countedUpTo(m.unit, split.head.trimEnd()) || isDistributive(text.slice(clause.start, m.start)) || goesOnWithLevel || joinedToLevel ||
        capacityBefore(text.slice(clause.start, m.start)) ||
        // (120万头能繁母猪存栏量和5000个规模猪场保有量任务: what is kept on hand, named so, is a stock)
        STOCK_HELD.test(noun) ? "level" : "increment";
      out.push({
        rule: this.name, start: Math.max(prevEnd, m.start - Math.min(12, before.length)), end, numberAt: m.start,
        value: m.value, valueMax: m.valueMax, unit: m.unit, comparator: comparatorOf(split.comparator, m.suffix, m.valueMax !== null),
        kind, period: periodOf(text.slice(Math.max(clause.start, m.start - 60), m.start), kind), indicator: batch ? batch[1] + noun : noun,
        optional: false, year: null, responsible: null,
      });
      if (paired) {
        consumed.add(second);
        const last = out[out.length - 1];
        out.push({ ...last, numberAt: second.start, value: second.value, valueMax: second.valueMax, unit: second.unit, comparator: comparatorOf(split.comparator, second.suffix, second.valueMax !== null) });
        idx++;
      }
    }
    return out;
  },
};

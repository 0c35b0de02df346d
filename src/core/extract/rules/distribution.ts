// 分别 lists and 均/双双 shared targets.
//   光伏、风能、生物质能总装机容量分别达150万千瓦、150万千瓦、25万千瓦 → three targets, one per item.
//   每千人平均床位数、医生数、养老床位数达3.5、2.0、40 → the same without 分别, when the counts agree.
//   工业投资、工业技改投资均增长20%以上 → two targets with the same value.
import { isPercentUnit } from "../../numbers/units";
import { cleanIndicator, comparatorOf, kindOf, periodOf, splitPrefix, startsWithIncrementVerb } from "../phrase/classify";
import { growthAfter, INDICATOR_HEADS, WILL_OPENING } from "../phrase/lexicon";
import { growthTopic, placesAlone } from "../phrase/places";
import type { Mention } from "../mentions/scan";
import type { Span } from "../../text/segment";
import type { Candidate, Claims, ClauseRule, ListedItems } from "../types";
import { countedNoun } from "./measure-count";

/** Scope words that qualify a whole list when written once before its first item. */
const SCOPE_PREFIX = /^(规模以上|规上|限额以上|限上|全市|全县|全区|全省|全镇|城镇|农村|市级|县级|省级以上|省级|每(?:千|万|十万)(?:人|人口|常住人口)(?:平均|拥有)?)/;

/** Scopes written in parallel before one shared indicator. */
const PARALLEL_SCOPE = /^(城镇|农村|城市|乡村|城区|郊区|省内|省外|市内|市外|境内|境外|国内|国外|县内|县外|男性|女性|公办|民办)$/;

/** An item that names a whole measure already (森林覆盖率, 研发经费投入强度): it shares no head with the others. */
const WHOLE_MEASURE = /(率|强度|指数|密度|水平|比重|占比)$/;

/** The head of an indicator named whole (社会消费品零售总额, 固定资产投资), for the last two items of a list joined by 及. */
const WHOLE_INDICATOR = /(总额|总值|收入|产值|增加值|营收|销售额|投资|总量|产量|率|比重|占比|人数|人次)$/;

/** Split "A、B和C" into items, sharing the head noun of the last item with the others. */
/** `s` split at each 、 that stands outside a pair of brackets (县(市、区) stays one; an aside left open does not count). */
/** A slash between two Chinese words (阅读/数学), not a unit's (元/吨 stands apart from the name). */
export const HAN_SLASH = /[\u4e00-\u9fff]\/[\u4e00-\u9fff]/;

function splitOutsideBrackets(s: string): string[] {
  const parts = s.split("、");
  if (!s.includes("(") && !s.includes("（")) return parts;
  const open = (x: string): number => (x.match(/[(（]/g)?.length ?? 0) - (x.match(/[)）]/g)?.length ?? 0);
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    let part = parts[i];
    // (join on only where a later part closes the bracket)
    let j = i;
    while (open(part) > 0 && parts.slice(j + 1).some((x) => open(x) < 0)) part += "、" + parts[++j];
    out.push(part);
    i = j;
  }
  return out;
}

/**
 * Sections of the national industry classification whose names hold a 、 (居民服务、修理和其他服务业): one indicator's
 * scope, not a list.
 */
const SECTOR_NAMES = ["农、林、牧、渔业", "电力、热力、燃气及水生产和供应业", "交通运输、仓储和邮政业", "信息传输、软件和信息技术服务业",
  "水利、环境和公共设施管理业", "居民服务、修理和其他服务业", "文化、体育和娱乐业", "公共管理、社会保障和社会组织"];
const KEPT_MARK = "\u0001";

/** Two rates written one after the other with nothing between: 集中收集率处置率. */
const TWO_RATES = /^([^、和与及率,，]{2,}?率)([^、和与及率,，]{2,6}率)$/;

export function listItems(s: string): string[] {
  // 、 separates items; 和/与/及 only when there is no 、 (白酒及保健酒产业 is one item); not inside brackets, 县(市、区)
  // names one scope, nor inside a section's name (居民服务、修理和其他服务业)
  const sectors = s.includes("、") && SECTOR_NAMES.some((n) => s.includes(n));
  const kept = sectors ? SECTOR_NAMES.reduce((t, n) => t.replaceAll(n, n.replaceAll("、", KEPT_MARK)), s) : s;
  let items = splitOutsideBrackets(kept).map((x) => x.trim().replaceAll(KEPT_MARK, "、")).filter((x) => x.length > 0);
  if (sectors && items.length < 2) return items;
  if (items.length < 2) items = s.split(/和|与|及/).map((x) => x.trim()).filter((x) => x.length > 0);
  // (阅读/数学达标学生比例: a slash between words joins them as 、 does)
  if (items.length < 2 && HAN_SLASH.test(s)) items = s.split("/").map((x) => x.trim()).filter((x) => x.length > 0);
  // (医疗废物集中收集率处置率均达到100%: two rates written one after the other, the second of the same things)
  const rates = items.length < 2 ? TWO_RATES.exec(s.trim()) : null;
  if (rates) items = [rates[1], rates[2]];
  if (items.length < 2) return items;
  // (郑州、开封、洛阳以及平顶山、鹤壁: short names joined by 以及 inside a list of short names are two items)
  if (items.some((x) => x.includes("以及")) && items.every((x) => x.length <= 14)) {
    const parts = items.flatMap((x) => x.split("以及"));
    if (parts.every((x) => x.length >= 2 && x.length <= 6)) items = parts;
  }
  // (…、固定资产投资及社会消费品零售总额: the list's last two joined by 及 or 和, each a whole indicator)
  const joined = /^(.{4,}?)(?:以及|及|和)(.{4,})$/.exec(items[items.length - 1]);
  if (joined && WHOLE_INDICATOR.test(joined[1]) && WHOLE_INDICATOR.test(joined[2])) items.splice(items.length - 1, 1, joined[1], joined[2]);
  // a scope word before the first item applies to every item: 规上医药制造业、白酒、食品产值 → 规上白酒产值
  const scope = SCOPE_PREFIX.exec(items[0]);
  if (scope && items[0].length > scope[0].length) {
    for (let i = 1; i < items.length; i++) if (!SCOPE_PREFIX.test(items[i])) items[i] = scope[0] + items[i];
  }
  const last = items[items.length - 1];
  // names with one suffix (萨尔图区、让胡路区、龙凤区生活污水集中收集率): the last item's name ends at that
  // suffix, and what follows it is the indicator every item shares
  const suffix = items[0][items[0].length - 1];
  const cut = last.indexOf(suffix);
  if (/[区县市镇乡村省州旗园]/.test(suffix) && items.slice(0, -1).every((x) => x.length >= 2 && x.length <= 8 && x.endsWith(suffix)) && cut >= 1 && last.length - cut - 1 >= 2) {
    const tail = last.slice(cut + 1);
    for (let i = 0; i < items.length - 1; i++) items[i] += tail;
    return items;
  }
  // parallel scopes written once (省内、省外完成建筑业产值; 城镇、农村居民人均可支配收入): short first items whose
  // counterpart opens the last item share the rest of it
  const width = items[0].length;
  const lead = last.slice(0, width);
  if (width <= 4 && last.length - width >= 3 && items.slice(0, -1).every((x) => x.length === width && !INDICATOR_HEADS.test(x)) &&
      (lead[0] === items[0][0] || (PARALLEL_SCOPE.test(lead) && PARALLEL_SCOPE.test(items[0])))) {
    const tail = last.slice(width);
    for (let i = 0; i < items.length - 1; i++) items[i] += tail;
    return items;
  }
  // (税收收入和非税收入占一般公共预算收入的比重: each item's share of the same whole)
  const of = /占[\u4e00-\u9fffA-Za-z]{2,20}?(?:的)?(?:比重|比例|份额)$|占比$/.exec(last);
  // (not items that are whole measures already: 森林覆盖率、非化石能源占…比重; 研发经费投入强度、…)
  if (of && of.index >= 2 && items.slice(0, -1).every((x) => x.length >= 2 && !x.includes("占") && !WHOLE_MEASURE.test(x))) {
    // (…核心产业、…产业增加值占GDP比重: the measure before 占 is shared too)
    const measure = /(增加值|总产值|产值|营业收入|收入|投资)$/.exec(last.slice(0, of.index))?.[0] ?? "";
    for (let i = 0; i < items.length - 1; i++) items[i] += (items[i].endsWith(measure) ? "" : measure) + last.slice(of.index);
    return items;
  }
  // (高端稀土磁性材料、储氢材料、特种合金的国内市场占有率: what follows the last item's 的 is the measure every item has)
  const of2 = last.lastIndexOf("的");
  const measured = of2 >= 2 ? last.slice(of2 + 1) : "";
  if (measured.length >= 3 && INDICATOR_HEADS.test(measured) && items.slice(0, -1).every((x) => x.length >= 2 && !x.includes("的") && !INDICATOR_HEADS.test(x))) {
    for (let i = 0; i < items.length - 1; i++) items[i] += last.slice(of2);
    return items;
  }
  const head = INDICATOR_HEADS.exec(last);
  // (配电自动化系统、配电通信网和智能电表覆盖率: a list written A、B和C, the measure after its last, has three items)
  // (only before a rate, its parts joined by 和: 半导体及集成电路产业链产值 is one industry's output)
  const closing = head && head[0].length >= 2 && head[0].endsWith("率") && s.includes("、") && last.endsWith(head[0]) ? /^([^和及、的中]{2,12})和([^和及、的中]{2,12})$/.exec(last.slice(0, last.length - head[0].length)) : null;
  if (closing && items.slice(0, -1).every((x) => !INDICATOR_HEADS.test(x))) items.splice(items.length - 1, 1, closing[1], closing[2] + head![0]);
  if (head && last.length > head[0].length) {
    for (let i = 0; i < items.length - 1; i++) if (!INDICATOR_HEADS.test(items[i]) && !WHOLE_MEASURE.test(items[i])) items[i] += head[0];
  }
  return items;
}

/** Verbs that may stand between a list of indicators and its list of values without 分别. */
// (城镇和农村居民人均可支配收入年均增长8%和10%: a rate of change too)
// (…用水量比2015年下降26%、23%: a fall against a base year too)
const LIST_VERB = /(?:(?:比|较)(?:20\d\d年|上年|去年))?(?:分别)?(?:达到|达|为|提高到|提升到|提升至|提高至|降低到|下降到|控制在|保持在|稳定在|不低于|不少于|超过|(?:年均|平均)?(?:增长|下降|降低|减少|增速为|增幅为))$/;

/**
 * Where a list of values starts when it follows its list of indicators with no 分别 (每千人平均床位数、医生数、
 * 养老床位数达3.5、2.0、40): the values joined only by 、 / 和 and coming right after a value verb, as many as the
 * items. Returns the verb's start and the values, or null.
 */
export function parallelValues(text: string, clauseStart: number, mentions: Mention[]): { at: number; namesEnd: number; values: Mention[]; from: Mention[] } | null {
  let from: { at: number; values: Mention[] } | null = null;
  for (let i = 0; i < mentions.length; i++) {
    let j = i;
    while (j + 1 < mentions.length && isListJoiner(text, mentions[j].end, mentions[j + 1].start)) j++;
    if (j === i) continue;
    const pre = text.slice(Math.max(clauseStart, mentions[i].start - 12), mentions[i].start);
    // (…特种合金的国内市场占有率由2014年的10%、12%、15%提高到30%、30%、40%以上: the values after 由 are where each starts)
    const starting: RegExpExecArray | null = from === null ? FROM_LIST.exec(pre) : null;
    if (starting) {
      from = { at: mentions[i].start - starting[0].length, values: mentions.slice(i, j + 1) };
      i = j;
      continue;
    }
    const verb = LIST_VERB.exec(pre);
    if (!verb) return null;
    const at = mentions[i].start - verb[0].length;
    const starts = from !== null && from.values.length === j - i + 1 ? from : null;
    const namesEnd = starts ? starts.at : at;
    const named = cleanIndicator(text.slice(Math.max(clauseStart, namesEnd - 80), namesEnd));
    const listed = listItems(named);
    // (城乡居民收入年均增长7%和9%左右: 城乡 names the two, town and country)
    const items = j - i === 1 && listed.length === 1 ? townAndCountry(named) ?? listed : listed;
    // (…or a clause opening with as many years: 2018年、2019年、2020年全省…合格率不低于85%、87%、90%)
    const years = YEARS_OPEN.exec(text.slice(clauseStart, at));
    const found = { at, namesEnd, values: mentions.slice(i, j + 1), from: starts ? starts.values : [] };
    if (years && years[1].split("、").length === j - i + 1) return found;
    // (…or years listed at the statement's opening for its 分别 lists: 到2022年和2030年,…分别不少于90.86%和92.17%,经常参加
    // 体育锻炼人数比例达到37%及以上和40%及以上)
    if (items.length === 1 && !mentions[i].unit.endsWith("元") && yearsListedEarlier(text, clauseStart, j - i + 1)) return found;
    return items.length === j - i + 1 && items.every((x) => x.length >= 2) ? found : null;
  }
  return null;
}

/** The base a list's values are measured against, opening the words between 分别 and them: 比2014年, 较上年. */
const BASE_FIRST = /^(?:比|较)(?:(?:19|20)\d\d年(?:底|末)?|上年|去年|基期)/;

/** A grant's verb between 分别 and its sums: 分别给予, 分别奖励, 分别补助. */
const GRANTED_EACH = /^\s*(?:一次性)?(?:给予|奖励|补助|补贴|资助|奖补)/;

/** 由 or 从, with the year the values are of, before a list of starting values: 由2014年的. */
const FROM_LIST = /(?:由|从)(?:\d{4}年(?:底|末)?的?)?\s*$/;

/** Years listed with 、 opening a clause: 2018年、2019年、2020年, 到2021年、2022年. */
const YEARS_OPEN = /^\s*(?:到|至|在)?((?:\d{4}年(?:底|末)?、)+\d{4}年(?:底|末)?)/;

/** Whether text[from, to) is one of 、 和 及 alone. */
function isListJoiner(text: string, from: number, to: number): boolean {
  const ch = text[from];
  return to - from === 1 && (ch === "、" || ch === "和" || ch === "及");
}

/** 城乡居民人均可支配收入 names two indicators, the town's and the country's; null for any other name. */
function townAndCountry(named: string): string[] | null {
  return /^城乡[\u4e00-\u9fff]{2}/.test(named) ? ["城镇", "农村"].map((w) => w + named.slice(2)) : null;
}

/** A verb of work and the thing it adds, after 分别 and before the values: 分别新增城区常住人口, 分别新建学校. */
const SHARED_WORK = /^(新增|新建|建成|建设|培育|打造|形成|完成)([\u4e00-\u9fff()]{2,16})$/;

/** A span of years: 2021年至2024年, 2021—2024年. */
const YEAR_SPAN = /(20\d\d)年?\s*(?:至|到|—|-|–|~)\s*(20\d\d)年/;

/** Years listed as a clause of their own before a clause: 到2025年、2035年, / 到2025年和2030年,. */
// (a bullet may open it: ●到2020年、2025年,…)
const YEAR_LIST_CLAUSE = /(?:^|[,，;；:：●■◆▶•])\s*(?:[\u4e00-\u9fff]{0,4}?(?:到|至|在))?((?:20\d\d年(?:底|末)?(?:、|和|及|与|以及))+20\d\d年(?:底|末)?)[,，]\s*$/;

/** The years of a list standing as the clause before `clauseStart`, when there are `count` of them. */
function yearsListedBefore(text: string, sentenceStart: number, clauseStart: number, count: number): number[] | null {
  const m = YEAR_LIST_CLAUSE.exec(text.slice(Math.max(sentenceStart, clauseStart - 40), clauseStart));
  if (!m) return null;
  const years = m[1].match(/20\d\d/g)!.map(Number);
  return years.length === count ? years : null;
}

/** The opening of a statement that lists years before its first 分别 list: ●到2020年、2025年,… */
// (…after a lead-in naming who sets them: 意见明确,到2022年和2030年,…)
const YEAR_LIST_OPENS = /^\s*[●■◆▶•]?\s*(?:[^,，。;；:：\d]{2,12}[,，:：])?(?:[\u4e00-\u9fff]{0,4}?(?:到|至|在))?((?:20\d\d年(?:底|末)?(?:、|和|及|与|以及))+20\d\d年(?:底|末)?)[,，]/;

/**
 * The years listed at the opening of a statement whose parts, between semicolons, are each a 分别 list of as many values
 * (到2020年、2025年,茶叶…分别达到1000亿元、1400亿元以上;花卉…分别达到750亿元、1100亿元以上): a later part goes on with them.
 */
function yearsListedEarlier(text: string, clauseStart: number, count: number): number[] | null {
  // (the parts may be clauses parted by commas, each its own 分别 list: 到2022年和2030年,…素养水平分别不低于28%和35%,
  // 15岁以上人群吸烟率分别低于22%和20%)
  const joint = /([;；,，])\s*$/.exec(text.slice(Math.max(0, clauseStart - 3), clauseStart));
  if (!joint) return null;
  const floor = Math.max(0, clauseStart - 800);
  let from = clauseStart;
  while (from > floor && text[from - 1] !== "。" && text[from - 1] !== "\n") from--;
  const head = text.slice(from, clauseStart);
  const m = YEAR_LIST_OPENS.exec(head);
  if (!m) return null;
  const years = m[1].match(/20\d\d/g)!.map(Number);
  const parts = head.slice(m[0].length).split(/[;；]/.test(joint[1]) ? /[;；]/ : /[;；,，]/).filter((p) => p.trim() !== "");
  // (…or a part with no figure in it before the first list: 到2022年和2030年,成人肥胖增长率持续减缓,…生长迟缓率分别低于7%和5% —
  // not one after a list, …分别达到28%和35%,控烟工作扎实推进,…: the statement has moved on)
  const firstList = parts.findIndex((p) => p.includes("分别"));
  return years.length === count && parts.length > 0 && parts.every((p, k) => p.includes("分别") || (!/\d/.test(p) && (firstList < 0 || k < firstList))) ? years : null;
}

/** 分别 and the values each item starts from, up to the verb of its change and 到: 分别从每月631元、286元提高到. */
const FROM_TO = /^分别(?:由|从)[^到至,，;；]*?\d[^到至,，;；]*?(?:提高|增加|增长|上升|下降|降低|调整|提升|减少|扩大|缩小)?(?:到|至)/;

export const respectivelyRule: ClauseRule = {
  name: "respectively",
  apply({ text, clause, sentence, mentions, memo }, consumed) {
    const local = text.slice(clause.start, clause.end).indexOf("分别");
    const parallel = local < 0 ? parallelValues(text, clause.start, mentions) : null;
    if (local < 0 && !parallel) {
      const lastList = memo.listedItems;
      const rates = lastList ? ratesOfListed(text, clause, mentions, lastList, consumed, this.name) : [];
      // (the list's items serve one clause of rates, the first after it however far: …分别达到50万吨、80万吨,其中优质粮食占比60%,
      // 年均增长3%、5%)
      if (rates.length > 0) memo.listedItems = undefined;
      return rates;
    }
    // k: where the names end; the value words (分别达, or the verb) run from there to the first value
    const k = parallel ? parallel.at : clause.start + local;
    // (not values already read as something else: 分别是杜阮镇(721名)和棠下镇(786名) — ranks)
    // (nor what is no quantity: 分别发放2000元、3000元、5000元一次性生育奖励 lists three values, not four)
    let after = (parallel ? parallel.values : mentions.filter((m) => m.start > k)).filter((m) => !consumed.has(m) && m.shape === null);
    // (分别从每月631元、286元提高到653元、300元: the values after 从 are where each starts, those after 到 its target)
    const fromTo = parallel ? null : FROM_TO.exec(text.slice(k, clause.end));
    if (fromTo) {
      const turn = k + fromTo[0].length;
      for (const m of after) if (m.start < turn) consumed.add(m, "baseline", "a starting value (分别从…提高到…)");
      after = after.filter((m) => m.start >= turn);
    }
    if (parallel) for (const m of parallel.from) consumed.add(m, "baseline", "a starting value (由…的…提高到…)");
    // (经验收,分别给予30万元和50万元的以奖代补: sums a grant gives each, no goals)
    // (…sums of money or shares only: 分别资助家庭经济困难学生5000名、1万名 counts whom it helps)
    if (!parallel && after.length > 0 && GRANTED_EACH.test(text.slice(k + 2, after[0].start)) && after.every((m) => m.unit.endsWith("元") || isPercentUnit(m.unit))) {
      for (const m of after) consumed.add(m, "parameter", "a sum a grant gives each (分别给予…奖补)");
      return [];
    }
    const before = mentions.filter((m) => m.start < k && !parallel?.from.includes(m));
    if (after.length < 2) return [];
    for (const m of before) consumed.add(m, "qualifier", "part of the names of a 分别 list"); // numbers before 分别 belong to the indicator names (过30亿、20亿…)
    const namesEnd = parallel ? parallel.namesEnd : k;
    const itemsText = cleanIndicator(text.slice(Math.max(clause.start, namesEnd - 80), namesEnd));
    let items = listItems(itemsText);
    // 城乡居民人均可支配收入分别增长6%、8%: 城乡 names the two, town and country
    // (…unless the statement opens with as many years: 到2022年和2030年,城乡居民…人数比例分别不少于90.86%和92.17%)
    // (…though sums of money are still town's and country's: 到2025年和2035年,城乡居民人均可支配收入分别达到6万元和3.5万元)
    const townFirst = after.every((m) => m.unit.endsWith("元")) && after[0].value > after[1].value;
    // (the years a list before this one opens with, looked up once for the pairing here and the values' years below)
    const yearsOfList = yearsListedBefore(text, sentence.start, clause.start, after.length) ?? yearsListedEarlier(text, clause.start, after.length);
    const byYears = !townFirst && yearsOfList !== null;
    if (items.length === 1 && after.length === 2 && !byYears) items = townAndCountry(itemsText) ?? items;
    // (分别打造“人工智能+”、“数据要素×”典型应用场景20个、100个: a clause opening with 分别 names its items after its verb,
    // quoted, then the noun they share)
    const namedAfter = !parallel && itemsText.length < 2 ? NAMES_AFTER.exec(text.slice(k + 2, after[0].start)) : null;
    const namesAfter = namedAfter ? namedAfter[2].split("、").map((x) => x.slice(1, -1) + namedAfter[3]) : [];
    const verbAfter = namesAfter.length === after.length ? namedAfter![1] : "";
    if (verbAfter) items = namesAfter;
    const listed = items.length === after.length && items.length >= 2;
    if (items.length !== after.length) items = after.map(() => itemsText);
    // 2024年、2025年分别增长12%、15%: the items are years of the indicator named before
    const rawItems = text.slice(Math.max(clause.start, namesEnd - 80), namesEnd).trim().split("、");
    // the first year may follow the indicator's name: 护理型床位占比2024年、2025年、2026年分别达到…
    const named = /^(.*?[\u4e00-\u9fff])((?:到|至|在)?(\d{4})年(底|末)?)$/.exec(rawItems[0].trim());
    // (…or follow the last year: 2026年、2027年、2028年数字化转型覆盖率分别达到…)
    const namedLast = named ? null : /^(\d{4}年(?:底|末)?)[,，]?([\u4e00-\u9fff].*)$/.exec(rawItems[rawItems.length - 1].trim());
    const yearItems = named ? [named[2].replace(/^(到|至|在)/, ""), ...rawItems.slice(1)] : namedLast ? [...rawItems.slice(0, -1), namedLast[1]] : rawItems;
    const years = yearItems.map((it) => /^(\d{4})年(底|末)?$/.exec(it.trim()));
    const byYear = years.length === after.length && years.every((y) => y !== null);
    // (2021年至2024年…比例分别达到30%、60%、80%、100%: a span of as many years as values gives each value its year; a
    // later 分别 of the sentence with as many values goes on with it, 消防文员派驻率分别达到…)
    // (the span may stand in a clause of its own before: 2024年至2026年,全市新建充电桩分别达到…)
    const span = YEAR_SPAN.exec(text.slice(Math.max(sentence.start, k - 80), k));
    if (span && Number(span[2]) - Number(span[1]) + 1 === after.length) memo.yearSpan = { from: Number(span[1]), count: after.length };
    // (…not to a list of places or kinds: 城区、近郊、远郊…分别达到100%、95%、90%)
    const spanFrom = !byYear && !listed && memo.yearSpan?.count === after.length && (span === null || memo.yearSpan.from === Number(span[1])) ? memo.yearSpan.from : null;
    // (…or a list of as many years in the clause before: 实现到2025年、2035年,全省森林覆盖率分别达到26%以上、30%以上)
    // (…and on through the sentence's later 分别 lists of as many values: 到2020年、2025年,茶叶…分别达到1000亿元、1400亿元以上;
    // 花卉…分别达到750亿元、1100亿元以上)
    const listedYears = !byYear && !listed && spanFrom === null ? yearsOfList : null;
    // (the indicator named before the years, after the last of them, or between 分别 and the values: 2026年、2027年分别新增
    // 国家高新技术企业50家、80家)
    const ownName = named ? cleanIndicator(named[1]) : namedLast ? cleanIndicator(namedLast[2]) : "";
    const afterWords = byYear && ownName.length < 2 ? cleanIndicator(text.slice(k + 2, after[0].start)) : "";
    const ofWork = /^(?:新增|新建|建成|建设|培育|打造|形成|完成|引进)[\u4e00-\u9fff()]{2,16}$/.test(afterWords) ? afterWords : "";
    if (byYear) items = items.map(() => (ownName.length >= 2 ? ownName : ofWork || (memo.indicator ?? "")));
    // 市中心城区建成区与三县县城建成区绿地率分别达36%、35%,绿化覆盖率分别达39%、38%: the second list names only
    // the indicator; its values follow the subjects of the first
    if (!byYear && listed) {
      const heads = items.map((x) => INDICATOR_HEADS.exec(x)?.[0] ?? null);
      if (heads.every((h, i) => h !== null && h === heads[0] && items[i].length > h.length)) {
        const tails = items.map((x) => x.slice(0, x.length - heads[0]!.length));
        memo.subjects = tails;
      }
    } else if (!byYear && memo.subjects && memo.subjects.length === after.length && !itemsText.includes("、") && INDICATOR_HEADS.test(itemsText)) {
      items = memo.subjects.map((sub) => sub + itemsText);
    }
    const between = splitPrefix(text.slice(parallel ? k : k + 2, after[0].start));
    // (东部、中部、西部片区分别新建学校5所、3所、2所: places, then a verb and the thing it adds, each its count)
    const shared = listed && !byYear && !parallel ? SHARED_WORK.exec(cleanIndicator(text.slice(k + 2, after[0].start))) : null;
    if (shared) items = items.map((x) => x + shared[2]);
    // (…not a list of shares, whose rises in points are no rates: 分别达到60%、45%,提高5%、3%)
    memo.listedItems = listed && !byYear ? { items, shares: after.every((m) => isPercentUnit(m.unit)) } : undefined;
    const out: Candidate[] = [];
    // (新疆、西藏分别以10%、8%的增速目标…: growth named after the last value)
    const growthNamed = between.growth || /增长|增速/.test(itemsText);
    const growthClosing = growthAfter(text, after[after.length - 1].end);
    // (国家高新技术企业、科技型中小企业分别新增60家、150家: a verb of adding between 分别 and the values adds them all)
    // (…also after the year it is measured from: 分别比2014年增加3,800万亩、675万吨)
    const rawBetween = text.slice(parallel ? k : k + 2, after[0].start).trim();
    const fromBase = BASE_FIRST.test(rawBetween);
    const headBetween = fromBase ? rawBetween.replace(BASE_FIRST, "") : between.head.trim();
    const verbBetween = !shared && !verbAfter && startsWithIncrementVerb(headBetween) ? headBetween : "";
    after.forEach((m, i) => {
      consumed.add(m);
      const growth = growthNamed || (growthClosing && isPercentUnit(m.unit));
      // (分别比2014年增加3,800万亩、675万吨: amounts a year's figures are to gain over the base are amounts added)
      const kind = fromBase && /^增加(?![到至])/.test(headBetween) && !isPercentUnit(m.unit) ? "increment" : kindOf(m.unit, growth, (shared ? shared[1] : verbAfter || verbBetween) + items[i], itemsText);
      out.push({
        rule: this.name, start: clause.start, end: after[after.length - 1].end, numberAt: m.start,
        value: m.value, valueMax: m.valueMax, unit: m.unit, comparator: comparatorOf(between.comparator, m.suffix, m.valueMax !== null),
        kind, period: periodOf(itemsText, kind), indicator: items[i], optional: false,
        year: byYear ? Number(years[i]![1]) : spanFrom !== null ? spanFrom + i : listedYears ? listedYears[i] : null, responsible: null,
        ...(kind === "growth" && between.decrease ? { decrease: true } : {}),
      });
    });
    return out;
  },
};

/** A clause of rates alone after a 分别 list: 年均递增6.8%、6.2%、20% (the words before the first value, the joiners between). */
const RATES_ONLY_OPENING = /^(?:年均|平均|每年)?(?:递增|增长|增速为?|增幅为?|提高|下降)(?:为|达到?|约)?$/;
const RATES_JOINER = /^\s*(?:、|和|及|与)\s*$/;

/**
 * 肉、蛋、奶产量分别达到50万吨、15万吨和70万吨,年均递增6.8%、6.2%、20%: a clause of as many rates alone as the 分别 list before
 * it had items gives each item its rate of growth.
 */
function ratesOfListed(text: string, clause: Span, mentions: readonly Mention[], listed: ListedItems, consumed: Claims, rule: string): Candidate[] {
  const items = listed.items;
  const values = mentions.filter((m) => !consumed.has(m) && m.shape === null);
  if (values.length !== items.length || !values.every((m) => isPercentUnit(m.unit))) return [];
  const opening = text.slice(clause.start, values[0].start).trim();
  if (!RATES_ONLY_OPENING.test(opening) || (listed.shares && /提高|下降/.test(opening))) return [];
  const decrease = opening.includes("下降");
  for (let i = 1; i < values.length; i++) if (!RATES_JOINER.test(text.slice(values[i - 1].end, values[i].start))) return [];
  if (text.slice(values[values.length - 1].end, clause.end).trim() !== "") return [];
  return values.map((m, i) => {
    consumed.add(m);
    return {
      rule, start: clause.start, end: values[values.length - 1].end, numberAt: m.start, value: m.value, valueMax: m.valueMax, unit: m.unit,
      comparator: comparatorOf(null, m.suffix, m.valueMax !== null), kind: "growth" as const, period: periodOf(opening, "growth"), indicator: items[i],
      optional: false, year: null, responsible: null, ...(decrease ? { decrease: true } : {}),
    };
  });
}

/** A verb of work, then quoted names listed with 、, then the noun they share: 打造“人工智能+”、“数据要素×”典型应用场景. */
const NAMES_AFTER = /^(打造|建设|新建|建成|培育|新增|形成|创建|引进|推出)((?:[“"][^”"、]{1,12}[”"]、)+[“"][^”"、]{1,12}[”"])([\u4e00-\u9fff]{2,12})$/;

// 分别 before one value shares it like 均 (服务外包合同执行金额、离岸执行金额分别增长10%以上), after a year too (…比2020年分别
// 下降10%以上: only 均 is read apart after 年, 人, 平…, where it is 年均, 人均, 平均); a 分别 opening its clause
// refers to the list of the clause before (面向自然人和法人组织,分别形成1000个以上的“数字标签”)
// (各 right before the value gives it to each item: 建设稻谷、玉米、马铃薯示范基地各10万亩; a bound may stand between:
// 各建成不少于28个托育园)
// (or a yearly average growth after two amounts joined by 和: 全区财政总收入和地方财政收入年均增长13%; or the year's own
// growth: 全年接待游客和旅游收入增长10%以上)
// (or one value after two whole measures joined by 和: 城镇调查失业率和登记失业率稳定在4.3%左右)
const SHARED = /(?:(?<![人年平户亩日月周])(均|双双)|(分别))(?=增长|增速|达到|达|超过|突破|不低于|不少于|保持|稳定在|为|是|在|提高|提升|上升|下降|降低|减少|控制在|实现|形成|建成|建设|打造|培育|新增|完成)|(?<=[\u4e00-\u9fff]、?)(各)(?=(?:完成|新建|建成|新增|改造)?(?:不少于|不低于|至少|超过)?(?:\d|[一两二三四五六七八九][个家座所处条名]))|(?<=[\u4e00-\u9fff]和[\u4e00-\u9fff]{2,24})(年均|同比|增长(?=(?:约|超过?)?\d)|下降(?=(?:约|超过?)?\d))(?=增长|增速|下降|(?:约|超过?)?\d)|(?<=(?:率|强度|指数|比重|占比)[和与及][\u4e00-\u9fff]{2,16}(?:率|强度|指数|比重|占比))(稳定在|保持在|控制在|达到|达|为)(?=约?[\d.]+)/g;
/** The verbs of a change after 均 or 分别: 增长, 提升, 减少…. */
const CHANGE_VERBS = "增长|提高|提升|上升|下降|降低|减少";
/** The words of a change, its verbs and a rate of growth named (增速). */
const CHANGE_WORDS = new RegExp(`${CHANGE_VERBS}|增速`);
/** A change by an amount, not to a level (no 到, 至 or 为 after its verb). */
const CHANGE_BY = new RegExp(`(?:${CHANGE_VERBS})(?![到至为])`);
/** A word of will closing the places before 各 (泉州将各建成). */
const EACH_WILL = /(?:将|要|拟|计划|力争)$/;
/** Words one of which SHARED needs (年均 holds 均; two amounts or measures are joined by 和, or a rate by 与 or 及). */
const SHARED_WORDS = ["均", "双双", "分别", "各", "和", "率与", "率及"];
/** The verbs SHARED takes after two whole measures joined by 和. */
const MEASURES_VERB = /^(稳定在|保持在|控制在|达到|达|为)$/;
/** An amount whose growth is stated: each of two joined by 和 before 年均增长 (同比增长, 下降) is an indicator of its own. */
// (…or falls: 生产安全事故数和死亡人数同比下降10%以上)
const GROWING_AMOUNT = /(收入|总值|增加值|人数|人次|游客|接待量|产值|总额|投资|营收|利润|产量|销售额|税收|事故数|起数|面积|数量|项目|规模|总量)$/;
/** The measure an amount's name closes with (规上工业企业|营业收入): what stands before it names whose it is. */
const OWN_MEASURE = /(?:总产值|产值|增加值|营业收入|营收|利润总额|利润|销售额|税收收入|税收|收入|投资)$/;
const VERB_ONLY = /^(均|双双|分别)?(增长|增速|达到|达|超过|突破|不低于|不少于|保持|稳定在|为|在|提高|下降|降低|控制在|实现)?$/;

/** Items whose goals are said to agree, before a clause opening with 均: 郑州、开封、洛阳的目标一致. */
const GOALS_AGREE = /^(.{2,60}?[、和及].{1,60}?)的?(?:预期|发展|增长)?目标(?:一致|相同|相当)$/;

/** The head of a rate's name (检查率, 研发投入占比). */
const RATE_HEAD = /[\u4e00-\u9fff](?:率|比重|占比)$/;

/** The clause that ends at `end` (its punctuation left out), within the sentence. */
function clauseBefore(text: string, sentenceStart: number, end: number): string {
  const s = text.slice(Math.max(sentenceStart, end - 80), end).replace(/[,;:\s]+$/, "");
  return s.slice(Math.max(s.lastIndexOf(","), s.lastIndexOf(";"), s.lastIndexOf(":")) + 1);
}

/**
 * The items a 均 clause shares its value with that stand before it, each in a clause of its own: bare names (no number)
 * ending with the same head as the clause's own item, or rates where it is one (交通投资, 生态环保、城市更新和水利设施投资, 高新技术产业投资 before
 * 民间项目投资均增长12%以上). Null when there are none.
 */
function itemsBefore(text: string, sentenceStart: number, clauseStart: number, own: string): { items: string[]; start: number } | null {
  const head = own.slice(-2);
  if (!/^[\u4e00-\u9fff]{2}$/.test(head) || own.length < 3) return null;
  const items: string[] = [];
  let end = clauseStart - 1;
  let start = clauseStart;
  while (end > sentenceStart && /[,，]/.test(text[end])) {
    let b = end - 1;
    while (b >= sentenceStart && !/[,，。;；:：\n]/.test(text[b])) b--;
    const piece = text.slice(b + 1, end).trim();
    // (…or a whole rate, where the clause's own item is a rate: 职业健康检查率,…培训率均达到95%)
    if (piece.length < 3 || piece.length > 30 || /\d/.test(piece) || !(piece.endsWith(head) || (RATE_HEAD.test(own) && RATE_HEAD.test(piece)))) break;
    items.unshift(cleanIndicator(piece));
    start = b + 1;
    end = b;
  }
  return items.length ? { items, start } : null;
}

export const sharedRule: ClauseRule = {
  name: "shared",
  apply({ text, clause, sentence, mentions }, consumed) {
    const out: Candidate[] = [];
    const seg = text.slice(clause.start, clause.end);
    // (SHARED tries its lookbehinds at every character: a clause without its words is not searched)
    if (!SHARED_WORDS.some((w) => seg.includes(w))) return out;
    let next = 0; // mentions and matches both run left to right
    let from = clause.start;
    let eachItems: string[] | null = null;
    let eachVerb = "";
    for (const match of seg.matchAll(SHARED)) {
      const m = [match[0], match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5]];
      const at = clause.start + (match.index ?? 0);
      while (next < mentions.length && (mentions[next].start <= at || consumed.has(mentions[next]))) next++;
      const target = mentions[next];
      if (!target) break;
      // 分别 with several values is a 分别 list (respectivelyRule); so are two measures with values of their own
      if ((m[1] === "分别" || MEASURES_VERB.test(m[1])) && mentions.slice(next + 1).some((x) => !consumed.has(x))) break;
      const opens = m[1] === "分别" && text.slice(clause.start, at).trim() === "";
      // (郑州、开封…济源的目标一致,均是“增长7%”: 均 opening its clause shares the value among the items the clause before
      // names, whose goals it says agree)
      const agreed = m[1] === "均" && text.slice(clause.start, at).trim() === "" ? GOALS_AGREE.exec(clauseBefore(text, sentence.start, clause.start)) : null;
      // (the items start after any amount of its own before them: 选树教育专家20名、教育名师和骨干教师各100名)
      const ownFrom = m[1] === "各" ? mentions.reduce((e, x) => (x.end <= at && x.end > e ? x.end : e), from) : from;
      // (a second 各 right after the first's amount has the same places: 福州、厦门、泉州将各建成不少于28个托育园、各2000个托位)
      // (a 各 after 、 is only ever such a second one)
      if (m[1] === "各" && text[at - 1] === "、" && eachItems === null) continue;
      const again: boolean = m[1] === "各" && eachItems !== null && ownFrom > clause.start && /^[、,和及]?$/.test(text.slice(ownFrom, at).replace(countedNoun(text, ownFrom, at).noun, ""));
      // (the places' word of will is no part of the last: 泉州将各建成)
      const ownText = opens ? clauseBefore(text, sentence.start, clause.start) : text.slice(Math.max(ownFrom, at - 80), at);
      const own = agreed ? agreed[1] : cleanIndicator(m[1] === "各" ? ownText.replace(EACH_WILL, "") : ownText);
      // (items parted by commas before the clause, each named with the same head: 交通投资,…水利设施投资,民间项目投资均增长12%)
      const earlier = m[1] === "均" && from === clause.start ? itemsBefore(text, sentence.start, clause.start, own) : null;
      const itemsText = earlier ? `${earlier.items.join(",")},${own}` : own;
      const quoteStart = earlier ? earlier.start : clause.start;
      from = target.end;
      // (each earlier clause is one item, whatever 、 it holds: 生态环保、城市更新和水利设施投资)
      let items: string[] = again && eachItems !== null ? eachItems : earlier ? [...earlier.items, ...listItems(own)] : listItems(itemsText);
      if (m[1] === "各") eachItems = items;
      // (年均 only shares a growth between two amounts, 和 alone joining them: not 城镇和农村居民人均可支配收入; each amount
      // is whole, 接待游客 no 接待游客收入)
      if (m[1] === "年均" || m[1] === "增长" || m[1] === "同比" || m[1] === "下降") {
        // (实现地区生产总值和财政收入增长8%: a verb before the first names no item)
        const two = itemsText.split("和").map((x, i) => (i === 0 ? x.trim().replace(WILL_OPENING, "") : x.trim()));
        if (/[、与及]/.test(itemsText) || two.length !== 2 || !two.every((x) => x.length >= 2 && GROWING_AMOUNT.test(x))) continue;
        // (规上工业企业营业收入和利润总额, 全市规上工业总产值和增加值: a bare measure after 和 is of what the first names before
        // its own measure)
        const own = OWN_MEASURE.exec(two[0]);
        if (own && own.index > 0 && OWN_MEASURE.exec(two[1])?.index === 0) two[1] = two[0].slice(0, own.index) + two[1];
        // (a place written once before the first, 全区财政总收入和地方财政收入, is the second's too — not a size class,
        // 规上工业产值和服务业增加值)
        const scope = /^(?:全市|全县|全区|全省|全镇)/.exec(two[0]);
        items = two.map((x, i) => (i > 0 && scope && !SCOPE_PREFIX.test(x) ? scope[0] + x : x));
      }
      // 城乡居民人均可支配收入分别增长7.5%: 城乡 names the two, town and country
      if (items.length < 2) items = townAndCountry(itemsText) ?? items;
      if (items.length < 2) continue;
      // the list names who; the words between 分别 and the value name what (形成…“数字标签”), its verb the kind
      let verb = "";
      if (opens) {
        const between = cleanIndicator(text.slice(at + m[1].length, target.start));
        verb = /^(形成|建成|建设|打造|培育|新增|完成)?/.exec(between)![0];
        const what = between.slice(verb.length);
        const noun = countedNoun(text, target.end, clause.end).noun;
        const named = VERB_ONLY.test(what) ? noun : what;
        items = items.map((x) => x + named);
      } else {
        // (省会贵阳、市(州)中心城市、县城分别新增城区常住人口100万以上: places, then a verb and the thing it adds, shared)
        // (a bound before the value is no thing added: 各建成不少于28个)
        const shared = SHARED_WORK.exec(cleanIndicator(text.slice(at + m[1].length, target.start)).replace(/(?:不少于|不低于|至少|超过)$/, ""));
        if (shared) { verb = shared[1]; items = items.map((x) => x + shared[2]); }
        // (中原区、二七区、金水区、管城区各完成25万平方米: places, then the verb of the work each does)
        else if (m[1] === "各") {
          // (the second 各 does the first's work: 各建成…、各2000个托位)
          verb = /^(?:完成|新建|建成|新增|改造)?/.exec(text.slice(at + 1, target.start))![0] || (again ? eachVerb : "");
          eachVerb = verb;
          // (…and the thing counted after the amount is each place's: 各建成不少于28个托育园 → 福州托育园)
          const noun = verb || again ? countedNoun(text, target.end, clause.end).noun : "";
          if (noun.length >= 2) items = items.map((x) => x + noun);
        }
      }
      consumed.add(target);
      const between = splitPrefix(text.slice(at + m[1].length, target.start));
      // (…or the last item names the rate they share: 全口径工业开票和规上工业开票销售增速均保持10%以上)
      // (…or the word of the rise stands before 均: 企业所得税、个人所得税等涨幅均在10%以上)
      const toValue = text.slice(at, target.start);
      const growth = between.growth || CHANGE_WORDS.test(toValue) || (isPercentUnit(target.unit) && /(?:增速|增幅|增长率|涨幅)$/.test(items[items.length - 1])) ||
        (isPercentUnit(target.unit) && /(?:涨幅|增幅)$/.test(text.slice(Math.max(clause.start, at - 2), at)));
      if (growth) items = items.map((x) => x.replace(/等?(?:涨幅|增幅)$/, "") || x);
      // (广东、山东、浙江均为5%以上 under a paragraph or headline on growth goals: the places' growth goals)
      const placed = isPercentUnit(target.unit) && !growth && m[1] === "均" ? placesAlone(items.join("、"), "", () => growthTopic(text, clause.start), text.slice(sentence.start, quoteStart)) : null;
      if (placed) items = placed;
      // (地方财政收入和税收收入增长5亿元: an amount of growth is an amount added)
      // (…and so is one a verb of change moves by, 分别减少1200吨 — not a level it moves to, 均提高到5000元)
      const changeBy = growth && CHANGE_BY.test(toValue);
      for (const item of items) {
        const kind = placed ? "growth" : kindOf(target.unit, growth && (isPercentUnit(target.unit) || m[1] === "增长" || changeBy), verb + item, itemsText);
        out.push({
          rule: this.name, start: quoteStart, end: target.end, numberAt: target.start,
          value: target.value, valueMax: target.valueMax, unit: target.unit,
          comparator: comparatorOf(between.comparator, target.suffix, target.valueMax !== null),
          kind, period: periodOf(itemsText, kind), indicator: item, optional: false, year: null, responsible: null,
          ...(kind === "growth" && between.decrease ? { decrease: true } : {}),
        });
      }
    }
    return out;
  },
};

// Places standing alone where an indicator's name would be (周口为7%左右, 江西、新疆为7%左右), and the growth goal their
// sentence, paragraph or headline names for them: how pages that gather many places' goals write them.
import { parseChineseNumeral } from "../../numbers/chinese";

/** One place or a list of them, alone before the value (周口, 洛阳、安阳, 平顶山、南阳、商丘等地, 其余省份). */
const PLACES_ALONE = /^((?:[\u4e00-\u9fff]{2,4}[、和])*[\u4e00-\u9fff]{2,4}?)(?:等(?:地|市|县|区|省|省份|城市|地市))?$/;
/** What may follow the places before the value: their goal, a word of manner, the verb that sets it (的目标均, 直接定, 定). */
const GOAL_SET_AFTER = /(?:的)?(?:预期)?(?:目标)?(?:均|都|也|直接|则|首次)?(?:大幅)?(?:定|设定|确定|锁定|设|定格|维持|保持)?了?(?:目标)?$/;
/** Words that name an indicator or a change, not a place (a place's own characters, 长沙 or 重庆, are no such words). */
const NAMES_MEASURE = /率|比重|占比|总量|总额|总值|收入|增长|增速|增幅|目标|指数|产值|规模|面积|人数|投资|消费|其中|全年|今年|调|調|提|降|达|实现|保持|控制|力争|确保|高于|低于|超过|平均|水平|多数|全国|部分/;
/** Words naming a measure other than growth: a rate, a share, an intensity, an index, an area, a count of people or days. */
const OTHER_MEASURE = /率|比重|占比|强度|指数|面积|人数|天数|密度|水平|覆盖/;
/** Where the measure of a growth target begins in its name, after its place: 漯河GDP预期目标 → GDP预期目标. */
const GROWTH_MEASURE = /(?:GDP|地区生产总值|生产总值|经济增速|经济增长|经济总量|增速|增长)[\u4e00-\u9fff]*$/;
/**
 * A growth goal named as the topic of a paragraph or a headline: 各地GDP增长目标, 2023年经济增长预期目标, GDP目标公布; or a
 * revenue's, 一般公共预算收入增速目标, 财政收入增长目标.
 */
const GROWTH_TOPIC = /(?:GDP|生产总值|经济)(?:的)?(?:增长|增速|增幅)?(?:预期)?目标|(?:GDP|生产总值|经济)(?:增长|增速)|(?:一般公共预算|财政|税收)收入(?:的)?(?:增长|增速|增幅)(?:预期)?目标/;

/**
 * The names of places standing alone where an indicator's would, each with the measure of the target named before
 * them in the sentence (漯河GDP预期目标为7%以上,周口为7%左右 → 周口GDP预期目标) or, failing one, of the growth goal its
 * paragraph or headline is about (…2023年GDP目标公布 / …海南为9.5%左右 → 海南GDP目标); null where the head names more
 * than places, nothing names a growth measure, or the sentence before them (`sentenceBefore`) names another.
 */
export function placesAlone(head: string, before: string, topic: () => string | null, sentenceBefore = ""): string[] | null {
  const core = head.replace(GOAL_SET_AFTER, "").replace(/^其中[,，]?\s*/, "");
  const places = PLACES_ALONE.exec(core);
  if (!places || NAMES_MEASURE.test(core)) return null;
  const measure = GROWTH_MEASURE.exec(before);
  // (a sentence that names another measure before the places is about it: 义务教育巩固率达到97%,其中,小学为100%; 城镇调查
  // 失业率方面,郑州为5.5%以内 — whatever its paragraph or headline says of growth)
  const named = measure && measure.index > 0 ? measure[0] : !OTHER_MEASURE.test(before) && !OTHER_MEASURE.test(sentenceBefore) ? topic() : null;
  if (!named) return null;
  return places[1].split(/[、和]/).map((p) => p + named);
}

/** The growth goal the paragraph before `at`, or the page's headline, is about (its words), or null. */
export function growthTopic(text: string, at: number): string | null {
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  const paragraph = GROWTH_TOPIC.exec(text.slice(Math.max(lineStart, at - 300), at));
  if (paragraph) return paragraph[0];
  // (the headline: the page's first line, or the line before the paragraph)
  const firstNl = text.indexOf("\n");
  const firstLine = text.slice(0, Math.min(120, firstNl < 0 ? text.length : firstNl));
  const before = lineStart > 0 ? text.slice(text.lastIndexOf("\n", lineStart - 2) + 1, lineStart - 1).slice(0, 120) : "";
  return GROWTH_TOPIC.exec(before)?.[0] ?? GROWTH_TOPIC.exec(firstLine)?.[0] ?? null;
}

const PLACE_COUNT = "[两二三四五六七八九十]";
const PLACE_KIND = "(?:个)?(?:省|市|县|区|地|镇|乡镇|县区|区县|县市|城市)";
/** Places listed, then how many they are and 各 or 均 before what each gets (济南和青岛两市各新开工…, 甲、乙、丙三县均…). */
const LISTED_THEN_EACH = new RegExp(`((?:[\\u4e00-\\u9fff]{2,4}[、和与])+[\\u4e00-\\u9fff]{2,4}?)(${PLACE_COUNT})${PLACE_KIND}(?:各|均|分别)`);
/** A clause opening with how many places there are and 各 or 均 (两市各35000套), the places listed in the clause before. */
const EACH_OPENS = new RegExp(`^\\s*(${PLACE_COUNT})${PLACE_KIND}(?:各|均|分别)`);
/** A list of places closing a clause (…主要集中于济南和青岛,): the words before the first place are cut at its verb. */
const LIST_CLOSES = /((?:[\u4e00-\u9fff]{2,6}[、和与])+[\u4e00-\u9fff]{2,4})[,，]\s*$/;

/**
 * The places one value is given to each of, when the words before it list them and say how many they are (济南和青岛两市各
 * 新开工35000套; …集中于济南和青岛,两市各35000套), or null: the count said must match the places listed.
 */
export function eachOfPlaces(before: string, clauseBefore: string): string[] | null {
  let list: string | null = null;
  let count: string | null = null;
  const inClause = LISTED_THEN_EACH.exec(before);
  if (inClause) { list = inClause[1]; count = inClause[2]; } else {
    const opens = EACH_OPENS.exec(before);
    const listed = opens ? LIST_CLOSES.exec(clauseBefore) : null;
    if (opens && listed) { list = listed[1].replace(/^.*(?:于|在|是|为|包括)/, ""); count = opens[1]; }
  }
  if (list === null || count === null) return null;
  const places = list.split(/[、和与]/);
  return places.length === parseChineseNumeral(count) && places.every((x) => x.length >= 2 && !NAMES_MEASURE.test(x)) ? places : null;
}

/** A place alone, as an allocation names it: 在西咸新区, 高新区, 航天基地. */
const PLACE_NAMED = /^[\u4e00-\u9fff]{1,8}(?:新区|区|县|市|旗|州|镇|乡|街道|基地|园区|开发区)$/;
/** Areas counted as things, not places one shares out to: 特色夜游街区, 景区, 小区, 社区, 示范区, 贫困县. */
// (…or places of a kind, counted: 贫困县, 示范县, 百强县, 重点镇)
const AREA_OF_THINGS = /(?:街|景|小|社|校|片|厂|矿|营|园|保护|示范|集聚|功能|服务|实验|试验)区$|(?:贫困|示范|重点|百强|强|先进|试点|特色|中心|达标)(?:县|市|区|镇|乡|村)$/;
/** Words of a measure or a deed, never in a place's name: 率, 面积, 投资, 新增, 建成. */
const NO_PLACE = /率|比|量|额|值|数|面积|规模|收入|投资|新增|建设|建成|改造|达到|实现|完成|提升/;

/**
 * Whether the name before an amount is only a place or a list of places (即在西咸新区, 浐灞生态区、曲江新区、航天基地、未央各):
 * where a page shares out an amount just set (区域分布:即在西咸新区7万套(间),高新区6万套(间)).
 */
export function namesOnlyPlaces(indicator: string): boolean {
  const items = indicator.replace(/^(?:即|其中)?[,，:：]?(?:在|向|给)?/, "").replace(/(?:各|均|分别)$/, "").split("、");
  return PLACE_NAMED.test(items[0]) && !AREA_OF_THINGS.test(items[0]) && items.every((x) => /^[\u4e00-\u9fff]{2,8}$/.test(x) && !NO_PLACE.test(x));
}

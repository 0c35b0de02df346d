// Comparator, kind, period and indicator name from the words around a mention.
import type { Comparator, TargetKind, TargetPeriod } from "../../model";
import { isCountPerYear, isMeasureWord, isPercentUnit, isScaledMeasureWord, TIME_UNITS, withoutTenThousand } from "../../numbers/units";
import { ATTRIBUTE_WORDS, GROWTH_WORDS, INCREMENT_VERBS, leadingIncrementVerb, LEADING_FILLERS, LIST_NUMBER, PLACE_SCOPES, PREFIX_COMPARATORS, WILL_WORDS, withoutBracketedAlternative, withoutBracketedTail } from "./lexicon";

export interface PrefixSplit {
  /** Text before the comparator words (the indicator with its verbs). */
  head: string;
  comparator: Comparator | null;
  /** Growth wording found between the indicator and the number. */
  growth: boolean;
  /** The growth wording states a fall (下降/降低/减少/压减/缩短/削减 N%), not a fall to a level (下降到 N). */
  decrease: boolean;
}

/** Growth words that state a fall by the number that follows. */
export const FALL_WORDS = /(下降|降低|减少|压减|压缩|缩短|削减|降幅|再降)$/;

// Words indexed by a character's code (their first or last), so a test of how a text ends or opens tries only the few
// words that can match (a code, not a one-character string: reading a Chinese character as a string makes a new one).
function byCharCode<T>(items: T[], codeOf: (x: T) => number): Map<number, T[]> {
  const m = new Map<number, T[]>();
  for (const it of items) {
    const k = codeOf(it);
    const list = m.get(k) ?? [];
    list.push(it);
    m.set(k, list);
  }
  return m;
}
/** The last code of a word or of a head that may be empty (-1 then, keying no word: no read before the start, which would
 * throw V8's optimised code of splitPrefix away). */
const lastCodeOf = (head: string): number => (head.length > 0 ? head.charCodeAt(head.length - 1) : -1);
const PREFIX_BY_LAST = byCharCode(PREFIX_COMPARATORS, (x) => lastCodeOf(x[0]));
const GROWTH_BY_LAST = byCharCode(GROWTH_WORDS, lastCodeOf);

const WILL_WORDS_LIST = WILL_WORDS.split("|");
/** A year opening an indicator phrase, with its word of will and preposition: 力争到2025年, 二〇二五年底前. */
/** A plan period opening a name (到“十四五”末全市养老床位总量, “十四五”期间新增…): the year carries it, the name does not. */
const LEADING_PERIOD = new RegExp(`^(?:${WILL_WORDS})?(?:到|至|在)?[“"]?十[一二三四五六]五[”"]?\\s*(?:时期末|期末|末|时期|期间|内)?(?:的主要目标是)?[,，]?`);
// (or a span of years: 2024—2026年城乡生活垃圾分类覆盖率)
const LEADING_YEAR = new RegExp(`^(?:${WILL_WORDS})?(?:到|至|在)?(?:\\d{4}年?\\s*[—–\\-至到~]\\s*)?(?:\\d{4}|二〇[一二三四五六七八九〇]{2})年(?:底|末)?(?:前)?`);
// (or a month's or the year's end as a deadline: 12月底前开工建设200部, 年底前开工建设…, 3月15号前完成…)
const LEADING_DEADLINE = new RegExp(`^(?:${WILL_WORDS})?(?:到|至|在|于)?(?:\\d{1,2}\\s*月(?:\\d{1,2}\\s*[日号]|[上中下]旬|底|末)|年(?:底|末))(?:前|以前|之前)(?=[\\u4e00-\\u9fff]{2})`);

// (or a count of years to run, with its will: 3年内将…国内市场占有率, 五年内要…)
const LEADING_YEARS_WITHIN = new RegExp(`^(?:${WILL_WORDS})?(?:\\d{1,2}|[一二两三四五六七八九十])年(?:内|之内|间)(?:将|要)?(?=[\\u4e00-\\u9fff]{2})(?!建成|新建|建设|完成|新增|培育|打造|引进|改造)`);

/** Work that 提升 joins to name it (改造提升10处, 职业技能提升5万人次, 绿化提升15处): there 提升 is no rise. */
const WORK_NAMED = /(改造|整治|绿化|美化|亮化|技能|品质|提档|建设|修缮|改建|改善|扩容|升级)$/;

/** A stock's name right before 累计, the verb of reaching after it: 供暖面积累计, 在校学生累计, 通车里程累计. */
const STOCK_THEN_TOTAL = /(?:面积|里程|长度|在校学生|在校生|学生|用户|用户数|人口|保有量)累计$/;
/** Whether a name is a stock's, summed (see STOCK_THEN_TOTAL): what it reaches is its level. */
export function stockSummed(name: string): boolean {
  return name.endsWith("累计") && STOCK_THEN_TOTAL.test(name);
}
/** A verb of change, then 累计 (降低累计, 下降累计, 增长累计). */
const CHANGE_THEN_TOTAL = /(?:下降|降低|减少|增长|提高|提升)累计$/;

/** A verb of a level held or reached, at a text's end (稳定在, 保持在, 达到). */
const LEVEL_VERB_END = /(?:稳定在|保持在|维持在|达到|不低于|不少于)$/;

/** How often or for whom, between a verb of a level and its number: 每年, 每人每月, 每户每年. */
const PER_HEAD_OR_TIME = /(?:每人|每户)?每(?:年|月)$|每人$/;

/** Peel comparator and growth words off the end of the text before a number. */
export function splitPrefix(pre: string): PrefixSplit {
  if (pre.length === 0) return { head: "", comparator: null, growth: false, decrease: false };
  let head = pre.trimEnd();
  let comparator: Comparator | null = null;
  let growth = false;
  let decrease = false;
  for (let round = 0; round < 4; round++) {
    let changed = false;
    // (粮食产量稳定在每年110亿斤以上: how often, between the verb of a level and its number, names nothing)
    // (…提高到每人每月不低于80元 / 不低于每人每月80元: nor does a standard's per head and month)
    // (only the last few characters are read: the head may be a long run of text)
    const per = head.endsWith("年") || head.endsWith("月") || head.endsWith("人") ? PER_HEAD_OR_TIME.exec(head.slice(-5)) : null;
    const perAt = per ? head.length - Math.min(5, head.length) + per.index : -1;
    const verbBefore = per ? head.slice(Math.max(0, perAt - 6), perAt) : "";
    if (per && (LEVEL_VERB_END.test(verbBefore) || /(?:提高到|提高至|调整为|调整到)$/.test(verbBefore))) { head = head.slice(0, perAt); changed = true; }
    for (const [word, cmp] of PREFIX_BY_LAST.get(lastCodeOf(head)) ?? []) {
      if (head.endsWith(word) && head.length >= word.length) {
        // "在" / "到" / "为" / "至" / "过" only count when something precedes them (an indent is nothing)
        if (word.length === 1 && head.trimStart().length === 1 && "在到为至过".includes(word)) break;
        // (签约6个项目: 约 closing a word — 签约, 节约, 预约, 合约 — is no "about")
        if (word === "约" && /[签节制预契合公条邀特简]$/.test(head.slice(0, -1))) break;
        if (comparator === null || comparator === "=") comparator = comparator === null || cmp !== "=" ? cmp : comparator;
        head = head.slice(0, head.length - word.length);
        changed = true;
        break;
      }
    }
    for (const w of GROWTH_BY_LAST.get(lastCodeOf(head)) ?? []) {
      // (提升 is a rise — 较2020年提升30%, 研发投入提升15% — except where it names the work: 改造提升10处)
      // (人口自然增长率: a growth that keeps its whole name — 人口自然 names nothing)
      if (head.endsWith(w) && w.startsWith("增长") && head.slice(0, -w.length).endsWith("自然")) { growth = true; break; }
      if (head.endsWith(w) && !(w === "提升" && WORK_NAMED.test(head.slice(0, -2)))) {
        // 提高 is growth only when no 到/至 follows (提高到52% is a level)
        head = head.slice(0, head.length - w.length);
        // the word nearest the number decides: 能耗下降13.5% is a fall; 降低到 / 下降至 were peeled as comparators
        if (!growth) decrease = FALL_WORDS.test(w);
        growth = true;
        changed = true;
        break;
      }
    }
    // (GDP增4.5%, 地区生产总值增7.5%-8%: 增 alone right before the number is a rise — not 新增, 净增, 倍增, 递增)
    if (!growth && head.endsWith("增") && !/[新净倍递]增$/.test(head)) { head = head.slice(0, -1); growth = true; changed = true; }
    // (能源消耗降低累计14.5%: 累计 after a verb of change says the change is over the whole period)
    if (head.endsWith("累计") && CHANGE_THEN_TOTAL.test(head)) { head = head.slice(0, -2); changed = true; }
    // (投资确保2600亿元: a word of will before the number is no part of the name)
    if (WILL_WORDS_LIST.some((w) => head.endsWith(w))) { head = head.slice(0, -2); changed = true; }
    // (能耗强度严格控制在1.2以下: the manner of a bound, once the bound is peeled, is no part of the name)
    if (comparator !== null && (head.endsWith("严格") || head.endsWith("有效"))) { head = head.slice(0, -2); changed = true; }
    if (!changed) break;
  }
  return { head, comparator, growth, decrease };
}

// (01 新改扩建公办幼儿园11所, 16 筹建人才住房1000套: a list's number may be set off by a space instead of a mark)
const LIST_NUMBER_OPENS = new RegExp(`^(?:${LIST_NUMBER}|\\d{1,2} +(?=[\u4e00-\u9fff]))`);

/** What 形成 N of makes a stock of (形成5家…企业, 形成3个千亿级产业集群); 形成50个…产品 are made within the period. */
export const FORMED_STOCK = /(产业|产业链|集群|企业|基地|园区)$/;

/**
 * Everything up to the last attribute cell of a table run together, with the next row's category and serial number
 * (not a name that holds the word: 预期性指标完成率).
 */
const ATTRIBUTE_WORD_LIST = ATTRIBUTE_WORDS.split("|");
const GLUED_ROW_START = new RegExp(`^.*(?:${ATTRIBUTE_WORDS})(?!指标)(?:[\\u4e00-\\u9fff]{2,8}?(?=\\d))?\\d{0,2}`);

/**
 * A lead-in naming a document's goals, then 是 or 为 and the first goal's name: 今年…的主要指标安排是, 主要预期目标为,
 * 2023年目标为 — not one indicator's goal, 粮食产量目标为…, nor a question, 增长目标为何设为.
 */
const GOALS_LEAD_IN = /^[^,;。]{0,30}?(?:(?:主要|预期|年度?|任务|发展的?)(?:目标|指标(?:安排)?)|主要指标(?:安排)?)(?:是|为(?!何))(?=[\u4e00-\u9fff]{2})/;

/** A lead-in ending in a colon, then a list's first number (…民生实事:1., …如下:(1)). */
const LEAD_BEFORE_ITEM = /^[^:：]{2,30}[:：]\s*(?:\d{1,2}[.、．]|[(（]\d{1,2}[)）]|[一二三四五六七八九十][、.])/;
/** The field work is done in, before its verb: 在人形机器人领域(培育…). */
const FIELD_BEFORE_WORK = /^在[\u4e00-\u9fff]{1,12}?(?:领域|方面|行业|方向)(?=(?:培育|建设|打造|新建|建成|新增|引进|实施|形成|创建|组建|布局))/;
/** Bodies doing the work and their will, opening a clause: 各级城市管理部门将推动, 市城管委要. */
const BODIES_WILL = /^[\u4e00-\u9fff]{1,14}?(?:部门|单位|政府|委员会|管委会|委|局|厅|办公室|集团|公司)(?:还|也)?(?:将|要)(?:推动|推进|积极|努力|力争|加快|牵头)?(?=[\u4e00-\u9fff]{2})/;
/** Strip leading fillers (力争, 到2025年, 其中 …) from an indicator. */

export function cleanIndicator(s: string): string {
  let t = s.trim();
  if (t.length === 0) return t;
  // (【专栏3】到2025年新建…, 【民生实事】年内…: a short rubric in lenticular brackets before the words, and all before it, is no
  // part of the name;
  // 【到2035年北京…将超460座…】: brackets holding the statement itself are dropped, the words kept)
  if (t.includes("【") || t.includes("】")) t = t.replace(/^.*?【[^【】]{1,8}】(?=[^【】]{2})/, "").replace(/[【】]/g, "").trim();
  // (…不得上升预期性2十万人火灾事故死亡率: in a table run together, a row opens after the last attribute cell, its
  // category and its serial number)
  const row = ATTRIBUTE_WORD_LIST.some((w) => t.includes(w)) ? GLUED_ROW_START.exec(t) : null;
  if (row && row[0].length < t.length) t = t.slice(row[0].length);
  // (台海网12月28日讯(海峡导报记者 康泽辉/文) 地区生产总值: a news page's dateline opens the first clause, no part of the name)
  if (t.includes("日讯") || t.includes("日电")) t = t.replace(/^[^,，。;]{0,24}?\d{1,2}月\d{1,2}日(?:讯|电)\s*(?:[(（][^()（）]{0,40}[)）])?\s*/, "");
  // (黄金蜜种植数量(≥**株)>=17600株: a form's bracket of the value's shape, then the comparator, are no part of the name)
  if (t.includes("≥") || t.includes("≤") || t.endsWith("=")) t = t.replace(/[(（][≥≤]\**[^()（）\d]{0,6}[)）]/g, "").replace(/(?:>=|<=|≥|≤)\s*$/, "");
  for (let round = 0; round < 8; round++) {
    const before = t;
    // (each opening below is looked for only when the text holds its mark: the colon, 《, 了)
    // (a headline's place before its year: 上海:2023年集成电路…规模)
    if (t.includes(":")) t = t.replace(/^[\u4e00-\u9fff]{2,4}:(?=\d{4}年)/, "");
    // (《规划》要求到2025年…, 《方案》计划建设…道路300公里: the plan that sets the goal, and its verb)
    if (t[0] === "《") t = t.replace(/^《[^《》]{1,30}》(?:还)?(?:要求|提出|明确|指出|规定|计划|规划|拟)(?:了)?/, "");
    // (明确了2026年GDP增长…: the verb that states the year's goal, with its 了)
    if (t.includes("了")) t = t.replace(/^[\u4e00-\u9fff]{0,3}了(?=(?:19|20)\d\d年)/, "");
    // (确定今年我省培育高素质农民…: the verb that sets the year's goal, before the year)
    t = t.replace(/^(?:确定|明确|提出|要求)(?=今年|明年|全年|年内|(?:19|20)\d\d年)/, "");
    // (还提出"新增再生水…: the verb that quotes a goal, with the quote left open before the number)
    if (t.includes('"') || t.includes("“")) t = t.replace(/^[\u4e00-\u9fff]{0,4}?(?:提出|明确|要求|强调)[:：]?["“](?=[^"“”]*$)/, "");
    // (今年将办好十件民生实事:1.新增普惠性托位…: a lead-in ending in a colon before the list's first number)
    if ((t.includes(":") || t.includes("：")) && LEAD_BEFORE_ITEM.test(t)) t = t.replace(LEAD_BEFORE_ITEM, "");
    // (10件实事包括建设特殊教育学校…9所: the list the item opens, counted, and its 包括)
    // (6省(市)提出的措施主要包括兴建蓄水池…: the measures or tasks a list opens with, and its 包括, before the verb of the work)
    if (t.includes("包括")) t = t.replace(/^(?:(?:\d+|[一二三四五六七八九十]+)[件项个条][\u4e00-\u9fff]{0,6}?|[^,，。;；]{0,16}?(?:措施|任务|工作|内容|举措|重点)(?:主要)?)包括(?=[\u4e00-\u9fff]{2})/, "");
    // ((含政府补贴性培训80万人次): the bracket of a part and its 含 or 其中 open no name)
    if (t[0] === "(" || t[0] === "（") t = t.replace(/^[(（](?:含|其中)[:：]?(?=[\u4e00-\u9fff]{2})/, "");
    // (在人形机器人领域培育…: the field the work is in, before its verb)
    if (t[0] === "在") t = t.replace(FIELD_BEFORE_WORK, "");
    // (各级城市管理部门将推动增加…: the bodies that will do the work and their will, before the verb of the work)
    if (t.includes("将") || t.includes("要")) t = t.replace(BODIES_WILL, "");
    // (我们还将新建…, 还要提升…: the speakers and their will)
    if (t.startsWith("我们")) t = t.replace(/^我们(?:还|也|要|将|仍)*/, "");
    else if (/^(?:还|也|仍)(?:要|将)/.test(t)) t = t.slice(2);
    // (浙江将“生产总值增长…”列为…目标: the subject and its 将 before the quote of a goal it names — not of work, 已将“建成…)
    if (t.includes("将“")) {
      const subject = /^[\u4e00-\u9fff]{0,4}?将“(?=[^“”]*$)/.exec(t);
      if (subject && !INCREMENT_VERBS.some((v) => t.startsWith(v, subject[0].length))) t = t.slice(subject[0].length);
    }
    // (浙江目标今年完成水利投资, 目标2026年完成…: a headline's goal word, after its place, before the year)
    if (t.includes("目标")) t = t.replace(/^[\u4e00-\u9fff]{0,4}?目标(?=今年|明年|全年|年内|本年|(?:19|20)\d\d年)/, "");
    // (将瞄准规模工业产值200亿元目标: the verb of aiming before the goal's name)
    if (t.includes("瞄准") || t.includes("锚定")) t = t.replace(/^(?:将|要)?(?:瞄准|锚定)(?=[\u4e00-\u9fff]{2})/, "");
    // (今年上海经济社会发展的主要指标安排是生产总值…: the lead-in naming the goals, up to its 是, before the first of them)
    if (t.includes("是") || t.includes("为")) t = t.replace(GOALS_LEAD_IN, "");
    t = t.replace(LEADING_YEAR, "").replace(LEADING_PERIOD, "").replace(LEADING_DEADLINE, "").replace(LEADING_YEARS_WITHIN, "");
    if (t[0] === "(" || t[0] === "（") t = t.replace(/^[((][一二三四五六七八九十\d]{1,3}[))]/, "");
    t = t.replace(LIST_NUMBER_OPENS, "");
    if (t.startsWith("——")) t = t.slice(2);
    // (…5项工作指标,即节地生态安葬率…: the 即 that opens a list's first item — not 即时配送)
    if (t[0] === "即" && t[1] !== "时") t = t.slice(1);
    // (bullets of a pasted list: ▶新增公共停车位800个, ●改造老旧小区20个)
    t = t.replace(/^[”、,:;\s—▶►▷●○■□◆◇★☆▪▫•➢➤✓√❖▲△※*]+/, "");
    // an opening quote stays when its closing quote follows (“四上”企业数)
    if ((t[0] === "“" || t[0] === '"') && !/[”"]/.test(t.slice(1))) t = t.slice(1);
    for (const f of LEADING_FILLERS) if (t.startsWith(f)) { t = t.slice(f.length); break; }
    // (今年的经济成长率目标: the 的 a filler left behind)
    if (t !== before && t.startsWith("的")) t = t.slice(1);
    if (t === before) break;
  }
  // 县财政每年安排农村人居环境整治专项资金: the fund is the indicator, who sets it aside and how often are context
  // (a bare 专项资金 keeps its wording: 市财政每年安排专项资金)
  // (only a name ending in the fund can lose its words)
  if (t.endsWith("资金") || t.endsWith("经费")) {
    const fund = t.replace(/^[\u4e00-\u9fff]{0,6}?(?:财政)?(?:每年|年均|每年度|累计|总计)?(?:安排|拨付|筹措)(?=[^,;。]{2,16}(?:资金|经费)$)/, "");
    if (!/^(专项|财政)?(资金|经费)$/.test(fund)) t = fund;
  }
  // 能耗较2022年(下降): the base year is context, not part of the name
  if (t.includes("较") || t.includes("比")) t = t.replace(/(较|比|相比)(\d{4}年|上年|去年)(底|末)?$/, "");
  // 城镇新增就业:五年累计: a label's scope word after the colon says how it counts, not what
  if (t.includes(":")) t = t.replace(/:(?:[一二三四五六七八九十]年)?(?:累计|合计|总计|每年|年均)$/, "");
  // 粮食产量继续保持500亿斤以上: an adverb before the verb is no part of the name
  // (增长目标设定为5%: the verb that sets the value is no part of the name either)
  // (地区生产总值按增长5%安排: 按 introduces the value)
  // (产业规模将达到1000亿元: a word of will before the verb is no part of the name either — not the 要 of 纲要, 摘要)
  // (经济增长“5.5%左右”, 经济成长目标为「6%」: the quote opening the value is no part of the name, nor the verb before it;
  // 为实现 says why, not what)
  const last = t[t.length - 1];
  if (last === "“" || last === '"' || last === "「") t = t.slice(0, -1);
  // (县(市、区)规上工业增加值均增长: the 均 every member shares the value by is no part of the name)
  t = t.replace(/(?<=[\u4e00-\u9fff)）]{2})(?<![人年平户亩日月周])均$/, "");
  // (达标学生比例(2027年均达到80%: the year, with the bracket opening its values and the 均 they share, dates the value)
  // (营业收入到2025年: with the word that leads to it; not one end of a span or a list, 2024—2025年, 2023、2024年)
  if (t.includes("年")) t = t.replace(/(?<![\d—–\-~～至到、])(?:到|至)?[(（]?(?:19|20)\d\d年(?:底|末)?均?$/, "");
  // (厦门到2025: a deadline written without 年, as headlines write it)
  if (t.includes("到") || t.includes("至")) t = t.replace(/(?<![\d—–\-~～、])(?:到|至)(?:19|20)\d\d$/, "");
  t = t.replace(/(继续|持续|稳步|逐步|按)$/, "").replace(/(?:将|将要|(?<![主重需必纲提概摘纪简机])要|有望|力争|争取|确保)$/, "");
  // (the words that set a value follow a goal or a task: a name without either keeps its end)
  if (t.includes("目标") || t.includes("任务")) t = t.replace(SETS_VALUE_AFTER_GOAL, "").replace(/(?<=任务|目标)(?:是|为)$/, "");
  t = t.replace(/[,:;、\s|]+$/, "");
  return t[0] === "为" ? t.replace(/^为(?:实现|完成)/, "") : t;
}

/**
 * What a clause without a number speaks of, for the bare verb of the next clause: 继续推进棚户区改造 → 棚户区改造;
 * 集中供养率水平不断提高 → 集中供养率水平. Null when it is no short noun phrase.
 */
export function topicOf(clause: string): string | null {
  // (以2012年可吸入颗粒物(PM10)浓度值为基准,下降25%以上: the measure a base names is what the change after it is of)
  const based = clause.includes("为") ? BASE_MEASURE.exec(clause) : null;
  if (based) return based[1];
  // (生产总值将比2010年翻两番,达到1150亿元: the change on a base year closing the clause is no part of the name)
  const whole = cleanIndicator(clause.replace(CHANGE_ON_BASE_YEAR, ""))
    .replace(/^(继续|加快|大力|持续|积极|全面|稳步|着力)?(推进|推动|实施|开展|加强|做好|抓好)/, "")
    .replace(/(不断|持续|进一步|稳步|逐步|明显|大幅)?(提高|提升|增长|扩大|下降|降低|改善|增加)$/, "");
  // (a long clause names its topic last, after its last 的: 以…为支撑的“一化一海五优特”产业集群 — a noun, not what is to
  // happen, …的各项改革举措落地见效)
  const tail = whole.length > 32 && whole.includes("的") ? whole.slice(whole.lastIndexOf("的") + 1) : whole;
  const t = tail !== whole && /(见效|落实|落地|推进|实施|完成|提升|发展|加强|改善|突破)$/.test(tail) ? whole : tail;
  return t.length >= 2 && t.length <= 32 && !/[\d,;:]/.test(t) ? t : null;
}

/** A base named with what it measures, closing its clause: 以2012年可吸入颗粒物(PM10)浓度值为基准. */
const BASE_MEASURE = /以(?:(?:19|20)\d\d年(?:底|末)?的?)?([\u4e00-\u9fff][^,，。;；]{1,24}?)(?:值|数值|水平)?为(?:基准|基数|基值|基期)(?:值)?\s*$/;

/** A change on a base year closing a clause, its figures in words or none: 将比2010年翻两番, 比2020年接近翻一番, 较2015年明显提高. */
const CHANGE_ON_BASE_YEAR = /(?:将|要)?(?:比|较)(?:19|20)\d\d年(?:底|末)?(?:的水平)?(?:接近|基本|再|实现)?(?:翻[一两三]番|翻番|增长[一两三]倍|[有明显大幅稳步]{0,4}(?:提高|提升|增长|增加|下降|降低))\s*$/;

export function comparatorOf(prefix: Comparator | null, suffix: Comparator | null, isRange: boolean): Comparator {
  if (isRange) return "range";
  if (suffix) return suffix;
  return prefix ?? "=";
}

const CAPACITY_NAME = new RegExp(`^(${INCREMENT_VERBS.join("|")})(能力|水平)$`);

/**
 * Verbs of opening, hiring, enlarging or mobilising that add what they count (新辟, 新聘, 续聘, 扩增, 增设, 新开通;
 * 开办“爱心托管班”不少于400个, as 22 of 23 labelled rows read 开办; 动员超8000名志愿者).
 */
const ADDED_COUNTED = /(新辟|新聘|续聘|扩增|增设|新开通|新投放|新招|开办|动员)/;
/** A will to build, then what it builds: …将建设政策性住房, 计划新建…, 将牵头建设… (who leads the work may stand between). */
// (…or the year's, the verb closing the name when what it builds came first: 农村生活污水处理设施上海今年再建设8万户)
// (…or pays out: 租赁补贴计划发放16555户)
const WILL_BUILD = /(?:将|要|计划|拟|今年|年内|明年)(?:再|牵头|负责|着力|加快|继续)?(?:建设|新建|建成|筹集|改造|发放)(?:[\u4e00-\u9fff]{2,12})?$/;

/** Scope words a verb of adding may follow: a list number, a place (在全县), 重点/主要, 全年, 每年, 力争… */
// (从省外引进…项目500个: where what is brought in comes from)
// (共投放…, 在船钓钓场海域增殖放流…: a total of the work, and where it is done; 还要提升…: the will before the work)
// (湖北计划完成…投资: the place before what it plans; 渝中区计划打造…; 围绕智能生产、智能政务打造…: what the work serves)
const INCREMENT_SCOPE = new RegExp(`^(\\s*${LIST_NUMBER}|在(?:${PLACE_SCOPES})|在[\\u4e00-\\u9fff]{1,8}?(?:海域|水域|区域|范围内|境内)|共(?!有|计)|共计(?=新增|增加|新建|建成|完成|改造)|从[\\u4e00-\\u9fff]{1,6}?(?=引进|招引|引入|吸引)|围绕[\\u4e00-\\u9fff、“”]{2,24}?(?=(?:打造|建设|新建|建成|培育|创建|引进)(?!的))|并|同时|重点|主要|集中|全市|全区|全县|全省|全国|(?:我|本)(?:省|市|区|县|国)(?:将|要)?|各县区|免费|实现|每年|年均|全年|年度|滚动|每个[\\u4e00-\\u9fff]{1,4}?(?=至少|建设|新建)|至少|计划|规划(?=建设|新建|建成|改造|布局)|[\\u4e00-\\u9fff]{2,4}?(?=力争(?:今年|年内|全年)?(?:新增|新建|引进|培育|招引))|力争(?:今年|年内|明年)?|累计|五年累计|有序|稳步|逐步|加快|大力|积极|持续|统筹|高(?:水平|质量|标准)(?=建设|打造|新建|改造)|研究(?=制定|出台)|再(?=新|建|布局|开工|改造|引进|培育|打造|增加|减少)|[\\u4e00-\\u9fff]{1,4}?将(?!来|近)|[\\u4e00-\\u9fff]{0,4}?要(?=开工|开建|新建|建设|建成|完成|改造|新增)|将(?=(?:新|改|扩)?建|改造|培育|引进|打造|新增|创建|招引|培养|再|完成|构建|实施|抽检|培训|开展|安置|转移|治理|整治|修复|种植|安装|发放)|安排(?=全年|年内|今年)|[\\u4e00-\\u9fff]{2,4}?(?=(?:计划|预计)(?:每年|年内|今年|全年)?(?:完成|新建|建设|实施|新增|改造|开工|打造|培育|引进|创建|建成))|预计(?=完成|新建|建设|新增|改造)|(?:还|也|仍)要|[\\u4e00-\\u9fff]{0,4}?(?:今年|年内|明年)(?=拟|将|计划))+`);

/** The increment verbs by their first character: a name is tested only against those it could open with. */
const INCREMENT_BY_FIRST = byCharCode(INCREMENT_VERBS, (w) => w.charCodeAt(0));

/** A verb of checking closing an indicator, right before the count of checks: …本级抽检, …开展检查. */
const CHECKS_DONE = /(?:抽检|抽查|检查|检测|排查|巡查|督查|监测)$/;

export function startsWithIncrementVerb(s: string): boolean {
  if (s.length === 0) return false;
  // (“一事一议”硬化…, 新(改、扩)建幼儿园, 新(迁)建…: a quoted label before the verb or a remark inside it hides nothing)
  const unscoped = s.replace(INCREMENT_SCOPE, "");
  // (建成区人均公园绿地面积: the built-up area a measure is of, no verb of building)
  if (/^建成区(?![级域])/.test(unscoped)) return false;
  // (增加值达到260亿元: value added is the name of an output, no verb of adding)
  if (unscoped.startsWith("增加值")) return false;
  // (建造师队伍达到5000人, 建造成本控制在3000元/平方米以内: 建造 opening a noun, no verb of building)
  if (unscoped.startsWith("建造") && /^建造(?:师|业|成本|费|价|标准)/.test(unscoped)) return false;
  const unquoted = unscoped[0] === "“" || unscoped[0] === '"' ? unscoped.replace(/^[“"][^”"]{1,8}[”"]/, "") : unscoped;
  const t = unquoted.includes("(") || unquoted.includes("（") ? unquoted.replace(/[(（][^()（）]{1,6}[)）]/g, "") : unquoted;
  // 接入能力, 处理能力: a verb inside the name of a capacity adds nothing
  if (INCREMENT_BY_FIRST.get(t.charCodeAt(0))?.some((v) => t.startsWith(v))) return !CAPACITY_NAME.test(t);
  // (减少碳排放800万吨: an amount taken off within the period, as one added is; 减少到…, 减少至… name the level reached)
  if (t.startsWith("减少") && t.length > 2) return !/(到|至|为)$/.test(t);
  // 为区内企业培训技术技能人才: the verb follows the ones it serves
  // (为全区20所学校购置…: the ones served may be counted)
  const served = t[0] === "为" ? /^为[\u4e00-\u9fff\d、]{1,24}?(培训|提供|培养|安置|解决|新增|建设|配备|安装|购置|更新|改造)/.exec(t) : null;
  return served !== null;
}

/** Money set aside or obtained (安排…专项资金, 争取中央预算内资金): an amount added within the period. */
export const FUNDING_HEAD = /(安排|拨付|筹措|筹集|募集|争取)[^,;。]{0,16}(资金|经费)$/;

/** Whether `s` ends with money set aside or obtained (see FUNDING_HEAD); the pattern is tried only on a name ending in it. */
export function namesFunding(s: string): boolean {
  return (s.endsWith("资金") || s.endsWith("经费")) && FUNDING_HEAD.test(s);
}

/**
 * Statistical aggregates: 完成 between the aggregate and its value states the year's level, not work done
 * (固定资产投资计划完成467亿元); 完成 before it is work done (完成投资300亿元).
 */
const AGGREGATE = /(投资|总额|总值|收入|产值|增加值|营收|销售额|成交额|交易额|(?:进出口|出口|进口|贸易)额|产量|总量|规模)(计划)?$/;
/** A harvest is the year's level however it is worded (完成粮食播种面积5.5万亩、总产量1.9万吨目标任务). */
// (生猪出栏21万头以上: livestock sold off in the year, as a harvest)
const HARVEST = /(播种面积|种植面积|产量|出栏)$/;
/** Work on land counted by its area: planting, tending, greening, restoring. */
const AREA_WORK = /(造林|育林|抚育|植树|绿化|修复|提质增效|营造|新植|补植)/;
/** A total named as such: 总数, 总量 (not 新增总量, an amount added). */
const TOTAL_NAMED = /(?<!新增)(?:总数|总量)$/;
/** A stock held: 新能源汽车累计保有量, 贷款余额 (not one added to, 新增…贷款余额). */
const STOCK_HELD = /(?:保有量|余额)$/;
/** A year's traffic or business volume: 旅客发送量, 货邮运输量, 运输总周转量, 港口吞吐量, 快递业务量. */
const VOLUME = /(运输量|发送量|周转量|吞吐量|业务量|客运量|货运量)$/;
/** The year's planned investment and project counts are work to be done: 年度计划投资371亿元, 安排重点项目320个 (年度计划总投资 too). */
// (…or a will to invest or put in: 武汉拟投资273亿余元, 西安市将投资约262亿元, 重庆今年拟投入277亿元)
export const PLANNED_WORK = /(计划投资|年度投资|年投资|年度计划总投资|(?:拟|将)(?:投资|投入)(?:资金)?)|(安排|实施|签约|落地|开工|竣工|完工|开、竣工|投资)[^,;。]{0,8}项目/;

/** The projects a year's list arranges, counted: 共安排市重大工程正式项目191项, 安排预备项目48项. */
export function arrangedInList(unit: string, indicator: string): boolean {
  return (unit === "项" || unit === "个") && /安排[^,;。]{0,8}项目$/.test(indicator);
}

/** Whether `s` names the year's planned investment or projects (see PLANNED_WORK: each wording holds 投资 or 项目). */
export function plansWork(s: string): boolean {
  return (s.includes("投资") || s.includes("项目")) && PLANNED_WORK.test(s);
}

/**
 * Entities counted up to a number (在沪跨国公司地区总部累计达到1000家, 累计落地台资企业2000家, 累计建成5G基站1.2万个,
 * 累计纳入…约3600户): a stock, not an amount added.
 */
export function countedUpTo(unit: string, head: string): boolean {
  return (/^万?(家|个|所|座|户)$/.test(unit) && /累计(达到|达|纳入)?$/.test(head)) || /累计(建成|落地|入驻|拥有)/.test(head);
}

/** A name closing on money paid out, collected or drawn: …计划发放, …归集额, …提取计划. */
// (…or capital put into a body: 为国有担保机构增资20亿元, 注资5亿元)
const MONEY_FLOW = /(?:发放|归集|提取|拨付|兑付|投放|增资|注资)(?:额|量|资金|金额)?(?:计划)?$/;
/** Standards a plan writes or revises, named after the verb (制订区域统一标准, 参与制修订国际标准、国家标准). */
// (…or taken part in, 实质性参与绿色低碳相关国际标准不少于30项)
const STANDARDS_WRITTEN = /(?:制定|制订|修订|参与)[^,，。;；\d]{0,14}标准$/;
/** 新 before a verb of adding (新配置, 新发放, 新培育), or a verb of adding that opens with 新 anywhere in the name (项目新落地): what it counts is new within the period. */
const NEW_VERB = new RegExp(`新(?:${INCREMENT_VERBS.filter((v) => !v.startsWith("新")).join("|")})|${INCREMENT_VERBS.filter((v) => v.startsWith("新") && v.length > 2).join("|")}`);
/** Verbs of a service to people (救助, 帮扶, 培训) or of benefiting them (受益人口): the people reached are a flow, not a stock. */
const PEOPLE_SERVED = /(受益|救助|帮扶|资助|援助|培训|安置|慰问|招聘|培养|筛查|体检|检查|测评)/;
/** Verbs that set a target's value after its name (增长目标设定为5%). */
// (多地将GDP增速目标拟定为7%, 郑州的增速目标便是7%: the words that set or state the value are no part of the name)
// (…目标定在了6%以上: set at the value, with the perfective a report's sentence gives it)
const SETS_VALUE = "(?:设定|确定|拟定|明确|定|设)(?:为|在)?了?|(?:便|就|则|也)是";
const SETS_VALUE_AFTER_GOAL = new RegExp(`(?<=目标)(?:${SETS_VALUE})$`);
/** An indicator whose name is a rate of change (经济增长预期目标, 居民收入增速, GDP增长目标设定为, GDP增速目标是, 增长速度). */
// (北京GDP增速今年定5%左右: the year may stand between the name and the verb that sets it)
const GROWTH_NAMED = new RegExp(`(增长|增速|增幅|涨幅|升幅|增长率|增长速度|成长率|成长)(的?预期目标|的?目标)?(?:都|均|也)?(?:\\s*(?:今年|明年|全年|(?:19|20)\\d\\d年))?(${SETS_VALUE}|是|为何设为?)?$`);

/** Visits, travel and use counted in person-times, a year's level: 游客, 旅客, 接待, 吞吐量, 日均, 人数. */
const VISITS = /(游|客|接待|吞吐|运输|发送|往来|来[\u4e00-\u9fff]{1,2}(?:交流|考察|访问)|入境|出境|日均|年均|观众|参观|参展|流通|接纳|监测|人数|规模|总量|人次$)/;
/** The people a project or service reaches (惠及, 覆盖群众): its reach, not an amount it adds. */
export const REACH = /^(惠及|覆盖|受益)/;

/** An amount of money or output (增加值, 总产值, 零售总额, 预算收入, 投资): in % it can only be its change. */
// (设定GDP目标为4.5%至5%: an amount's goal in % is its growth; a headline's 增, GDP 增 4.5%, splitPrefix reads as a rise)
const MONEY_AMOUNT = /(投资|总额|总值|收入|产值|增加值|营收|销售额|GDP)(?:预期目标|目标)?$/;

/**
 * The kind of a value in %: a change where a word of growth says so, where the indicator is named as a rate of
 * change, or where it is an amount of money or output (增加值 | 6%以上 in a table of the year's targets); a level for
 * an index or a quantity measured in % (价格指数102%); otherwise a share.
 */
export function percentKind(indicator: string, growth: boolean): "growth" | "share" | "level" {
  if (!growth && /(指数|拥有量|数量)$/.test(indicator)) return "level";
  // (税收收入占一般公共预算收入80%, 完成年度投资90%: a share of an amount, or of the work on it)
  const ofAmount = /(占|完成)/.test(indicator);
  // (入境游收入增加30%: a rate 增加 states is a rise, as 增长 — a count after it is an amount added, 增加3万个学位)
  return growth || GROWTH_NAMED.test(indicator) || /(?<![新净])增加$/.test(indicator) || (!ofAmount && MONEY_AMOUNT.test(withoutBracketedTail(indicator))) ? "growth" : "share";
}

/** The measures of a piece of work a verb names before them (治理河长, 改造面积, 恢复…长度). */
const MEASURES_OF_WORK = ["河长", "长度", "里程", "面积"];

/** Whether `s` ends with one of `words`. */
function endsWithAny(s: string, words: readonly string[]): boolean {
  return words.some((w) => s.endsWith(w));
}

/** Units of area (亩, 公顷…) and of the area, length or volume a piece of work covers, without a leading 万. */
const AREA_UNITS = new Set(["亩", "公顷", "平方公里", "平方米"]);
/** An area's unit, with or without 万 or 千 before it (60万亩, 3万平方米). */
export const isAreaUnit = (unit: string): boolean => AREA_UNITS.has(unit[0] === "万" || unit[0] === "千" ? unit.slice(1) : unit);
const WORK_MEASURE_UNITS = new Set(["平方米", "米", "公里", "千米", "亩", "公顷", "平方公里", "方", "立方米"]);

/** A year's capacity of output named right before its amount (商业火箭形成年产100发; not 年产值, nor firms sized by it). */
const CAPACITY = /年产(?:能)?$/;
/**
 * Whether a year's capacity opens the clause before a count (形成年产50发商业火箭、600颗商业卫星的…能力): the count, and
 * the list it opens, is a level reached.
 */
export function capacityBefore(clauseHead: string): boolean {
  return clauseHead.includes("年") && CAPACITY_BEFORE.test(clauseHead);
}
// (the count right after 年产, or an item of the list it opens — not lines sized by it, 新建年产30万吨…生产线2条)
// (or 年 alone after a verb that forms the capacity: 形成年80发火箭、200颗卫星的…能力, 建成年150发火箭…)
const CAPACITY_BEFORE = /(?:年产(?!值)|(?:形成|建成|具备|具有)年)(?:\d[\d.]*[^\d,。;、]{0,12}、)*$/;

/** An indicator opening with a scale of population: 每百户, 每万人口, 每千名老人, 每万城镇常住人口. */
const PER_POPULATION = /^每(?:百|千|万|十万|百万)(?:户|人|名|口|个|常住|城镇|农村|居民|老年|老人|儿童|学生|职工)/;

/** Whether an indicator is a ratio to population (每千人拥有…, 每万城镇常住人口拥有…), perhaps after the verb that reaches it (实现每千人…). */
export function perPopulation(indicator: string): boolean {
  const at = indicator.indexOf("每");
  return at >= 0 && at <= 4 && PER_POPULATION.test(at === 0 ? indicator : indicator.replace(/^(?:力争|确保|实现|达到)+/, ""));
}

/** A capacity, then the time it is stated per: 接收能力每年, 中转规模每年, 处理能力每天. */
const CAPACITY_PER_TIME = /(?:能力|规模|产能)(?:每年|每天|每日)$/;
/** Income gained, closing an indicator: 人均增收, 亩均增收, 增加纯收入. */
const INCOME_GAINED = /(?:增收|增加[\u4e00-\u9fff]{0,2}收入)$/;
/** A will, a plan or a need opening an indicator, before its verb of work (将, 拟, 计划, 需, 还需). */
const WILLED_OPENING = /^(?:还(?:需要?|要|将)|需要|需(?!求)|须|将|拟|计划)/;
/** Settling in towns: 落户, 转户 (labour moved out to work, 转移就业, is labelled a level as often as a flow: the stock of those away). */
const SETTLED_IN_TOWNS = /落户|转户/;
export function kindOf(unit: string, growth: boolean, name: string, clauseHead: string): TargetKind {
  // (将年均筹集建设保障性租赁住房6万套(间), 拟搬迁建档立卡贫困户22408户: a will before the period word or the verb of work
  // leaves the name as they open it)
  // (…or a need: 需增加消防车辆52台, 还需新建…)
  const willed = WILLED_OPENING.exec(name)?.[0] ?? "";
  // (not before a stock's name, 将筛查病种范围增加至20余类: the scope reached is a level)
  const indicator = willed && (/^(?:年均|每年|累计)/.test(name.slice(willed.length)) || (leadingIncrementVerb(name.slice(willed.length)) !== undefined && !/(范围|规模|水平|总量|总数|数量)$/.test(name))) ? name.slice(willed.length) : name;
  // a rate per thousand is a share when named as a rate (森林火灾损失率控制在0.13‰以下), else a level (自然增长4‰; an index
  // or quantity measured in %, 价格指数102%, is one too: percentKind)
  // (a rate named so is a share even when it is one of growth: 人口自然增长率控制在4.5‰以内 — no amount grows by per mille)
  if (unit === "‰") return /率$/.test(withoutBracketedTail(indicator)) ? "share" : growth ? "growth" : "level";
  // (新增劳动力人均受教育年限: a measure of those newly in the labour force, not an amount added)
  if (indicator.startsWith("新增劳动力") && /^新增劳动力[\u4e00-\u9fff]{2,}(年限|率|比重|比例)$/.test(indicator)) return isPercentUnit(unit) ? "share" : "level";
  // 覆盖率每年提升1～3个百分点: points a verb adds to a share are an amount added (高于全省5.5个百分点 is a gap, a share)
  // (the verb may have left the name as a rise: 常住人口城镇化率提高0.9个百分点)
  // (…or before it: 新增森林覆盖率0.3个百分点)
  if (unit.endsWith("百分点") && (growth || /(提升|提高|增加|上升|下降|降低|减少)$/.test(indicator) || /^(?:全市|全区|全县|全省|全镇|全乡|每年|年均)?(?:新增|净增|增加|提高|提升)/.test(indicator))) return "increment";
  // 经济增长预期目标为5%左右: an indicator named as a rate of change is a growth wherever its verb stands
  if (isPercentUnit(unit)) return percentKind(indicator, growth);
  // (天然气接收能力每年达200万吨, 一期中转规模每年200万吨: a capacity stated per year is a level, not an amount added each year)
  if (CAPACITY_PER_TIME.test(indicator) && !/新增|新建|扩建|净增/.test(indicator)) return "level";
  // (棉农人均增收200元以上, 全县农民人平增加纯收入500元: the income a head or a mu gains is an amount added)
  // (…also stated per year: 实现农民增收250元/年)
  if ((unit.endsWith("元") || unit.endsWith("元/年")) && INCOME_GAINED.test(indicator)) return "increment";
  // (农村贫困人口减少5万人, 化学需氧量排放量减少1000吨: a change by an amount — not a rate — is the amount added or taken off)
  if (growth && unit !== "" && unit !== "倍" && !TIME_UNITS.has(unit)) return "increment";
  // 城乡居民收入倍差缩小到1.8, 综合PUE降至1.25: a ratio or a coefficient without a unit is a level, whatever verb leads
  // (…its name glossed in brackets after it: 新建数据中心PUE(能源使用效率))
  if (unit === "" && !growth && /(倍差|收入比|系数|指数|PUE|PUE值|弹性)$/.test(withoutBracketedTail(indicator))) return "level";
  if (isCountPerYear(unit)) return "increment";
  // 服务覆盖学生和青少年不少于100万人次, 专科医生坐诊不低于1300人次: person-times a service reaches or a doctor sees are a flow
  // of the period (接待游客…人次 stays a level)
  // (the unit's tests below read it without the 万 it may open with: 万人 is a count of 人)
  const bare = withoutTenThousand(unit);
  const ofPeople = bare === "人" || bare === "名" || bare === "户";
  // (…and tests, screenings and lessons given: 自愿咨询检测1000人次以上, 结核病人筛查600人次, 邀请名师授课25人次)
  // (…and any work on people counted by the time: 实现教师交流轮岗1500人次 — not visitors, travellers or a day's users, the
  // year's level: 接待游客1000万人次, 旅客发送量, 邮政业日均服务用户9亿人次)
  if (bare === "人次" && (/(覆盖|服务|提供|开展|培训|托管|坐诊|巡诊|义诊|帮扶|救助|检测|筛查|检查|体检|接种|咨询|授课|诊疗)/.test(indicator + "\u0001" + clauseHead) ||
    !VISITS.test(indicator))) return "increment";
  // (免疫规划知识培训次数2次以上, 实验室仪器维修维护≥4次: times a thing is done in the period are done within it)
  // (not how often one service makes people come, 平均跑动次数压缩到0.5次以下: a level)
  if ((unit === "次" || unit === "场次" || unit === "批次") && /(次数|培训|维修|维护|检查|巡查|演练|宣传|督导|抽检|检测|授课|活动)$/.test(indicator) && !/(平均|跑动|跑腿|到现场|办理次数)/.test(indicator)) return "increment";
  // 惠及3.58万人, 覆盖群众1万人: the people a project reaches are its reach, whatever verb built it
  if (ofPeople && REACH.test(indicator)) return "level";
  // (失业人员再就业25万人: people who find work again within the period, as 17 of 21 labelled rows read them)
  if (ofPeople && indicator.endsWith("再就业") && !/累计|总量|总数/.test(indicator)) return "increment";
  // (实现农业转移人口在城镇落户200万人以上, 年均转户1300万人: people who settle in towns within the period — a flow, not the
  // stock of the settled)
  if (ofPeople && SETTLED_IN_TOWNS.test(indicator) && !/累计|总量|总数|规模/.test(indicator)) return "increment";
  // 形成万亿级产业3个, 形成…领航企业40户: industries, clusters and firms a plan forms are a stock it reaches (形成50个…产品,
  // 形成100个…案例 are made within the period)
  if (indicator.startsWith("形成") && FORMED_STOCK.test(indicator)) return "level";
  // 抽检不少于5.5批次/千人: a rate per head of population is a level, whatever verb works to reach it
  if (unit.includes("/") && /\/(?:千|万|百|十万)?(?:人|人口|户)$/.test(unit)) return "level";
  // (每百户居民拥有社区综合服务设施面积力争完成…30平方米, 每万城镇常住人口拥有社区工作者18人: a ratio to population named in
  // the indicator is a level too)
  if (perPopulation(indicator)) return "level";
  // (厦门将建成的养老服务床位总量: the total of what will have been built is a stock reached)
  if (indicator.includes("的") && /^[\u4e00-\u9fff]{0,6}?(?:建成|建设|形成|累计建成)的[\u4e00-\u9fff]{2,16}(?:总量|总数|总规模|数量)$/.test(indicator)) return "level";
  // 城镇新增就业, 全市新增造林面积: an amount added, whatever scope words come first
  // (新(改)建公共厕所10座: a verb written with its alternative in brackets is the verb)
  const named = withoutBracketedAlternative(indicator + "\u0001" + clauseHead);
  // (形成年产50发商业火箭…的制造能力: what a year's capacity reaches is a level, not an amount added)
  // (新建年产30万吨…生产线2条: lines built, sized by a capacity, are work of the period)
  if (CAPACITY.test(indicator) && !/新增|新建|建设|建成/.test(named)) return "level";
  // (制订区域统一标准20项以上, 主导制定关键性国际标准100项以上, 参与制修订…行业标准10项以上: standards written within the
  // period, as all labelled rows read them)
  if (isMeasureWord(unit) && STANDARDS_WRITTEN.test(indicator)) return "increment";
  // (全国建成道地药材生产基地总面积2500万亩: the whole area of what is built is a stock reached — not the area of work,
  // 治理总面积, 新造林总面积)
  // (not what is newly built or built within the year, 今年全市新建成设施农业总面积2万亩)
  if (indicator.includes("建成") && /建成[\u4e00-\u9fff]{2,16}总(?:面积|规模)$/.test(indicator) && !/新建成|今年|年内|全年|年度/.test(named)) return "level";
  // (今年新增100家以上,总数突破1080家: a total named as such is the stock reached, whatever was added)
  if (TOTAL_NAMED.test(indicator) || (STOCK_HELD.test(indicator) && !named.includes("新增"))) return "level";
  // (每年动态保持市级重点上市后备企业20家以上, …企业数量动态保持在70家左右: a pool kept at a size, year after year, is a level)
  if (indicator.includes("动态") && /动态(?:保持|维持)|动态$/.test(indicator)) return "level";
  // (each of those words but 净增 and 减排量 holds 新)
  if ((named.includes("新") || named.includes("净增") || named.includes("减排量")) && (/(新增|新建|(?<!创)新创|净增|减排量)/.test(named) || NEW_VERB.test(named)) &&
    !/(新增长|新建成区|新创业)/.test(named) && !TOTAL_NAMED.test(indicator)) return "increment";
  // (安排市重大工程正式项目191项: the projects a year's list arranges are its size, a level — the money it puts into them,
  // 安排…项目208个,投资576亿元, stays work of the year)
  if (arrangedInList(unit, indicator)) return "level";
  if (plansWork(named)) return "increment";
  // 新辟公交线路18条, 新聘、续聘生态护林员15.2万名, 学前教育学位扩增9300个, …2020年将建设政策性住房3000套: things opened,
  // hired or added, or what a will builds, counted within the period
  const scaledMeasure = isScaledMeasureWord(unit);
  if (scaledMeasure && (ADDED_COUNTED.test(indicator) || WILL_BUILD.test(indicator))) return "increment";
  // (体育公园的建设任务是73个, 基本建成任务33842套: a task's count is work of the period; so is its area or length,
  // “四旁”种植油茶工作任务2000亩)
  // (not a harvest's, 粮食播种面积目标任务31.2万亩: the year's level)
  if ((scaledMeasure || WORK_MEASURE_UNITS.has(bare)) && /任务(?:是|为)?$/.test(indicator) && !HARVEST.test(indicator.replace(/(?:目标)?任务(?:是|为)?$/, ""))) return "increment";
  // events held: 举办…赛事30场以上; lessons given: 配送课程不少于200节, 300堂健康知识巡讲, 200课时
  // (…and items held or tested, each counted as often as done: 社区运动会不低于500项次, 快检自购食品不少于6万项次)
  if (unit === "场" || unit === "场次" || unit === "期" || unit === "节" || unit === "节次" || unit === "堂" || unit === "课时" || bare === "项次") return "increment";
  // (开展专题研讨6次, 线下开展30次家教指导巡讲: times an event is held, as 15 of 17 labelled rows read them)
  // (not a frequency, 每月…开展不少于1次)
  if (unit === "次" && /(开展|举办|组织|举行)/.test(named) && !/每(?:月|季度?|周|年|半年)/.test(named)) return "increment";
  // 农村改厕完成2万户, 老旧小区改造120个: work done within the period (a stock built to date, 建成…, stays a level)
  // (完成建筑业产值, 固定资产投资计划完成467亿元 are output levels)
  // money set aside within the period: 每年安排…专项资金不少于5亿元
  if (namesFunding(indicator) || namesFunding(clauseHead)) return "increment";
  // (支持萧山区、余杭区出口规模超200亿元: a size a verb of support drives toward is the level to reach, not an amount added)
  if (/^(?:支持|推动|促进|带动|助推)/.test(indicator) && /(规模|总额|总值|总量|营收|营业收入|总收入|产值|销售额|交易额|出口额|进出口额)$/.test(indicator) && !/新增|新建|净增/.test(named)) return "level";
  // (个人贷款计划发放2.2亿元, 住房公积金计划归集额为7亿元, 公积金提取计划为1.3亿元: money paid out, collected or drawn
  // within the period)
  if (unit.endsWith("元") && MONEY_FLOW.test(indicator)) return "increment";
  // (为全市各类用人单位…减负约39.13亿元: a burden lifted, money saved or given up within the period)
  if (unit.endsWith("元") && /(减负|减税|降费|让利|节约|节省)$/.test(indicator)) return "increment";
  const done = indicator.endsWith("完成");
  const stem = done ? indicator.replace(/(?:将|要)?完成$/, "") : indicator;
  const aggregate = AGGREGATE.test(stem);
  if (aggregate && done) return "level";
  // (完成技术合同成交额20亿元, 全年完成一般预算收入1.1亿元: an output or a revenue completed is the year's level — an
  // investment completed stays work done, below)
  if (aggregate && indicator.startsWith("完成") && !/投资(?:计划|总额)?$/.test(indicator)) return "level";
  // (人工造林6万亩, 封山育林3.5万亩, 抚育森林10000亩, 干果经济林提质增效16.9万亩: an area planted, tended or restored is work of
  // the period, as all 105 labelled rows read it — not a total, 屋顶绿化总面积)
  if (AREA_UNITS.has(bare) && AREA_WORK.test(named) && !/累计|总/.test(named)) return "increment";
  // (完成旅客发送量42.8亿人次, 运输总周转量1610亿吨公里: a year's traffic is the year's level, as an output is)
  if (HARVEST.test(indicator) || VOLUME.test(stem)) return "level";
  // 重点中小河流治理河长, 旧里改造面积: a measure of the work a verb names is the amount of work done
  // (改善灌溉面积: the verb may stand before a short qualifier of the measure)
  // (综合治理水土流失面积2980平方公里: the object of the work may stand between the verb and its measure)
  if ((endsWithAny(indicator, MEASURES_OF_WORK) && /(治理|改造|整治|修复|清淤|疏浚|新建|建设)(河长|长度|里程|面积)$|(改善|恢复)[\u4e00-\u9fff]{0,3}?(面积|长度)$|(治理|整治|修复)[\u4e00-\u9fff]{2,5}?面积$/.test(indicator)) ||
    // (综合治理水土流失3万亩: an area unit says the measure the object leaves unnamed)
    (AREA_UNITS.has(bare) && /(治理|整治|修复)[\u4e00-\u9fff]{2,5}$/.test(indicator))) return "increment";
  if ((named.includes("完成") || named.includes("改造")) && !aggregate) return "increment";
  // (综合交通建设完成投资1.2万亿元, 区重点产业项目完成投资超60亿元: investment completed is work of the period, as 54 of
  // 61 labelled rows read it — not output completed, 完成建筑业产值; so is investment planned to be completed, 计划完成交通建设
  // 投资660亿元, as 25 of 37 labelled rows now read it)
  if (named.includes("完成") && /完成[\u4e00-\u9fff]{0,6}?投资$/.test(indicator)) return "increment";
  // 交通堵点乱点分类治理60处: places a verb of work ends on are the amount of work done
  // (省“尖兵”“领雁”立项7项以上: projects approved, started or finished within the period)
  // (树木修剪1.5万株, 布设耕地质量监测点30处, 投入使用中小学6所: work done, things laid out or opened within the period)
  // (家电产品销售约320万件, 电动自行车以旧换新约10万辆, 数码产品购新约350万件: goods sold, bought or traded in within the period)
  if (isMeasureWord(unit) && /(治理|整治|改造|修复|改建|维修|更新|立项|开工|竣工|完工|设置|安装|配置|更换|修剪|布设|投入使用|销售|购新|购置|购买|消费|以旧换新|换新|置换|报废|搬迁)$/.test(indicator)) return "increment";
  // 各类旧住房综合整治50万平方米, 防汛墙改建200米: an area or a length a verb of work ends on is the work done
  // (河湖库塘清淤10万方, 乡村公路大中修17公里: dredging a volume, repairs on a length)
  // (亮化农村公路75公里, 实施农村公路生命防护工程31.6公里: lit, or a works carried out, on a length)
  // (森林抚育3000亩, 林分优化3.195万亩, 检验评估城镇燃气管网200公里: tending, improving or inspecting an area or a length)
  // (高速公路建成通车207公里, 建成通车高速公路207公里: a length opened to traffic in the period, not the network's length, 通车里程)
  if (WORK_MEASURE_UNITS.has(bare) && (/(治理|整治|改造|修复|改建|维修|大中修|修缮|硬化|铺设|敷设|新建|建设|(?:将|拟|计划|再)建|开工|竣工|完工|清淤|疏浚|亮化|养护|抚育|优化|改良)(?:工程)?$/.test(indicator) ||
    ((indicator.endsWith("通车") || /^(?:建成)?通车(?!里程|总里程)/.test(indicator)) && !indicator.includes("累计")) ||
    /^(?:检验|检测|评估|排查)+[\u4e00-\u9fff]{2,12}$/.test(indicator) ||
    (indicator.includes("实施") && /^(?:在[\u4e00-\u9fff]{1,8}?)?实施[^,;。]{0,20}工程$/.test(indicator) && !/(累计|在建|总)/.test(indicator)))) return "increment";
  // 在公共场所配置自动体外除颤仪15台: a verb of putting in place after the place it goes to
  if (indicator[0] === "在" && /^在[\u4e00-\u9fff]{1,10}?(配置|配备|设置|安装|新建|建设|建成|增设)/.test(indicator)) return "increment";
  // 既有住宅加装电梯300部, 修缮历史建筑25处: work on a short subject named first
  // (乡镇(街道办)硬化道路10万平方米, 交付既有多层住宅加装电梯200台: the place or subject comes first)
  // (扩种大豆3万亩, 提档升级中小学校食堂80家: sown more, or raised a grade; 退出老旧设备2万台(套): taken out of use)
  if (/^[\u4e00-\u9fff()]{0,10}?(加装|增设|修缮|新改建|推出|硬化|铺设|敷设|安装|扩种|提档升级|退出|淘汰)/.test(indicator)) return "increment";
  // 累计节约能源80万吨, 实际使用外资累计达到15亿美元: a total over the period is an amount added; entities counted
  // up to a number (总部累计达到1000家) are a stock
  const summed = indicator.includes("累计");
  if (summed && countedUpTo(unit, indicator)) return "level";
  // (地热能供暖面积累计达到4500万平方米, 在校学生累计达到20万人: a stock's name before 累计 — what it has reached in all)
  if (summed && stockSummed(indicator)) return "level";
  if (summed && !/(率|比重|占比)$/.test(indicator)) return "increment";
  // 培训每年不少于2000人次: an amount that recurs every year is added each year; so is a count per year
  // (每年推进…攻克产业基础技术10项左右) and what a verb adds to a level (人均公园绿地面积增加1平方米)
  // (每年引导金融机构…提供信贷融资300亿元: money given every year too)
  if (indicator.endsWith("每年") || (indicator.startsWith("每年") && (isMeasureWord(unit) || unit.endsWith("元")))) return "increment";
  // (普通高中招生扩招3000人: places added to an intake)
  if (/(增加|增多|扩大|扩招)$/.test(indicator)) return "increment";
  // 康复救助孤独症儿童1600人: people a service reaches within the period, whatever words come before its verb
  if (ofPeople && PEOPLE_SERVED.test(indicator) && !/(人数|总数|总量)$/.test(indicator)) return "increment";
  // (白内障患者实施免费手术2000例: cases treated or screened within the period)
  if ((bare === "例" || bare === "例次") && /(手术|筛查|救治|治疗|矫治|复明)/.test(indicator) && !/(量|数)$/.test(indicator)) return "increment";
  // 归集发布就业岗位6万个, 促进失业人员就业1.5万人: jobs offered and people helped into work within the period
  // (实现就业困难人员就业10万人以上: people brought into work too)
  if ((indicator.endsWith("岗位") && isMeasureWord(unit)) || ((bare === "人" || bare === "名") && /(促进|帮助|扶持|实现)[^,;。]{0,10}就业$/.test(indicator))) return "increment";
  // (全省种植规模达到10万亩, 形成产出规模约1000亿元: the size a trade or its output has reached is a level — 种植10万亩 stays
  // work done, and so does the size of work, 改造规模, 引资规模)
  if (indicator.endsWith("规模") && SIZE_OF_TRADE.test(indicator) && !/新增|新建|净增|扩大/.test(named)) return "level";
  if (startsWithIncrementVerb(indicator) || startsWithIncrementVerb(clauseHead) || (indicator[0] === "年" && /^年(新增|新建|组建|培育|引进)/.test(indicator)) || /^(年均|每年|累计|五年累计)/.test(indicator) && /新增|新建|引进|培育|完成/.test(indicator)) return "increment";
  // (力争三年培育省级农机示范合作社100个、…示范农机大户50个: what a span of years will bring about is its work)
  if (SPAN_OF_WORK.test(indicator) || SPAN_OF_WORK.test(clauseHead)) return "increment";
  // (食药监总局本级抽检2.85万批次, 省级局抽检49.2万批次: checks a body carries out, the verb right before their count, are work done)
  if (CHECKS_DONE.test(indicator) && /(?:批次|次|人次|件|户|家)$/.test(bare)) return "increment";
  return "level";
}

/** The size a trade, its output or a whole has reached: 种植规模, 养殖规模, 产业规模, 产出规模, 总体规模. */
const SIZE_OF_TRADE = /(?:种植|养殖|饲养|存栏|经营|流转|产业|产出|生产|集群|总体)规模$/;

/** A span of years opening the work it will do: 三年培育, 力争3年建成, 5年打造. */
const SPAN_OF_WORK = /^(?:力争|争取|计划|拟|用)?(?:[2-5]|[二三四五两])年(?:内)?(?:新建|建成|建设|新增|培育|打造|引进|创建|认定|组建)/;

export function periodOf(context: string, kind: TargetKind): TargetPeriod {
  if (/累计|总计|合计/.test(context)) return "cumulative";
  // 年组建…5家 (a yearly amount) but not 全年新增 / 今年新增 (this year's amount)
  if (kind === "increment" && /(^|[,;。、])年(新增|新建|组建|培育|引进|开展|完成)/.test(context)) return "annual";
  if (kind !== "growth" && context.includes("年") && /每学?年|每年度|年均(?!增长|增速|下降)|年度/.test(context)) return /年度/.test(context) && !/每学?年/.test(context) ? null : "annual";
  // (今明两年计划新增…: a total over this year and the next, unless it says 每年)
  return context.includes("今明两年") ? "cumulative" : null;
}

/** Verbs that build or bring in something new: what they count for each member is still an amount added. */
const BUILDS_NEW = /(建设|新建|新增|打造|培育|引进|推出|设立|组建|成立)(至少|不少于|约)?$/;

/**
 * A count stated for each member of a group (每个乡镇至少建成一所…, 各中小学至少配备1名…, 每5所幼儿园配备1名…) says what
 * each has — a level; 每年 and the like set a period instead, and a verb of building new (每个街道至少建设1家…) still adds.
 */
export function isDistributive(before: string): boolean {
  return !BUILDS_NEW.test(before) && /(?:^|[,;:。])\s*(?:每个|每一个|每一|各|每\d+[个所家名]|每(?!学?年|[月天日周季次]))[\u4e00-\u9fff]/.test(before);
}

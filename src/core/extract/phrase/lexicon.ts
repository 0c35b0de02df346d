// Word lists shared by the rules and refiners. Longest words first where prefixes overlap.
import type { Comparator } from "../../model";

/** Words right before a number that set the comparator (the indicator comes before them). */
export const PREFIX_COMPARATORS: [string, Comparator][] = [
  ["力争突破", ">"], ["达到或超过", ">="], ["达到和超过", ">="], ["达到并超过", ">="], ["不得少于", ">="], ["不得低于", ">="], ["不得超过", "<="], ["不得高于", "<="], ["不少于", ">="], ["不低于", ">="], ["不小于", ">="], ["至少", ">="],
  ["不超过", "<="], ["不超", "<="], ["不高于", "<="], ["不大于", "<="], ["控制在", "<="], ["控制到", "<="], ["压缩至", "<="], ["压缩到", "<="],
  ["突破", ">"], ["破", ">"], ["超过", ">"], ["高于", ">"], ["多于", ">"], ["大于", ">"], ["超", ">"], ["过", ">"], ["逾", ">"],
  ["低于", "<"], ["少于", "<"], ["小于", "<"],
  ["迈上", ">="], ["跨上", ">="], ["站上", ">="], ["登上", ">="], ["跃上", ">="], ["跨越", ">="], ["≥", ">="], ["≤", "<="], [">=", ">="], ["<=", "<="],
  ["大约", "~"], ["接近", "~"], ["约", "~"], ["近", "~"],
  ["提高到", "="], ["提高至", "="], ["提升到", "="], ["提升至", "="], ["增加到", "="], ["增加至", "="], ["增长到", "="],
  ["增长至", "="], ["增至", "="], ["降低到", "="], ["降低至", "="], ["下降到", "="], ["下降至", "="], ["减少到", "="], ["减少至", "="], ["降至", "="], ["降到", "="], ["上升至", "="], ["上升到", "="], ["缩小到", "="], ["缩小至", "="], ["缩小为", "="],
  ["稳定在", "="], ["保持在", "="], ["维持在", "="], ["优化到", "="], ["扩大到", "="], ["扩大至", "="], ["发展到", "="], ["发展至", "="], ["扩展到", "="], ["扩展至", "="],
  // (蔬菜采收面积调增到1000万亩: a level adjusted up or down to)
  ["调增到", "="], ["调增至", "="], ["调减到", "="], ["调减至", "="], ["达到", "="],
  // (a scale a plan drives toward: 两大集群冲刺2000亿元规模, 4大集群达成1000亿元规模)
  ["冲刺", "="], ["达成", "="],
  ["达", "="], ["保持", "="], ["稳定", "="], ["实现", "="], ["为", "="], ["在", "="], ["到", "="], ["至", "="],
];

/** Words right after number and unit that set (and override) the comparator. */
export const SUFFIX_COMPARATORS: [string, Comparator][] = [
  ["及以上", ">="], ["以上", ">="], ["左右", "~"], ["上下", "~"], ["以内", "<="], ["之内", "<="], ["以下", "<="],
  ["多", ">"], ["余", ">"],
];

/** Growth wording between indicator and number (kind growth; stripped from the indicator name). */
export const GROWTH_WORDS = [
  "年均增长率", "年均增速", "年均增长", "年平均增长", "平均增速", "平均增长", "同比增长", "增长率", "增速",
  // (成长率, 成长: how Taiwan's and Hong Kong's media write 增长 — 经济成长率目标为5%左右)
  "增幅", "涨幅", "上涨", "增长", "成长率", "成长", "递增", "年均下降", "下降", "降低", "减少", "降幅", "再降", "提高", "提升", "缩短", "压减", "压缩", "削减",
  // (财政总收入可比增3%, 税收收入同比增3%; 增 alone is read in splitPrefix, after anything but 新, 净, 倍, 递)
  "可比增长", "可比增", "同比增",
];

/** Growth named after a rate, its 的 optional (实现8%的增长, 实现20%以上的增长, 力争实现10%的年增长目标, 8%的增长率). */
// (…whatever follows a goal so named: 分别以10%、8%的增速目标领跑全国)
export const GROWTH_NOUN = /^的?年?(?:增长率?|增幅|增速)(?:(?:预期)?目标|(?![\u4e00-\u9fff]))/;
/**
 * Whether growth is named through 的 right after a value ending at `at`: a rate the words after it make a growth
 * (投资7100亿元以上,实现20%以上的增长; 力争实现10%的年增长目标; 分别以10%、8%的增速目标…).
 */
// (…or straight after it when the growth closes the clause: 规上工业产值保持年均6%增长)
export const growthAfter = (text: string, at: number): boolean => (text[at] === "的" || text[at] === "增") && GROWTH_NOUN.test(text.slice(at, at + 10));

/** Words of will before a value (力争2800亿元, 确保2600亿元, 争取…): no part of an indicator's name. */
export const WILL_WORDS = "力争|确保|争取";
/** A word of will or of pushing opening an indicator (推动…增至20家, 实现地区生产总值和财政收入增长8%): no part of its name. */
export const WILL_OPENING = new RegExp(`^(?:${WILL_WORDS}|推动|推进|促进|努力|实现|使)`);

/** The words of an indicator table's attribute cell (属性: 预期性 / 约束性). */
export const ATTRIBUTE_WORDS = "预期性|约束性";
/** An attribute cell opening the text it is tested on: run into a value, it ends the value's row (…0.26预期性3…). */
export const ATTRIBUTE_CELL = new RegExp(`^(?:${ATTRIBUTE_WORDS})`);

/** Verbs that make a count an amount added in the period (kind increment). */
export const INCREMENT_VERBS = [
  "新增", "新建", "新造", "新签", "新引进", "新培育", "新认定", "新开工", "新落地", "引进", "培育", "引育", "引培", "催生", "获批", "新获批", "供应", "减负", "治沙", "增产",
  // (到位资金1.5亿元, 入驻标准厂房1万平方米: what arrives or moves in within the period; 落地 only of projects, in
  // PLANNED_WORK — 落地台资企业2000家 by a plan's year is a stock — but 新落地…企业10家 counts the new ones)
  "到位", "入驻", "改造", "完成", "建设", "建成", "打造", "配套建设",
  "创建", "招引", "发放", "发展", "支持", "组织", "开展", "净增", "累计", "新开", "培训", "招聘", "吸引", "关停",
  "淘汰", "组建", "认定", "申报", "推动", "帮扶", "救助", "配备", "选派", "举办", "实施", "争创", "创成", "培养",
  "扶持", "新改建", "改建", "提供", "安置", "转移", "解决", "增加", "治理", "整治", "修复", "造林", "种植",
  "谋划", "推广", "筹集", "筹建", "新认证", "新发展", "办理", "铺设", "敷设", "清理", "拆除", "新铺设", "新改造", "建立",
  "招商", "签约", "配置", "提升", "开设", "布局", "安装", "接入", "构建", "新开通", "开通", "打通", "贯通", "新设", "设立", "维修", "更换", "修建", "新修", "新打", "开工", "开建", "开复工", "竣工", "完工", "投产", "再建", "养护", "硬化", "立项", "引入", "获得", "开行", "新改扩建", "改扩建", "扩建", "更新", "疏解", "清淤", "疏浚", "回收", "处置", "查处", "化解", "盘活", "收储", "腾出", "流转", "清退", "制定", "出台", "形成",
  // (新购置公交车200辆, 维护提升城市绿道200公里: buying and upkeep are work of the period)
  "购置", "新购置", "购买", "维护", "抽检", "快检", "施划", "筹措",
  // (导入…技能人才200人, 乡村公路大中修17公里, 修缮…: bringing in and repairs are work too)
  "导入", "大中修", "修缮",
  // (制修订…标准30项以上, 采购流通图书200种以上, 大修进村路1条: standards written, books bought, roads repaired in the period)
  "制修订", "制定修订", "采购", "大修",
  // (增补3万平方米小微绿地, 增设普惠性托位500个, 增建公共停车泊位5000个, 补建…: what is added to what exists)
  "增补", "增设", "增建", "补建",
  // (投放人工鱼礁5万空方, 增殖放流鱼苗1000万尾: what is laid or released in the sea within the period)
  "投放", "放流", "增殖放流",
  // (优化城际公交线路4条, 调整优化公交线路10条: routes reworked within the period)
  "优化", "调整优化",
  // (亮化农村公路75公里, 布设耕地质量监测点30处: lit or laid out within the period)
  "亮化", "布设",
  // (拟建公园附属公厕150座左右: what a plan means to build)
  "拟建", "拟新建",
  // (新启动11个项目建设: work begun within the period — not 启动 alone, 启动资金, 启动区面积)
  "新启动", "启动建设",
  // (示范带动不少于200家孵化器实现…转型升级, 带动就业5000人: what the work brings along within the period)
  "带动", "示范带动",
  // (恢复湿地100万亩, 营造红树林13.57万亩: land restored or planted within the period; 共建…基地: built with a partner)
  "恢复", "营造", "共建",
  // (开放企事业单位停车场所400处: places opened to the public within the period; 续建200万平方米: building carried on)
  "开放", "续建",
  // (植树造林90万亩, 完成人工造林…: planting within the period)
  "植树造林", "人工造林", "植树",
  // (消化批而未供土地600亩, 输转城乡富余劳动力480万人, 力争全年扩岗1500人, 留白增绿978.5公顷, 免费接种流感疫苗24723人,
  // 免费筛查…330万人次: land taken up, workers placed, jobs, green space and people reached within the period)
  "消化", "输转", "扩岗", "增绿", "接种", "筛查",
  // (搬迁集聚农户6000户, 垦造耕地800亩, 复垦6500亩: households moved and land reclaimed within the period)
  "搬迁", "搬迁集聚", "垦造", "复垦",
  // (verbs sharing their 建 written once: 新、扩建义务教育学校125所)
  "新、扩建", "新、改扩建", "新、改建",
  // (架设输电线路4000米, 评选…贡献奖60个, 发布企业标准排行榜30个: lines strung, awards given, lists published in the period)
  "架设", "评选", "发布",
  // (兴建蓄水池3062口, 兴修农田水利工程500处, 建造半潜式多功能防波堤3000米: works raised or built within the period)
  "兴建", "兴修", "建造",
];

const LONGEST_INCREMENT_VERBS = [...INCREMENT_VERBS].sort((a, b) => b.length - a.length);

/** The longest increment verb `t` opens with, leaving at least two characters after it (新改建10所学校 → 新改建). */
export function leadingIncrementVerb(t: string): string | undefined {
  return LONGEST_INCREMENT_VERBS.find((v) => t.startsWith(v) && t.length - v.length >= 2);
}

/** Words of a work's completion: 建成, 竣工, 投产, 投入使用, 建设完成 (a project's end, which dates what it does once done). */
export const COMPLETION_WORDS = "建成|竣工|完工|投产|投用|达产|运营|交付|投入使用|投入运营|建设完成|建设完工";

/** Verbs that may stand right before a number whose indicator follows it (每个街道至少建设1家…). */
export const NUMBER_FIRST_VERBS = [
  "新改扩建", "改扩建", "建成", "建设", "新建", "完成", "打造", "培育", "新增", "引进", "创建", "改造", "建立", "组建", "推动", "培养",
  "配备", "组织", "争创", "创成", "实施", "支持", "发展", "招引", "举办", "开展", "跨上", "迈上", "站上", "跃上", "登上", "吸引", "带动",
  "建有", "设有", "拥有", "形成", "改建", "扩建", "推进", "落实", "做好", "启动", "新启动", "争取", "引育", "引培", "催生", "改善",
  // (今年将建4.4万个5G基站: 建 alone after a word of will or of once more; 与重庆共建20万亩…基地: with a partner)
  "将建", "拟建", "再建", "共建", "计划建",
  // (2025年锚定7.5%以上经济增速: the value a goal is anchored to, then what it measures)
  "锚定", "锁定", "瞄准",
  // (在医疗、教育等领域推出5个以上开放场景: what is launched within the period)
  "推出", "新推出",
  // (集聚50家人工智能大模型创新企业: what a place gathers is a stock it reaches)
  "集聚", "聚集", "汇聚",
  // verbs of work on an amount of something (拆除100万平方米的违法建筑, 整治50公里的河道)
  "拆除", "整治", "治理", "修复", "铺设", "维修", "清理",
  // (and on land and buildings in stock: 盘活460亩低效土地, 收储300亩土地, 腾退200亩低效用地, 腾出低效工业用地100平方公里)
  "盘活", "收储", "腾退", "复垦", "腾出",
  // (a floor held: 牢牢守住19.48万亩耕地和15.15万亩永久基本农田保护红线)
  "守住", "守牢", "坚守",
  // (增补3万平方米小微绿地: what is added to what exists, counted before its noun)
  "增补", "增设", "增建", "补建",
  // (明年将从中评选出10个省级示范县: what a selection yields)
  "评选出", "遴选出", "评定出",
  // (在北部地区构建5000亩…养殖产业集群示范带, 搭建3个平台: what is built or set up as a whole)
  "构建", "搭建",
];

/** Verbs that add new things (新增, 培育, 引进…): a count they set after a list (…等10家) is the number added. */
export const ADDING_VERBS = "新增|新建|建成|培育|引进|招引|打造|创建";

/** A verb that sets a count right before the number (建设5个, 构建1000个以上的, 打造10个以上). */
export const COUNT_VERBS = [...new Set([...NUMBER_FIRST_VERBS, ...INCREMENT_VERBS])].join("|");
export const COUNT_VERB = new RegExp(`(${COUNT_VERBS})$`);
/** Any of those verbs, wherever it stands. */
export const COUNT_VERB_ANYWHERE = new RegExp(`(${COUNT_VERBS})`);

/** Steps of choosing projects (共收集民生实事项目136件, 票决确定10项, 累计收到反馈1800余条; not 征集发布…岗位, jobs offered): what they count describes, it
 * sets nothing. */
const PROJECT_STEPS = "收集|征集(?!发布)|收到|报送|选定|选出|票决确定|票决产生|票决出";
/** An indicator that names a step of choosing projects: 共收集民生实事项目, 初步报送的…项目, 通过线上线下公开征集意见. */
export const PROJECT_STEP = new RegExp(`(?:^|\\s|共|累计|初步|公开|定向)(?:${PROJECT_STEPS})`);

/** A year's scope or a phase written between a verb and its number: 完成今年66个重点项目, 完成二期170万平方米…. */
export const TRAILING_SCOPE = /(?:(?:19|20)\d\d年度?|年度|全年|当年|今年|本年|年内|[一二三四五]期)$/;

/** Words that join one item of a list to the next: 、, 和, 及, 特别是 (…耕地特别是150万亩永久基本农田). */
export const LIST_JOINERS = "、|和|及|与|以及|特别是";

/** Verbs that describe how a plan or a place is divided or what a measure is aimed at (细化为18个分区, 针对18个分区),
 * neighbours that exist already (与周边7个口岸协作) and the steps of choosing projects (共收集民生实事项目136件, 票决确定
 * 10项): a count after them describes, it sets nothing. */
// (…天津市城市管理委负责10个子项任务: the share of the tasks a body answers for)
export const DESCRIBING_VERB = new RegExp(`(分为|划分为|划定|细化为|分成|包括|包含|涵盖|针对|涉及|负责|围绕|周边|沿线|相邻|毗邻|${PROJECT_STEPS}|遴选出)(?:了|最终)?$`);

/** Leading words of a clause that are not part of an indicator name. */
export const LEADING_FILLERS = [
  "其中", "同时", "今明两年", "明确", "提出", "力争", "确保", "争取", "计划", "奋力", "努力", "加快推进", "加快", "推进", "锚定", "全年", "今年", "本年", "年内",
  "并且", "以及", "包括", "预计", "基本", "主要是", "、", " ", ",",
];

/** Heads of indicator names, used to share a suffix across a 分别/均 list (光伏、风能、生物质能总装机容量). */
export const INDICATOR_HEADS = /(总装机容量|装机容量|主营业务收入|营业收入|总产值|产值|增加值|收入|覆盖率|绿地率|普及率|达标率|合格率|利用率|死亡率|患病率|发病率|入学率|升学率|巩固率|完成率|参保率|接种率|就业率|失业率|城镇化率|率|比重|占比|比例|投资|规模|总量|使用量|产量|面积|人数|数量|企业|平台)$/;

/** Organisation suffixes that make a parenthesised list a list of responsible units. */
export const ORG_SUFFIX = /(局|委|办|府|会|部|院|中心|集团|公司|厅|室|队|所|行|社|台|站|处|团|联|组|馆|校|军|庭|支)$/;

/** Places a verb's work may be scoped to, written between the verb and its count (维修更换农村37处的机泵). */
export const PLACE_SCOPES = "全县|全市|全区|全省|全镇|农村|城区|城乡|辖区|市区|县城";
/** Places named in a list closed by 等 and their kind, between a verb and its count (解决刘坪、中山等乡镇4万人的饮水不安全问题). */
export const LISTED_PLACES = "[\\u4e00-\\u9fff]{1,8}(?:、[\\u4e00-\\u9fff]{1,8}){0,6}等(?:乡镇|镇|村|街道|社区|县区|区县|县市区|地区)";

/** A list item's number opening a line or a name: 1. / 一、 (a numbered list of projects). */
export const LIST_NUMBER = "(?:\\d{1,3}|[一二三四五六七八九十]{1,3})[.、]";

/** Verbs that make strong things a place has (建强10所科技高中, 做强16家…基地): what they count is a stock of strong ones. */
export const MADE_STRONG = /(?:建强|做强|做优|做精)$/;

/** A name or cell without the bracket closing it: 2022年任务安排(万亩) → 2022年任务安排, …PUE(能源使用效率) → …PUE. */
export function withoutBracketedTail(s: string): string {
  return s.replace(/[(（][^()（）]*[)）]\s*$/, "");
}

/** Verbs of reaching places within a time, closing its clause (90分钟左右通达, 1小时通勤, 3小时覆盖). */
export const TIME_REACH_VERBS = "通达|到达|抵达|直达|通勤|覆盖";

/** A verb written with its alternative in brackets, read as the verb: 新(改)建 → 新建, 改(扩)建 → 改建. */
export function withoutBracketedAlternative(s: string): string {
  return s.replace(/[(（](?:改|扩|续)[)）](?=建)/g, "");
}

/** What may follow a year written without 年 after 到 or 至 to make it a deadline: 底, 末, 前, a word of will, a comma. */
const BARE_DEADLINE_AFTER = /^(?:底|末|前|将|要|[,，])/;

/** Whether the four figures at text[start, end) are a deadline written without 年, as headlines write it (厦门到2025将建成…). */
export function bareDeadline(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  return (before === "到" || before === "至") && BARE_DEADLINE_AFTER.test(text.slice(end, end + 2));
}

/** Works done on a length or an area of something (…段9.1公里改扩建, …20公里路段养护, …河道整治工程). */
export const WORKS_ON_LENGTH = "改扩建|改建|扩建|改造|养护|大中修|修复|整治|提质|拓宽|硬化|绿化";
/** Those works after the length or area, with the noun they may take (…段9.1公里改扩建, …路段养护工程): a pattern's opening. */
export const WORKS_AFTER_LENGTH = `^[^,。;:\\d、]{0,8}?(?:${WORKS_ON_LENGTH})(?:工程|项目|工作)?`;
/** Units of a length or an area works are done on. */
export const LENGTH_OR_AREA = /(?:公里|千米|米|平方米|平方公里|亩|公顷)$/;

/** A firm's revenue by the name of its books: 主营收入, 主营业务收入, 销售收入. */
export const BOOKED_REVENUE = "主营收入|主营业务收入|销售收入";

/** A count's noun then the verb of passing a sum: 5家企业过百亿, 3个园区营收超千亿元, 1家企业冲刺千亿. */
export const COUNT_PASSES_SUM = new RegExp(String.raw`^[\u4e00-\u9fff]{1,6}?(?:营收|产值|营业收入|${BOOKED_REVENUE}|规模)?(?:过|超过|超|突破|冲刺)$`);

/** A year's output or throughput named with its own verb: 年产茶油 (年産茶油 too: a traditional page is read simplified), 年出栏, 年处理 (not 年产值, an amount of money). */
export const YEARS_OWN_VERB = /^年(?:产(?!值)|出栏|处理|接待|加工)/;

/** The words that name a target or a task after what it sizes (…存栏量任务, 外贸出口目标), longest first. */
export const TASK_WORDS = "目标任务|目标|任务";

/** A table's row of totals: 合计, 小计, 全市. */
export const TOTAL_WORDS = "合计|总计|小计|全省|全市|全区|全县";

/** A size the things counted each have, bounded: 1—3个容量不小于200人的避灾中心, 5个面积不低于1000平方米的…. */
// (…or a size 在 a bound, the bound written after it: 100个移民人口在1000人以上的移民村)
export const ATTRIBUTE_BOUND = /(?:容量|规模|面积|库容|座位数?|床位数?|人口)(?:不小于|不低于|不少于|大于|达到?|在)$/;
/** Words that set a threshold (a condition) rather than a level to reach. */
export const THRESHOLD_BEFORE = /(?<!不)(大于|小于|高于|低于|超过|超)$|(?<![不超])过$|不足$|不到$/;

/** The nouns of a rate a list of them closes on: 率, 比例, 比重. */
export const RATE_NOUN = "率|比例|比重";
/** A count of full rates after their list, before their 100%: 等4个, “三个. */
export const RATES_COUNT = `等?[“"]?(?:[两二三四五六七八九]|\\d)个`;

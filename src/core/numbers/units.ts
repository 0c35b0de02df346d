// Unit catalogue: base units with optional scale prefixes (万人, 亿元, 万千瓦), compound units
// (公里/百平方公里, 万吨/年) and a short parenthesised variant (套(间)). Units are kept as written.

/**
 * Measure words for lamps, poles, plots and screens, wells, bridge spans, sets and trains (安装太阳能路灯1000盏, 打井10眼,
 * 开行班列2200列, 新增墓穴10000穴), satellites and rockets (年产600颗商业卫星, 商业火箭形成年产100发), and the channels of
 * cameras (新建1000路视频监控, only beside them): units and measure words both.
 */
const OBJECT_COUNTS = ["盏", "根", "块", "眼", "口", "孔", "组", "列", "路", "穴", "颗", "发", "枚"];
/** What 发 opens as a word (发展, 发布, 发放…) rather than counting rockets or rounds. */
const FA_WORD = /[展布放生出行挥明现起达动电送售证酵热改包票源育言表射病掘扬力债]/;
/** Words of cameras a count in 路 counts the channels of (1000路视频监控点位, 智慧感知设备3000路); else 路 names a route. */
const CAMERA_AFTER = /^[\u4e00-\u9fff]{0,4}?(视频|监控|高清|摄像|感知|探头)/;
const CAMERA_BEFORE = /(视频|监控|摄像头?|探头|感知设备)[^,。;:\n]{0,10}$/;

/** What stands before a count of villages: a list's 等, or a verb of work or reach (实施, 完成, 覆盖, 惠及, 新增), then the
 * figures; or the villages named before it, 示范村8村. */
const VILLAGES_AFTER = /(?:等|共|计|村|实施|完成|建成|建设|改造|打造|覆盖|惠及|新增|带动|整治|帮扶)\s*\d+$/;

/** Micrograms per cubic metre in Latin letters, with either mu (or a plain u) and either cube. */
// (…and a soil's content per kilogram, as plans write it: 土壤有机质含量平均达到32 g/kg)
const CONCENTRATIONS = ["μg/m³", "μg/m3", "µg/m³", "µg/m3", "ug/m³", "ug/m3", "g/kg", "mg/kg"];

/** Watt-hours with their scale in the casings pages write (GWh, Gwh, gwh, KWH…), beyond the standard ones. */
const ENERGY_CASINGS = ["G", "g", "M", "K", "k"].flatMap((p) => ["Wh", "wh", "WH", "wH"].map((w) => p + w)).filter((u) => !["GWh", "MWh", "kWh"].includes(u));

const BASE_UNITS = [
  // (a page may drop the slash, PM2.5平均浓度不超过39微克立方米, or spell it, 控制在29微克每立方米以下)
  // (a traffic volume: 运输总周转量1610亿吨公里, 旅客周转量…亿人公里)
  "公里/百平方公里", "微克/立方米", "微克立方米", "微克每立方米", "毫克每立方米", "吨标准煤", "标准煤", "吨公里", "人公里", "个百分点", "百分点", "个等级", "个工作日", "工作日", "个月",
  "平方千米", "标准箱", "标箱", "千瓦时", "兆瓦时", "台套", "斤",
  // (万平米: 平方米 as speech shortens it)
  // (sown area counted once for each crop: 蔬菜播种面积36万亩次)
  "亩次",
  // (events held, each counted as often as held: 开展全民健身活动30项次)
  "平方公里", "平方米", "平米", "立方米", "千瓦时", "年一遇", "人次", "户次", "车次", "架次", "艘次", "场次", "班次", "节次", "项次",
  "公里", "千米", "公顷", "千瓦", "兆瓦", "千伏安", "兆伏安", "千升", "千克", "公斤", "美元", "欧元", "港元", "小时", "分钟",
  // (a bridge's length along its deck: 改造农村公路危桥221延米)
  "延米",
  // a network's latency (城市间网络时延低于3毫秒, 端到端时延低于10ms)
  "毫秒", "ms",
  // (a warning's time: 地震发生后10秒内提供预警信息)
  "秒",
  // models of a product (推动5款以上…产品完成临床试验, 涌现不少于100款智能终端产品)
  "款",
  // (classes of a school, 新增办学规模40班; flights, 日均航班量提升至2-3班)
  "班",
  // villages a programme reaches (完成…等31村扶贫开发整村推进项目, 实施110村…奖补项目)
  "村",
  "%", "‰", "家", "个", "人", "名", "位", "张", "套", "户", "间", "米", "亩", "座", "所", "件", "项",
  "条", "处", "台", "辆", "次", "吨", "瓦", "升", "元", "岁", "倍", "床", "支", "艘", "架", "部", "本",
  "场", "栋", "幢", "棵", "株", "头", "只", "种", "批", "宗", "篇", "册", "天", "克", "度", "所", "起",
  // sessions held (培训班20期); a phase (二期工程) is read as a name before units are
  "期",
  // class hours taught (健身指导课程200课时), lessons given (300堂健康知识巡讲, 配送课程不少于200节); pitches and plots
  // (80片运动场)
  "课时", "堂", "节", "片",
  // (courses opened: 开设课程数量220门; only of courses, matchUnit)
  "门",
  // batches sampled in inspections (食品抽检2100批次); policies or copies (投保2.5万份意外伤害保险); cubic metres as
  // works write them (清淤10万方, 天然气产量420亿立方)
  "批次", "份", "万方", "亿方", "立方", "类",
  // buses counted in standard units (公交车突破260标台)
  "标台",
  // fish released (增殖放流1000万尾) and artificial reefs laid, in cubic metres of the space they enclose (5万空方,
  // 建礁规模13.1万空立方); poultry kept (存栏蛋鸡500万羽)
  "尾", "空方", "空立方", "空立方米", "羽",
  // bee colonies and the boxes they are kept in (全县养殖10万群, 户均养殖中蜂10箱); only of bees, and 箱 of cigarettes,
  // matchUnit
  "群", "箱",
  // goods counted as they are packed or sown: bottles (年产葡萄酒800万瓶), bags of substrate (发展袋料香菇8000万袋), seeds
  // (年生产原原种2亿粒), suits of clothes (服装1500万件套)
  "瓶", "袋", "粒", "件套",
  // spindles a spinning industry runs (棉纺环锭600—700万锭)
  "锭",
  // a picul of leaf, as tobacco plans weigh it (收购烟叶156.6万担); not 担任, 担当, 担保, 担心 (matchUnit)
  "担",
  // horses and bolts of cloth (马匹存栏达到10万匹, 其中:产品用马4万匹); not 匹配, 匹敌 (matchUnit)
  "匹",
  // person-days of training or work (培训5000人日) and firms served, counted each time (服务企业300家次)
  "人日", "家次",
  // cases screened or treated (开展胃肠癌联合筛查1万例以上, 完成手术500例次)
  "例次", "例",
  // bandwidth as plans write it: 20兆进牧户, 百兆到村; a trillion yuan as Taiwan and Hong Kong write it (GDP3.2兆元)
  "兆元", "兆",
  // areas in one character: 修缮约500㎡
  "㎡",
  // a score (知晓度评分91分以上, 满意度达到90分): only closing its clause or before its bound (matchUnit)
  "分",
  // power and energy written in Latin letters (单晶拉棒产能达到96GW, 装机2000MW)
  // orders placed or filled (以旧换新2万单): only closing its clause or before its bound (matchUnit)
  "单",
  "GWh", "MWh", "kWh", "GW", "MW", "kW", "KW",
  // (…as pages write them in other cases: 电芯产能达到60Gwh/年)
  ...ENERGY_CASINGS,
  // tonnes written as a Latin t, of coal equivalent too (年综合生产能力1655万t标准煤, 产能500万t)
  "t标准煤", "t标煤", "t",
  // computing power (智能算力达到1,000 PFLOPS)
  "EFLOPS", "PFLOPS", "TFLOPS",
  // concentrations as air-quality notes write them (PM2.5月均值不高于66μg/m3)
  ...CONCENTRATIONS,
  ...OBJECT_COUNTS,
];

const SCALE_PREFIXES = ["万亿", "千万", "百万", "十万", "千亿", "百亿", "十亿", "亿", "万", "千", "百", "十", ""];

/** Units that never take a scale prefix (百分点, 年一遇 …). */
const UNSCALED = new Set(["%", "‰", "个百分点", "百分点", "个等级", "年一遇", "岁", "倍", "个工作日", "工作日", "小时", "分钟", "毫秒", "ms", "秒", "天", "个月", "兆", "兆元", ...CONCENTRATIONS]);

// Longest-first lookup keyed by the first character's code (a code needs no one-character string per lookup).
const byFirst = new Map<number, string[]>();
function add(u: string): void {
  const list = byFirst.get(u.charCodeAt(0)) ?? [];
  if (!list.includes(u)) list.push(u);
  byFirst.set(u.charCodeAt(0), list);
}
for (const base of BASE_UNITS) {
  if (UNSCALED.has(base)) { add(base); continue; }
  for (const p of SCALE_PREFIXES) add(p + base);
}
// (hours counted by the ten thousand are an amount of service or of flying: 讲解服务10万小时以上/年, 年飞行超过8万小时)
for (const p of ["万", "亿"]) add(p + "小时");
// Scale words alone are units too when they end a number (过30亿、20亿 …).
for (const p of ["万亿", "亿", "万"]) add(p);
for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
// The same units keyed by their first two characters (a scale word starts a couple of hundred units), and the
// one-character units by their character: a match reads only the units that can start there.
const byFirstTwo = new Map<number, string[]>();
const oneChar = new Map<number, string>();
for (const list of byFirst.values()) {
  for (const u of list) {
    if (u.length === 1) { oneChar.set(u.charCodeAt(0), u); continue; }
    const key = u.charCodeAt(0) * 0x10000 + u.charCodeAt(1);
    const two = byFirstTwo.get(key) ?? [];
    two.push(u); // (longest first, as in `list`)
    byFirstTwo.set(key, two);
  }
}

/** The longest catalogued unit starting at `pos`, or null. */
function longestAt(text: string, pos: number): string | null {
  // (no code is read past the text's end — it would key no unit — so V8's optimised code of a match is not thrown away at
  // the text's last character)
  if (pos >= text.length) return null;
  const two = pos + 1 < text.length ? byFirstTwo.get(text.charCodeAt(pos) * 0x10000 + text.charCodeAt(pos + 1)) : undefined;
  if (two) for (const u of two) if (text.startsWith(u, pos)) return u;
  return oneChar.get(text.charCodeAt(pos)) ?? null;
}

export interface UnitMatch {
  unit: string;
  end: number;
}

/** What a score measures, named before it in its clause: 知晓度评分91分, 满意度达到90分, 得分≥76分. */
const SCORED_BEFORE = /(?:评分|得分|分数|满意度|知晓度|知晓率|测评|评价|成绩|指数)[^,，。;；(（]{0,8}$/;
/** What may follow a score's 分: its bound, a joiner or the end of its clause. */
const SCORE_CLOSES = /^(?:以上|以下|左右|以内|及以上|[,，。;；、)）]|$)/;

/** Time units: a number with one of these followed by a noun is a name (1小时经济圈, 15分钟生活圈, 1毫秒时延圈). */
export const TIME_UNITS = new Set(["小时", "分钟", "毫秒", "ms", "秒", "天", "个工作日", "工作日", "个月"]);

/** The scale alone before a word `u` ending at `end` opens (54.13万群众 → 万), or null when `u` is the word alone. */
// (a function of the module, not a closure: tsx names each closure it makes, a cost at every number)
function scaleOnly(u: string, end: number): UnitMatch | null {
  return u.length > 1 ? { unit: u.slice(0, -1), end: end - 1 } : null;
}

/** Match a unit starting at `pos` (spaces skipped). Returns null when no catalogued unit starts there. */
export function matchUnit(text: string, pos: number): UnitMatch | null {
  let i = pos;
  while (i < text.length && text.charCodeAt(i) === 0x20) i++;
  const u = longestAt(text, i);
  if (u === null) return null;
  // (2十万人火灾…: a table's row number run into 十万人 — figures are never scaled by 十; 5千万元, 3百万 are)
  if (u.startsWith("十") && i > 0 && text.charCodeAt(i - 1) >= 0x30 && text.charCodeAt(i - 1) <= 0x39) return null;
  let end = i + u.length;
  // 3片区: 片 opens the noun 片区 there, it counts nothing; so does 组 the verbs 组织 and 组建 (…2016年12月3组织开展…, a
  // table's row number before its task)
  // (nor 部 the word 部门: 四川11部门联合印发…, the departments counted as one word)
  // (群 and 箱 count colonies and boxes of bees only, 蜂 named near them (中蜂, 蜂群, 养蜂): not 10万群众, 2000箱装)
  // (…the scale before it still stands alone: 54.13万群众, 50万箱)
  // (箱 counts cases of cigarettes too, 烟 named near it: 年卷烟销量达36万箱)
  // (…the word dropped, the scale before it kept: 54.13万群众 → 万)
  if (/^[万千百]?[群箱]$/.test(u)) {
    const near = text.slice(Math.max(0, pos - 16), Math.min(text.length, end + 12));
    // (…and cases of goods a plant yields in a year: 年产10万箱紫菜)
    const yearlyCases = u.endsWith("箱") && /(?:年产|年生产|年加工)$/.test(text.slice(Math.max(0, pos - 8), pos).replace(/[\d.]+$/, ""));
    if (!(near.includes("蜂") || (u.endsWith("箱") && near.includes("烟")) || yearlyCases) || /[众体落岛组聚像星山包式]/.test(text[end] ?? "")) return scaleOnly(u, end);
  }
  if (u.endsWith("担") && /[任当保心负纲责]/.test(text[end] ?? "")) return scaleOnly(u, end);
  if (u.endsWith("匹") && /[配敌]/.test(text[end] ?? "")) return scaleOnly(u, end);
  // (nor 瓶 the word 瓶颈: 打通1个瓶颈路段)
  if (u.endsWith("瓶") && text[end] === "颈") return scaleOnly(u, end);
  if ((u === "片" && text[end] === "区") || (u === "组" && (text[end] === "织" || text[end] === "建")) || (u === "部" && text[end] === "门")) return null;
  // (节 opens words too: 节能, 节约, 节水, 节电, 节点, 节日, 节假日, 节段, 节气 — 24节气 names the solar terms; a train's
  // make-up, 8节编组, and a ship's speed in knots, 航速达到18节, count no work)
  // (and a document's sections after its chapters: 分三大板块10章33节)
  if (u === "节" && (/[能约水电地材支本煤油粮点日假庆目省气拍奏余段编]/.test(text[end] ?? "") ||
    /(?:章\s*\d+|(?:航速|时速|速度)[^,，。;；]{0,6}?\d+(?:\.\d+)?)\s*$/.test(text.slice(Math.max(0, pos - 16), pos)))) return null;
  if (u === "发" && FA_WORD.test(text[end] ?? "")) return null;
  // (单 counts orders only where it closes: 2万单, 5000单以上 — not 单位, 单元, 单项, 单体, 单列)
  if (u === "单" && !SCORE_CLOSES.test(text.slice(end, end + 3))) return null;
  // (30个亿: a hundred million said as a count, as speech says it — not 3个亿元级项目, the projects counted)
  // (nor 6000个亿元以上项目: the bound of a size, then what it sizes)
  if (u === "个" && text[end] === "亿" && /^元?(?:以上|左右|多)?(?:[,，。;；、)）]|$)/.test(text.slice(end + 1, end + 6))) {
    const yuan = text[end + 1] === "元" ? 1 : 0;
    return { unit: yuan ? "个亿元" : "个亿", end: end + 1 + yuan };
  }
  // (分 is a score only where it closes: 91分以上, 85.4分, — not 3分之1, 分3批, 1分钱)
  // (and only of what is scored, 评分, 满意度, 知晓度 — not a weight in brackets, 平台建设(3分))
  if (u === "分" && (!SCORE_CLOSES.test(text.slice(end, end + 3)) || !SCORED_BEFORE.test(text.slice(Math.max(0, pos - 20), pos)))) return null;
  // (门 counts courses only: 开设课程数量220门, 新开20门课程 — not 部门, 门户, 门诊)
  if (u === "门" && !/^(?:课|学科|专业)/.test(text.slice(end, end + 2)) && !(SCORE_CLOSES.test(text.slice(end, end + 3)) && /课程|课/.test(text.slice(Math.max(0, pos - 12), pos)))) return null;
  // (羽毛球 is a game; 人日常出行 is people's daily travel, not person-days)
  if (u.endsWith("羽") && text[end] === "毛") return null;
  // (a Latin t is a tonne only where no Latin word goes on: 5 trillion yuan)
  if (u.endsWith("t") && /[A-Za-z]/.test(text[end] ?? "")) return null;
  if (u.endsWith("人日") && /[常益均前后内间]/.test(text[end] ?? "")) return { unit: u.slice(0, -1), end: end - 1 };
  // (村 counts villages, 等31村, 实施110村…项目 — not a village's numbers, 银都1-7村, nor the word it opens, 10村级服务站, 村民)
  // (only after a list's 等 or a verb of work or reach: a name before it names a village, 前进3村, 城关镇6村; nor what joins
  // villages, 5村联动, 6村与…合并)
  if (u === "村" && (/[级委民庄落镇组居社务集联合与、和]/.test(text[end] ?? "") || !VILLAGES_AFTER.test(text.slice(Math.max(0, pos - 10), pos)))) return null;
  if (u === "路" && !CAMERA_AFTER.test(text.slice(end, end + 10)) && !CAMERA_BEFORE.test(text.slice(Math.max(0, pos - 24), pos))) return null;
  let unit = u;
  // compound: 万吨/年, 元/平方米
  if (text.charCodeAt(end) === 0x2f /* / */) {
    // (万吨/年, and a plant's daily capacity, 10万吨/日, 5万立方米/天)
    const tail = "年日天".includes(text[end + 1] ?? "x") ? { unit: text[end + 1], end: end + 2 } : matchUnitStrict(text, end + 1);
    if (tail) { unit = unit + "/" + tail.unit; end = tail.end; }
  }
  // short parenthesised variant: 套(间)
  if (text[end] === "(" && text[end + 3] === ")" && byFirst.has(text.charCodeAt(end + 1))) {
    unit = text.slice(i, end + 4);
    end += 4;
  } else if (text[end] === "(" && text[end + 2] === ")" && byFirst.has(text.charCodeAt(end + 1))) {
    unit = unit + text.slice(end, end + 3);
    end += 3;
  }
  return { unit, end };
}

function matchUnitStrict(text: string, pos: number): UnitMatch | null {
  const u = longestAt(text, pos);
  return u === null ? null : { unit: u, end: pos + u.length };
}

/** Unit written in an indicator cell's parentheses: 人均地区生产总值(元) → 元; (%) → %. */
export function unitFromParentheses(cell: string): string | null {
  const m = /\(([^()]{1,12})\)\s*$/.exec(cell);
  if (!m) return null;
  const inner = m[1].trim();
  if (inner === "年") return "年";
  const u = matchUnit(inner, 0);
  return u && u.end === inner.length ? inner : inner.length <= 8 ? inner : null;
}

/**
 * Measure words (量词): a closed class that counts things — 个 家 名 所 条 场 项 座 处 台 套 户 人次 … A number with one
 * before a noun ([verb] 5个 [noun]) states how many of the noun, whatever the verb.
 */
const MEASURE_WORDS = new Set([
  "个", "家", "名", "所", "条", "场", "项", "座", "处", "台", "套", "户", "人次", "户次", "场次", "项次", "件", "张", "辆", "艘", "架", "部",
  "本", "栋", "幢", "间", "批", "支", "株", "棵", "头", "只", "种", "宗", "篇", "册", "起", "位", "床", "人", "台套", "片", "份", "类", "尾", "例", "例次", "村", "款", "门", "群", "箱", "匹",
  ...OBJECT_COUNTS,
]);

/** The unit without a leading 万 (万件 → 件, 万人次 → 人次): counts in tens of thousands read like the bare ones. */
export function withoutTenThousand(unit: string): string {
  return unit.charCodeAt(0) === 0x4e07 ? unit.slice(1) : unit;
}

/** Whether `unit` is a measure word, with or without a scale (万名, 千家). */
export function isMeasureWord(unit: string): boolean {
  // (no read past an empty unit's end, which would throw V8's optimised code away)
  const c = unit.length > 0 ? unit[0] : "";
  const u = c === "万" || c === "千" || c === "百" || c === "十" ? unit.slice(1) : unit;
  if (MEASURE_WORDS.has(u)) return true;
  // (a measure word with its variant in brackets, 套(间), 所(个), 条(个): both measure words)
  const variant = u.endsWith(")") || u.endsWith("）") ? /^([^(（]{1,2})[(（]([^)）]{1,2})[)）]$/.exec(u) : null;
  return variant !== null && MEASURE_WORDS.has(variant[1]) && MEASURE_WORDS.has(variant[2]);
}

/** Whether `unit` is a measure word after any run of scales (百万家, 千万个). */
export function isScaledMeasureWord(unit: string): boolean {
  return isMeasureWord(unit.replace(/^[万千百]+/, ""));
}

/** A count per year (人/年, 户/年, 万人次/年): an amount added each year, not a stock. */
export function isCountPerYear(unit: string): boolean {
  return unit.endsWith("/年") && isMeasureWord(unit.slice(0, -2));
}

export function isPercentUnit(unit: string): boolean {
  // (成: tenths, as plans write a share or a rise — 占比达到三成, 增幅超7成)
  return unit === "%" || unit === "‰" || unit === "成" || unit.endsWith("百分点");
}

// Numbers of a clause that are no amount to reach, read before the rules: the parts a named document is divided into, what
// a quoted number of a scheme's name stands for, sizes inside the names of projects pushed on, ranks, a countdown's days,
// how many of a list's items are of one sort and a digest's keyword figures. Each is a small test on the words around the
// number, with the reason its mention is given.
import { isMeasureWord } from "../../numbers/units";
import type { Mention } from "../mentions/scan";
import type { Span } from "../../text/segment";

export const DOCUMENT_PARTS = "the parts a document just named is divided into (《…政策体系》,分为1个…政策、3个…政策)";
/** A clause opening with the parts something is divided into (分为1个…政策、3个…政策). */
const DIVIDED_INTO = /^\s*(?:共)?(?:分为|分成|划分为)/;

/**
 * Whether the clause `said` divides into parts a document its sentence just named (《新津区“1+3+1”政策体系》,分为1个…政策), or
 * names a document and then its chapters (《规划》共分三大板块、四章十四节).
 */
export function dividesNamedDocument(text: string, sentence: Span, clause: Span, said: string): boolean {
  return (DIVIDED_INTO.test(said) && text.slice(Math.max(sentence.start, clause.start - 80), clause.start).includes("》")) || (said.includes("》") && NAMED_THEN_PARTS.test(said));
}

/** A document named, then the chapters or sections it is divided into, in one clause: 《规划》共分三大板块、四章十四节. */
const NAMED_THEN_PARTS = /》\s*(?:全文)?(?:共分|分为|分成|共有|包括)[^,，。;；]{0,16}?[章节篇]/;

export const PARTS_DIVIDED = "the parts a whole is divided into (改造分为连片整体改造和设施升级改造两个项目)";

/** A count after 分为 in its clause, the parts listed before it or none: 分为A和B两个项目, 分为四个片区. */
export function countsPartsDivided(text: string, m: Span, clauseStart: number): boolean {
  // (a look for 分 in the clause before the count spares most counts the pattern)
  const before = text.slice(Math.max(clauseStart, m.start - 48), m.start);
  if (before.includes("分")) {
    // (《行动计划》将分4个阶段实施, 分两批推进: the stages or batches the work is done in)
    if (/(?:分为|分成|划分为)[^,，。;；:：\d]{0,44}$/.test(before) || (/(?:^|[^\u4e00-\u9fff]|[将拟要共按再并]|计划)分$/.test(before) && STAGES_AFTER.test(text.slice(m.end - 1, m.end + 3)))) return true;
  }
  // (…分为创新型中小企业、专精特新中小企业(省级)、…、制造业单项冠军五个梯次: a long list of the parts, then their count and kind)
  if (before.length < 48 || !STAGES_AFTER_LIST.test(text.slice(m.end - 1, m.end + 4))) return false;
  return /(?:分为|分成|划分为)[^,，。;；:：\d]{0,84}$/.test(text.slice(Math.max(clauseStart, m.start - 90), m.start));
}
/** What a count of the stages of work ends with: 4个阶段, 两批, 三步, 三期. */
const STAGES_AFTER = /^(?:个阶段|个?阶段|批|步|期|轮)/;
/** What a count closing a long list of parts names: 五个梯次, 三个层级, 四个类别. */
const STAGES_AFTER_LIST = /^个?(?:梯次|层级|层次|类别|等级|档次|阶段|方面|板块)/;

export const TITLES_COUNTED = "how many documents the titles just named are (印发的《A规划》《B规划》《C规划》3个规划)";
/** What the counted titles are: 规划, 文件, 政策文件, 行动方案 (not 《…》5个, things the title names). */
const TITLE_NOUN_AFTER = /^[\u4e00-\u9fff]{0,4}?(?:规划|方案|文件|政策|意见|办法|计划|条例|通知|标准|规范|指南|法规|规定|报告|要点)/;
/** A count right after titles, counting them: 《…》《…》3个规划 (two titles or more), 《…》等3份文件. */
export function countsTitlesNamed(text: string, m: Mention): boolean {
  const before = text.slice(Math.max(0, m.start - 4), m.start);
  if (!before.includes("》") || !isMeasureWord(m.unit) || !TITLE_NOUN_AFTER.test(text.slice(m.end, m.end + 8))) return false;
  // (one title and a count after it, 出台《实施意见》和3个配套办法, 制定《行业规范》3项标准, are more documents of their own)
  return /》[”"]?\s*等$/.test(before) || (/》[”"]?\s*(?:共|这)?$/.test(before) && /》[”"]?\s*[、,，]?\s*[“"]?《[^《》]{1,60}》[”"]?\s*(?:共|这)?$/.test(text.slice(Math.max(0, m.start - 140), m.start)));
}

export const SELECTION_ANNOUNCED = "how many a list just announced holds (咸宁98家企业入围, 其中207家入选…名单)";
/** A count of units that made a list, with no bound and no word of will before it: a result announced. */
export function countsSelected(text: string, m: Mention, clauseStart: number): boolean {
  if (m.suffix !== null || !/^万?(?:家|个|所|名|人|项|户|条|村|座)$/.test(m.unit)) return false;
  const after = text.slice(m.end, m.end + 14);
  if (!SELECTED_AFTER.test(after)) return false;
  return !WILL_BEFORE.test(text.slice(Math.max(clauseStart, m.start - 30), m.start));
}
/** What follows a count that made a list: 企业入围, 入选国家级…名单, 企业上榜. */
const SELECTED_AFTER = /^[\u4e00-\u9fff“”"]{0,8}?(?:入围|上榜|入选)(?![^,，。;；]{0,12}?(?:目标|任务))/;
/** Words of will, a bound or a goal before a count (力争15个镇入选…名录 is a goal). */
const WILL_BEFORE = /力争|确保|争取|将|要|计划|目标|预计|拟|推动|支持|培育|推荐|新增|至少|不少于|每年/;

export const AMONG_WHOLE = "the whole the subject stands among (是河南50多万家中小企业中的佼佼者)";
/** A count of a whole the subject is ranked or stands out among: 50多万家中小企业中的佼佼者, 全国300多个城市中排名第5. */
export function countsWholeAmong(text: string, m: Span): boolean {
  const after = text.slice(m.end, m.end + 16);
  return after.includes("中") && /^[\u4e00-\u9fff]{0,10}?中(?:的佼佼者|的领头羊|的排头兵|排名|排在|名列|位居|位列)/.test(after);
}

export const ADJUSTMENT_CHANGE = "the change a budget adjustment makes to a line (税收收入拟调整为85000万元,调减16000万元)";
/** A sum right after 调增 or 调减: how far an adjustment moves a budget's line, whose adjusted amount is the figure to keep. */
export function adjustsBudgetLine(text: string, m: Mention): boolean {
  return m.unit.endsWith("元") && /调[增减]了?\s*$/.test(text.slice(Math.max(0, m.start - 4), m.start));
}

export const SPREAD_OVER = "the places a whole lies across (建设任务将分布在176个县)";
/** A count of the places something is spread across: 分布在176个县, 分布于全市12个乡镇. */
export function countsPlacesSpread(text: string, m: Span, clauseStart: number): boolean {
  const before = text.slice(Math.max(clauseStart, m.start - 12), m.start);
  return before.includes("分布") && /分布(?:在|于)[^,，。;；\d]{0,6}$/.test(before);
}

export const NAME_EXPLAINED = "what a quoted number of a scheme's name stands for (“八”即是…八个应用场景)";
/** A clause opening with a quoted number of a scheme's name and what it stands for (“八”即是…, “三”是指…). */
const NUMBER_NAME_EXPLAINED = /^\s*[“"][一二三四五六七八九十\d]{1,2}[”"](?:即是|即|是指|指的是|就是|指)/;

/** Whether the clause `said` says what a quoted number of a scheme's name stands for (“八”即是重点拓展建设八个应用场景). */
export function explainsNameNumber(said: string): boolean {
  return NUMBER_NAME_EXPLAINED.test(said);
}

export const PROJECT_NAME_SIZE = "a size inside the names of projects pushed on (加快伊赛10万头肉牛和50万吨饲料等项目建设)";
/** Work pushed on named projects, opening the clause. */
const PROJECTS_PUSHED = /^\s*(?:加快|推进|推动|抓好|抓紧|加速)(?:推进)?[\u4e00-\u9fff]{1,8}?\d/;
/** The rest of a project's name after a size, up to 等项目. */
const PROJECT_NAME_GOES_ON = /^[^,，。;；\d]{1,10}?(?:(?:和|、|及)[^,，。;；]{1,20}?)?等(?:重点)?项目(?:建设)?(?:[,，。;；]|$)/;

/** Whether `m` sizes a project named in a list of projects the clause `said` pushes on (加快伊赛10万头肉牛和50万吨饲料等项目建设). */
export function sizesPushedProject(text: string, m: Mention, clauseEnd: number, said: string): boolean {
  return PROJECTS_PUSHED.test(said) && PROJECT_NAME_GOES_ON.test(text.slice(m.end, Math.min(clauseEnd, m.end + 40)));
}

export const RANK_IN_BRACKETS = "a rank in brackets after a name (杜阮镇(721名))";

/** Whether `m` is a place in a ranking, bracketed right after a name (杜阮镇(721名)). */
export function rankInBrackets(text: string, m: Mention): boolean {
  return (text[m.start - 1] === "(" || text[m.start - 1] === "（") && (m.unit === "名" || m.unit === "位") && /^[)）]/.test(text.slice(m.end, m.end + 1)) &&
    /[\u4e00-\u9fff]$/.test(text.slice(m.start - 2, m.start - 1));
}

export const RANKS_MEASURED = "the ranks whose average a level is measured against (超过全国百强县后5位平均水平)";
/** The average of the ranks, right after their count. */
const RANKS_AVERAGED = /^的?(?:平均|均值)/;

/** Whether `m` counts the first or last ranks whose average a level is measured against (超过全国百强县后5位平均水平). */
export function ranksAveraged(text: string, m: Mention): boolean {
  return (text[m.start - 1] === "前" || text[m.start - 1] === "后") && RANKS_AVERAGED.test(text.slice(m.end, m.end + 6));
}

export const KEYWORD_FIGURES = "a digest's keyword line, its figures named again with what they measure (关键词一:6.0%、6.0%、20%)";
/** A keyword line of a report's digest, its figures named before what they measure. */
const KEYWORD_LINE = /^\s*关键词[一二三四五六七八九十\d]{0,3}\s*[:：][\d.%、\s]*$/;

/** Whether `m` is a figure of a digest's keyword line, its clause opening at `clauseStart` (关键词一:6.0%、6.0%、20%). */
export function keywordFigure(text: string, clauseStart: number, m: Mention): boolean {
  // (a look at the words around the clause's opening spares most clauses the pattern)
  return text.slice(Math.max(0, clauseStart - 8), clauseStart + 8).includes("关键词") && KEYWORD_LINE.test(text.slice(Math.max(0, clauseStart - 8), m.start).split("\n").pop()!);
}

export const COUNTDOWN = "the days left until a date (距离2020年还有4天, 倒计时30天)";
/** The words of a countdown right before its days: 距离…还有, 离…仅剩, 倒计时. */
const COUNTING_DOWN = /(?:(?:距离?|离)[^,，。;；\n]{1,20}?(?:还有|仅剩|只剩|还剩|尚有)|倒计时)\s*$/;

/** Whether `m` counts the days left until a date rather than an amount to reach (距离2020年还有4天). */
export function countsDown(text: string, m: Mention): boolean {
  return (m.unit === "天" || m.unit === "日") && COUNTING_DOWN.test(text.slice(Math.max(0, m.start - 26), m.start));
}

export const ITEMS_SORTED = "how many items of a list are of one sort (有4项是“老面孔”, 其余6项则是“新成员”)";
/** What a list's items are sorted by, said before and after their count: 有…是, 其余…则是. */
const SORTED_BEFORE = /(?:有|其余|其他|另外|余下|剩下)$/;
const SORTED_AFTER = /^(?:则|都|均|也)?(?:是|属于|为)(?![\d一二三四五六七八九十])/;

/** Whether `m` counts the items of a list that are of one sort (有4项是“老面孔”) rather than an amount to reach. */
export function sortsItems(text: string, m: Mention): boolean {
  return (m.unit === "项" || m.unit === "件") && SORTED_BEFORE.test(text.slice(Math.max(0, m.start - 2), m.start)) && SORTED_AFTER.test(text.slice(m.end, m.end + 5));
}

export const EVENT_NAME = "part of the name of an event held (四川省高速公路突破10000公里暨…慰问活动12日上午在蓉举行)";
/** What closes an event's name and says it was held on a day: …慰问活动12日上午在蓉举行, …推进会于3日召开. */
const EVENT_HELD_AFTER = /^[^,，。;；]{0,40}?(?:活动|仪式|大会|会议|论坛|典礼|发布会|推进会|现场会|启动会)(?:于|在)?(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上?)?(?:在[\u4e00-\u9fff]{1,10})?(?:隆重)?(?:举行|举办|召开|开幕|启动)/;
/** A number in the name of an event the page reports held on a day: the event's name, no amount set. */
export function namesEventHeld(text: string, m: Mention, clauseEnd: number): boolean {
  return EVENT_HELD_AFTER.test(text.slice(m.end, Math.min(clauseEnd, m.end + 80)));
}

export const RANK_BAR = "the bar of a ranking a count of things enters (6个以上学科进入ESI前1‰)";
/** A ranking's bar right after a verb of entering it, with a count of what enters before: …学科进入ESI全球同类学科前1‰. */
// (a traditional-character page is read in simplified characters: the simplified verbs serve it)
const ENTERS_TOP = /(?:进入|跻身|位居|位列|迈入|挺进|入围|排名|排在)[^,，。;；\d]{0,16}?前\s*$/;
/** Whether number `m` is the bar of a ranking that a count before it in its clause enters: the count is the goal. */
export function barOfRanking(text: string, m: Mention, clauseStart: number, counts: readonly Mention[]): boolean {
  if (!/^(?:%|‰|名|位|强|)$/.test(m.unit)) return false;
  const before = text.slice(Math.max(clauseStart, m.start - 24), m.start);
  return ENTERS_TOP.test(before) && counts.some((c) => c.end <= m.start && c.start >= clauseStart && isMeasureWord(c.unit) && c.unit !== m.unit);
}

export const BANNED_BOUND = "the size below or above which a thing is banned (不得新建产能在50万吨/年以下的磷矿)";
/** A bounded amount after a ban in its clause: it says which things are banned, no amount to reach. */
export function boundsBanned(text: string, m: Mention, clauseStart: number): boolean {
  return (m.suffix === "<=" || m.suffix === ">=") && /(?:不得|禁止|严禁|不再|不准|杜绝)[^,，。;；\d]{0,12}$/.test(text.slice(Math.max(clauseStart, m.start - 16), m.start));
}

export const SIZE_BAND = "the size band of the things counted right after it (市值1000亿元以上10家)";
/** A bounded or ranged amount right before a count of things: the band the counted things fall in, no amount to reach. */
export function bandBeforeCount(m: Mention, next: Mention | undefined): boolean {
  return next !== undefined && (m.suffix === ">=" || m.suffix === "<=" || m.valueMax !== null) && next.start === m.end && isMeasureWord(next.unit) && !isMeasureWord(m.unit);
}

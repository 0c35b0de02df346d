// The year a document speaks in — what its 今年 / 全年 / 年内 / 本年 mean — and how it was found:
// title (2024年工作要点, 关于2016年计划执行情况及2017年计划的报告 → 2017), text (今年是“十五五”开局之年 → 2026,
// a heading such as 2026年工作安排), date (its date of issue), review (2018年工作回顾 → the year after).

import { yearInFigures } from "./fields";

export interface DocYear {
  year: number;
  source: "title" | "text" | "date" | "review";
}

/** The last year of each five-year plan period (十四五 runs 2021–2025). */
export const PLAN_PERIODS: Record<string, number> = { 十一五: 2010, 十二五: 2015, 十三五: 2020, 十四五: 2025, 十五五: 2030, 十六五: 2035 };

/**
 * The plan year a yearly document's title names: 2025年工作要点, 数字山东2021行动方案, 2024年本市…招生入学工作的实施意见 (a year may stand without 年, not
 * as the start of a span: 2021—2023年行动计划 names a period); of 总结及计划 / 执行情况及…计划 titles, the plan's.
 */
export function yearOfPlanTitle(title: string): number | null {
  const planPart = title.replace(/^.*?(总结|回顾|执行情况)(和|及|与)?/, "");
  // (nor as its end: “2020-2022年”三年旧改计划)
  // (nor an amount: 目标2000亿!赣州市出台…工作方案)
  const m = /(?<![\d—–\-~～至])(20\d\d)(?:年|(?![\d年\s—–\-~～至亿万千百元%％]))[^,。;]{0,30}?(工作报告|工作要点|工作计划|工作安排|重点工作|工作任务|计划|要点|行动方案|实施方案|工作方案|实施意见|工作意见|预算(?!执行))/.exec(planPart);
  if (m) return Number(m[1]);
  // (…or its year in brackets after it: 晋中市人民政府工作报告(2024年))
  const after = /(?:工作报告|工作要点|工作计划|工作安排|重点工作|行动方案|实施方案|工作方案)\s*[(（](20\d\d)年度?[)）]\s*$/.exec(planPart);
  if (after) return Number(after[1]);
  // a bulletin or a summary speaks of the year it reviews: 2025年郑州市国民经济和社会发展统计公报
  const review = reviewTitle(title);
  return review ? review.year : null;
}

/**
 * A document that only reviews a year — a statistical bulletin (统计公报; or a statistics bureau and its survey team
 * heading the text), a 工作总结 with no plan part — and the year it reviews when its title names it; null otherwise.
 */
export function reviewTitle(title: string | null, head = ""): { year: number | null } | null {
  // a statistics bureau heading the text issues a bulletin
  // (not a system of indicators it drew up with others: 江苏“两个率先”指标体系 / 中共江苏省委研究室 / 江苏省统计局)
  // (nor a cell naming the offices that examine a target, 区发改委区统计局, under 监考单位: the bureau alone heads a bulletin)
  const bureau = /(^|\n)\s*\S{1,12}统计局\s*(\n|$)/.exec(head.slice(0, 300));
  if (bureau && !/指标体系|目标值/.test(head.slice(0, bureau.index)) && !/[局委办厅]/.test(bureau[0].trim().replace(/统计局$/, ""))) return { year: null };
  if (!title || /(计划|要点|安排|规划|方案|目标)/.test(title.replace(/^.*?(总结|执行情况)/, ""))) return null;
  const named = /(?:(20\d\d)年)?[^,。;]{0,30}?(统计公报|公报|统计年鉴|工作总结|执行情况)/.exec(title);
  return named && (named[1] || /统计公报/.test(named[2])) ? { year: named[1] ? Number(named[1]) : null } : null;
}

/** Words before a plan's title that the text only follows (根据《…》, 贯彻落实《…》): no plan of its own. */
export const CITES = "根据|按照|依据|贯彻|落实|对照";
/** A title's words naming a horizon's or an event's plan (《…规划》, 《2026年亚洲沙滩运动会筹办工作总体方案》), no year's work. */
const NO_YEARS_PLAN = "规划|运动会|博览会|赛事|会筹办";

/** 今年是党的十九大召开之年 → 2017: the years of the party's national congresses. */
const CONGRESS_YEARS: Record<string, number> = { 十六: 2002, 十七: 2007, 十八: 2012, 十九: 2017, 二十: 2022, 二十一: 2027 };
const CONGRESS_YEAR = new RegExp(`今年是(?:党的)?(${Object.keys(CONGRESS_YEARS).join("|")})大(?:胜利)?召开之年`);
/** 今年是“十五五”开局之年 → 2026, 今年是实施“十五五”规划的第一年 → 2026, 今年是“十四五”收官之年 → 2025. */
const THIS_YEAR_IS = /今年是[^。;]{0,20}?[“"]?(十[一二三四五六]五)[”"]?[^。;]{0,12}?(?:(开局|起步|收官|决胜|攻坚)之年|(第一|首|最后一)年)/;
/** A heading or lead-in that names the year's work: 二、2024年工作安排, 三、2024年主要工作安排, 2021年主要预期目标, 2026年全省经济社会发展的主要预期目标,
 * 做实做细做成2021年工作,
 * 2026年江西经济社会发展主要预期目标, 2018年锡林郭勒盟国民经济和社会发展的主要预期目标, 2023年全市商务工作预期目标, 2026年政府工作重点, 2025年度温州市十大民生实事项目, 2025年重庆将接续办好15件重点民生实事, 2023年聊城重点民生事项 (a year's list of
 * livelihood projects), 2026年的陕西政府工作报告. */
const YEAR_OF_WORK = new RegExp([
  // (a meeting summing up one year and dispatching the next's work: 2022年湖北省交通运输工作总结暨2023年一季度“开门红”
  // 工作调度会 — the later year is the one of work)
  /(?:20\d\d)年[^,，。;\n]{0,20}?总结暨(20\d\d)年[^,，。;\n]{0,20}?(?:会|会议)/.source,
  // (not reviewed or done: 总结了2024年全镇重点工作, 2024年高新区重点工作全面完成)
  // (nor one year of a list of horizons: 到2025年、2030年和2060年的主要目标)
  /(?<!总结|回顾|总结了|回顾了|[到至和]|年、)(20\d\d)年度?[,，]?(?:全国|全省|全市|全区|全县|我省|我市|我区|我县|[省市区县]?政府|[\u4e00-\u9fff]{2,6}?(?=(?:国民)?经济和?社会发展)|[\u4e00-\u9fff]{0,6}?(?:开发区|高新区|园区|新区|街道|镇|乡)|(?!以来|以前|以后|起|底|末)[\u4e00-\u9fff]{1,6}?(?:省|市|区|县|州|盟|旗)(?=[\u4e00-\u9fff]{1,4}?工作))?(?:的)?(?:(?:国民)?经济和?社会发展|发展|[\u4e00-\u9fff]{1,4}?工作)?(?:的)?(?:主要|重点)?(?:工作安排|工作计划|工作要点|工作重点|工作目标|主要预期目标|主要目标|预期目标|重点工作|工作任务|重点任务|主要任务|目标任务|工作部署)(?![^,，。;\n]{0,6}?(?:全面完成|圆满完成|完成情况|总结|回顾))/.source,
  // (the year's work meeting in a field, which sets that year's work: 2025年浙江省交通运输工作会议提出…, 从省电力公司2010年工作会上
  // 传来消息; not one looked back on
  // or whose goals were met, 落实2024年全省…工作会议精神, …工作会议确定的目标全面完成; nor an economic work conference, held
  // in December to plan the year after it, 2021年中央经济工作会议)
  // (nor the central conferences of December, 2023年中央农村工作会议; nor one reviewing the year's work, 2023年度…述职评议工作会议;
  // nor a time since one, 自2023年全县工作会议召开以来)
  // (…its year written bare between words too: 全省2018科技工作会议)
  /(?<!总结|回顾|对照|落实|按照|根据|贯彻|[到至和自]|年、)(20\d\d)(?:年度?|(?<=[\u4e00-\u9fff]20\d\d)(?=[\u4e00-\u9fff]))(?!中央)(?![\u4e00-\u9fff]{0,12}?(?:述职|评议|考核|总结|表彰))[\u4e00-\u9fff]{0,12}?(?<!经济)工作会(?:议)?(?!精神|确定|提出的|部署的|召开以来|以来)(?![^,，。;\n]{0,16}?(?:全面完成|圆满完成|完成情况|总结))/.source,
  // (an activity or campaign of the year carried out, as a news lead or a plan tells: 7月2日,县文广新局组织开展2018年农村电影公益
  // 放映展映活动; 深入开展2021年推进城市生活垃圾分类提标扩面年行动,…力争到年底…)
  /(?<!总结|回顾|去年|上年)(?:组织|启动|举办|深入|全面|扎实|持续)开展(20\d\d)年度?[^,，。;\n]{0,30}?(?:活动|行动)/.source,
  // (a heading of the year's work alone on its line: 2017年主要工作)
  /(?:^|\n)[ \t]*(?:[一二三四五六七八九十]{1,2}、)?(20\d\d)年(?:的)?(?:主要|重点)工作[ \t]*(?=\n|$)/.source,
  // (做好2024年和今后一个时期成都市三农工作: the year's work in a field, and the time after it)
  // (做好2025年全区“三农”工作: the field may be quoted)
  // (抓好抓实我镇2024年粮食生产工作: the place may stand before the year)
  // (not the preparations for an event of a later year: 做好2029年游泳世锦赛筹备工作)
  // (a season's campaign of the year, the place before it: 为切实做好新合地区2015年秋季重大动物疫病强制免疫工作, 做好城区2019年冬季
  // 供暖工作, 为搞好2014年秋季重大动物疫病防控和集中免疫行动)
  /(?:做好|搞好|做成|抓好|抓实|干好|谋划好?|安排|部署|推动|推进)(?:我[镇乡县区市省]|全[镇乡县区市省]|[\u4e00-\u9fff]{2,4}(?:地区|片区|辖区)|[\u4e00-\u9fff]{1,4}(?:县|市|区|镇|乡|街道))?(20\d\d)年(?:的|和今后一个时期)?(?:各项)?(?![\u4e00-\u9fff“”]{0,10}?(?:赛|会|节|展)[\u4e00-\u9fff]{0,2}(?:筹备|筹办|保障|服务)工作)(?:[\u4e00-\u9fff“”]{0,10}?工作|[春夏秋冬]季[\u4e00-\u9fff“”]{0,14}?(?:工作|行动))/.source,
  // (what a report says of the year's work: 关于2011年工作,政府工作报告突出了… — not its review, 关于2010年工作回顾)
  /关于(20\d\d)年(?:的)?(?:各项)?工作(?!回顾|总结|情况|完成)/.source,
  // (a meeting that plans the year's work: 并就2023年工作进行安排部署)
  // (现对2024年全市生态环境工作作出如下安排; 对2025年全省经济工作进行系统谋划)
  // (…对2017年全区“三农”重点工作任务进行安排部署: the field may be quoted, its tasks named)
  /[就对](20\d\d)年(?:的)?[\u4e00-\u9fff“”"]{0,12}?工作(?:任务)?(?:进行|作出|作)(?:如下)?(?:系统|全面)?(?:安排)?(?:部署|安排|谋划)/.source,
  // (a plan of the year in a field, by the body that makes it: 区林业局2024年林业工作规划, 2024年全县水利工作要紧扣…)
  /(?<![到至和]|年、|总结|回顾)(20\d\d)年度?[\u4e00-\u9fff]{1,8}?工作(?:规划|计划|要点|方案|要(?![求素点]))(?!确定|提出|明确|安排的)(?![^,，。;\n]{0,16}?(?:完成情况|全面完成|圆满完成|全部完成|顺利实施|总结|回顾))/.source,
  // (what the whole year is planned to bring: 2023年全年计划完成农村公路固定资产投资2800亿元)
  /(20\d\d)年全年(?:计划|将|要|力争)/.source,
  // (the whole year's goals a will is to reach: 确保实现2018年全年“…同比下降10%以上”的工作目标)
  // (inside its clause, after a word of will: not 全县上下努力实现2018年全年各项目标,财政收入达到10亿元 — a year looked back on)
  /(?:确保|力争)(?:全面)?(?:实现|完成)(20\d\d)年(?:度|全年)[^。;,，\n]{0,80}?目标/.source,
  // (the year's goals named as such: 2024年的目标中,…; not a horizon's, 到2025年的目标是)
  /(?<![到至和]|年、)(20\d\d)年的(?:主要)?目标(?:中|是|为)/.source,
  // (a meeting that deploys the year's work in a field: 部署了2025年龙门县春季农业生产工作)
  /部署了(20\d\d)年[\u4e00-\u9fff]{0,14}?工作/.source,
  // (the text's own plan of the year, named after 制定: 制定2021年上海市全面深化“一网通办”改革工作要点)
  /制定(?:了|的)?(20\d\d)年度?[^。;\n《》]{0,30}?(?:工作要点|工作计划|工作方案|实施方案|行动方案)/.source,
  // (a bureau's plan of the year: 2024年县教育局工作计划, 2025年市农业农村局工作要点)
  /(20\d\d)年度?[\u4e00-\u9fff]{1,10}?(?:局|委|厅|办)(?:的)?(?:工作计划|工作要点|工作安排|工作重点)/.source,
  // (提出了2024年工作总体要求和目标任务)
  /(20\d\d)年(?:的)?工作(?:总体要求|总体部署|主要目标)/.source,
  // (an infographic's banner of the year ahead, flattened to lines, over its slogan and its goals: 2021年长沙 / 下战书! /
  // 主要预期目标)
  /(?:^|\n)[ \t]*(20\d\d)年[\u4e00-\u9fff]{2,5}[ \t]*\n(?:[ \t]*\n){0,4}[ \t]*[^\n\d]{1,10}?[!！][ \t]*\n(?:[ \t]*\n){0,4}[ \t]*(?:主要)?(?:预期)?目标(?![^\n]{0,6}(?:完成|情况|进展|实现))/.source,
  // (the year and the five after it a report plans: 2022年及未来五年,我市将…)
  /(?<![到至])(20\d\d)年(?:及|和)(?:未来|今后)(?:五|5)年[,，]?[\u4e00-\u9fff]{0,4}?(?:将|要)/.source,
  // (the year's government work: 看看2017年政府工作将会给我们的生活带来哪些变化)
  /(?<![到至和]|年、)(20\d\d)年(?:的)?政府工作(?:将|要|重点|任务|安排)/.source,
  // (a headline broken over two lines: 2024年广东经济社会发展 / 有这些目标)
  /(20\d\d)年[\u4e00-\u9fff]{0,6}?经济社会发展\s*(?:有这些|有哪些)目标/.source,
  // (a year's plan of the economy and society, not its outturn: 发布深圳市坪山区2024年国民经济和社会发展计划; …2023年国民经济和
  // 社会发展计划执行情况与2024年计划 — the later year is the plan's)
  /(?<![到至和]|年、)(20\d\d)年[\u4e00-\u9fff]{0,4}?国民经济和社会发展(?:年度)?计划(?!执行|完成|的执行)/.source,
  /计划执行情况(?:与|和|及)(20\d\d)年(?:国民经济和社会发展)?计划/.source,
  // (a year alone on its line, then what will be done or the year's task: 大连多区公布“年度计划” / … / 2025年 / ● 将进一步…;
  // 2022年 / 我市造林绿化任务9.82万亩)
  /(?:^|\n)\s*(20\d\d)年\s*\n[●•·\-\s]{0,3}(?:[\u4e00-\u9fff]{0,8}?)(?:将|要|计划|力争|确保|任务)/.source,
  // (a year's No. 1 document on rural work, explained or carried out: 就2024年市委一号文件进行解读)
  /(?<![到至和]|年、)(20\d\d)年(?:中央|省委|市委|县委|区委)?一号文件(?![^,，。;\n]{0,8}?(?:落实情况|完成情况|总结))/.source,
  // (今年,我区将加快…,预计2020年我区交通固定资产投资将突破1400亿元: a year a sentence of 今年 expects its work to reach, the only one
  // it names, is this year)
  /今年[,，][^。\n\d]{0,80}?预计(20\d\d)年[^。\n\d]{0,24}?将(?:突破|达到|超过|完成|实现)/.source,
  // (the year's budget adjusted within it: 拟对2021年财政预算再作调整, 2023年预算调整方案)
  /(?:对|关于)(20\d\d)年(?:的)?(?:[\u4e00-\u9fff]{0,6})?预算(?:再)?(?:作|进行|作出)?(?:出)?调整|(20\d\d)年(?:[\u4e00-\u9fff]{0,6})?预算调整(?:方案|情况)/.source,
  // (the year a plan stands in, then what it will do: 立足2022年,北京将争取新引进…首店600家左右 — 展望2025年 after it looks ahead)
  /立足(20\d\d)年[,，]\s*[\u4e00-\u9fff]{0,8}?(?:将|要|计划|力争|确保|争取)/.source,
  // (a headline asking what a year's work will be: 看2025年宜都怎么干?, 2026年我们干什么)
  /(20\d\d)年[\u4e00-\u9fff]{0,8}?(?:怎么干|干什么|如何干|怎样干)/.source,
  // (what a report or meeting tells of a year: 报告释放了2025年光明发展的诸多重要信息)
  /(?:报告|会议)(?:释放|透露|传递|披露)(?:了|出)?(20\d\d)年/.source,
  // (a budget's performance targets for a year: 项目支出绩效目标批复表 | (2022年度), 2023年度部门整体支出绩效目标 — not the
  // year's self-assessment, 2022年度项目支出绩效自评表)
  /(?:绩效目标|绩效指标)(?:批复|申报)?表?[\s|]*[(（](20\d\d)年度?[)）]/.source,
  /(20\d\d)年度?[^,，。;\n|]{0,24}?(?:绩效目标|绩效指标)(?:批复|申报)?表?(?![^,，。;\n]{0,8}?(?:自评|评价|完成情况|实现情况))/.source,
  // (a year's list of projects: 2025年度温州市十大民生实事项目, 明确2023年民生项目任务单)
  // (not one commended: 2024年度浦东新区重点工程实事立功竞赛表彰)
  /(20\d\d)年度?(?:的)?[^,。;:\n]{0,20}?(?:实事|民生项目|民生工程|民心工程|惠民工程|民生事项|任务单|任务清单)(?![^,。;:\n]{0,20}?(?:表彰|总结|回顾|评选|揭晓))/.source,
  // (the year's works launched at a meeting: 2025年度重大工程建设动员会, 2025年重点项目集中开工推进会)
  // (not one held in the past, 召开2024年…推进会3次, nor a year's commendation, …总结表彰暨推进会)
  // (or named at length: 株洲市2023年打造“三个高地”暨“项目攻坚年”…活动推进大会)
  /(?<!召开|召开了|举办|举办了)(20\d\d)年度?(?![^,。;:\n]{0,36}?(?:总结|表彰))[^,。;:\n]{0,36}?(?:动员会|推进会|部署会|动员大会|推进大会|部署大会|集中开工)(?!\s*\d+次)/.source,
  // (an infographic's caption of the year's list, written with no 年, at a line's start: 2021任务清单, 2026 民生实事;
  // inside a title, 《…提升2024工作要点》, it names a plan the text follows)
  // (…or with its place between: 2025南汇新城镇民生实事项目)
  /(?:^|\n)[ \t]*(20\d\d) ?(?:(?!年)[\u4e00-\u9fff]{2,8}?)?(?:任务清单|任务单|民生实事|重点工作|主要预期目标|预期目标|工作要点)(?![^\n]{0,8}(?:完成情况|情况|总结|回顾|全面完成|圆满完成))/.source,
  // (the year's sessions that adopt its reports: 2026年地方两会释放哪些民生信号, 2025年全国两会 — not a time since them)
  // (a newspaper's page of the sessions may drop the 年: 第06版:2022阜阳两会; the sessions may be quoted, 2025年新疆“两会”新闻发布会)
  // (not one since which, or whose goals, a page looks back: 自2025年全国两会召开以来, 对照2025年两会确定的目标)
  /(?<![到至和\d自]|年、|对照|落实|按照|根据)(20\d\d)(?:年(?:的)?)?(?:全国|地方|各地|省|市|[\u4e00-\u9fff]{2,3}?[省市]?)?[“"]?两会[”"]?(?![^,。;\n]{0,6}(?:以来|之后|后|确定|提出的))/.source,
  // the year's report itself (2026年的陕西政府工作报告, on its day: 2015年4月27日的镇安县政府工作报告), not a past one looked
  // back on (2025年政府工作报告确定的…)
  /(?<!对照|落实|按照|根据|回顾)(20\d\d)年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:的)?[\u4e00-\u9fff]{0,8}?政府工作报告(?!确定|提出的|明确的)/.source,
  // (a budget's year: 2024年财政收支预算的主要指标安排如下, 科学合理的安排了2022年部门预算)
  // (the year said to have just begun: 2016年刚刚开启,各省份已陆续公布…)
  /(20\d\d)年(?:刚刚|才刚|刚)(?:开启|开始|开局|到来)/.source,
  /(20\d\d)年[\u4e00-\u9fff]{0,8}?预算(?:的主要指标|编制工作|安排如下)/.source,
  // (…or what it arranges, 2026年全国一般公共预算安排国防支出…, 二、2023年预算支出安排 — not how one was carried out)
  /(20\d\d)年[\u4e00-\u9fff]{0,8}?预算(?:支出|收入)?安排(?![^,，。;\n]{0,6}(?:执行|完成|情况))/.source,
  /安排了?(20\d\d)年(?:的)?[\u4e00-\u9fff]{0,4}?预算/.source,
  // the year's draft plan or budget (…2024年计划执行情况与2025年国民经济和社会发展计划草案的报告)
  /(20\d\d)年[\u4e00-\u9fff]{0,14}?(?:计划|预算)草案/.source,
  // (this year and next named, then the first of them: 明确了今明两年…的时间表。其中,2018年,开工建设…)
  /今明两年[^\n]{0,40}?(?:[。:：]\s*(?:其中[,，])?)(20\d\d)年[,，]/.source,
  // (…or the year's budget after the last one's execution, no 草案 said: 2020年财政预算执行情况和2021年财政预算的报告)
  /执行情况(?:和|及|与)(20\d\d)年[\u4e00-\u9fff]{0,14}?(?:计划|预算)的?报告/.source,
  // (the year's plan named as issued: 下达《2025年自治区国民经济和社会发展计划》; not a past plan's 执行情况)
  /(?:下达|印发|发布|出台)《(20\d\d)年[\u4e00-\u9fff]{0,8}?国民经济和社会发展计划》/.source,
  // (a year's plan named as issued: 省文旅厅印发了《2025年湖南提振文旅消费专项行动方案》, 出台的《石狮市“…”2024年专项行动方案》)
  // (not a horizon's or an event's, 《2030年前碳达峰实施方案》, 《2035年…规划实施方案》, 《2026年亚洲沙滩运动会筹办工作总体方案》, nor
  // one issued before, 曾印发《2020年…计划》)
  `(?<!曾)(?:印发|发布|出台|下发|制定)(?:了|的)?《[^《》\\d]{0,16}?(20\\d\\d)年度?(?!前|底|以前)(?![^《》]{0,30}(?:${NO_YEARS_PLAN}))[^《》]{0,30}?(?:方案|计划|要点|安排|清单)》`,
  // (a season's plan issued, across the turn of a year: 印发《2016-2017年度全省冬春农田水利基本建设实施方案》 — the season opens
  // in the first year)
  /(?:印发|发布|出台|下达)了?《[^《》\d]{0,16}?(20\d\d)\s*[-—–~～至]\s*20\d\d年度[^《》]{0,30}?(?:方案|计划|要点|安排)》/.source,
  // (a news frame of the year planned: 2023年 / 武穴擘画了怎样的新蓝图?, 2026年…绘就发展施工图)
  // (not a horizon's, 为2035年的城市发展描绘了宏伟蓝图)
  /(?<![为到至])(20\d\d)年(?!的)[^,，。;\n]{0,12}?(?:擘画|描绘|绘就|勾勒|绘制)[^,，。;\n]{0,12}?(?:蓝图|施工图|路线图)/.source,
  // (the year's goals or budgets published, as a roundup tells: 31省份2023年GDP目标公布, 2023年经济增长预期目标均已出炉 — not
  // a plan's vision, “十四五”规划和2035年远景目标纲要发布)
  // (a year's list of projects published: 正式发布 / 2026年江苏省重大项目清单)
  // (…of works too, 下达2022年省重大工程项目名单和推进计划)
  // (not a list's results, 公布了2023年重大工程项目完成情况)
  /(?:发布|公布|印发|下达)(?:了)?\s*(20\d\d)年度?[^,，。;\n]{0,16}?(?:(?:重大|重点)(?:工程)?项目|项目清单|项目名单|项目计划|(?:年度)?目标任务)(?![^,，。;\n]{0,10}(?:完成情况|考核|验收|评估|总结))/.source,
  // (…or of a year's plan of works, the places it covers before the year: 公布了16市2023年城镇老旧小区改造计划 — not one
  // of last year's a review tells, 去年省里公布了2023年…改造计划)
  /(?<!(?:去年|上年|回顾)[^。;\n]{0,12})(?:发布|公布|印发|下达)(?:了)?\s*(?:\d{1,3}[个]?[市县区])?(20\d\d)年度?[^,，。;\n《》]{0,16}?(?:改造|建设|实施)计划(?![^,，。;\n]{0,10}(?:完成情况|执行情况|考核|验收|评估|总结))/.source,
  // (what a work report proposes for a year, as news tells it: 在政府工作报告中,山西提出,2023年预计新增财政支出… — 提出
  // introduces proposals; 指出 may introduce the year just past)
  /(?:工作报告|报告)中?[,，]?[\u4e00-\u9fff]{0,6}?提出[,，:：]?(20\d\d)年[,，]?[\u4e00-\u9fff]{0,6}?(?:预计|将|要|计划|力争|确保)/.source,
  // (the year's goals or points of work set, a news lead tells: 郑州立2019年生态环境目标, 确立了郑州市2019年的生态环境工作重点 —
  // not a horizon's, 确定了到2025年的目标, nor goals met, 确定的2019年目标全面完成)
  /(?:(?<![设成建创独树])立下?|确立|确定|制定|提出)了?[\u4e00-\u9fff]{0,6}?(?<![到至])(20\d\d)年(?:的)?[\u4e00-\u9fff]{0,8}?(?:目标|工作重点|重点工作)(?![^,，。;\n]{0,16}?(?:全面完成|圆满完成|完成情况|总结))/.source,
  // (…or the vote that chooses its works: 2025年“温暖宣汉”十大行动票决结果出炉)
  // (not how a year's goals were met, 2024年目标完成情况公布)
  /(?<![到至]|年、)(20\d\d)年(?!前|底)[^,，。;\n远规纲]{0,12}?(?:目标|预算|票决结果)[^,，。;\n远规纲完]{0,4}?(?:公布|出炉|发布|揭晓|亮相)/.source,
].join("|"), "g");
/** A year opening its clause with what it plans (see WEAK_YEAR_OF_WORK): 获悉,2022年我省计划安排…. */
// (计划 as the verb before the work it plans — not a plan named as a noun, 2023年全区环保工作计划确定的28项任务全部完成)
const WEAK_YEAR_PLANNED = /(?:^|[,，。;:：\n]|(?<![\u4e00-\u9fff])\s)(20\d\d)年[,，]?\s*[\u4e00-\u9fff]{0,8}?(?<!工作|年度)计划(?:安排|新建|建设|实施|投资|开工|新增|改造|推进|启动|引进|举办|开展|建成|新开工|筹集)/g;

/** 要 and 将 as modals of a plan (not the 要 of 主要, 重要, 需要, 必要, 要求, 要素, 要点, nor the 将 of 将来, 将近). */
export const MODAL = "(?<![主重需必])要(?![求素点])|将(?![来近])";
/** A word of will (MODAL, compiled once). */
const WILL_WORD = new RegExp(MODAL);

/** The year's goals or map of work set or shown: 设定2026年GDP增长5.5%左右的预期目标, 明确2026年工业经济“作战图”, 亮出2022年任务书. */
const YEARS_MAP_SET = /(?:设定|确定|提出|明确了?|亮出|晒出|下达)(20\d\d)年[^。;\n]{0,24}?(?:预期目标|目标任务|(?<=下达[^。;\n]{0,30})任务|施工图|任务书|作战图|路线图)/g;

/**
 * Weaker signs, counted only when no sign above is found and they name one year alone (a plan that gives each year's
 * work names several, and no year of its own): a year that opens its clause with what it will do (2025年,西安全市要坚持…)
 * or states its goal (2021年全区生产总值增长目标为7.5%); a plan period's first or last year named with it (作为“十五五”开局
 * 之年,2026年…; 2025年是…“十四五”规划的收官之年,做好今年工作…). (要 is no modal inside 主要, 重要, 需要, 必要.)
 */
const WEAK_YEAR_OF_WORK = new RegExp([
  // (a meeting of the year conveyed or held now: 会议传达了2024年全市春季农业生产现场会议精神, 召开2024年全县…工作会议,
  // 从今天召开的2026年…交通运输工作会议上获悉, 从29日举行的2021年上海市商务工作会议上了解到; a committee's plenary of the
  // year, 召开的2021年市政府残工委全体会议; the year's work meeting by video, 召开2023年度全市残联系统工作视频会议)
  // (not a year's review, 2023年度…述职评议, nor a December meeting that plans the next year, 中央经济工作会议)
  // (a page written at the year's end, looking back on it: 站在2025年的岁末回望 — its 今年 is that year)
  /(?:站在|立足|时至|值此)(20\d\d)年的?(?:岁末|年末|年尾|年终|年底)[,，]?(?:回望|回顾|回首|盘点)/.source,
  // (…or named first, then held: 2025年全国民航工作会议1月9日在北京召开)
  /(?:^|[,，。;\n)）])\s*(20\d\d)年(?!度)(?![^,，。;\n]{0,24}?(?:经济工作会议|农村工作会议|述职|总结))[^,，。;\n]{0,24}?工作会议[^,，。;\n]{0,16}?召开/.source,
  /(?:传达|学习|贯彻)(?:学习|落实)?了?(20\d\d)年(?!度)(?![^,，。;\n]{0,24}?(?:经济工作会议|农村工作会议|述职|总结))[^,，。;\n]{0,24}?会议精神|(?:召开|举行)(?:了|的)?(20\d\d)年度?(?![^,，。;\n]{0,24}?(?:经济工作会议|农村工作会议|述职|总结|表彰|评议))[^,，。;\n]{0,24}?(?:工作(?:落实|推进|部署|调度)?(?:视频|电视电话)?会议|工作会|现场会|全体(?:成员)?会议)/.source,
  // (a space after a word is a gap a PDF leaves inside the clause, 到 2027 年,…将: no opening)
  // (…or after words of looking ahead: 我们来看看2018年,我们身边将会发生哪些变化; 拟 plans too: 2024年拟在…方面进行试行)
  `(?:^|[,，。;:：\\n]|(?<![\\u4e00-\\u9fff])\\s|看看|来看|展望)(20\\d\\d)年[,，]?\\s*[\\u4e00-\\u9fff]{0,8}?(?:${MODAL}|拟(?![定稿]))`,
  // (…or a numbered meeting of the year whose words go on to 今年: 领导小组2015年第一次全体会议透露,我省今年计划…)
  /(20\d\d)年第[一二三四五六七八九十\d]{1,3}次[\u4e00-\u9fff]{0,8}?会议[^。\n]{0,40}?今年/.source,
  // (…or a meeting of the year the news learnt from: 记者昨日从2023年武汉市卫生健康工作会议上获悉)
  /从(20\d\d)年(?!度)(?![^,，。;\n]{0,24}?(?:经济工作会议|农村工作会议))[^,，。;\n]{0,24}?工作(?:会议|会)上(?:获悉|了解到|得知)/.source,
  // (…after the places whose goals they are: 31省份2021年GDP增长目标为:)
  /(?:^|[,，。;:：\n]|(?<![\u4e00-\u9fff])\s)(?:\d{1,2}[个]?(?:省份|省市|省区市|城市|地市))?(20\d\d)年(?:GDP)?[\u4e00-\u9fff]{0,12}?目标(?:为|是)/.source,
  /(?:开局|起步)之年[,，]\s*(20\d\d)年/.source,
  // (the year's goals a report is built around, when nothing else dates it: 报告围绕2023年的发展目标,提出… — a weak sign:
  // 锚定2035年发展目标,扎实做好2024年各项工作 names a horizon beside the year's work)
  /(?:围绕|紧扣)(20\d\d)年的(?:经济社会)?(?:发展|主要|预期|主要预期)目标/.source,
  // (a year's event a task list plans to hold, when nothing else dates it: 精心策划2019年汉中油菜花海略阳观花活动)
  /(?:策划|筹划|筹备|办好|组织好?)(20\d\d)年[^,，。;\n]{0,24}?(?:活动|节庆|文化节|旅游节|赛事)/.source,
  // (a year's campaign week or month launched: 2021年上海市食品安全宣传周活动正式启动)
  /(20\d\d)年[^,，。;\n]{0,20}?(?:宣传周|宣传月|活动周|活动月)(?:活动)?(?:正式)?(?:启动|开幕|拉开帷幕)/.source,
  // (a news lead on a meeting of the year being held: 近日,2025年龙门县春耕生产现场会召开)
  /(?<!承办|举办了|召开了)(20\d\d)年[^,，。;\n]{0,20}?现场会(?:议)?(?:在[^,，。;\n]{1,10})?召开/.source,
  // (what a report settles for the year, when nothing else dates it: 政府工作报告确定了2024年将筹措资金…)
  /(?:确定|明确|部署)了(20\d\d)年(?:将|要)(?:筹措|安排|实施|办好|完成|新建|建设|推进)/.source,
  // (a year opening a sentence with what is expected or added in it: 2019年,珠海市地区生产总值预期增长7.5%, 2019年,城镇新增就业20万人)
  // (…or planned: 2024年,中心城区计划建设停车泊位不少于10000个)
  // (…or after a speaker's words that introduce it: 省长…在报告中指出, 2013年,河南180个产业集聚区力争…)
  /(?:^|[。\n]|(?:指出|表示|强调)[,，:：])\s*(20\d\d)年[,，][^。;\n]{0,24}?(?:预期|新增|力争|确保|计划)/.source,
  // (…after a word going on from what came before, with a will: 此外,2023年,浠水县计划投资20亿元 — not what was added,
  // 此外,2023年,…新增城镇就业10316人, nor work once planned, 计划投资的项目全部完工)
  /(?:^|[。\n])\s*(?:此外|同时|另外|与此同时)[,，]\s*(20\d\d)年[,，][^。;\n]{0,24}?(?:力争|确保|计划(?![^,，。;\n]{0,4}的))/.source,
  // (…or whose sentence goes on to what will be done: 2015年,秦安县继续把为人民群众办实事…,将集中力量办好十件民生实事)
  `(?:^|[。\\n,，:：])\\s*(20\\d\\d)年[,，][^。;\\n]{0,100}?[,，]\\s*(?:${MODAL})(?!了)(?:集中力量|全力|着力|重点|继续|加快|大力|进一步|努力)?(?:办好|实施|推进|完成|抓好|做好|建设|新建|开展)`,
  // (成都设定2026年GDP增长5.5%左右的预期目标, 明确了2026年全市经济社会发展的施工图与任务书: what a report sets for the year)
  // (…or its battle map, a meeting's word for the same: 明确2026年工业经济“作战图”)
  YEARS_MAP_SET.source,
  // (…or the year first: 而2026年,成都又定下了全年经济增长5.5%左右的预期目标 — not goals met, …的目标全面完成)
  // (not a goal set in a year looked back on: 2021年,我市提出了“十四五”时期…的目标)
  /(?:^|[,，。;\n]|而)\s*(20\d\d)年[,，]?[^,，。;\n]{0,8}?(?:定下|设定)了?[^。;\n]{0,30}?(?:预期|发展|主要|小)?目标(?![^。;\n]{0,6}(?:完成|实现|情况))/.source,
  // (…增长5.4%,2026年全市GDP则预期增长5%左右: a clause opening with the year and what it expects to grow; or a line, after
  // the place: 新疆2026年地区生产总值预期目标增长5.5%—6%)
  // (not a year looked back on, …2025年全市GDP预期增长6%,实际增长5.2% — 在实际工作中争取更好结果 is the goal's own words)
  // (…or after its comma: 按照…规划,2012年,全省县域地区生产总值预期增长16%)
  /(?:[,，]|^|\n)\s*[\u4e00-\u9fff]{0,6}?(20\d\d)年[,，]?[^,，。;\n]{0,12}?预期(?:增长|增速|目标)(?![^。;\n]{0,20}实际(?!工作))/.source,
  // (…or with no comma, what the year strives for: 2022年新创产业园区3个,力争园区对乡镇的覆盖率超80%)
  // (…or after a clause of what the item is for: (1)持续提升区域核心竞争力…,2025年财政总收入力争达到130亿元)
  // (…or after a heading's label, the will right after the year: 主要目标:2024年确保全市粮食播种面积172万亩)
  /(?:^|[。\n,，:：])\s*(20\d\d)年(?![,，。;\n])[^。;\n]{0,24}?(?:力争|确保)(?![^,，。;\n]{0,6}了)/.source,
  // (…or the year's plan of work named after it, no result beside: 2018年全省交通运输基本建设计划完成投资1200亿元 — not 2024年
  // 计划完成投资…,实际完成…)
  /(?:^|[。\n,，:：])\s*(20\d\d)年[\u4e00-\u9fff]{0,12}?计划(?:完成|新增|实施|建设|开工)(?![^。;\n]{0,40}实际)/.source,
  // (the year's first quarter to open well: 誓保2025第一季度经济“开门红”)
  /(20\d\d)年?(?:第一季度|一季度|首季)[^,，。;\n]{0,12}?开门红/.source,
  // (a heading of the goals, then the year they are set in or its end: 一、工作目标 2024年,…; 三、工作目标 2022年底前,实现…; 二、工作目标
  // 力争2024-2025年,… — not a horizon, 到2025年)
  /(?:^|\n)[ \t]*(?:[一二三四五六七八九十]{1,2}、|[(（][一二三四五六七八九十]{1,2}[)）])?[ \t]*(?:工作|主要|总体|发展)?目标(?:任务)?[ \t:：]*(?:\n[ \t]*){0,3}(?:力争|确保)?(20\d\d)(?:年(?:年底|底前|底|前)?|(?=\s*[-—–至~]\s*20\d\d年))(?:\s*[-—–至~]\s*20\d\d年)?[,，]/.source,
  // (the year's major works arranged: 2019年上海重大工程共安排正式项目138项)
  /(20\d\d)年[^,，。;\n]{0,12}?(?:重大工程|重点工程|重点项目|重大项目|重大建设项目)[^,，。;\n]{0,4}?安排/.source,
  // (…when the sentence goes on to the year's work or states no result: 2021年是“十四五”开局之年,全区地区生产总值增长8% in a
  // 2022 review names the year before)
  `(20\\d\\d)年(?:是|作为)[^。;\\n]{0,60}?(?:开局|起步|收官)之年(?=[^。\\n]{0,40}?(?:今年|预期|目标|力争|做好|${MODAL})|[^。\\n\\d]*(?:[。\\n]|$))`,
  // (…or a year's work a meeting lays out, or the goals it speaks of: 部署了科工局2018年工作; 关于2024年我市农业农村工作的目标)
  /(?:部署|安排|谋划)了?[\u4e00-\u9fff]{0,8}?(20\d\d)年度?的?(?:各项|全年)?工作(?![^,，。;\n]{0,4}(?:总结|回顾|完成))/.source,
  /关于(20\d\d)年[^,，。;\n]{0,16}?工作的?(?:目标|安排|思路|打算)/.source,
  // (…or the year whose target-responsibility letters a meeting signs: 签订了2010年度目标责任考核任务书)
  /签订了?(20\d\d)年度?[^,，。;\n]{0,6}?目标责任/.source,
  // (…or a report's goal for a year it names: 政府工作报告明确2024年地方一般公共预算收入增长6%)
  /(?:报告|方案|规划|计划)[^。;\n]{0,6}?(?:明确|提出|确定)(20\d\d)年[^。;\n]{0,24}?(?:增长|达到|突破)\s*[\d.]/.source,
  // (…or a line naming the year's goals alone, over the list of them: 2021年目标: / 2021年主要目标)
  // (its colon is what tells it from a table's header cell, 2025年目标, one cell a line)
  /(?:^|\n)\s*(20\d\d)年(?:主要|发展|工作)?目标(?:任务)?\s*[:：]\s*(?:\n|$)/.source,
  // (…or goals listed, then said to be the year's: 地区生产总值增长6%以上,…这是厦门市集美区2024年的发展目标)
  /这是[^。;\n]{0,12}?(20\d\d)年的?(?:经济社会)?(?:发展|主要|预期|主要预期)目标/.source,
  // (…or what a news lead learnt of the year from a meeting, its clause going on to what is hoped or to be done: 记者从1月10日
  // 召开的全省交通运输工作会议上了解到,2014年我省交通运输固定资产投资有望突破600亿元 — not a review, 获悉,2018年我省…完成投资…)
  `(?:获悉|了解到|得知)[,，]\\s*(20\\d\\d)年[,，]?[^。;\\n]{0,30}?(?:有望|${MODAL}|计划|力争|预计|确保|拟(?![定稿]))`,
  // (…or called a first, key or important year of something, the sentence going on to what is to be done: 2013年是贯彻落实
  // 十八大精神的第一年,也是…承前启后的重要一年,镇党委要求,全体代表要…)
  `(20\\d\\d)年是[^。;\\n]{0,40}?的(?:第一|关键|重要|攻坚|决胜|起步)一?年(?=[^。\\n]{0,40}?(?:${MODAL}|力争|确保|做好))`,
].join("|"), "g");
/** Words of work still to do anywhere in a clause. */
const WORK_AHEAD_ANYWHERE = new RegExp(`(?:继续|${MODAL}|计划|力争|确保|着力|预期|目标)`);
/** Words of work still to do opening a clause: 继续深入实施, 将, 要, 计划, 力争. */
const WORK_AHEAD = new RegExp(`^[^,，。]{0,6}?(?:继续|繼續|${MODAL}|計劃|计划|力争|力爭|确保|確保|着力|著力)`);
/** A year the text looks back on as the one before it: 2020年工作回顾, 刚刚过去的2020年. */
// (…or its results judged: 2024年广东省大气和水环境质量持续高位改善, 2024年…创历史最佳水平)
// (…or its work's state reported at a news conference: 就2023年“住有所居”相关工作情况进行介绍)
// (not the months of a year reported as it runs: 对2023年1-6月全市招商引资工作情况通报如下 is written within 2023)
// (…or the state at a year's end reported as done: 截止到2016年年底,市区共新开工…15个)
const REVIEW = /(20\d\d)年(?:工作)?(?:回顾|总结)|截(?:至|止)到?(20\d\d)年年?(?:底|末)[,，](?=[^。;\n]{0,30}?(?:已|共|累计))|(?:就|对)(20\d\d)年(?!\d{1,2}\s*[-—~至]\s*\d{1,2}\s*月|上半年|前三季度|[一二三]季度|第[一二三]季度)[^,，。;\n]{0,20}?(?:工作情况|完成情况|成效)(?:进行)?了?(?:介绍|通报|总结)|刚?刚过去的(20\d\d)年|回顾了?\s*(20\d\d)年|(?:^|[,，。;\s])(20\d\d)年[^,，。;\n\d]{0,20}?(?:持续(?:高位)?改善|稳中向好|创[^,，。;\n]{0,16}?(?:最好|最佳|新高))/;

/**
 * Whether the text's opening names `year`'s work (研读2026年政府工作报告, 2026年主要预期目标): a document of one year's
 * work, whose targets with no year of their own are that year's, whatever five-year goals it also states. (Only the
 * opening: a plan to 2027 may carry the year's 工作要点 as an attachment.)
 */
export function namesYearsWork(text: string, year: number): boolean {
  const opening = text.slice(0, 600);
  // (not one the text only follows: 为贯彻落实《2024年市政府工作报告》部署 opens a plan to 2027)
  for (const m of opening.matchAll(YEAR_OF_WORK)) {
    if (Number(m.slice(1).find(Boolean)) === year && !/(落实|贯彻|按照|根据|对照|依据)《?$/.test(opening.slice(Math.max(0, (m.index ?? 0) - 6), m.index))) return true;
  }
  // (报告围绕2023年的发展目标: the year's goals in a summary's opening — not 到2025年发展目标, 展望2035年发展目标)
  for (const m of opening.matchAll(/(?<![到至望景])(20\d\d)年(?:的)?发展目标/g)) if (Number(m[1]) === year) return true;
  // (明确2026年工业经济“作战图”。目标包括…: the year's map of work a meeting set, then its goals)
  for (const m of opening.matchAll(YEARS_MAP_SET)) if (Number(m[1]) === year) return true;
  // (今年全区经济社会发展的主要预期目标是: the year is the document's own)
  return THIS_YEARS_GOALS.test(opening);
}

/** This year's goals or work named as such: 今年…主要预期目标是, 今年的工作安排, 将今年国内生产总值(GDP)增长目标设定在…. */
const THIS_YEARS_GOALS = /今年[^。;\n]{0,16}?(?:主要预期目标|预期目标|增长目标|工作安排|重点工作)/;

/** Adds to `counts` each year of work `text` names (YEAR_OF_WORK). */
function countYearsOfWork(text: string, counts: Map<number, number>, signs = YEAR_OF_WORK): void {
  for (const m of text.matchAll(signs)) {
    const y = Number(m.slice(1).find(Boolean));
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
}

/**
 * The year the page's opening gives a plan or a figure its headline states for 今年, with the same figure and unit (广东今年计划
 * 营造红树林2600公顷 / 2024年广东计划营造红树林2600公顷; 今年培训3.5万人次 / 其中2019年培训3.5万人次).
 */
function headlineYearEcho(head: string): number | null {
  const end = head.indexOf("\n");
  const headline = end > 0 ? head.slice(0, end) : "";
  // (荆门…今年培训3.5万人次 / 其中2019年培训3.5万人次: the verb and figure 今年 has, said of a year in the text)
  const yearsFigure = /今年([\u4e00-\u9fff]{2,8})(\d+(?:\.\d+)?)([\u4e00-\u9fff%]{1,2})/.exec(headline);
  if (yearsFigure !== null && !/^(?:计划|将|要|力争)/.test(yearsFigure[1]) && yearsFigure[2].length >= 2) {
    const said = new RegExp(`((?:19|20)\\d\\d)年[^。\\n\\d]{0,8}?${yearsFigure[1]}${yearsFigure[2].replace(".", "\\.")}${yearsFigure[3]}`).exec(head.slice(end, end + 3000));
    if (said) return Number(said[1]);
  }
  if (!/今年(?:计划|将|要|力争)/.test(headline)) return null;
  for (const m of headline.matchAll(/(?<![\d.])(\d+(?:\.\d+)?)([\u4e00-\u9fff%]{1,2})/g)) {
    if (m[1].length < 2 || m[2].startsWith("年")) continue;
    const figure = `${m[1].replace(".", "\\.")}${m[2]}`;
    // (the latest such year: 2022年全省计划造林100万亩,实际完成…。2023年,全省将完成造林100万亩 is a page of 2023)
    const said = [...head.slice(end, end + 1500).matchAll(new RegExp(`((?:19|20)\\d\\d)年[^。\\n\\d]{0,24}?(?:计划|将|要|力争)[^。\\n\\d]{0,16}?(?<![\\d.])${figure}`, "g"))];
    if (said.length > 0) return Math.max(...said.map((x) => Number(x[1])));
  }
  return null;
}

/** Whether an undated news page of the year's last two months speaks of `year` as 明年, the year whose work it announces. */
function nextYearsWorkInLateNews(head: string, year: number): boolean {
  return head.includes("明年") && LATE_DATELINE.test(head.slice(0, 200)) && new RegExp(`${year}年[,，]?[^。\\n]{0,20}?(?:将|將|要|计划|計劃)`).test(head);
}
/** A news dateline of the year's last two months: 12月26日讯, 11月30日电. */
const LATE_DATELINE = /(?:^|[^\d])1[12]月\d{1,2}日(?:讯|電|电|訊)/;
/** Whether `head` sets year `y` as a horizon (到2020年,…, not 到2020年底) and counts up to a time of an earlier year (截至2016年6月底). */
function setAsHorizonAfterEarlier(head: string, y: number): boolean {
  if (!new RegExp(`(?:到|至)${y}年(?![底末])`).test(head)) return false;
  const soFar = /截(?:至|止)(?:到)?(20\d\d)年/g;
  for (const m of head.matchAll(soFar)) if (Number(m[1]) < y) return true;
  return false;
}

export function documentYear(text: string, title: string | null, issueDate: string | null): DocYear | null {
  // (二〇二六年江州市政府工作报告: a title's year in words)
  const titled = title ? yearOfPlanTitle(yearInFigures(title)) : null;
  if (titled !== null) return { year: titled, source: "title" };
  // (a formal text writes its years in words, 公布二〇二六年…主要预期目标: they are read as the figures they are)
  const raw = text.slice(0, 60_000);
  const head = raw.includes("〇") || raw.includes("零") ? yearInFigures(raw) : raw;
  // (text taken from news pages or PDFs spaces digits off, 提出了 2024 年 工作总体要求: normalisation closes up 2024 年,
  // and the strong signs read the year's words closed up too)
  const closed = /\d年[ \u00a0]/.test(head) ? head.replace(/(?<=\d年)[ \u00a0]+/g, "") : head;
  // a bulletin speaks of the year its first sentence names (2025年,… / 2025年是…)
  if (reviewTitle(title, head)) {
    const first = /(20\d\d)\s*年\s*[,，是]/.exec(head.slice(0, 2000));
    if (first) return { year: Number(first[1]), source: "text" };
  }
  // (今年(2024年)广东省发展面临…: this year glossed with its figure)
  const glossed = /(?:今年|本年)[(（]\s*(20\d\d)\s*年?\s*[)）]/.exec(closed);
  if (glossed) return { year: Number(glossed[1]), source: "text" };
  // (今年是党的十九大召开之年: the year of a party congress, held every five years)
  const congress = CONGRESS_YEAR.exec(closed);
  if (congress) return { year: CONGRESS_YEARS[congress[1]], source: "text" };
  const period = THIS_YEAR_IS.exec(closed);
  if (period) {
    const start = PLAN_PERIODS[period[1]] - 4;
    return { year: /收官|决胜|攻坚|最后/.test(period[2] ?? period[3]) ? start + 4 : start, source: "text" };
  }
  // (广东今年计划营造红树林2600公顷 / …2024年广东计划营造红树林2600公顷: a headline's figure for 今年 that the lead gives a year)
  const echoed = headlineYearEcho(closed);
  if (echoed !== null) return { year: echoed, source: "text" };
  // the most often named year of work (a report reviews one year and plans the next)
  const counts = new Map<number, number>();
  countYearsOfWork(closed, counts);
  // a headline saying what the year will bring (2023年将成都新建…80所): its first line only (also as a paragraph's time:
  // 2024年,XX新城将坚持…)
  // (or what it arranges or plans: 2024年安排市重点项目476个)
  const headline = /^\s*(20\d\d)年[,，]?[^\n,。;]{0,10}?(?:将|要|安排|计划)/.exec(head.slice(0, head.indexOf("\n") >>> 0));
  if (headline && counts.size === 0) counts.set(Number(headline[1]), 1);
  // (a year's plan of projects or investment named near the head: 《江门市2025年重点建设项目计划》正式印发, 深圳2025年重大项目计划)
  for (const m of head.slice(0, 1500).matchAll(PROJECTS_PLAN_OF_YEAR)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 2);
  // (…or one of a year's key projects named so, on a page of work this year: 确定的2018年公共法律服务重点建设项目…,年内将投入运营)
  if (THIS_YEAR_SAID.test(head)) for (const m of head.slice(0, 1500).matchAll(KEY_PROJECT_OF_YEAR)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  // (a title broken over lines: 2022年区政府要完成的与人民生活 / 密切相关的实事)
  if (counts.size === 0) countYearsOfWork(head.slice(0, 120).replace(/\s+/g, ""), counts);
  // (not a year whose goals the text says were met, 全面完成…确定的2025年目标任务, nor one it looks back on, 2025年是…收官之年。一年来,…)
  const reviewed = reviewedYears(closed);
  for (const y of reviewed) counts.delete(y);
  // (a people's congress opening in December hears the report on the year after it: 时间:2022-12-26 …郧阳区第十八届人民代表大会
  // 第二次会议开幕。会议提出,2023年,…, the December day named at its head; not its standing committee, 人民代表大会常务委员会第…次
  // 会议, nor a year-end review recalling January's session; the report itself dated so too, 彰武县人民政府工作报告(2023年12月20日))
  if (issueDate && (counts.size === 0 || counts.has(Number(issueDate.slice(0, 4)) + 1)) && issueDate.slice(5, 7) === "12" &&
    (CONGRESS_OPENS.test(head.slice(0, 600)) || REPORT_DATED_DECEMBER.test(head.slice(0, 200))) && /12月\d{1,2}日/.test(head.slice(0, 600))) return { year: Number(issueDate.slice(0, 4)) + 1, source: "date" };
  if (counts.size) {
    const [year] = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
    // (a page dated 2024 speaks of no year after 2025: a later one is a horizon its goals are set for)
    // (a page dated at the year's end on next year's work, 2018-12-26 …召开2019年全国交通运输工作会议…预计明年…: its 今年 is
    // the date's year, its 明年 the year of work)
    if (issueDate && year === Number(issueDate.slice(0, 4)) + 1 && Number(issueDate.slice(5, 7)) >= 11 && head.includes("明年")) return { year: year - 1, source: "date" };
    // (…or undated, its news dateline in December or November: 东南网12月26日讯…明年,将会有…。…2017年,厦门将继续推进… — a
    // page of 2016 on 2017's work)
    if (!issueDate && nextYearsWorkInLateNews(head, year)) return { year: year - 1, source: "text" };
    // (…or undated, where what the year's plan says is told as 明年: 市教委发布2011年全市教育工作要点指出,明年,… — written the
    // year before)
    if (head.includes("明年") && new RegExp(`${year}年[^。\\n]{0,24}?(?:工作要点|工作计划|工作安排|计划|预算)[^。\\n]{0,12}?(?:指出|提出|明确|显示|要求|称)[,，:：]?\\s*明年`).test(head)) return { year: year - 1, source: "text" };
    if (!(issueDate && year > Number(issueDate.slice(0, 4)) + 1)) return { year, source: "text" };
  }
  // (a news page on a report or plan it names in full, 《关于2012年…预算执行情况及2013年…预算草案的报告》: the year that
  // title plans, before the day the page was put up; not a horizon years after that day, 《廉江行动2030实施方案》)
  const quoted = quotedPlanYear(head.slice(0, 1500));
  if (quoted !== null && !(issueDate && quoted > Number(issueDate.slice(0, 4)) + 1)) return { year: quoted, source: "text" };
  // (a page that says a plan of some years was just issued, 日前印发《…新三年(2016~2018年)行动计划》, was written as they
  // opened: a page date after their end is a repost's)
  const justIssued = issueDate ? JUST_ISSUED_SPAN.exec(head.slice(0, 1500)) : null;
  if (justIssued && issueDate && Number(issueDate.slice(0, 4)) > Number(justIssued[2]) && Number(justIssued[2]) - Number(justIssued[1]) <= 5) return { year: Number(justIssued[1]), source: "text" };
  if (issueDate) return { year: Number(issueDate.slice(0, 4)), source: "date" };
  // (昨天,《关于加强北京市物业管理工作…三年行动计划(2020—2022年)》全文公布,…今年底前要…: an undated page on a plan of a few
  // years just made public speaks in the plan's first year)
  const madePublic = JUST_ISSUED_SPAN.exec(head.slice(0, 1500)) ?? JUST_MADE_PUBLIC.exec(head.slice(0, 1500));
  if (madePublic && Number(madePublic[2]) - Number(madePublic[1]) <= 5 && Number(madePublic[2]) > Number(madePublic[1]) && THIS_YEAR_SAID.test(head)) return { year: Number(madePublic[1]), source: "text" };
  countYearsOfWork(head, counts, WEAK_YEAR_OF_WORK);
  // (原标题:2020年中欧班列年开行将达约5000列 …到2020年,我国将…。截至2016年6月底,…累计开行1881列: a year the text also sets as
  // a horizon, after a time so far of an earlier year, is the goals' year, not the page's)
  if (counts.size > 0 && head.includes("截")) for (const y of [...counts.keys()]) if (setAsHorizonAfterEarlier(head, y)) counts.delete(y);
  // (…or a year that opens its clause with what it plans, 获悉,2022年我省计划安排省重点项目152个 — on a page that speaks of
  // no 明年, whose plans are the next year's: 山东省明年计划新开工…。…2023年,全省计划新开工…)
  if (!head.includes("明年")) countYearsOfWork(head, counts, WEAK_YEAR_PLANNED);
  for (const y of reviewed) counts.delete(y);
  if (counts.size === 1) {
    const only = [...counts.keys()][0];
    return { year: nextYearsWorkInLateNews(head, only) ? only - 1 : only, source: "text" };
  }
  // (a period's plan proposal, 我省十三五规划建议明确提出: the proposal is adopted the year before the period opens)
  const proposal = counts.size === 0 ? PERIOD_PROPOSAL.exec(head.slice(0, 600)) : null;
  if (proposal) return { year: PLAN_PERIODS[proposal[1]] - 5, source: "text" };
  // (a part of the year reported as it runs, 2025年前三季度,上海GDP同比增长5.5%: a page written within that year — not one
  // that goes on to the whole year's result or to 今年, written after it)
  // (…or a report on them, 对2023年1-6月全市招商引资工作情况通报如下)
  const part = counts.size === 0 && !head.includes("今年") && !/全年[,，]?(?![^。;\n]{0,8}(?:力争|确保|计划|预计|预期|要|将))[^。;\n]{0,12}?(?:增长|达到|达)\s*\d/.test(head) ? PART_OF_YEAR.exec(head.slice(0, 3000)) ?? MONTHS_REPORTED.exec(head.slice(0, 600)) : null;
  if (part) return { year: Number(part[1]), source: "text" };
  // (a news page opening with the day an event of the year is held, a meeting of the year held, or the day work starts: written
  // in that year — OPENING_SIGNS, each looked for in the page's first characters)
  if (counts.size === 0) {
    for (const [sign, span] of OPENING_SIGNS) {
      const m = sign.exec(head.slice(0, span));
      if (m) return { year: Number(m.slice(1).find(Boolean)), source: "text" };
    }
  }
  // (a report's news reviews the year before and plans the next: 2023年,四川启动…行动,新增…。报告指出,2024年四川将… —
  // of two years in a row, the later one named with what will be done)
  if (counts.size === 2) {
    const [early, late] = [...counts.keys()].sort((a, b) => a - b);
    if (late === early + 1 && new RegExp(`${late}年[,，]?[\u4e00-\u9fff]{0,8}?(?:${MODAL}|力争|计划|定下|设定)`).test(head)) return { year: late, source: "text" };
  }
  // (a call to meet one year's goals, 要…确保圆满完成2026年各项目标任务, before this year's figures: the year called for)
  const called = counts.size === 0 ? calledYears(head.slice(0, 3000)) : null;
  if (called !== null && called.size === 1 && /今年[^。\n]{0,30}?(?:目标|预期)/.test(head)) return { year: [...called][0], source: "text" };
  // a summary that reviews the year past and looks ahead to the next one's goals (梳理过去一年“成绩单”的同时,展望2026年
  // 发展目标): the year looked ahead to, when the year before it is the one reviewed (展望2035年远景目标 is no such year)
  const ahead = /展望(20\d\d)年[^,，。;\n]{0,6}?(?:发展目标|目标任务|主要目标|工作)/.exec(head.slice(0, 2000));
  if (ahead && new RegExp(`(?:^|[,，。;:：\\s])${Number(ahead[1]) - 1}年[,，]`).test(head)) return { year: Number(ahead[1]), source: "text" };
  const review = REVIEW.exec(closed);
  if (review) return { year: Number(review.slice(1).find(Boolean)) + 1, source: "review" };
  // a news summary that reports a year's results (报告显示, 2024年,该市地区生产总值6136.4亿元…) and then this year's
  // targets (今年,…主要预期目标是): this year follows the latest year reported
  // (…or a year said to be one looked back on: 2025年是“十四五”收官之年,全市地区生产总值增长5.3%。今年…)
  // (…or what this year does on a year's results: 2023年,…出栏170.45万只,…,在此基础上,今年又进一步加大了扶持力度)
  if (/今年[^。\n]{0,30}?(?:目标|预期)|在此基础上[,，]?\s*今年/.test(head)) {
    let latest = Math.max(0, ...reviewed);
    // (a year opening work still to do, 2026年,继续深入实施…, is this year itself, not one reported)
    let working = 0;
    // (not a review's words of effort before its results: 2025年,我们着力推动…,全市地区生产总值增长5.3%)
    // (…or a part of it: 2025年上半年,全市GDP增长5.3%, 2025年1-11月,…)
    // (…after a broadcast script's cue too: 【画外】2023年,…)
    for (const m of head.matchAll(/(?:^|[,，。;\s】])(20\d\d)年(?:上半年|前三季度|[一二三四]季度|1\s*[-—~至]\s*\d{1,2}\s*月)?[,，]([^。\n]{0,16})([^。\n]*)/gm)) {
      if (WORK_AHEAD.test(m[2]) && !RESULT_STATED.test(m[2] + m[3])) working = Math.max(working, Number(m[1]));
      else latest = Math.max(latest, Number(m[1]));
    }
    if (working > latest) return { year: working, source: "text" };
    if (latest) return { year: latest + 1, source: "review" };
  }
  // a short plan named with its period (《…行动计划(2022—2025年)》) is issued as the period opens: its first year
  // (a long-range plan, 2021—2035年, is issued years into its period and dates nothing)
  // (not a plan the text only follows: 根据《…规划(2021—2025年)》, 为贯彻落实《…》)
  const span = PLAN_SPAN.exec(head.slice(0, 3000));
  const cited = span !== null && CITED_BEFORE.test(head.slice(Math.max(0, span.index - 48), span.index));
  if (span && !cited && Number(span[2]) - Number(span[1]) <= 5 && Number(span[2]) > Number(span[1])) return { year: Number(span[1]), source: "text" };
  // the one year named in the paragraphs of 今年's work (在今年,安排部署…。同时,开展2024年减污降碳协同度评价): that year is
  // 今年 (not a goal year, 到2026年, nor a base, 比2023年, nor the date of an event, 2013年9月开工的…)
  const named = new Set<number>();
  // (今年,全市要在2025年的基础上,实现…: the year this year's work builds on is the one before it — read in the same pass)
  const builtOn = new Set<number>();
  const reportedBefore = new Set<number>();
  for (const para of head.split("\n")) {
    if (!para.includes("今年")) continue;
    // (the year as the time of a clause or of the work done in it — 开展2024年…评价 — not 与2023年持平, 2022年启动的…)
    for (const m of para.matchAll(/(?<=^|[,，。;；:：\s]|开展|在)(20\d\d)年(?!以来|底前|前|末|\d{1,2}月|的?基础|[^,，。;；]{0,12}?(?:持平|启动的|开工的|开始的|基础上))/g)) {
      // (not a year whose whole or part its sentence reports, 2025年全年,GDP增长5.0%。今年…: the year reported)
      const rest = para.slice((m.index ?? 0) + m[0].length).split(/[。;；]/)[0];
      // (…or a figure it states as reached, 2023年我省教育支出达到1578.9亿元。今年将…: the year before this one)
      const reports = (/^(?:全年|上半年|前三季度|[一二三四]季度)/.test(rest) && RESULT_STATED.test(rest)) || REACHED_FIGURE.test(rest);
      if (!reviewed.includes(Number(m[1])) && !(reports && !WORK_AHEAD_ANYWHERE.test(rest))) named.add(Number(m[1]));
      // (…and, with this year's work told after it in the paragraph, 2021年,我省完成343座…。今年,将实施227座: the year before it)
      else if (reports && !WORK_AHEAD_ANYWHERE.test(rest) && THIS_YEARS_WORK_AFTER.test(para.slice((m.index ?? 0) + m[0].length))) reportedBefore.add(Number(m[1]) + 1);
    }
    // (not a plan's base year for a change over its period: …在2020年的基础上累计下降13.5%, 以2020年为基期)
    if (para.includes("基期")) continue;
    for (const m of para.matchAll(/今年[^。\n]{0,20}?在(20\d\d)年的?基础上(?![^,，。]{0,4}累计)/g)) builtOn.add(Number(m[1]) + 1);
  }
  if (named.size === 1) return { year: [...named][0], source: "text" };
  // (a page of 今年's work naming one year only, as the year of a programme or its funds — 下达我市2023年城镇保障性安居
  // 工程中央级补助资金…。今年,我市保障性租赁住房目标任务530套: that programme's year is 今年)
  if (named.size === 0 && head.includes("今年")) {
    const programme = YEARS_PROGRAMME.exec(head);
    if (programme && [...head.matchAll(/(20\d\d)年/g)].every((m) => m[1] === programme[1])) return { year: Number(programme[1]), source: "text" };
  }
  if (builtOn.size === 1) return { year: [...builtOn][0], source: "review" };
  if (named.size === 0 && reportedBefore.size === 1) return { year: [...reportedBefore][0], source: "review" };
  // (a page run together with no break, so neither its title nor its date line stands alone: …关于印发2015年全区…工作方案的
  // 通知…, or its issuing number at its head, 岚综管办〔2015〕78号)
  const opening = head.slice(0, 300);
  // (not the number of a text it cites, 根据《…通知》(建科〔2023〕30号))
  const numbered = ISSUING_NUMBER.exec(head.slice(0, 80));
  const issued = ISSUES_YEARS_PLAN.exec(opening) ?? (numbered && !CITED_NUMBER.test(head.slice(Math.max(0, numbered.index - 12), numbered.index)) ? numbered : null);
  if (issued) return { year: Number(issued[1]), source: "text" };
  // (a year's plan — 年度目标, 全年 — whose tasks are all due within one year, 完成时限:2025年12月底前: that year is its own)
  if (/年度(?:目标|计划|任务)|全年/.test(head)) {
    const due = new Set([...head.matchAll(DUE_YEAR)].map((m) => Number(m[1])));
    if (due.size === 1) return { year: [...due][0], source: "text" };
  }
  // (a news lead opening with the day of the event it reports, 2017年4月22日,湖州市…会议开幕: when nothing else dates the
  // page, that day does)
  // (…or after the lead's opening words, ……2021年10月26日上午,…第一次会议开幕: the day a meeting the page reports opens)
  const lead = /^\s*(20\d\d)年\d{1,2}月\d{1,2}日[,，]/.exec(head) ??
    /(?:[。\n]|……)\s*(20\d\d)年\d{1,2}月\d{1,2}日(?:上午|下午|晚上?)?[,，][^。\n]{0,40}?(?:会议|大会)(?:开幕|召开|举行)/.exec(head.slice(0, 600));
  if (lead) return { year: Number(lead[1]), source: "text" };
  return aloneAsTimeOfWork(head.slice(0, 3000));
}

/** A plan's title the text only follows, its words before it (根据《…规划(2021—2025年)》). */
const CITED_BEFORE = new RegExp(`(${CITES})《[^《》]{0,40}$`);
/** Words right before a quoted title the text follows or names as issued before (根据, 曾印发). */
const FOLLOWED_OR_PAST = new RegExp(`(?:${CITES}|曾[\u4e00-\u9fff]{0,3})$`);
/** A title's year as a horizon's (2030年前), or a title of a horizon's or an event's plan. */
const NOT_A_YEARS_PLAN = new RegExp(`年(?:前|底|以前)|${NO_YEARS_PLAN}`);

/** The one plan year the titles a page quotes name (not a title it only follows: 根据《2023年…工作要点》). */
function quotedPlanYear(head: string): number | null {
  const years = new Set<number>();
  for (const m of head.matchAll(/《([^《》\n]{6,80})》/g)) {
    // (nor a past one, 曾印发《2020年…计划》; nor a horizon's or an event's, 《2030年前碳达峰实施方案》, 《2026年亚洲沙滩运动会筹办
    // 工作总体方案》)
    if (FOLLOWED_OR_PAST.test(head.slice(Math.max(0, (m.index ?? 0) - 6), m.index)) || NOT_A_YEARS_PLAN.test(m[1])) continue;
    const year = yearOfPlanTitle(m[1]);
    if (year !== null) years.add(year);
  }
  return years.size === 1 ? [...years][0] : null;
}

/**
 * The one year a page names, when it names it as the time of its work (据…消息,2024年,开封市坚持…; 我们来看看2018年,
 * 我们身边将会发生哪些变化) and states no result in that sentence: the page speaks of that year's work. (A page naming
 * another year too, or the year as a horizon, a base or with results, 2023年,全市…增长5%, is not dated so.)
 */
function aloneAsTimeOfWork(head: string): DocYear | null {
  const years = new Set([...head.matchAll(/(?<!\d)(20\d\d)\s*年/g)].map((m) => m[1]));
  if (years.size !== 1) return null;
  const [year] = years;
  const opening = new RegExp(`(?:^|[,，。;:：\\s]|看看|来看)${year}年[,，]?([^。;!?！？\\n]*)`).exec(head);
  // (nor a December meeting that plans the year after it, 2024年中央经济工作会议…召开; nor a time since it, 2024年两会以来; nor a
  // column's header, 2025年 / 2030年, or a banner over results, 2023年长沙 / 交答卷! / 主要目标完成情况; nor a meeting that
  // sums a year up, …现场会总结表彰大会)
  // (a figure after it is a result reported, 2023年,GDP增长5% — unless the paragraph says it will be done and the page speaks of
  // this year: 年内,北京将…。…本市将加快…。2008年实现…覆盖率达到100%)
  // (not a later year set beside this year's work: 甘肃今年将完成…;2020年卫生厕所普及率达到50%以上)
  const paraBefore = opening !== null ? head.slice(head.lastIndexOf("\n", opening.index) + 1, opening.index) : "";
  const willBefore = opening !== null && THIS_YEAR_SAID.test(head) && WILL_WORD.test(paraBefore) && !THIS_YEAR_SAID.test(paraBefore);
  if (!opening || !/^[,，]?\s*[\u4e00-\u9fff]/.test(opening[1]) || /^(?:底|末|前|度?(?:的)?(?:基础|相比))/.test(opening[1]) || (RESULT_STATED.test(opening[1]) && !willBefore) ||
    /以来|总结|表彰|回顾|期间|当时|了|(?:经济|农村)工作会议/.test(opening[1]) || /完成情况|交答卷|成绩单/.test(head)) return null;
  const before = head.slice(Math.max(0, opening.index - 4), opening.index + 1);
  return /[到至比较于截]/.test(before) ? null : { year: Number(year), source: "text" };
}

/**
 * Years a text says it looks back on: a year called the year of something (是…之年, 是…的一年) in a sentence that goes on
 * to its results with no word of a plan (2025年是“十四五”收官之年,全市地区生产总值增长5.3%), or called what is only said
 * looking back (2025年是极不平凡的一年). Not 2025年是“十四五”收官之年,做好今年工作意义重大 — the year being planned.
 */
function reviewedYears(head: string): number[] {
  const out: number[] = [];
  const text = head.slice(0, 20_000);
  for (const m of text.matchAll(YEAR_CALLED)) {
    const rest = m[3];
    // (…收官之年。一年来,…: the next sentence looks back on it)
    const lookedBack = rest.trim() === "" && /^[。;]?\s*(?:一年来|这一年|过去的?一年|回顾)/.test(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 8));
    if (lookedBack || /(?:不平凡|极不寻常|里程碑)/.test(m[2]) || (RESULT_STATED.test(rest) && !/(今年|预期|目标|力争|确保|(?<![主重需必])要(?![求素点])|将(?![来近]))/.test(rest))) out.push(Number(m[1]));
  }
  // (a year whose record a report hands in: 2022年 / 武穴交出了怎样的成绩单?, 2025年全市交出亮眼成绩单)
  // (not a part of the year's, 2025年一季度…晒出成绩单)
  for (const m of text.matchAll(/(20\d\d)年(?!一季度|上半年|前三季度|[一二三]季度|\d)[^,，。;\n]{0,12}?(?:交出|晒出|亮出|递交)了?[^,，。;\n]{0,10}?成绩单/g)) out.push(Number(m[1]));
  // (a year whose work's completion a news conference reports: 召开2018年“十件实事”完成情况系列发布会)
  for (const m of text.matchAll(/(?:召开|举行|举办)了?(20\d\d)年[^,，。;\n]{0,20}?(?:完成情况|落实情况|实施情况|工作情况)[^,，。;\n]{0,8}?(?:发布会|通报会|新闻发布|会)/g)) out.push(Number(m[1]));
  // (a year whose goals were met: 圆满完成2025年各项目标任务, 2025年主要目标任务全面完成 — not a call to meet them at a
  // report's end, …凝心聚力、一往无前,全面完成2017年经济社会各项目标任务)
  for (const m of text.matchAll(GOALS_MET)) {
    const at = m.index ?? 0;
    // (a sentence opening with the year gone reports, whatever its words: 过去一年,我们团结带领全市人民,圆满完成…)
    const opening = text.slice(Math.max(0, at - 60), at).split(/[。;\n]/).pop() ?? "";
    // (…not the goals a result lays the ground for: 过去一年,…为全面完成2026年各项目标任务打下了坚实基础)
    const reported = /^\s*(?:过去(?:的)?一年|一年来|去年)/.test(opening) && text[at - 1] !== "为";
    if ((reported || !CALL_TO_WORK.test(text.slice(Math.max(0, at - 30), at))) && !/^[^。;\n]{0,12}?奋斗/.test(text.slice(at + m[0].length, at + m[0].length + 20))) out.push(Number(m[1] ?? m[2]));
  }
  return out;
}
/** The years whose goals a call to work asks to meet (确保圆满完成2026年各项目标任务, 要全面完成2026年各项目标任务). */
function calledYears(text: string): Set<number> {
  return new Set([...text.matchAll(GOALS_CALLED)].map((m) => Number(m[1])));
}
const GOALS_CALLED = /(?:确保|力争|要|努力|奋力)(?:全面|圆满|顺利)?完成[^。;\n]{0,20}?(20\d\d)年度?的?[^。;\n]{0,6}?目标任务/g;
/** Words of a call to work before goals to be met (为…而奋斗, 确保, 一往无前). */
const CALL_TO_WORK = /(?:为|确保|力争|要|将|努力|奋力|坚决|奋斗|一往无前|凝心聚力|团结|以优异|让我们)[^。;\n]*$/;
/** An amount stated (增长5.3%, 2.15万亿元), not a name's digits (“8337”发展思路). */
/** A period's plan proposal named at the head (十三五规划建议, 关于制定…“十五五”规划的建议). */
const PERIOD_PROPOSAL = /[“"]?(十[一二三四五六]五)[”"]?规划(?:的)?建议/;
/** This year's work opening a sentence after a year reported: 。今年,将实施…, 。今年我省要… */
const THIS_YEARS_WORK_AFTER = new RegExp(`。\\s*今年[,，]?[^。,，]{0,8}?(?:${MODAL}|计划|力争|确保)`);
/** A figure stated as reached (…支出达到1578.9亿元, …增长5.3%,实现…): a result, with no word of work ahead. */
// (not one it foresees: 2020年全省经济总量可达到1万亿元)
const REACHED_FIGURE = /^(?:(?!可|将|能|要|预计|力争|确保)[^。;\n]){0,30}?(?:达到|达|实现|完成|突破)\s*[\d.]+\s*(?:%|万|亿|千|个|家|项|人|元|吨|亩|公里|座|条|所|处|套|户|台|辆|场|件|名|平方米|立方米|千瓦)/;
const RESULT_STATED = /(?<![“"\d])\d[\d.]*\s*(?:%|万|亿|千|百|个|家|项|人|元|吨|亩|公里|米)/;
const YEAR_CALLED = /(?:^|[,，。;\s])(20\d\d)年(?:是|作为)([^。;\n]{0,60}?)(?:之年|的一年)([^。;\n]*)/g;
const GOALS_MET = /(?<!确保|力争|要|将)(?:全面|圆满|顺利)完成[^。;\n]{0,20}?(20\d\d)年(?:度)?(?:的)?[^。;\n]{0,6}?目标任务|(20\d\d)年[^。;\n]{0,20}?目标任务(?:全面|圆满|顺利)完成/g;

/** A government work report headed by the December day it was delivered: 政府工作报告(2023年12月20日). */
const REPORT_DATED_DECEMBER = /政府工作报告\s*[(（]?\s*20\d\d年12月\d{1,2}日/;
/** A session of a people's congress opening or held: 第十八届人民代表大会第二次会议开幕. */
const CONGRESS_OPENS = /人民代表大会第[一二三四五六七八九十]+次会议(?:开幕|召开|隆重开幕|举行)/;
/** A news page's day, then an event of a year held that day: 3月27日,榆林市举行2024年第一季度…开工仪式. */
// (of the year's work that day begins, not a meeting reviewing the year before: 1月13日,市残联召开2023年度述职评议工作会议)
// (…or in a lead after its source, told 近日 or with the time of day: 近日,我市正式启动2019年新型职业农民培育工作; 11月9日上午,
// …2021年高素质农民培育培训班…开班)
const EVENT_OF_YEAR = /(?:^|[\n。])\s*(?:\d{1,2}月\d{1,2}日(?:上午|下午|晚上?)?|近日|日前)[,，][^。\n]{0,20}?(?:(?:举行|召开|举办|启动)(20\d\d)年(?!度)(?:第?[一二三四]季度)?[^。\n,，]{0,16}?(?:开工|签约|启动|工作)|(20\d\d)年(?!度)[^。\n,，]{0,20}?培训班[^。\n]{0,24}?开班)/;
/** A page opening on a meeting of a year, held: 2023年新干县粤港澳大湾区招商引资暨“三请三回”恳谈会在东莞举行. */
// (not a meeting that sums a year up, 2024年春耕生产现场会总结表彰大会召开, held after it)
const MEETING_OF_YEAR_HELD = /^\s*(20\d\d)年(?!度)(?![^。\n,，]{0,40}?(?:总结|表彰|回顾|述职|颁奖))[^。\n,，]{2,40}?(?:会|论坛|仪式|活动)[^。\n,，]{0,10}?(?:举行|召开|举办|开幕)/;
/** The day work starts and runs from: 从2023年5月24日起,…开展为期12个月的…整治. */
const WORK_STARTS = /从(20\d\d)年\d{1,2}月(?:\d{1,2}日)?起[,，]?[^。\n]{0,40}?(?:开展|实施|启动|整治|行动)/;
/**
 * The signs of the year a page is written in, found near its opening, in the order they are trusted, each with how far into
 * the page it is looked for: an event of the year held that day (3月27日,榆林市举行2024年第一季度…开工仪式), a meeting of the year
 * held (2023年新干县…恳谈会在东莞举行), the day work starts and runs from (从2023年5月24日起,…开展为期12个月的挂牌整治).
 */
/** Words said at a year's forum or meeting, near the page's head: 5月30日在2019金融街论坛年会上指出 — a page of that year. */
// (not one that sums a year up, 在2024年总结表彰大会上指出, held after it)
/** A forum or meeting of a year, not one that sums a year up: 2019金融街论坛年会 (not 2024年总结表彰大会, held after it). */
const EVENT_OF_YEAR_NAMED = String.raw`(20\d\d)年?(?!度)(?![^。\n,，]{0,30}?(?:总结|表彰|回顾|述职|颁奖))[^。\n,，]{2,30}?(?:论坛|年会|峰会|大会|会议|博览会|座谈会|发布会)`;
const SAID_AT_EVENT_OF_YEAR = new RegExp(`在${EVENT_OF_YEAR_NAMED}(?:上|期间)[,，]?(?:指出|表示|强调|称|说|透露|介绍|提出)`);
/** A reporter told at a year's forum or meeting held: 记者从…召开的2007西部皮革产业发展论坛上获悉 — a page of that year. */
const TOLD_AT_EVENT_OF_YEAR = new RegExp(`从[^。\n]{0,24}?(?:召开|举行|举办)的[“"]?${EVENT_OF_YEAR_NAMED}[”"]?(?:上|期间)(?:获悉|了解到|得知)`);
/** A news lead on a year's review or selection just done: 近日,全省2020年产油大县项目评审工作顺利完成 — a page of that year. */
const YEARS_REVIEW_DONE = /(?:^|[\n。])\s*(?:近日|日前)[,，][^。\n\d]{0,12}?(20\d\d)年(?!度)[^。\n,，]{0,20}?(?:评审|评选|认定|遴选)工作[^。\n,，]{0,4}?(?:顺利完成|圆满完成|完成|结束)/;
const OPENING_SIGNS: readonly [RegExp, number][] = [[EVENT_OF_YEAR, 300], [MEETING_OF_YEAR_HELD, 200], [WORK_STARTS, 1500], [SAID_AT_EVENT_OF_YEAR, 600], [TOLD_AT_EVENT_OF_YEAR, 600], [YEARS_REVIEW_DONE, 300]];
/** A report on the months of a year so far: 对2023年1-6月全市招商引资工作情况通报如下. */
const MONTHS_REPORTED = /(?:就|对)(20\d\d)年(?:1\s*[-—~至]\s*\d{1,2}\s*月份?|上半年|前三季度|一季度|第一季度)[^,，。;\n]{0,20}?(?:工作情况|完成情况|进展情况|运行情况)/;
/** A part of a year reported as it runs, opening a clause: 2025年前三季度,…, 2024年上半年,…, 2025年1-5月,…. */
const PART_OF_YEAR = /(?:^|[,，。;\n])\s*(20\d\d)年(?:前三季度|上半年|一季度|第一季度|前两个月|1\s*[-—~至]\s*\d{1,2}\s*月)[,，]/;

/** A year's plan of projects or investment: 2025年重点建设项目计划, 2025年重大项目计划, 2024年政府投资计划. */
const PROJECTS_PLAN_OF_YEAR = /(20\d\d)年(?:度)?[^,，。;\n《》]{0,8}?(?:重大项目|重点项目|重点建设项目|政府投资项目|重大建设项目|政府投资)计划/g;

/** One of a year's key projects, named or listed so: 确定的2018年公共法律服务重点建设项目, 列入2019年省重点项目. */
const KEY_PROJECT_OF_YEAR = /(?:确定的|确定为|列入|纳入|入选)(20\d\d)年度?[^,，。;\n《》]{0,12}?(?:重大项目|重点项目|重点建设项目|重点工程)/g;

/** A notice issuing a year's plan: 关于印发2015年全区…工作方案的通知. */
const ISSUES_YEARS_PLAN = /关于印发[《“]?(20\d\d)年[^》”。\n]{0,40}?(?:方案|计划|要点|安排)/;
/** A document's issuing number: 岚综管办〔2015〕78号, 闽政办[2019]12号. */
const ISSUING_NUMBER = /[〔［[]\s*(20\d\d)\s*[〕］\]]\s*\d{1,4}\s*号/;

/**
 * A year as the year of a programme or its funds, handed down: 下达我市2023年城镇保障性安居工程中央级补助资金 (not a year's
 * goals looked back on, 圆满完成2024年经济社会发展各项目标任务, nor a meeting on a year's projects, 召开2024年重点项目…推进会).
 */
const YEARS_PROGRAMME = /(?:下达|下拨|拨付|分配|安排)[\u4e00-\u9fff]{0,6}?(20\d\d)年度?[\u4e00-\u9fff]{0,16}?(?:工程|资金|项目)/;
/** A cited text's title right before its number in brackets: 《…的通知》(建科〔2023〕30号). */
const CITED_NUMBER = /》\s*[(（][\u4e00-\u9fff]{0,8}$/;
/** A task's due time, named as such: 完成时限:2025年12月底前, 时间节点:2024年6月. */
const DUE_YEAR = /(?:完成时间|完成时限|完成期限|时间节点)[:：]\s*(20\d\d)年/g;

/** A plan of some years a page says was just issued: 日前印发《郑州市…新三年(2016~2018年)行动计划》. */
/** A plan of some years named first, then made public on a day just past: 昨天,《…(2020—2022年)》全文公布. */
const JUST_MADE_PUBLIC = /(?:日前|近日|近期|今天|今日|昨天|昨日)[,，]?\s*《[^《》]{0,40}?(20\d\d)\s*年?\s*[—–\-~～至]\s*(20\d\d)\s*年?[^《》]{0,20}》\s*(?:全文)?(?:正式)?(?:公布|发布|印发|出台)/;
/** The page speaks of its own year: 今年, 年内, 本年. */
const THIS_YEAR_SAID = /今年|年内|本年度?/;
const JUST_ISSUED_SPAN = /(?:日前|近日|近期|今天|今日|昨天|昨日)[^。;\n《]{0,16}?(?:印发|出台|发布)了?《[^《》]{0,40}?(20\d\d)\s*年?\s*[—–\-~～至]\s*(20\d\d)\s*年?[^《》]{0,20}》/;
const PLAN_SPAN = /(?:规划|计划|方案|纲要|要点)\s*[(（]\s*(20\d\d)\s*年?\s*[—–\-~～至]\s*(20\d\d)\s*年?\s*[)）]/;

// The year a document speaks in (今年 / 全年 / 年内 / 本年) and how it was found; the user may set it.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";
import { documentYear } from "../../src/core/document/doc-year";

describe("document year", () => {
  it.each([
    ["a yearly title", "text", "2024年政府工作报告", null, { year: 2024, source: "title" }],
    ["a year without 年 before 行动方案", "text", "数字山东2021行动方案", null, { year: 2021, source: "title" }],
    ["the plan part of a 执行情况及计划 title", "text", "关于2016年国民经济和社会发展计划执行情况及2017年国民经济和社会发展计划(草案)的报告", null, { year: 2017, source: "title" }],
    ["今年是“十五五”开局之年", "今年是“十五五”开局之年,做好今年工作意义重大。", null, "2025-12-30", { year: 2026, source: "text" }],
    ["今年是“十四五”收官之年", "今年是“十四五”规划收官之年。", null, null, { year: 2025, source: "text" }],
    ["a heading naming the year's work", "一、2018年工作回顾\n……\n二、2019年工作安排\n2019年主要预期目标是:", null, null, { year: 2019, source: "text" }],
    ["做实做细做成2021年工作", "三、脚踏实地,做实做细做成2021年工作", null, null, { year: 2021, source: "text" }],
    ["the date of issue", "正文。", null, "2023-11-14", { year: 2023, source: "date" }],
    ["a review heading alone", "一、2023年工作回顾", null, null, { year: 2024, source: "review" }],
    ["a year written in words, as formal texts write it", "市长公布二〇二六年经济社会发展主要预期目标:全市生产总值增长5%左右。二〇二五年全市生产总值增长5.4%。", null, null, { year: 2026, source: "text" }],
    ["a year opening what a city set for it (而2026年,成都又定下了…的预期目标)", "2025年,成都GDP达到2.48万亿元。而2026年,成都又定下了全年经济增长5.5%左右的预期目标。", null, null, { year: 2026, source: "text" }],
    ["a part of the year reported as it runs (2025年前三季度,…)", "2025年前三季度,上海GDP同比增长5.5%。张江汇聚600多家企业,2024年产业规模突破1140亿元。", null, null, { year: 2025, source: "text" }],
    ["a year striving for a goal after a clause of what the item is for", "(1)持续提升区域核心竞争力,2025年财政总收入力争达到130亿元,同比增长20%;推动限上商品销售额同比增长8.5%;", null, null, { year: 2025, source: "text" }],
    ["a year whose results a page judges (2024年…持续高位改善) is the one before the page's", "记者20日从发布会获悉,2024年广东省大气和水环境质量持续高位改善。接下来,力争建成20个美丽河湖。", null, null, { year: 2025, source: "review" }],
    ["a period is no year of a yearly plan", "text", "安徽省工业互联网创新发展行动计划(2021—2023年)", "2021-05-10", { year: 2021, source: "date" }],
  ])("%s", (_, text, title, date, expected) => {
    expect(documentYear(text, title, date)).toEqual(expected);
  });

  const report = ["2026年政府工作报告", "一、“十五五”时期主要目标", "到2030年,地区生产总值突破1000亿元。", "二、2026年主要目标",
    "今年经济社会发展的主要预期目标是:地区生产总值增长5.5%左右,全年新增城镇就业2万人,年内建成5G基站300个。"].join("\n");

  it("今年 / 全年 / 年内 are the document's year: a 十五五 heading does not win over them", () => {
    const r = extract(report);
    expect(r.document).toMatchObject({ docYear: 2026, docYearSource: "title" });
    expect(r.targets.map((t) => [t.value, t.year])).toEqual([[1000, 2030], [5.5, 2026], [2, 2026], [300, 2026]]);
  });

  it("the user's year re-dates them at once (an excerpt that never states its year)", () => {
    const excerpt = report.split("\n").slice(4).join("\n");
    expect(extract(excerpt).document.docYear).toBeNull();
    const r = extract(excerpt, { docYear: 2027 });
    expect(r.document).toMatchObject({ docYear: 2027, docYearSource: "user" });
    expect(r.targets.map((t) => t.year)).toEqual([2027, 2027, 2027]);
  });
});

describe("document year of a news page", () => {
  it("a dateline opening the page (2025 01/24 16:18:06) is its date; 2025年度…民生实事项目 names its year", () => {
    const page = "2025 01/24 16:18:06\n来源:温州市委宣传部\n\n温州公布十大民生实事项目\n\n  新增自动化视力检测设备230台。\n";
    expect(extract(page).document).toMatchObject({ issueDate: "2025-01-24", docYear: 2025 });
    expect(extract(page).targets.map((t) => t.year)).toEqual([2025]);
    expect(documentYear("票决产生2025年度温州市十大民生实事项目。", null, null)).toEqual({ year: 2025, source: "text" });
  });
});

describe("document year of a page listing a year's projects", () => {
  it("a dateline followed by the source, and a year naming the list of 民生实事", () => {
    const page = "2025年重庆将接续办好15件重点民生实事\n2025-01-19 10:47:47 来源: 华龙网\n今年,重庆将接续办好重点民生实事。具体包括:\n建设100个口袋公园。\n";
    expect(extract(page).document).toMatchObject({ issueDate: "2025-01-19", docYear: 2025 });
    expect(extract(page).targets.map((t) => [t.value, t.year])).toEqual([[100, 2025]]);
    expect(documentYear("最新丨金凤区发布2025年民生“十心”实事!\n▶新增公共停车位800个。", null, null)).toEqual({ year: 2025, source: "text" });
  });
});

describe("document year of an infographic's captions (a year with no 年)", () => {
  it("2021任务清单 names the year's list; 2020 中国答卷 heads the year before's results", () => {
    const page = "2020 中国答卷\n全球主要经济体中唯一实现经济正增长\n增长\n经济恢复好于预期,全年国内生产总值增长2.3%\n“十四五”规划目标中的民生关切\n划重点\n■基本养老保险参保率提高到95%,优化社会救助和慈善制度\n2021任务清单\n●国内生产总值增长6%以上\n";
    expect(extract(page).document).toMatchObject({ docYear: 2021 });
    const found = extract(page).targets.map((t) => [t.value, t.year]);
    expect(found).toContainEqual([6, 2021]);
    expect(found.map(([v]) => v)).not.toContain(2.3);
  });

  it("a year inside a title (《…提升2024工作要点》) or an amount (2000万人次在…) is no caption", () => {
    expect(documentYear("根据《亳州市城市功能品质活力提升2024工作要点》要求,制定本意见。", null, null)).toBeNull();
    expect(extract("2024年民生实事\n10个滨江生态公园建设\n2000万人次在南海全域旅游\n100公里自行车专用道建设提升\n", { docYear: 2024 }).targets.map((t) => t.value)).toEqual([10, 2000, 100]);
  });
});

describe("document year of the year's sessions (两会)", () => {
  it("2026年地方两会 names the year whose reports the page reads; last year's outturn is past", () => {
    const page = "从就业到教育,2026年地方两会释放哪些民生信号\n2025年全国城镇新增就业1267万人。\n广东今年的政府工作报告提出,城镇新增就业110万人以上。\n";
    expect(extract(page).document.docYear).toBe(2026);
    expect(extract(page).targets.map((t) => [t.value, t.year])).toEqual([[110, 2026]]);
    expect(documentYear("2024年两会以来,各地出台了一系列政策。", null, null)).toBeNull();
  });
  it("a newspaper's page of the sessions with no 年 (第06版:2022阜阳两会); a meeting named at length that pushes the year's work", () => {
    expect(documentYear("第06版:2022阜阳两会\n今年经济社会发展的主要预期目标是:生产总值增长8.5%。", null, null)).toEqual({ year: 2022, source: "text" });
    expect(documentYear("记者从今天召开的株洲市2023年打造“三个高地”暨“项目攻坚年”活动推进大会上了解到,株洲今年铺排重点建设项目549个。", null, null))
      .toEqual({ year: 2023, source: "text" });
  });
});

describe("document year of a report's coverage", () => {
  it.each([
    ["a place between the year and 经济社会发展主要预期目标", "政府工作报告提出,2026年江西经济社会发展主要预期目标是:地区生产总值增长5%-5.5%。", 2026],
    ["the year's report named (2026年的陕西政府工作报告)", "2026年的陕西政府工作报告首次明确提出“双极带动”战略。", 2026],
    ["a year's report named with its place (2025年新乡市政府工作报告)", "2025年新乡市政府工作报告全文发布", 2025],
    ["针对2026年工作重点", "针对2026年工作重点,市长表示,今年将深化国际经济中心建设。", 2026],
  ])("%s", (_, text, year) => {
    expect(documentYear(text, null, null)).toEqual({ year, source: "text" });
  });

  it("a past year's report is not the year of work (2025年政府工作报告确定的目标任务圆满完成)", () => {
    expect(documentYear("2025年政府工作报告确定的目标任务圆满完成。2026年主要预期目标是:增长5%。", null, null)).toEqual({ year: 2026, source: "text" });
  });

  it("a labelled ISO dateline opening the page (date 2026-02-03) is its date", () => {
    const page = " date 2026-02-03 上海人民代表大会3日上午登场。建议今年全市生产总值增长5%左右。";
    expect(extract(page).document).toMatchObject({ issueDate: "2026-02-03" });
  });
});

describe("document year of news pages about a city's report", () => {
  it.each([
    ["安排2023年工作", "深圳市市长向大会作政府工作报告,回顾2022年工作、安排2023年工作。", 2023],
    ["a headline saying what the year will bring", "2023年将成都新建、改扩建中小学、幼儿园80所 增加学位8万个\n封面新闻", 2023],
  ])("%s", (_, text, year) => {
    expect(documentYear(text, null, null)).toEqual({ year, source: "text" });
  });

  it("a dateline after a source named in pinyin, with a middle dot (Xin Lang Cai Jing·2026-02-03 12:35)", () => {
    expect(extract("东方时评: 凝聚共识\nXin Lang Cai Jing·2026-02-03 12:35\n\n今年要培育打造20个新场景。").document).toMatchObject({ issueDate: "2026-02-03" });
  });
  it("a dateline after the name of its source (封面新闻 2023-02-21 13:35)", () => {
    expect(extract("标题\n\n封面新闻 2023-02-21 13:35 41003\n\n正文。").document).toMatchObject({ issueDate: "2023-02-21" });
  });
  it("a timestamp glued to the page furniture around it (新闻资讯2024-01-24 14:26:44橙橘网); not one in a long line", () => {
    const page = (line: string): string => `湖南GDP目标增长6%左右\n\n${line}\n\n2023年地区生产总值同比增长4.6%。今年地区生产总值增长6%左右。`;
    expect(extract(page("新闻资讯2024-01-24 14:26:44橙橘网")).document).toMatchObject({ issueDate: "2024-01-24", docYear: 2024 });
    expect(extract(page("新闻资讯2024-01-24 14:26:44橙橘网")).targets.map((t) => `${t.value}|${t.year}`)).toEqual(["6|2024", "6|2024"]);
    expect(extract(page(`${"这是一段很长的正文内容".repeat(6)}2024-01-24 14:26:44`)).document.issueDate).toBeNull();
    // (a meeting's time is no page's date)
    expect(extract(page("会议时间:2024-03-15 09:30")).document.issueDate).toBeNull();
  });

  it("a table's header cell 进展情况 makes no progress report; a title line does", () => {
    const table = "市政府2020年重点工作一季度进展情况表\n\n序号\n\n内容与要求\n\n进展情况\n\n1\n\n确保地区生产总值增长7%左右。\n";
    expect(extract(table).targets.map((t) => t.value)).toEqual([7]);
  });
});

/** The year a document is read in, as the extractor infers it. */
const year = (text: string): number | null => extract(text).document.docYear ?? null;

describe("more ways a page names its year", () => {
  it("a draft plan or budget of the year (…2024年计划执行情况与2025年…计划草案的报告)", () => {
    expect(year("会议审查西安市2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的报告。")).toBe(2025);
  });
  it("a year that opens its clause with what it will do, or states its goal", () => {
    expect(year("叶牛平强调,2025年,西安全市要坚持稳中求进。")).toBe(2025);
    expect(year("报告提出,2020年全区地区生产总值增长3.7%,2021年全区生产总值增长目标为7.5%以上。")).toBe(2021);
  });
  it("a plan period's first or last year named with it", () => {
    expect(year("作为“十五五”开局之年,2026年山东地区生产总值预期增长5%以上。")).toBe(2026);
    expect(year("2025年是全面贯彻全会精神的重要之年,是实施“十四五”规划的收官之年,做好今年工作意义重大。")).toBe(2025);
    // (said in a review of the year before, it names that year: no sign)
    expect(year("XX区政府工作报告\n\n2021年是“十四五”开局之年,全区地区生产总值增长8%。\n今年要新建公园20个。")).toBe(null);
  });
  it("主要任务 and a comma after the year (二、2025年主要任务; 2025年,中山全市经济社会发展主要预期目标是)", () => {
    expect(year("二、2025年主要任务\n做好今年工作。")).toBe(2025);
    expect(year("报告指出,2025年,中山全市经济社会发展主要预期目标是:地区生产总值增长5.5%。")).toBe(2025);
  });
  it("a summary that reports a year's results and then this year's targets: the year after", () => {
    expect(year("政府工作报告显示, 2024年,该市地区生产总值6136.4亿元。\n今年,该市经济社会发展的主要预期目标是:地区生产总值增长6%左右。")).toBe(2025);
    expect(year("2024年,该市地区生产总值6136.4亿元。")).toBe(null);
  });
  it("a date closing a short line of labelled fields (版次:03 作者:2023年01月12日)", () => {
    expect(extract("版次:03 作者:2023年01月12日\n正文。").document.issueDate).toBe("2023-01-12");
  });
});

describe("weak signs of the year of work", () => {
  it("要 inside 主要 and 重要 is no modal", () => {
    expect(year("政府工作报告解读\n2024年,全市主要经济指标稳中有进,地区生产总值增长5.5%。2024年是极为重要的一年。\n2025年主要预期目标:地区生产总值增长5%左右。")).toBe(2025);
  });
  it("a clause opening with the year and what it expects to grow (…增长5.4%,2026年全市GDP则预期增长5%左右); last year's outturn is past", () => {
    const news = "北京市长作政府工作报告,公布2025年北京全市地区生产总值达5.2万亿元、增长5.4%,2026年全市GDP则预期增长5%左右。";
    expect(year(news)).toBe(2026);
    expect(extract(news).targets.map((t) => `${t.value}|${t.year}`)).toEqual(["5|2026"]);
  });
  it("what a report sets for the year (设定2026年GDP增长5.5%左右的预期目标, 明确了2026年…施工图与任务书)", () => {
    expect(year("开局之年,成都设定2026年GDP增长5.5%左右的预期目标。")).toBe(2026);
    expect(year("报告明确了2026年全市经济社会发展的施工图与任务书。")).toBe(2026);
  });
  it("a plan that gives each year's work is not dated by its last year, but by the period it opens", () => {
    const plan = "某市三年行动计划(2024—2026年)\n\n一、主要目标\n2024年,全市将新建充电桩1000个。\n2025年,全市将新建充电桩2000个。\n2026年,全市将新建充电桩3000个。";
    expect(year(plan)).toBe(2024);
    expect(extract(plan).targets.map((t) => t.year)).toEqual([2024, 2025, 2026]);
    expect(year(plan.replace(/^.*\n/, ""))).toBe(null);
  });
  it("a short plan named with its period is dated by its first year; a long-range plan is not", () => {
    const news = "预计2021年全省数字经济增加值超2.3万亿元,增长15%左右。\n《福建省做大做强做优数字经济行动计划(2022—2025年)》出炉。到2025年,全省数字经济增加值超过4万亿元。";
    expect(year(news)).toBe(2022);
    expect(extract(news).targets.map((t) => t.value)).toEqual([4]);
    expect(year("《某市国土空间总体规划(2021—2035年)》公布。到2035年,森林覆盖率达到40%。")).toBe(null);
  });
});

describe("years of 民生实事 pages and news summaries", () => {
  it("a year's list of projects (明确2023年民生项目任务单)", () => {
    expect(year("记者从白云区获悉,该区明确2023年民生项目任务单。\n今年,白云区将新建4个生活圈。")).toBe(2023);
  });
  it("the year just past (刚刚过去的2020年,…今年,…): the year after it", () => {
    expect(year("刚刚过去的2020年,市委、市政府实施36个为民办实事项目。今年,泉州市继续开展为民办实事工作。")).toBe(2021);
  });
  it("a plan period's first year said with no result after it (2026年是“十五五”开局之年,也是…开局之年。)", () => {
    expect(year("本报讯 2026年是“十五五”开局之年,也是自由贸易港封关运作开局之年。今年海口将新增公办学位8000个。")).toBe(2026);
  });
  it("a dateline after its labelled source (来源:山西晚报 • 2023-02-24 09:45:53)", () => {
    expect(extract("标题\n来源:山西晚报 • 2023-02-24 09:45:53\n正文。").document.issueDate).toBe("2023-02-24");
  });
});

describe("the year's main expected targets named with 发展", () => {
  it("会议通报了2025年全区经济运行情况、2026年发展主要预期目标", () => {
    expect(extract("会议通报了2025年全区经济运行情况、2026年发展主要预期目标和重点任务。").document.docYear).toBe(2026);
  });
});

describe("years of report summaries of the twenty-ninth set", () => {
  it("a headline broken over two lines (2024年广东经济社会发展 / 有这些目标)", () => {
    expect(year("●2023年广东地区生产总值达到13.57万亿元。\n2024年广东经济社会发展\n有这些目标\n◆地区生产总值增长5%;")).toBe(2024);
  });
  it("years spaced off their 年 in the strong signs (回顾了 2023 年工作, 提出了 2024 年工作总体要求)", () => {
    expect(year("报告回顾了 2023 年工作,同时提出了 2024 年工作总体要求和目标任务。")).toBe(2024);
    expect(year("报告回顾了 2023 年工作。")).toBe(2024);
  });
  it("a spaced far horizon with a modal is no year of work (到 2035 年,…将…)", () => {
    expect(year("某市国土空间生态修复规划\n到 2035 年，全市将建成生态安全格局。")).toBe(null);
  });
  it("the year's plan named as issued (下达《2025年自治区国民经济和社会发展计划》)", () => {
    expect(year("2月11日,内蒙古自治区人民政府下达《2025年自治区国民经济和社会发展计划》。")).toBe(2025);
  });
});

describe("document year of a page run together with no break", () => {
  it("a notice issuing a year's plan, or its issuing number at its head, gives the year when no date line stands alone", () => {
    const notice = "区管委会办公室关于印发2016年全区食品安全工作方案的通知各单位：现将方案印发给你们。全区生猪定点屠宰率达到98%以上。区管委会办公室2016年5月3日";
    expect(extract(notice).document.docYear).toBe(2016);
    expect(extract(notice).targets.map((t) => t.year)).toEqual([2016]);
    expect(extract("岚综管办〔2017〕12号区管委会办公室关于做好道路安全工作的通知全年新建劝导站2个。").document.docYear).toBe(2017);
  });
});

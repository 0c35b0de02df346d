// Forms met on real pages of round 63, each rule with its example sentences. Sentences written for these tests (unit
// tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";
import { ticked as tickedOnly } from "./targets-of";

const all = (text: string, docYear?: number) => extract(text, { docYear, mentions: true });
const ticked = (text: string, docYear?: number) => tickedOnly(all(text, docYear).targets);

describe("a project's completion stated later in its paragraph", () => {
  const page = "项目总投资33.6亿元,计划建设5栋数据中心。此次开工的项目二期计划投资11.9亿元,建设2栋机房,目前正在进行地基工程。项目计划2025年12月底建成运营,二期项目建成后,可安装机柜5200台。";
  it("dates the project's figures that name no year (项目计划2025年12月底建成运营)", () => {
    const r = ticked(page, 2024);
    expect(r.map((t) => [t.value, t.year])).toEqual([[5, 2025], [11.9, 2025], [2, 2025], [5200, 2025]]);
  });
  it("and what the project does once built, after it (计划2016年底前全部建成。建成后,…)", () => {
    const r = all("该项目分为三期,计划2016年底前全部建成。建成后,可安排就业约5000人。", 2014).targets;
    expect(r.map((t) => t.year)).toEqual([2016]);
  });
  it("but not a completion already past (项目于2020年建成投产)", () => {
    expect(ticked("新建生产线3条。项目计划2020年底建成投产。", 2022).map((t) => t.year)).toEqual([2022]);
  });
  it("nor a month that only dates the work (2025年12月开工)", () => {
    expect(ticked("计划建设5栋数据中心。项目计划2025年12月开工。", 2024).map((t) => t.year)).toEqual([2024]);
  });
});

describe("a need before a verb of adding", () => {
  it("leaves the amount added (需增加消防车辆52台, 还需新建学校5所)", () => {
    expect(ticked("到2015年,需增加消防车辆52台。", 2012)[0].kind).toBe("increment");
    expect(ticked("到2015年,还需新建学校5所。", 2012)[0].kind).toBe("increment");
  });
  it("but 需求 is a noun (需求总量达到52台)", () => {
    expect(ticked("到2015年,需求总量达到52台。", 2012)[0].kind).toBe("level");
  });
});

describe("a yearly output sizing a capacity a plan forms", () => {
  it("is the capacity (形成年产200万千瓦风电装备和配套零部件的生产能力)", () => {
    const r = ticked("重庆市风电产业集群在2012年将形成年产200万千瓦风电装备和配套零部件的生产能力,实现工业销售产值200亿元。", 2009);
    expect(r.map((t) => [t.indicator, t.value, t.kind])).toEqual([["风电装备和配套零部件年生产能力", 200, "level"], ["工业销售产值", 200, "level"]]);
  });
  it("each of a list of them (形成年产200万千瓦陆上风电装备,200万千瓦海洋风电装备…的生产能力)", () => {
    const r = ticked("在2015年将形成年产200万千瓦陆上风电装备,300万千瓦海洋风电装备和配套零部件的生产能力。", 2009);
    expect(r.map((t) => [t.indicator, t.value])).toEqual([["陆上风电装备年生产能力", 200], ["海洋风电装备和配套零部件年生产能力", 300]]);
  });
  it("but not an output that names no capacity (形成年产200万千瓦风电装备)", () => {
    expect(ticked("到2015年形成年产200万千瓦风电装备。", 2009).map((t) => t.indicator)).not.toContain("风电装备年生产能力");
  });
});

describe("a rate per million", () => {
  it("after a slash (麻疹发病率控制在1/100万以下)", () => {
    const [t] = ticked("到2012年,全国麻疹发病率控制在1/100万以下。", 2006);
    expect([t.value, t.unit, t.comparator]).toEqual([1, "/100万", "<="]);
  });
  it("in words (发病率控制在百万分之一以下, 十万分之三)", () => {
    expect(ticked("到2012年,麻疹发病率控制在百万分之一以下。", 2009).map((t) => [t.value, t.unit])).toEqual([[1, "/百万"]]);
    expect(ticked("到2025年,发病率控制在十万分之三以下。", 2021).map((t) => [t.value, t.unit])).toEqual([[3, "/十万"]]);
  });
  it("but a round sum in words is none (百万元以上企业达到100家)", () => {
    expect(ticked("到2025年,百万元以上企业达到100家。", 2021).map((t) => t.value)).toEqual([100]);
  });
});

describe("a bound closing a condition with 时", () => {
  it("is the condition the goal after it holds under (发病率在1/10万以下时,…调查率达到100%)", () => {
    expect(ticked("到2012年,以省为单位麻疹发病率在1/10万以下时,麻疹疑似病例个案调查率达到100%。", 2006).map((t) => t.value)).toEqual([100]);
  });
  it("but a time within which a service acts is a goal (响应时间控制在2小时以内)", () => {
    expect(ticked("到2025年,响应时间控制在2小时以内,处置率达到100%。", 2021).map((t) => t.value)).toEqual([2, 100]);
  });
});

describe("what a statistics bulletin shows, or what has always held", () => {
  it("is past (据…统计公报显示,2012年新疆棉花种植面积达2470万亩)", () => {
    expect(ticked("据自治区农业厅农情调查统计公报显示,新疆棉花种植面积达2470万亩,较上年增加66万亩。", 2012)).toEqual([]);
  });
  it("(其中调出量一直保持在60%以上)", () => {
    expect(ticked("其中调出量一直保持在60%以上。", 2012)).toEqual([]);
  });
  it("but a will to hold it is a goal (要一直保持在60%以上)", () => {
    expect(ticked("到2015年,调出量要一直保持在60%以上。", 2012).map((t) => t.value)).toEqual([60]);
  });
});

describe("what years of a project already reached", () => {
  it("are past (项目开展5年间覆盖了全市城乡440所学校,为25万余名适龄儿童进行免费口腔检查)", () => {
    expect(ticked("项目开展5年间覆盖了全市城乡440所学校,为25万余名适龄儿童进行免费口腔检查。", 2023)).toEqual([]);
  });
  it("(覆盖了全市城乡440所学校: 了 before the whole place and its count)", () => {
    expect(ticked("该项目覆盖了全市城乡440所学校。", 2023)).toEqual([]);
  });
  it("but a plan for years ahead is a goal (项目实施3年内覆盖全市440所学校)", () => {
    expect(ticked("到2025年,项目覆盖全市440所学校。", 2023).map((t) => t.value)).toEqual([440]);
  });
});

describe("seasons across two years, listed before their values", () => {
  const page = "2025/2026年榨季、2026/2027年榨季、2027/2028年榨季全县糖料蔗收获机械化率要分别达到11.3%、17.32%、24.05%。其中联合机收率分别为6.39%、9.13%、10.95%。";
  it("give each value its season's first year (2025/2026年榨季 → 2025)", () => {
    const r = ticked(page, 2025);
    expect(r.map((t) => [t.indicator, t.value, t.year])).toEqual([
      ["全县糖料蔗收获机械化率", 11.3, 2025], ["全县糖料蔗收获机械化率", 17.32, 2026], ["全县糖料蔗收获机械化率", 24.05, 2027],
      ["联合机收率", 6.39, 2025], ["联合机收率", 9.13, 2026], ["联合机收率", 10.95, 2027],
    ]);
  });
  it("but the season a page of its later year is in is that year's (2022/2023年任务 on a page of 2023)", () => {
    expect(ticked("全镇2022/2023年甘蔗种植任务12000亩。", 2023).map((t) => t.year)).toEqual([2023]);
  });
  it("years listed with no comma need 分别 to share the values out (2025年和2030年全市…达到45%、50%)", () => {
    expect(ticked("2025年和2030年全市森林覆盖率分别达到45%、50%。", 2021).map((t) => t.year)).toEqual([2025, 2030]);
  });
});

describe("an event dated by its month after a news lead, and figures up to a month of the year", () => {
  it("report the past (记者…获悉,2009年12月,福建省9个县开展首批试点)", () => {
    expect(ticked("记者从昨日召开的全省工作电视电话会议获悉,2009年12月,福建省9个县(市、区)开展首批国家试点。", 2011)).toEqual([]);
  });
  it("(至今年2月底,参保人数达526.97万人)", () => {
    expect(ticked("至今年2月底,参保人数达526.97万人,参保率达80.86%。", 2011)).toEqual([]);
  });
  it("but a month's deadline for work is a goal (至今年6月底,全面完成排查整治30处)", () => {
    expect(ticked("至今年6月底,全面完成排查整治30处。", 2011).map((t) => t.value)).toEqual([30]);
  });
});

describe("a share after a verb of covering, before the places covered", () => {
  it("is the share of them (宽带网络将覆盖90%以上贫困村)", () => {
    const [t] = ticked("今年宽带网络将覆盖90%以上贫困村。", 2018);
    expect([t.value, t.kind, t.comparator]).toEqual([90, "share", ">="]);
  });
  it("but not a share followed by what is no place (覆盖90%以上业务)", () => {
    expect(ticked("今年宽带网络将覆盖90%以上业务。", 2018)).toEqual([]);
  });
});

describe("where the year is expected to end, on a page of its last months", () => {
  const page = (month: string) => `时间:2018-${month}-28\n局长杨黎旭:“预计到年底,全省奶山羊存栏200万只,同比增长17.6%,羊奶产量57万吨。”\n`;
  it("is the year's outturn, no goal (预计到年底,…)", () => {
    expect(ticked(page("12"))).toEqual([]);
  });
  it("but on a page of the year's middle months it may be the plan", () => {
    expect(ticked(page("05")).map((t) => t.value)).toEqual([200, 17.6, 57]);
  });
});

describe("income a head or a mu gains", () => {
  it("is an amount added (棉农人均增收200元以上, 全县农民人平增加纯收入500元)", () => {
    expect(ticked("到2015年,棉农人均增收200元以上。", 2011)[0].kind).toBe("increment");
    expect(ticked("今年全县农民人平增加纯收入500元。", 2011)[0].kind).toBe("increment");
  });
  it("but income reached is a level (农民人均纯收入达到8000元)", () => {
    expect(ticked("到2015年,农民人均纯收入达到8000元。", 2011)[0].kind).toBe("level");
  });
});

describe("a single Chinese numeral after a verb raising a count or a will to build, before a measure word", () => {
  it("is the count (飞机将增至四架, 今后扬州将建四个通用机场)", () => {
    expect(ticked("到2015年,直升飞机将增至四架。", 2011).map((t) => [t.value, t.unit])).toEqual([[4, "架"]]);
    expect(ticked("今后扬州将建四个通用机场。", 2017).map((t) => t.value)).toEqual([4]);
  });
  it("but not a numeral naming a thing (推动两台一体化发展)", () => {
    expect(ticked("推动两台一体化发展。", 2017)).toEqual([]);
  });
});

describe("a byline with the page's date and its source", () => {
  it("dates the page (admin 2004-03-17 来源:景观中国网)", () => {
    const r = extract("今年西宁人均公共绿地面积要达到6.3平方米\n\nadmin 2004-03-17 来源:景观中国网\n西宁市今年计划完成人工造林3.04万亩。\n", {});
    expect(r.document.docYear).toBe(2004);
    expect(tickedOnly(r.targets).map((t) => t.year)).toEqual([2004, 2004]);
  });
});

describe("units of leaf and of cigarettes", () => {
  it("担 weighs leaf (收购烟叶156.6万担), 箱 counts cigarettes where 烟 stands near (年卷烟销量达36万箱)", () => {
    expect(ticked("今年全市计划收购烟叶156.6万担。", 2022).map((t) => t.unit)).toEqual(["万担"]);
    expect(ticked("到2024年,年卷烟销量达36万箱。", 2020).map((t) => t.unit)).toEqual(["万箱"]);
  });
  it("but not 担 opening a word (3人担任组长), nor 箱 of anything else (新增2000箱装设备)", () => {
    expect(all("由3人担任组长。", 2022).mentions?.find((m) => m.text.startsWith("3"))?.unit).toBe("人");
    expect(ticked("新增2000箱装设备。", 2022)).toEqual([]);
  });
});

describe("a year's results, then what this year does on them", () => {
  it("date the page the year after (【画外】2023年,…出栏170.45万只,…在此基础上,今年又…)", () => {
    const r = extract("【画外】2023年,嫩江市大鹅养殖数量达到了210万只,出栏170.45万只,在此基础上,今年又进一步加大了扶持力度。\n大鹅饲养量争取今年是260万只。\n", {});
    expect(r.document.docYear).toBe(2024);
    expect(tickedOnly(r.targets).map((t) => [t.value, t.year])).toEqual([[260, 2024]]);
  });
});

describe("the day a news lead opens on, on a page with no date of its own", () => {
  const page = "据国家邮政局网站消息,1月6日,2020年全国邮政管理工作会议在北京召开。会议提出,预计2020年全年邮政业业务总量完成1.9万亿元,同比增长20%左右。\n";
  it("is the page's month: early in the year, its own year's estimate is its plan", () => {
    expect(ticked(page, 2020).map((t) => t.value)).toEqual([1.9, 20]);
  });
  it("but late in the year it is the year's outturn", () => {
    expect(ticked(page.replace("1月6日", "12月6日"), 2020)).toEqual([]);
  });
});

describe("the year's goals named with 即 after their comma", () => {
  it("lead the paragraph's next sentences, whose on-year growth is a goal (预期目标,即…。其中,快递业务收入完成900亿元,同比增长20%)", () => {
    const r = ticked("日前召开的年度工作会议提出了2012年全行业发展预期目标,即业务总量完成1860亿元,同比增长16%。其中,快递业务收入完成900亿元,同比增长20%。", 2012);
    expect(r.map((t) => t.value)).toEqual([1860, 16, 900, 20]);
  });
});

describe("what the sentences before a deadline are due by, and a phase's completion", () => {
  it("dates them (…储气能力。需在2020年前达成上述要求)", () => {
    const r = ticked("《意见》要求供气企业拥有不低于其年合同销售量10%的储气能力,城镇燃气企业形成不低于其用气量5%的储气能力。需在2020年前达成上述要求。", 2018);
    expect(r.map((t) => t.year)).toEqual([2020, 2020]);
  });
  it("(…设计LNG年周转能力约180万吨,预计一期2027年建成投用)", () => {
    expect(ticked("扩建项目拟建设库容36万方LNG储罐,设计LNG年周转能力约180万吨,预计一期2027年建成投用。", 2024).map((t) => [t.value, t.year])).toEqual([[180, 2027]]);
  });
});

describe("a capacity stated per year", () => {
  it("is a level (天然气接收能力每年达200万吨)", () => {
    expect(ticked("到2025年,天然气接收能力每年达200万吨。", 2022)[0].kind).toBe("level");
  });
  it("but a capacity added per day is added (新增污水厂处理规模每天20万吨)", () => {
    expect(ticked("今年新增污水厂处理规模每天20万吨。", 2021)[0].kind).toBe("increment");
  });
});

describe("a place described, then the work a project does there after a semicolon", () => {
  it("is work, not description (…海域面积358.626公顷;项目实施建设海上综合管护平台1座)", () => {
    const r = ticked("示范区位于赣榆区海州湾近海海域,海域面积358.626公顷;项目实施建设海上综合管护平台1座,投放人工鱼礁3.3万空方;海区分布多种底栖鱼类。", 2022);
    expect(r.map((t) => t.value)).toEqual([1, 3.3]);
  });
});

describe("a page's time field with the year last", () => {
  it("dates the page (时间:03/14/2011 03:48:32)", () => {
    const r = extract("四川省水运建设投资将超350亿\n\n中国市场调查网  时间:03/14/2011 03:48:32   来源:中国交通运输经济信息网\n\n今年,全省新增港口集装箱吞吐能力50万标箱。\n", {});
    expect(r.document.docYear).toBe(2011);
  });
});

describe("paragraphs after one opening with a plan period as its time", () => {
  it("go on with the period's goals (“十二五”期间,…将超过350亿元。/ 进出川…高等级航道达1209公里)", () => {
    const r = ticked("“十二五”期间,四川省水运建设总投资将超过350亿元。\n进出川水运主通道通行能力明显提升。全省四级及以上高等级航道达1209公里。\n今年,全省新增港口集装箱吞吐能力50万标箱。\n", 2011);
    expect(r.map((t) => [t.value, t.year])).toEqual([[350, 2015], [1209, 2015], [50, 2011]]);
  });
  it("but not after one saying what the period is (“十五五”时期是…关键时期)", () => {
    const r = ticked("研读2026年政府工作报告,今年的工作部署详实具体。\n“十五五”时期是基本实现现代化的关键时期。\n推进制造业延链强链。实施100个重点工业和技改项目,完成年度投资500亿元。\n", 2026);
    expect(r.map((t) => t.year)).toEqual([2026, 2026]);
  });
});

describe("the source, then the page's date with no time", () => {
  it("dates the page, after markup left in the line too (…<br >来源:厦门日报 2012-12-24 编辑:黄水来)", () => {
    const r = extract("明年4月份同集路八座天桥将投用<br >来源:厦门日报 2012-12-24 编辑:黄水来\n\n计划今年完成投资2632万元。\n", {});
    expect(r.document.docYear).toBe(2012);
  });
});

describe("a soil's content per kilogram", () => {
  it("is a unit (有机质含量平均达到32 g/kg以上)", () => {
    expect(ticked("到2030年,耕地土壤有机质含量平均达到 32 g/kg 以上。", 2021).map((t) => [t.value, t.unit])).toEqual([[32, "g/kg"]]);
  });
});

describe("what a completion or a capacity does not reach", () => {
  it("a project finished after a work report's goals does not date them (…。加快推进宜涪高铁建设,力争2027年建成通车)", () => {
    const r = ticked("主要预期目标:地区生产总值增长6%左右,城镇新增就业3万人。加快推进宜涪高铁建设,力争2027年建成通车。", 2025);
    expect(r.map((t) => t.year)).toEqual([2025, 2025]);
  });
  it("nor a centre's completion the projects counted before it (新开工项目100个。市体育中心计划2026年底前全部建成)", () => {
    expect(ticked("全年完成固定资产投资300亿元,新开工项目100个。市体育中心计划2026年底前全部建成。", 2025).map((t) => t.year)).toEqual([2025, 2025]);
  });
  it("a count opening a sentence that names a capacity later is no capacity formed (50个村建成便民服务站,基层服务能力明显增强)", () => {
    expect(all("50个村建成便民服务站,基层服务能力明显增强。", 2025).targets.map((t) => t.indicator).join()).not.toContain("生产能力");
  });
  it("a will to keep a level always is a goal (确保全县粮食播种面积一直稳定在100万亩以上)", () => {
    expect(ticked("确保全县粮食播种面积一直稳定在100万亩以上,粮食总产达到50万吨。", 2012).map((t) => t.value)).toEqual([100, 50]);
  });
  it("a 其中 sentence sharing values over items it lists is no part of the years before (其中,城区和郊区的绿化覆盖率分别达到42%、38%)", () => {
    const r = ticked("到2025年、2030年,全市森林覆盖率分别达到40%、45%。其中,城区和郊区的绿化覆盖率分别达到42%、38%。", 2021);
    expect(r.map((t) => [t.value, t.year])).toEqual([[40, 2025], [45, 2030], [42, 2030], [38, 2030]]);
  });
});

// Forms met on real pages of round 49, each rule with its example sentences. Sentences written for these tests (unit
// tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const all = (text: string, docYear?: number) => extract(text, { docYear, mentions: true });
const ticked = (text: string, docYear?: number) => all(text, docYear).targets.filter((t) => t.confidence !== "low");

describe("a year called a first, key or important year of something", () => {
  const text = "会上,代表们听取了政府工作报告。2012年,全镇预计农业总产值1.2亿元。2013年是贯彻落实十八大精神的第一年,也是承前启后的重要一年,镇党委要求,全体代表要为全面实现2013年农业总产值增长10%以上的目标凝聚力量。";
  it("dates the document when the sentence goes on to what is to be done (…的第一年,…全体代表要…)", () => {
    const r = all(text);
    expect(r.document.docYear).toBe(2013);
    expect(r.targets.map((t) => [t.value, t.year])).toEqual([[10, 2013]]);
    expect(r.mentions?.find((m) => m.value === 1.2)?.role).toBe("past");
  });
  it("but not a year said to be one looked back on (2012年是极不平凡的一年。)", () => {
    expect(all("2012年是极不平凡的一年。全镇农业总产值1.2亿元。").document.docYear).not.toBe(2012 + 1);
  });
});

describe("a rate per mille named as a rate", () => {
  it("is a share even when it is one of growth (人口自然增长率控制在4.5‰以内)", () => {
    expect(ticked("今年人口自然增长率控制在4.5‰以内。", 2013).map((t) => [t.value, t.unit, t.kind])).toEqual([[4.5, "‰", "share"]]);
  });
  it("while a growth in per mille with no rate named stays a growth (人口自然增长4‰)", () => {
    expect(ticked("今年人口自然增长控制在4‰以内。", 2013).map((t) => t.kind)).toEqual(["growth"]);
  });
});

describe("how often, between the verb of a level and its number", () => {
  it("names nothing: the level is held each year (粮食产量稳定在每年110亿斤以上)", () => {
    expect(ticked("到2025年,全市粮食产量稳定在每年110亿斤以上。").map((t) => [t.indicator, t.kind, t.year])).toEqual([["全市粮食产量", "level", 2025]]);
  });
});

describe("qualities listed before the noun a count counts", () => {
  it("are part of the noun (建设300个资源独特、设施完备、业态丰富的休闲农业重点县)", () => {
    expect(ticked("到2025年建设300个资源独特、设施完备、业态丰富的休闲农业重点县。", 2021).map((t) => t.indicator)).toEqual(["资源独特、设施完备、业态丰富的休闲农业重点县"]);
  });
  it("but items counted one by one stay apart (新建20个口袋公园、10个停车场)", () => {
    expect(ticked("今年新建20个口袋公园、10个停车场。", 2021).map((t) => t.indicator)).toEqual(["口袋公园", "停车场"]);
  });
});

describe("a month that dates a text issued, named before its verb", () => {
  it("opens no months-so-far report (今年4月,《…的通知》发布,拟到2025年建设300个…)", () => {
    const text = "今年4月,《农业农村部关于开展全国休闲农业重点县建设的通知》发布,拟到2025年建设300个资源独特、设施完备的休闲农业重点县。";
    expect(ticked(text, 2021).map((t) => [t.value, t.year])).toEqual([[300, 2025]]);
  });
  it("while the months so far still report results (今年1-4月,全市新建公园30个)", () => {
    expect(ticked("今年1-4月,全市新建公园30个。", 2021)).toEqual([]);
  });
});

describe("a year's plan whose words are told as 明年, on an undated page", () => {
  it("was written the year before: 明年 is the plan's year (市教委发布2011年全市教育工作要点指出,明年,…)", () => {
    const r = all("昨日,市教委发布2011年全市教育工作要点指出,明年,我市幼儿接受学前教育的比例将提高。“明年,我们将使乡镇中心幼儿园覆盖率达到65%。”");
    expect(r.document.docYear).toBe(2010);
    expect(r.targets.map((t) => [t.value, t.year])).toEqual([[65, 2011]]);
  });
});

describe("points added to a share, the verb of adding before its name", () => {
  it("are an increment (全市新增森林覆盖率0.3个百分点)", () => {
    expect(ticked("今年全市新增森林覆盖率0.3个百分点。", 2016).map((t) => t.kind)).toEqual(["increment"]);
  });
  it("while points a share stands above another are a share (森林覆盖率高于全省0.3个百分点)", () => {
    expect(ticked("今年森林覆盖率高于全省0.3个百分点。", 2016).map((t) => t.kind)).not.toContain("increment");
  });
});

describe("a span of years of work to a plan's horizon", () => {
  it("ends with the plan when the horizon is N years after the document's (力争通过三年时间 in a 2024–2027 plan)", () => {
    const text = "北京市经济和信息化局日前就《北京市促进低空经济产业高质量发展行动方案(2024-2027年)》征求意见。行动方案提及,力争通过三年时间,低空经济相关企业数量突破5000家;到2027年,培育龙头企业10家。";
    expect(ticked(text, 2024).map((t) => [t.value, t.year])).toEqual([[5000, 2027], [10, 2027]]);
  });
  it("while with no such horizon three years count the document's own (力争用三年时间 in 2022 ends in 2024)", () => {
    expect(ticked("力争用三年时间,新建公园30个。", 2022).map((t) => t.year)).toEqual([2024]);
  });
});

describe("parts of what the clause before built, listed after 包括 and closed by 等", () => {
  it("are parts of the increment (新增各类公园100座,包括城市公园、口袋公园等80座,休闲森林公园20座)", () => {
    expect(ticked("全年计划新增各类公园100座,包括城市公园、口袋公园等80座,休闲森林公园20座。", 2026).map((t) => [t.value, t.kind])).toEqual([[100, "increment"], [80, "increment"], [20, "increment"]]);
  });
  it("but not a list after 包括 in another unit (新增公园100座,包括城市公园、口袋公园等80公顷)", () => {
    expect(ticked("全年计划新增公园100座,包括城市公园、口袋公园等80公顷。", 2026).map((t) => t.value)).toEqual([100]);
  });
});

describe("a count opening its clause after 涉及…的", () => {
  it("counts those involved, not an amount (涉及…项目的4个村严格按照上报时间节点开工完工)", () => {
    const r = all("涉及农村人居环境优化工程项目的4个村严格按照上报时间节点开工完工。", 2022);
    expect(r.targets).toEqual([]);
    expect(r.mentions?.find((m) => m.value === 4)?.role).toBe("other");
  });
  it("while a verb before 涉及 still counts the work (新建涉及民生的10个项目)", () => {
    expect(ticked("今年新建涉及民生的10个项目。", 2022).map((t) => t.value)).toEqual([10]);
  });
});

describe("the year's work with what it builds named first", () => {
  it("is an increment (农村生活污水处理设施上海今年再建设8万户; 漳州今年建设保障房7981套)", () => {
    expect(ticked("农村生活污水处理设施上海今年再建设8万户", 2019).map((t) => t.kind)).toEqual(["increment"]);
    expect(ticked("漳州今年建设保障房7981套。", 2023).map((t) => t.kind)).toEqual(["increment"]);
  });
});

describe("a site's filing time", () => {
  it("dates the page (归档时间:2019-01-25): what the year before did is its review", () => {
    const r = all("江苏全省重点水利建设拟投资126亿元\n\n归档时间:2019-01-25\n\n记者获悉,2018年我省重点工程累计完成投资234亿元。今年我省将全年初步安排重点水利建设126亿元。");
    expect(r.document.issueDate).toBe("2019-01-25");
    expect(r.targets.map((t) => [t.value, t.year])).toEqual([[126, 2019], [126, 2019]]);
  });
});

describe("what a news lead learnt of a year from a meeting", () => {
  it("dates the page when its clause goes on to what is hoped or to be done (了解到,2014年我省…有望突破600亿元)", () => {
    const r = all("记者从1月10日召开的全省交通运输工作会议上了解到,2014年我省交通运输固定资产投资有望突破600亿元。年内建成高速公路300公里以上。");
    expect(r.document.docYear).toBe(2014);
    expect(r.targets.filter((t) => t.confidence !== "low").map((t) => [t.value, t.year])).toEqual([[300, 2014]]);
  });
  it("but not a review the lead learnt of (获悉,2018年我省…累计完成投资234亿元)", () => {
    expect(all("记者从会议上获悉,2018年我省重点工程累计完成投资234亿元。").document.docYear).not.toBe(2018);
  });
});

describe("a bare name after work of the same unit", () => {
  it("shares the verb of building (新开工高速公路和一级公路1000公里,二级公路1000公里)", () => {
    expect(ticked("今年新开工高速公路和一级公路1000公里,二级公路1000公里。", 2014).map((t) => t.kind)).toEqual(["increment", "increment"]);
  });
  it("but not a norm per unit (新开工道路10公里,每段1公里)", () => {
    expect(ticked("今年新开工道路10公里,每段1公里。", 2014).map((t) => t.kind)).toEqual(["increment", "level"]);
  });
});

describe("the first half of the year on a page of its second half", () => {
  it("reports results (2023-08-02 …上半年,新增外资项目91个;…力争全年引进创新型企业1300家)", () => {
    const r = all("2023-08-02 17:03:58来源: 苏州日报\n\n上半年,新增外资项目91个,上半年7个省重大项目全部开工。\n\n力争全年引进创新型企业1300家。");
    expect(r.targets.map((t) => t.value)).toEqual([1300]);
  });
  it("while on a page of spring the first half is still ahead (2023-03-02 …上半年,新增外资项目91个)", () => {
    expect(all("2023-03-02 17:03:58来源: 苏州日报\n\n上半年,新增外资项目91个。").targets.map((t) => t.value)).toEqual([91]);
  });
  it("and a goal to a year of its own ends the months so far (…今年上半年…增长6.8% - …计划到2027年底落地首店6500家,首发活动超1000场)", () => {
    const r = all("人民日报·2025-07-31 21:54\n在成都,今年上半年首发经济带动锦江区消费同比增长6.8% - “赶首发”成为消费新潮流,为各大商圈带来客流高峰 - 成都出台三年行动方案,计划到2027年底落地各类首店累计达6500家,高能级首秀首展等首发活动超1000场。");
    expect(r.targets.map((t) => t.value)).toEqual([6500, 1000]);
  });
});

describe("goals listed, then said to be the year's", () => {
  it("date the page (地区生产总值增长6%以上,……这是厦门市集美区2024年的发展目标)", () => {
    const r = all("台海网12月28日讯(海峡导报记者 康泽辉/文) 地区生产总值增长6%以上,固定资产投资增长6.5%……这是厦门市集美区2024年的发展目标。");
    expect(r.document.docYear).toBe(2024);
    expect(r.targets.map((t) => [t.indicator, t.year])).toEqual([["地区生产总值", 2024], ["固定资产投资", 2024]]);
  });
});

describe("a list of goals one a line, with no end marks", () => {
  it("parts a count closing a line from a verb of work opening the next, after a word of manner (…5G基站超2900个 / 积极打造…)", () => {
    const r = all("关键词\n城乡融合\n三龙湾南海片区基本实现5G讯号全覆盖,力争全区新建成5G基站超2900个\n积极打造城乡融合发展十大示范片区\n力争年内拆除整理土地3万亩", 2020);
    expect(r.targets.map((t) => t.indicator)).toContain("全区新建成5G基站");
    expect(r.targets.find((t) => t.value === 3)?.indicator).not.toContain("示范片区");
  });
});

describe("a news conference on a year's results", () => {
  it("reviews that year (召开2018年“十件实事”完成情况系列发布会,…2019年教育局将…)", () => {
    const r = all("荆楚网消息 2019年1月9日,襄阳市政府新闻办召开2018年“十件实事”完成情况系列发布会,2019年教育局将列入政府“十件实事”的规划进行了新闻发布。此外,2019年拟纳入市政府“十件实事”项目二项,一是新建、改扩建幼儿园18所。");
    expect(r.document.docYear).toBe(2019);
    expect(r.targets.map((t) => [t.value, t.year])).toEqual([[18, 2019]]);
  });
});

describe("an amount a bracket leaves out", () => {
  it("is no target (总投资58628万元(不含开发商和民营投资的建设资金23000万元))", () => {
    const r = all("今年新建学校12所,总投资58628万元(不含开发商和民营投资的建设资金23000万元)。", 2019);
    expect(r.targets.map((t) => t.value)).not.toContain(23000);
    expect(r.mentions?.find((m) => m.value === 23000)?.role).toBe("qualifier");
  });
});

describe("a grant named in the next item of a list", () => {
  it("makes no parameter of the item before it (新筹集保障房64176套、发放公租房租赁补贴26620户)", () => {
    expect(ticked("通知明确,今年广西将新筹集保障房64176套、发放公租房租赁补贴26620户。", 2022).map((t) => t.value)).toEqual([64176, 26620]);
  });
  it("while a grant after its own amount stays a parameter (给予5万元、10万元补助)", () => {
    expect(ticked("对新认定的企业分别给予5万元、10万元补助。", 2022)).toEqual([]);
  });
});

describe("the size of a list made public", () => {
  it("is no target (2022年姑苏区17个政府实事项目正式出炉)", () => {
    expect(ticked("2022年姑苏区17个政府实事项目正式出炉\n今年,姑苏区将新建公园3个。", 2022).map((t) => t.value)).toEqual([3]);
  });
});

describe("a count all of which are to meet the standard", () => {
  it("says which, the full compliance is the aim (29个出境断面水质全部达标)", () => {
    expect(all("到2020年,重点生态功能区29个出境断面水质全部达标。", 2019).mentions?.find((m) => m.value === 29)?.role).toBe("qualifier");
  });
});

describe("a digest's keyword line", () => {
  it("names figures restated below with what they measure (关键词一:6.0%、6.0%、20%)", () => {
    const r = all("关键词一:6.0%、6.0%、20%\n新一年地区生产总值增长6%左右。", 2024);
    expect(r.targets.map((t) => t.value)).toEqual([6]);
    expect(r.mentions?.find((m) => m.text.startsWith("20"))?.role).toBe("other");
  });
});

describe("the ranks a level is measured against", () => {
  it("are no count (超过全国百强县后5位平均水平)", () => {
    expect(all("到2011年,各项指标也都超过全国百强县后5位平均水平。", 2009).mentions?.find((m) => m.value === 5)?.role).toBe("qualifier");
  });
});

describe("a past year said after a speaker's words, its government the subject", () => {
  it("dates the review that goes on after it (付拥军表示,2018年市政府“十件实事”有效地增加了…。新建、改扩建的30所幼儿园增加学位4505个)", () => {
    const text = "付拥军表示,2018年市政府“十件实事”有效地增加了教育资源供给,极大地改善了办学条件。新建、改扩建的30所幼儿园增加学位4505个,孩子们入园难的问题得到一定程度的缓解。";
    expect(ticked(text, 2019)).toEqual([]);
  });
});

describe("the parts a document just named is divided into", () => {
  it("are no amounts (《“1+3+1”政策体系》,分为1个民营经济品牌政策、3个产业专项政策和1个人才支撑政策)", () => {
    const r = all("会上,新津正式发布《新津区“1+3+1”政策体系》,分为1个民营经济品牌政策、3个产业专项政策和1个人才支撑政策。", 2025);
    expect(r.targets).toEqual([]);
  });
  it("while a clause dividing work with no document named still counts (全区分为3个片区推进,新建公园5个)", () => {
    expect(ticked("今年新建公园5个。", 2025).map((t) => t.value)).toEqual([5]);
  });
});

describe("what a quoted number of a scheme's name stands for", () => {
  it("is part of the name (“八”即是重点拓展建设八个应用场景)", () => {
    const r = all("《行动计划》可以按照“一二三四五八”来理解。“八”即是重点拓展建设八个应用场景。", 2024);
    expect(r.targets).toEqual([]);
    expect(r.mentions?.find((m) => m.text === "八个")?.role).toBe("name");
  });
});

describe("sizes inside the names of projects pushed on", () => {
  it("are no amounts (加快伊赛10万头肉牛和50万吨饲料等项目建设,年内饲料生产能力达到125万吨)", () => {
    expect(ticked("加快伊赛10万头肉牛和50万吨饲料等项目建设,年内饲料生产能力达到125万吨。", 2012).map((t) => t.value)).toEqual([125]);
  });
  it("while a count of projects pushed on is read (加快推进10个重点项目建设)", () => {
    expect(all("今年加快推进10个重点项目建设。", 2012).mentions?.find((m) => m.value === 10)?.role).not.toBe("qualifier");
  });
});

describe("a meeting summing up one year and dispatching the next's work", () => {
  it("dates the page to the later year (从2022年湖北省交通运输工作总结暨2023年一季度“开门红”工作调度会上获悉,去年全年,…)", () => {
    const r = all("2月15日,记者从2022年湖北省交通运输工作总结暨2023年一季度“开门红”工作调度会上获悉,去年全年,湖北省累计完成交通固定资产投资1340.6亿元,今年全省计划完成公路水路交通固定资产投资1500亿元。");
    expect(r.document.docYear).toBe(2023);
    expect(r.targets.map((t) => [t.value, t.year])).toEqual([[1500, 2023]]);
  });
});

describe("a place before what it plans", () => {
  it("leaves the planned work an increment (湖北计划完成公路水路交通固定资产投资1500亿元)", () => {
    expect(ticked("今年,湖北计划完成公路水路交通固定资产投资1500亿元。", 2023).map((t) => t.kind)).toEqual(["increment"]);
  });
});

describe("a year's work a meeting lays out, or the goals it speaks of", () => {
  it("dates the page (部署了科工局2018年工作。…规模工业总产值达到240亿元)", () => {
    expect(all("会上全文学习全县经济工作报告,部署了科工局2018年工作。工业工作,全县规模工业总产值达到240亿元。").targets.map((t) => t.year)).toEqual([2018]);
  });
  it("dates the page (关于2024年我市农业农村工作的目标,…粮食播种面积稳定在265万亩)", () => {
    expect(all("关于2024年我市农业农村工作的目标,粮食播种面积稳定在265万亩以上。").targets.map((t) => t.year)).toEqual([2024]);
  });
});

describe("this year's measures made public after a look back", () => {
  it("are the year's goals (总结了过去五年的成绩,…更公布了今年的“硬核”举措——新增学位5万个)", () => {
    const r = all("2月26日,长沙市2026年全市教育工作会议召开,总结了过去五年的成绩,描绘了未来五年的蓝图,更公布了今年的“硬核”举措——新增学位5万个、新建8所特殊教育学校。");
    expect(r.targets.filter((t) => t.confidence !== "low").map((t) => [t.value, t.year])).toEqual([[5, 2026], [8, 2026]]);
  });
});

describe("a count of a quoted word of one or two characters", () => {
  it("is a slogan's, not ticked (打造六个“新”)", () => {
    expect(ticked("未来五年,长沙教育将打造六个“新”。", 2026)).toEqual([]);
  });
});

describe("the value a goal is anchored to, then the rate it measures", () => {
  it("is a growth target (2025年锚定7.5%以上经济增速)", () => {
    expect(ticked("黄梅:2025年锚定7.5%以上经济增速", 2025).map((t) => [t.value, t.kind, t.indicator])).toEqual([[7.5, "growth", "经济增速"]]);
  });
});

describe("the year's plan in a progress report", () => {
  it("is the target the report measures against (…计划开工改造危旧房棚户区1250套(户)。截至7月底,开工建设…1005套)", () => {
    const r = all("1月-7月老旧小区改造及保障性安居工程进展情况\n2020年,我市保障性安居工程计划开工改造危旧房棚户区1250套。截至7月底,开工建设危旧房棚户区1005套,占目标任务的80.40%。");
    expect(r.targets.map((t) => [t.value, t.year])).toEqual([[1250, 2020]]);
  });
});

describe("what a place has at present", () => {
  it("is the present state, and the measures after it too (目前全市共有各类体育场地5792个,总用地面积1026.2平方米,…到2025年,…达到2.2平方米)", () => {
    const r = all("目前全市共有各类体育场地5792个,总用地面积1026.2平方米,人均占有1.18平方米,到2025年,人均体育场地面积达到2.2平方米。", 2015);
    expect(r.targets.map((t) => t.value)).toEqual([2.2]);
  });
});

describe("pay-outs a plan makes", () => {
  it("are an increment, and the places' shares after 其中 too (租赁补贴计划发放16555户,其中平城区1700户)", () => {
    expect(ticked("今年城镇住房保障家庭租赁补贴计划发放16555户,其中平城区1700户、云冈区3650户。", 2021).map((t) => t.kind)).toEqual(["increment", "increment", "increment"]);
  });
});

describe("the document's year opening a sentence of work going on", () => {
  it("turns a review paragraph (2021年以来,…累计改造完成105个老旧小区。2025年,继续实施老旧小区改造85个)", () => {
    const r = all("2021年以来,我局牵头实施城镇老旧小区改造,全区累计改造完成105个老旧小区。2025年,继续实施老旧小区改造85个。", 2025);
    expect(r.targets.map((t) => t.value)).toEqual([85]);
  });
});

describe("months so far with the first month named too", () => {
  it("report results (今年1月至10月,全州预计接待游客3932.88万人次,…力争实现全年接待旅游人数4300万人次)", () => {
    const r = all("今年1月至10月,全州预计接待游客3932.88万人次,同比增长10.02%,力争实现全年接待旅游人数4300万人次。", 2023);
    expect(r.targets.map((t) => t.value)).toEqual([4300]);
  });
});

describe("a table of targets handed down for assessment", () => {
  const table = "旌阳区2016年度经济社会发展目标任务分解表\n项 目\n分值\n目标任务\n监考单位\n宏观调控\n地区生产总值增长率\n3\n年终根据全省平均水平综合考核\n区发改局区统计局\n全社会固定资产投资额\n3\n186\n区发改委区统计局\n建筑业总产值\n1\n140\n区住建局\n";
  it("reads the target column, not the scores, under a category cell (项 目 | 分值 | 目标任务 | 监考单位)", () => {
    expect(ticked(table).map((t) => [t.indicator, t.value, t.year])).toEqual([["全社会固定资产投资额", 186, 2016], ["建筑业总产值", 140, 2016]]);
  });
  it("is no statistical bulletin for a cell naming a statistics bureau beside another office (区发改委区统计局)", () => {
    expect(all(table).document.docYear).toBe(2016);
  });
  it("while a bare 目标 cell takes no second half in a progress table (目标 | 任务 | 进度 | 完成比例(%))", () => {
    const progress = "2019年十大民生工程项目完成情况表\n地区\n就业促进工程\n目标\n任务\n进度\n完成比例(%)\n市本级\n961.7\n22921\n1444\n3.48\n";
    expect(ticked(progress, 2019)).toEqual([]);
  });
});

describe("Taiwan's words for 计划 and 规划 in a traditional-character page", () => {
  it("are read as 计划 (…確保水系管理全覆蓋,2016年計畫完成河道清淤87.5萬立方米)", () => {
    const r = all("今年江幹計畫投資約3730萬元,實施河道清淤8條8萬立方米。確保水系管理全覆蓋,2016年計畫完成河道清淤87.5萬立方米。");
    expect(r.document.docYear).toBe(2016);
    expect(r.targets.find((t) => t.value === 87.5)?.year).toBe(2016);
  });
});

describe("the year whose target-responsibility letters a meeting signs", () => {
  it("dates the page (并与各县(市、区)签订了2010年度目标责任考核任务书)", () => {
    expect(all("会议要求,今年全市水利工作要解决40万群众的饮水安全问题。会议表彰通报了2009年度水务工作先进单位,并与各县(市、区)签订了2010年度目标责任考核任务书。").document.docYear).toBe(2010);
  });
});

describe("a selection's result and the ranks in it", () => {
  it("are no targets (我市共有9个镇入选,…分别是杜阮镇(721名)和棠下镇(786名))", () => {
    expect(ticked("我市共有9个镇入选,其中,蓬江共有2个镇入选,分别是杜阮镇(721名)和棠下镇(786名)。力争全年招商引资超130亿元。", 2024).map((t) => t.value)).toEqual([130]);
  });
});

describe("the year's budget on a page of its draft", () => {
  it("is the plan, its 同比 comparing it with last year (…2015年预算草案…。2015年,福建省一般公共预算总收入4309亿元,同比上年增加390.72亿元,增长10%)", () => {
    const r = all("昨日,福建省2014年预算执行情况及2015年预算草案提交审议。2014年,全省一般公共预算总收入3828.02亿元,完成年初预算的100.6%。2015年,福建省一般公共预算总收入4309亿元,同比上年增加390.72亿元,增长10%。");
    expect(r.targets.map((t) => t.value)).toEqual([4309, 390.72, 10]);
  });
  it("while a year's outturn on a page of no draft stays a review (2015年,全省一般公共预算总收入4309亿元,同比增长10%)", () => {
    expect(ticked("2015年,全省一般公共预算总收入4309亿元,同比增长10%。", 2015)).toEqual([]);
  });
});

describe("a report's goal for a year it names, and a year's figure stated as reached", () => {
  it("date the page to the goal's year (政府工作报告明确2024年地方一般公共预算收入增长6%;…2023年我省教育支出达到1578.9亿元。今年将…)", () => {
    const r = all("“政府工作报告明确2024年地方一般公共预算收入增长6%,我们将在六个方面再发力。”\n办好人民满意教育。2023年我省教育支出达到1578.9亿元,占比16.5%,是第一大支出。今年将重点支持义务教育优质均衡发展。");
    expect(r.document.docYear).toBe(2024);
    expect(r.targets.filter((t) => t.confidence !== "low").map((t) => t.value)).toEqual([6]);
  });
});

describe("a period's plan proposal named at the head", () => {
  it("dates the page to the year before the period (我省十三五规划建议明确提出:今后五年,…)", () => {
    expect(all("我省十三五规划建议明确提出:今后五年,全省要努力实现八大新目标,到2020年全省生产总值跃上万亿元台阶。").document.docYear).toBe(2015);
  });
});

describe("a year's achievements and its goals as labelled lists", () => {
  const text = "1月26日上午,陕西省第十三届人民代表大会第五次会议在西安开幕。\n2020年成就:\n实现生产总值2.62万亿元,增长2.2%\n固定资产投资增长4.1%\n2021年目标:\n生产总值增长6.5%左右\n城镇新增就业40万人\n";
  it("date the page to the goals' year and leave the achievements past (2020年成就: … 2021年目标: …)", () => {
    const r = all(text);
    expect(r.document.docYear).toBe(2021);
    expect(r.targets.map((t) => [t.value, t.year])).toEqual([[6.5, 2021], [40, 2021]]);
  });
  it("while a table's header cell of a target year, one cell a line, dates nothing (2025年目标)", () => {
    expect(all("指标\n2020年\n2025年目标\n地区生产总值\n100\n150\n").document.docYear).not.toBe(2025);
  });
});

describe("projects started or resumed so far", () => {
  it("are progress, the year's planned investment the target (…年内计划完成投资86亿元,开复工项目25个,开复工率78%)", () => {
    const r = all("2022年,全市实施高端化项目。1-6月份,开复工项目64项。\n新型化工项目年内计划完成投资86亿元,开复工项目25个,开复工率78%;", 2022);
    expect(r.targets.map((t) => t.value)).toEqual([86]);
  });
  it("while a rate to reach stays a goal (一季度重点项目开复工率达到90%以上)", () => {
    expect(ticked("一季度重点项目开复工率达到90%以上。", 2022).map((t) => t.value)).toEqual([90]);
  });
});

describe("what a place has at present, its name first", () => {
  it("opens a paragraph of the present state (硚口区目前共有64所幼儿园,在园幼儿数15152人。普惠性民办幼儿园数量达到28所)", () => {
    const r = all("硚口区目前共有64所幼儿园,在园幼儿数15152人。普惠性民办幼儿园数量达到28所。\n未来3年,硚口区将让学前3年教育毛入园率保持在98%以上。", 2018);
    expect(r.targets.map((t) => t.value)).toEqual([98]);
  });
});

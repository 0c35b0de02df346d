// Forms met on real pages of round 46, each rule with its example sentences. Sentences written for these tests (unit
// tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const all = (text: string, docYear?: number) => extract(text, { docYear, mentions: true });
const ticked = (text: string, docYear?: number) => all(text, docYear).targets.filter((t) => t.confidence !== "low");

describe("the year of a plan a news page names in full", () => {
  it("is the year of the 《…》 title the page reports on (《2020年…工作方案》正式发布)", () => {
    const text = "近日,《2020年沈阳市农业农村污染治理工作方案》正式发布。\n今年,沈阳将整治100个行政村,完成50处农村黑臭水体治理。\n";
    expect(all(text).document.docYear).toBe(2020);
    expect(ticked(text).map((t) => [t.value, t.year])).toEqual([[100, 2020], [50, 2020]]);
  });
  it("is the plan part of a report's title (《关于2012年…执行情况及2013年…草案的报告》)", () => {
    const text = "在昨天举行的会议上,《关于2012年全市预算执行情况及2013年全市预算草案的报告》给出了答案。今年安排教育支出23亿元。\n";
    expect(all(text).document.docYear).toBe(2013);
  });
  it("but not a horizon years after the page's date (《廉江行动2030实施方案》)", () => {
    const dated = "发布时间:2024-03-05\n会议解读了《廉江行动2030实施方案》。今年新建公园5个。\n";
    expect(all(dated).document.docYear).toBe(2024);
  });
});

describe("a year's goals a news lead says were set", () => {
  it("dates the page by them (郑州立2019年生态环境目标, 确立了…2019年的…工作重点)", () => {
    const text = "郑州立2019年生态环境目标:力争实现215个优良天\n\n其中,在空气质量方面,力争城市优良天数达到215天以上,比2018年增加47天。\n";
    expect(all(text).document.docYear).toBe(2019);
    expect(ticked(text).find((t) => t.value === 215 && t.unit === "天")?.year).toBe(2019);
    expect(all("采访人员获悉,该局已经确立了郑州市2019年的生态环境工作重点。今年新建公园5个。\n").document.docYear).toBe(2019);
  });
  it("but not goals said met (确定的2019年目标全面完成) nor a horizon (确定了到2025年的目标)", () => {
    expect(all("会议确定的2019年目标全面完成。今年新建公园5个。\n").document.docYear).toBeNull();
    expect(all("规划确定了到2025年的目标。今年新建公园5个。\n").document.docYear).toBeNull();
  });
});

describe("a bound between a verb of removing and what it removes", () => {
  it("sizes which things are removed, no goal of its own (消除56人以上大班额, 关停30万千瓦以下煤电机组)", () => {
    const r = all("今年,全市将全面消除56人以上大班额,关停30万千瓦以下煤电机组,新建幼儿园20所。", 2020);
    expect(r.targets.map((t) => t.value)).toEqual([20]);
    expect(r.mentions?.filter((m) => m.role === "qualifier").map((m) => m.text)).toEqual(["56人以上", "30万千瓦以下"]);
  });
  it("but a count of the things removed is the goal (关闭5家以上小煤矿), as is a bound closing the clause", () => {
    expect(ticked("今年关闭5家以上小煤矿,淘汰落后产能100万吨以上。", 2020).map((t) => t.value)).toEqual([5, 100]);
  });
});

describe("a sentence opening on the future at large", () => {
  it("gets no year: 未来 is no year the document's own year stands for", () => {
    const r = ticked("未来,上海将实现全市煤炭消费占一次能源消费比重保持在30%以下,人均公园绿地面积达到9.5平方米。", 2024);
    expect(r.map((t) => [t.value, t.year])).toEqual([[30, null], [9.5, null]]);
  });
  it("but a span it opens keeps its year (未来三年), and a sentence with a year keeps it", () => {
    expect(ticked("未来,到2027年人均公园绿地面积达到9.5平方米。", 2024).map((t) => t.year)).toEqual([2027]);
    expect(ticked("今年,人均公园绿地面积达到9.5平方米。", 2024).map((t) => t.year)).toEqual([2024]);
  });
});

describe("goals a plan counts and then lists", () => {
  const text = "《规划》明确“十四五”期间重点完成5项工作指标,即节地生态安葬率达到9%;在南部区域建设1个殡葬服务设施;打造5个以上农村公益性公墓示范点。";
  it("dates every item after the semicolons by the period of the lead (“十四五”期间…5项工作指标,即…;…)", () => {
    expect(ticked(text, 2022).map((t) => [t.value, t.year])).toEqual([[9, 2025], [1, 2025], [5, 2025]]);
  });
  it("counts the plan's own indicators as no target, and drops the 即 from the first name", () => {
    expect(ticked(text, 2022)[0].indicator).toBe("节地生态安葬率");
    expect(all(text, 2022).mentions?.find((m) => m.text.startsWith("5项"))?.role).toBe("other");
  });
  it("but a count that is the goal stays (重大项目2个以上的目标), as do indicators to be met (12项指标全部达标)", () => {
    expect(ticked("围绕引进重大项目2个以上的目标,加大招商力度。", 2026).map((t) => t.value)).toEqual([2]);
  });
});

describe("the growth of a total investment", () => {
  it("is a goal, not a project's description (即总投资同比增长40%)", () => {
    expect(ticked("2024年争取实现“4321”,即总投资同比增长40%、旅游总人次同比增长30%。").map((t) => [t.indicator, t.value])).toEqual([["总投资", 40], ["旅游总人次", 30]]);
  });
  it("while a project's total investment still describes it (项目总投资50亿元)", () => {
    expect(ticked("今年开工建设体育馆,项目总投资50亿元,今年完成投资10亿元。", 2024).map((t) => t.value)).toEqual([10]);
  });
});

describe("a clause turning to the year's will after one said done", () => {
  it("reads what the year will bring (…也已经在浦东启用,年内将采集1000万条高质量数据)", () => {
    const r = ticked("全国首个“异构人形机器人训练场”也已经在浦东启用,年内将采集1000万条高质量数据。", 2025);
    expect(r.map((t) => [t.value, t.unit, t.year])).toEqual([[1000, "万条", 2025]]);
  });
  it("but a clause of results after it stays in the past (已经启用,采集了1000万条数据)", () => {
    expect(ticked("训练场已经在浦东启用,采集了1000万条高质量数据。", 2025)).toEqual([]);
  });
});

describe("computing power in EFlops written in lower case", () => {
  it("reads the unit (全省算力规模达到150Eflops)", () => {
    expect(ticked("2025年,全省算力规模达到150Eflops。").map((t) => [t.value, t.unit, t.year])).toEqual([[150, "Eflops", 2025]]);
  });
});

describe("a sum of money right before a verb of work", () => {
  it("is an amount of its own, not a size of the noun after (计划投资19亿元开工建设…重点项目45个)", () => {
    const r = ticked("今年琼中县计划投资19亿元开工建设省、县重点项目45个。", 2013);
    expect(r.map((t) => [t.value, t.unit])).toEqual([[19, "亿元"], [45, "个"]]);
  });
  it("while a sum before a noun still sizes it (培育20亿元企业1家)", () => {
    expect(ticked("今年新增20亿元企业1家。", 2013).map((t) => t.value)).toEqual([1]);
  });
});

describe("a plan word before the document's year in a paragraph that reviews", () => {
  const text = "2022年下半年以来,南汇新城镇已经开展两轮惠民消费券活动,每轮投入资金不超过1000万元。为进一步稳经济促发展,镇政府拟在2025年度安排2000万元资金用于惠民消费券投放。";
  it("turns to the plan (…已经开展…。镇政府拟在2025年度安排2000万元)", () => {
    expect(ticked(text, 2025).map((t) => [t.value, t.year])).toEqual([[2000, 2025]]);
  });
  it("but not a plan of a year before the document's (…计划在2023年安排…)", () => {
    expect(ticked(text.replace("拟在2025年度", "计划在2023年"), 2025)).toEqual([]);
  });
});

describe("what a work report proposes for a year, as news tells it", () => {
  it("dates the page (在政府工作报告中,山西提出,2023年预计新增财政支出…)", () => {
    expect(all("在政府工作报告中,山西提出,2023年预计新增财政支出15.87亿元,并集中精力办好12件民生实事。\n免费送戏下乡演出1万场以上。\n").document.docYear).toBe(2023);
  });
});

describe("a caption of the year's list with its place between", () => {
  it("dates the page (2025南汇新城镇民生实事项目…)", () => {
    expect(all("2025南汇新城镇民生实事项目更加注重吸收社会公众意见。\n\n1、新建社区食堂2家。\n").document.docYear).toBe(2025);
  });
  it("but not a list's results (2024南汇新城镇民生实事项目完成情况)", () => {
    expect(all("2024南汇新城镇民生实事项目完成情况\n\n1、新建社区食堂2家。\n").document.docYear).not.toBe(2024);
  });
});

describe("a ratio to population named in the indicator", () => {
  it("is a level, whatever verb works toward it (每百户居民拥有…面积力争完成…30平方米)", () => {
    const r = ticked("到2025年,每百户居民拥有社区综合服务设施面积力争完成30平方米,每万城镇常住人口拥有社区工作者力争完成18人。");
    expect(r.map((t) => [t.value, t.kind])).toEqual([[30, "level"], [18, "level"]]);
  });
  it("but what is done each year per head stays as it was read (每年新增…)", () => {
    expect(ticked("到2025年,每年新增社区工作者180人。").map((t) => t.kind)).toEqual(["increment"]);
  });
});

describe("the year's plan of work named after the year", () => {
  it("dates a page naming no other year (2018年全省交通运输基本建设计划完成投资1200亿元。新增高速公路…)", () => {
    const text = "会上,省交通厅介绍,2018年全省交通运输基本建设计划完成投资1200亿元。新增高速公路通车里程700公里以上,建成港口项目7个。\n";
    expect(all(text).document.docYear).toBe(2018);
    expect(ticked(text).map((t) => t.year)).toEqual([2018, 2018, 2018]);
  });
});

describe("years listed before a statement's 分别 lists", () => {
  const text = "●到2020年、2025年,茶叶产业综合产值分别达到1000亿元、1400亿元以上;花卉产业综合产值分别达到750亿元、1100亿元以上。";
  it("give each value its year in every list after a semicolon, a bullet opening the statement", () => {
    expect(ticked(text, 2019).map((t) => [t.value, t.year])).toEqual([[1000, 2020], [1400, 2025], [750, 2020], [1100, 2025]]);
  });
});

describe("a floor held and the people a grant reaches", () => {
  it("reads a floor held as a level (牢牢守住19.48万亩耕地和15.15万亩永久基本农田保护红线)", () => {
    const r = ticked("牢牢守住19.48万亩耕地和15.15万亩永久基本农田保护红线,完成7000亩年度高标准农田建设任务。", 2025);
    expect(r.map((t) => [t.indicator, t.value, t.kind])).toEqual([["耕地", 19.48, "level"], ["永久基本农田保护红线", 15.15, "level"], ["年度高标准农田建设", 7000, "increment"]]);
  });
  it("reads the people a grant reaches, bounded (白内障患者手术补贴500人以上), but not the grant per head (每人补贴500元)", () => {
    expect(ticked("加强残疾预防,白内障患者手术补贴500人以上。", 2025).map((t) => t.value)).toEqual([500]);
    expect(ticked("对白内障患者每人补贴500元。", 2025)).toEqual([]);
  });
  it("counts the plan's goals before 和 as its parts (提出1项行动目标和5项落实举措)", () => {
    expect(ticked("《行动计划》聚焦11个重点领域,提出1项行动目标和5项落实举措。", 2022)).toEqual([]);
  });
});

describe("an amount over a bound or in a range, then 的, before a count", () => {
  it("names the things counted (地区生产总值超过500亿元的县(市)达到15个,200亿—500亿元的县(市)达到40个)", () => {
    const r = all("到2030年,地区生产总值超过500亿元的县(市)达到15个,200亿—500亿元的县(市)达到40个。", 2025);
    expect(r.targets.filter((t) => t.confidence !== "low").map((t) => [t.indicator, t.value])).toEqual([["地区生产总值超过500亿元的县(市)", 15], ["200亿—500亿元的县(市)", 40]]);
    expect(r.mentions?.filter((m) => m.role === "qualifier").map((m) => m.text)).toEqual(["500亿元", "200亿—500亿元"]);
  });
});

describe("deeds done one after another", () => {
  it("are past (吉木萨尔县已先后组织14个调研组)", () => {
    expect(ticked("前期,吉木萨尔县已先后组织14个调研组,分赴农业、工业等领域。今年新建公园5个。", 2015).map((t) => t.value)).toEqual([5]);
  });
});

describe("a year's expected growth after the year's comma", () => {
  it("dates the page (按照…规划,2012年,全省县域地区生产总值预期增长16%)", () => {
    const text = "按照黑龙江省政府的规划,2012年,全省县域地区生产总值预期增长16%。\n2010年,全省县域GDP平均仅为62亿元。\n";
    expect(all(text).document.docYear).toBe(2012);
    expect(ticked(text).map((t) => t.value)).toEqual([16]);
  });
});

describe("this year glossed with its figure", () => {
  it("dates the page (今年(2024年)广东省发展面临…)", () => {
    const text = "广东省省长作省政府工作报告时表示,今年(2024年)广东省发展面临的有利条件强于不利因素。\n今年经济社会发展的主要预期目标是:地区生产总值增长5%;粮食产量1270万吨。\n";
    expect(all(text).document.docYear).toBe(2024);
    expect(ticked(text).map((t) => [t.value, t.year])).toEqual([[5, 2024], [1270, 2024]]);
  });
});

describe("investment planned to be completed", () => {
  it("is work of the year, as investment completed is (计划完成交通建设投资660亿元)", () => {
    expect(ticked("今年我省计划完成交通建设投资660亿元。", 2015).map((t) => [t.value, t.kind])).toEqual([[660, "increment"]]);
  });
});

describe("an infographic's caption looking back or ahead, alone on its line", () => {
  const text = "省政府工作报告“三农”重点\n发布时间:2024-01-31\n\n回头看\n\n粮食稳产丰收,产量达到555.4亿斤\n\n新增城镇就业92.8万人\n\n向前看\n\n新建高标准农田350万亩\n";
  it("puts what follows 回头看 in the year just past, and what follows 向前看 in the document's", () => {
    expect(ticked(text).map((t) => [t.value, t.year])).toEqual([[350, 2024]]);
  });
});

describe("times an event is held", () => {
  it("are work of the period (开展专题研讨6次), not a frequency (每月开展不少于1次)", () => {
    expect(ticked("今年围绕基层治理开展专题研讨6次。", 2026).map((t) => t.kind)).toEqual(["increment"]);
    expect(ticked("今年各派出所每月配合上级部门开展不少于1次。", 2026).map((t) => t.kind)).not.toContain("increment");
  });
});

describe("a page's date and year in fields run together", () => {
  it("reads a date field right after a field holding a number (阅读:588 日期:2019-03-25)", () => {
    const text = "山东综合交通建设今年投资1622亿元\n来源:中国交通新闻网    作者: 阅读:588 日期:2019-03-25\n\n今年,全年计划完成投资1622亿元。\n";
    expect(all(text).document.docYear).toBe(2019);
  });
  it("dates a page by the year's goals and tasks a government publishes (发布了2016年全省重点工程工作年度目标任务)", () => {
    const text = "省政府官网今天发布了2016年全省重点工程工作年度目标任务。\n今年,全省签约项目投资总额达到18000亿元。\n";
    expect(all(text).document.docYear).toBe(2016);
  });
});

describe("pinyin glosses without tone marks, a space after", () => {
  it("are dropped with their space (投资完成118.4亿(yi) 元, 农(nong) 村公路)", () => {
    const r = ticked("今年全省农(nong) 村公路建设完成投资118.4亿(yi) 元以上。", 2016);
    expect(r.map((t) => [t.value, t.unit])).toEqual([[118.4, "亿元"]]);
  });
  it("but not a word in brackets that is no syllable (国内生产总值(gdp) 增长)", () => {
    expect(ticked("今年国内生产总值(gdp) 增长5%。", 2016).map((t) => t.indicator)).toEqual(["国内生产总值(gdp)"]);
  });
});

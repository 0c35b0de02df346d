// Forms met on real pages of round 62, each rule with its example sentences. Sentences written for these tests (unit
// tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";
import { ticked as tickedOnly } from "./targets-of";

const all = (text: string, docYear?: number) => extract(text, { docYear, mentions: true });
const ticked = (text: string, docYear?: number) => tickedOnly(all(text, docYear).targets);

describe("whole rates parted by a comma before a clause whose rates 均 share a value", () => {
  it("are each a target with the value (职业健康检查率,…培训率均达到95%以上)", () => {
    const r = ticked("到2025年,企业职业健康检查率,主要负责人和职业健康管理人员培训率均达到95%以上。", 2024);
    expect(r.map((t) => t.indicator)).toContain("企业职业健康检查率");
    expect(r.every((t) => t.value === 95 && t.year === 2025)).toBe(true);
  });
  it("but not a clause that names no rate (到2025年,…率均达到90%)", () => {
    expect(ticked("到2025年,全市污水处理率、垃圾无害化处理率均达到90%。", 2024).map((t) => t.indicator)).toEqual(["全市污水处理率", "全市垃圾无害化处理率"]);
  });
  it("nor a bare name of another head before a rate (建设用地,…处理率均达到90%)", () => {
    expect(ticked("到2025年,节约集约利用建设用地,城市污水处理率均达到90%。", 2024).map((t) => t.indicator)).not.toContain("节约集约利用建设用地");
  });
});

describe("现有 after a place opening the clause", () => {
  it("states what the place has now, no goal (山东现有盐碱地近900万亩)", () => {
    const r = ticked("山东现有盐碱地近900万亩。到2025年,改造提升盐碱耕地11.59万亩。", 2024);
    expect(r.map((t) => t.value)).toEqual([11.59]);
  });
  it("nor after a city or county (白城市现有后备资源347万亩)", () => {
    expect(ticked("白城市现有耕地后备资源347万亩。", 2024)).toEqual([]);
  });
  it("but work on what exists is a goal (推进现有23个宝宝屋扩优提质)", () => {
    expect(ticked("到2025年,推进现有23个宝宝屋扩优提质。", 2024).map((t) => t.value)).toEqual([23]);
  });
});

describe("words said at a year's forum near the page's head", () => {
  it("date the page (易纲5月30日在2019金融街论坛年会上指出)", () => {
    const r = extract("中国人民银行行长易纲5月30日在2019金融街论坛年会上指出,下一步,将确保实现国有大行小微企业贷款余额增长30%以上的目标。", {});
    expect(r.document.docYear).toBe(2019);
    expect(ticked("中国人民银行行长易纲5月30日在2019金融街论坛年会上指出,下一步,将确保实现国有大行小微企业贷款余额增长30%以上的目标。").map((t) => t.year)).toEqual([2019]);
  });
  it("but not a meeting that sums a year up (在2024年总结表彰大会上指出)", () => {
    expect(extract("市长在2024年总结表彰大会上指出,要确保新建学校5所。", {}).document.docYear).not.toBe(2024);
  });
});

describe("a plan period's end ahead of the page as a deadline", () => {
  const text = "到“十三五”末,全省节地生态安葬率达到80%,新建经营性公墓生态葬比例不低于35%,现有经营性公墓存量土地的生态葬比例不低于20%。";
  it("sets goals whatever the sentence says of what exists (到“十三五”末,…现有…不低于20%)", () => {
    expect(ticked(text, 2016).map((t) => [t.value, t.year])).toEqual([[80, 2020], [35, 2020], [20, 2020]]);
  });
  it("but a period ended before the page is reviewed (到“十三五”末,全省已建成…)", () => {
    expect(ticked("到“十三五”末,全省已建成公益性公墓191个。", 2023)).toEqual([]);
  });
});

describe("the value a change is measured from, after 较 a year and 的", () => {
  it("is a base, and the change is the goal's (较2011年实际完成的1782个增长18%以上)", () => {
    const r = all("2012年展会数量总数,力争达到和超过2100个,较2011年实际完成的1782个增长18%以上。", 2012);
    expect(tickedOnly(r.targets).map((t) => [t.value, t.comparator, t.kind, t.indicator])).toEqual([[2100, ">=", "level", "展会数量总数"], [18, ">=", "growth", "展会数量总数"]]);
    expect(r.mentions!.find((m) => m.text.startsWith("1782"))?.role).toBe("baseline");
  });
  it("whether done or only named (较2011年的420亿元增长19%)", () => {
    expect(ticked("2012年全市旅游收入力争达到500亿元,较2011年的420亿元增长19%。", 2012).map((t) => t.value)).toEqual([500, 19]);
  });
});

describe("a place or a thing described", () => {
  it("states how things are, no goal (境内主要分布有两大沙地,总面积2613.3万亩,占全区的52.2%)", () => {
    expect(ticked("赤峰地处三北,是全国防沙治沙重点地区。境内自西向东主要分布有浑善达克和科尔沁两大沙地,总面积2613.3万亩,占全区的52.2%。", 2023)).toEqual([]);
    expect(ticked("“三北”工程是指在三北地区建设的大型人工林业生态工程,总面积435.8万平方公里,占国土总面积的45%。", 2023)).toEqual([]);
  });
  it("but a goal said of it stays one (到2025年,…位于…的湿地保护率达到60%)", () => {
    expect(ticked("到2025年,位于黄河沿岸的湿地保护率达到60%。", 2023).map((t) => t.value)).toEqual([60]);
  });
  it("and 就地处理 describes nothing (建设果蔬菜皮就地处理农贸市场20家)", () => {
    expect(ticked("建设果蔬菜皮就地处理、净菜上市农贸市场20家。", 2020).map((t) => t.value)).toEqual([20]);
  });
});

describe("a year's task issued", () => {
  it("dates the page (2月22日,省国土资源厅下达2016年生产矿山地质环境治理任务。今年…)", () => {
    const text = "2月22日,省国土资源厅下达2016年生产矿山地质环境治理任务。今年全省计划投资1.63亿元,重点治理生产矿山118座。";
    expect(extract(text, {}).document.docYear).toBe(2016);
    expect(ticked(text).map((t) => t.year)).toEqual([2016, 2016]);
  });
});

describe("some years and more since (3年多来)", () => {
  it("review the past (3年多来,全省1704座矿山恢复了绿色)", () => {
    expect(all("我省自2013年开始实施矿山地质环境治理,3年多来,全省1704座矿山恢复了绿色。", 2016).targets).toEqual([]);
  });
});

describe("one of a year's key projects named so", () => {
  it("dates a page of this year's work (确定的2018年…重点建设项目…年内将投入运营)", () => {
    const text = "省级热线平台项目进入实质性建设阶段,年内将投入运营使用。该平台是省司法厅确定的2018年公共法律服务重点建设项目。平台建成后,保证热线接通率95%以上。";
    expect(extract(text, {}).document.docYear).toBe(2018);
  });
  it("but not on a page that names no work this year (列入2018年省重点项目)", () => {
    expect(extract("该项目列入2018年省重点项目,总投资5亿元。", {}).document.docYear).not.toBe(2018);
  });
});

describe("a size bounded by 以上 or 以下 written straight after a count", () => {
  it("bounds each thing counted (建设3个500平方米以上的应急避难场所)", () => {
    const r = all("到2025年,全市建设3个500平方米以上的应急避难场所。", 2023);
    expect(tickedOnly(r.targets).map((t) => [t.value, t.unit])).toEqual([[3, "个"]]);
    expect(tickedOnly(r.targets)[0].indicator).toContain("应急避难场所");
    expect(r.mentions!.find((m) => m.text.startsWith("500"))?.role).toBe("qualifier");
  });
  it("with no 的 too (新建2座100米以上深井)", () => {
    expect(ticked("到2025年,新建2座100米以上深井。", 2023).map((t) => [t.value, t.unit])).toEqual([[2, "座"]]);
  });
});

describe("a verb kept steady before a list of counts", () => {
  it("holds stocks (稳定发展1个千亩村、2个500亩以上的村)", () => {
    expect(ticked("该镇烟叶生产将稳定发展1个千亩村、2个500亩以上的村。", 2024).map((t) => t.kind)).toEqual(["level", "level"]);
  });
});

describe("a table of how far a year's items are done, its month after it", () => {
  it("is a progress report: the lines under each item say what was done (…完成情况进度表(五月份))", () => {
    const text = "2012年区政府民政实事项目完成情况进度表(五月份)\n三、居家养老服务老年人2万人\n居家养老服务老人19772人。其中享受政府补贴10710人。\n";
    expect(ticked(text, 2012).map((t) => t.value)).toEqual([2]);
  });
});

describe("the one year a page names, opening a sentence of what will be done", () => {
  it("dates a page of this year's work (年内,北京将…。…本市将加快…。2008年实现…覆盖率达到100%)", () => {
    const text = "年内,北京将利用广播发放警报信号,实现四环路以内电声警报器覆盖率达到100%。\n意见要求,本市将加快电声警报器安装。2008年实现四环路以内电声警报器覆盖率达到100%。\n";
    expect(extract(text, {}).document.docYear).toBe(2008);
  });
  it("but not a later year set beside this year's work (今年将完成…;2020年…普及率达到50%以上)", () => {
    const text = "记者获悉:甘肃今年将完成农村户用卫生厕所改造50万户以上;2020年卫生厕所普及率达到50%以上。\n";
    expect(extract(text, {}).document.docYear).not.toBe(2020);
  });
});

describe("the length of a span of years just named", () => {
  it("adds no years of its own (2023~2025年三年完成新造油茶3.51万亩)", () => {
    expect(ticked("2023~2025年三年完成新造油茶3.51万亩。", 2024).map((t) => t.year)).toEqual([2025]);
  });
});

describe("a plan of some years drafted, its years unnamed", () => {
  it("runs to the end of the one span of as many years the page names (草拟了《…三年行动方案(讨论稿)》…2023~2025年)", () => {
    const text = "我局草拟了《推动油茶产业高质量发展三年行动方案(讨论稿)》。\n明确目标。全市完成新造高产油茶林3.51万亩。\n明确任务。2023~2025年三年完成新造油茶3.51万亩。\n";
    expect(ticked(text, 2024).map((t) => t.year)).toEqual([2025, 2025]);
  });
});

describe("the preparations for an event of a later year", () => {
  it("name no year of work (做好2029年游泳世锦赛筹备工作)", () => {
    const text = "2025年北京市体育工作大会2月26日召开,局长在报告中介绍,2025年全市计划举办各级各类体育赛事1280余项。加快筹办2027年田径世锦赛,做好2029年游泳世锦赛筹备工作。";
    expect(extract(text, {}).document.docYear).toBe(2025);
  });
});

describe("a pair of rates each at a quoted value", () => {
  it("gives each rate the value (…治理和有效管控率、设施正常运行率稳定达到“双80%”)", () => {
    const r = ticked("到2025年,全省自然村生活污水治理和有效管控率、设施正常运行率稳定达到“双80%”。", 2023);
    expect(r.map((t) => [t.value, t.year])).toEqual([[80, 2025], [80, 2025]]);
    expect(r[1].indicator).toContain("设施正常运行率");
  });
  it("but a quoted name opening with 双 stays a name (开展社区中医药服务“双百一万”)", () => {
    expect(ticked("开展社区中医药服务“双百”工程。", 2019)).toEqual([]);
  });
});

describe("a lead in time before the act it comes before", () => {
  it("is the level set (灾害性天气预警信息提前30分钟以上发出)", () => {
    expect(ticked("到2015年,灾害性天气预警信息提前30分钟以上发出。", 2012).map((t) => [t.value, t.unit, t.comparator])).toEqual([[30, "分钟", ">="]]);
  });
});

describe("a news lead opening on the day it tells of", () => {
  it("reports that day (3月31日,随着最后一批579户…搬迁入住,…全部搬迁入住)", () => {
    expect(ticked("本报讯(记者 蔡侯友) 3月31日,随着最后一批579户2567名建档立卡贫困群众搬迁入住,安置区7570户32347名群众全部搬迁入住。", 2020)).toEqual([]);
  });
  it("but not the day a plan is issued, whose goals it tells (2月11日,…发布《…工作方案》,提出…)", () => {
    expect(ticked("2月11日,郑州市人民政府办公室发布《郑州市2025年招商引资工作方案》,提出2025年,全市新签约项目签约总额8400亿元。", 2025).map((t) => t.value)).toEqual([8400]);
  });
});

describe("work said done with 了", () => {
  it("reports it (成立了…临时党工委,及时组建1个办公室、5个工作组)", () => {
    expect(ticked("昭通市成立了安置区临时党工委,及时组建1个办公室、5个工作组、5个服务站。", 2020)).toEqual([]);
  });
  it("but not a plan drawn up, whose contents follow (制定了项目实施方案,更新内容包括…安装6套健身驿站)", () => {
    expect(ticked("市体育局制定了项目实施方案,更新内容包括在6处安装6套健身驿站。", 2024).map((t) => t.value)).toEqual([6]);
  });
});

describe("places counted, their kind named before them, then what all of them do", () => {
  it("are a target (62个贫困县全部创建县级电商服务中心)", () => {
    expect(ticked("62个贫困县全部创建县级电商服务中心,7366个建档立卡贫困村全部建成村级电商服务站。", 2016).map((t) => t.value)).toEqual([62, 7366]);
  });
});

describe("a bound in brackets right after a noun", () => {
  it("says which ones are meant (每个行政村(500人以上)建设1个电子商务网点)", () => {
    expect(ticked("每个行政村(500人以上)建设1个电子商务网点。", 2016).map((t) => t.value)).toEqual([1]);
  });
  it("but a part the bracket gives is a target ((其中市外来渝6万人以上))", () => {
    expect(ticked("2025年,青年留渝来渝就业创业40万人以上(其中市外来渝6万人以上)。", 2025).map((t) => t.value)).toEqual([40, 6]);
  });
});

describe("a word of will or of arrangement before a verb of work", () => {
  it("leaves the work an amount added (安排全年抽检135.05万批次, 将抽检135.05万批次)", () => {
    expect(ticked("安排全年抽检135.05万批次。", 2018).map((t) => t.kind)).toEqual(["increment"]);
    expect(ticked("将抽检135.05万批次。", 2018).map((t) => t.kind)).toEqual(["increment"]);
  });
  it("but a scale driven past a mark stays a level (将推动数字经济规模破万亿)", () => {
    expect(ticked("到2025年,将推动数字经济规模破万亿。", 2023).map((t) => t.kind)).toEqual(["level"]);
  });
});

describe("a plan period spelt out", () => {
  it("is the time of its clause (计划到第十二个五年计划期间,全市专利申请量年均增长22%以上)", () => {
    expect(ticked("计划到第十二个五年计划期间,全市专利申请量年均增长22%以上。", 2013).map((t) => t.year)).toEqual([2015]);
  });
});

describe("the terms of an insurance scheme", () => {
  it("are parameters: its premium subsidy share, the payer named between (保费补贴比例为在省级财政保费补贴不低于25%)", () => {
    expect(ticked("大豆完全成本保险保费补贴比例为在省级财政保费补贴不低于25%的基础上。", 2024)).toEqual([]);
  });
  it("and its cover capped against a value (保障水平原则上均不得高于大豆相应产值的80%)", () => {
    expect(ticked("完全成本保险保障水平原则上均不得高于大豆相应产值的80%。", 2024)).toEqual([]);
  });
  it("but its coverage is a target (农业保险覆盖率达到80%)", () => {
    expect(ticked("到2025年,农业保险覆盖率达到80%。", 2024).map((t) => t.value)).toEqual([80]);
  });
});

describe("地处 inside another word", () => {
  it("describes nothing (土地处置率, 就地处理)", () => {
    expect(ticked("已批未供土地处置率达到50%以上,闲置土地处置率达到80%。", 2024).map((t) => t.value)).toEqual([50, 80]);
  });
});

describe("capacities listed after a verb of forming, closing on their scale", () => {
  it("are a level each, named by its product (形成100万吨正极材料、50万吨负极材料…的产能规模)", () => {
    const r = ticked("到2024年,形成100万吨正极材料、50万吨负极材料、50GWh动力电池及储能电池的产能规模。", 2022);
    expect(r.map((t) => [t.value, t.unit, t.kind])).toEqual([[100, "万吨", "level"], [50, "万吨", "level"], [50, "GWh", "level"]]);
    expect(r[1].indicator).toBe("负极材料产能");
  });
  it("but a list closing on no capacity is left to the other rules (形成100万吨正极材料、50万吨负极材料)", () => {
    expect(ticked("到2024年,形成100万吨正极材料、50万吨负极材料。", 2022).some((t) => t.indicator.endsWith("产能"))).toBe(false);
  });
});

describe("a sum a verb spends, then what it is used for", () => {
  it("is a target (今年将投资1.9亿元用于电网建设)", () => {
    expect(ticked("兰溪今年将投资1.9亿元用于电网建设(不包括220千伏以上项目)。", 2013).map((t) => [t.value, t.unit])).toEqual([[1.9, "亿元"]]);
  });
  it("but a share of a sum used for something is an allocation (服务费的80%用于村级服务站运营)", () => {
    expect(ticked("服务费的80%用于村级服务站运营。", 2013)).toEqual([]);
  });
});

describe("kinds of one rate, the group they are of written once before the first", () => {
  it("each have the value (孕产妇艾滋病、梅毒、乙肝检测率达到95%及以上)", () => {
    expect(ticked("孕产妇艾滋病、梅毒、乙肝检测率达到95%及以上。", 2023).map((t) => t.indicator)).toEqual(["孕产妇艾滋病检测率", "梅毒检测率", "乙肝检测率"]);
  });
});

describe("a value before 指标", () => {
  it("is the indicator's own (深圳提出2015年志愿者人数达到常住人口10%指标)", () => {
    expect(ticked("深圳提出2015年志愿者人数达到常住人口10%指标。", 2011).map((t) => [t.value, t.year])).toEqual([[10, 2015]]);
  });
});

describe("a date line with its time in words before the source", () => {
  it("dates the page (www.gov.cn   2011年12月04日 16时32分   来源:新华社)", () => {
    const r = extract("深圳提出志愿者目标\n中央政府门户网站 www.gov.cn   2011年12月04日 16时32分   来源:新华社\n全市志愿者人数要达到常住人口的10%。\n", {});
    expect(r.document.issueDate).toBe("2011-12-04");
  });
});

describe("checks a body carries out, the verb right before their count", () => {
  it("are work done, an amount added (食药监总局本级抽检2.85万批次)", () => {
    expect(ticked("其中,食药监总局本级抽检2.85万批次,专项抽检0.8万批次。", 2018).map((t) => t.kind)).toEqual(["increment", "increment"]);
  });
  it("but a rate of checking stays a share (抽检合格率达到98%)", () => {
    expect(ticked("到2020年,食品抽检合格率达到98%。", 2018).map((t) => t.kind)).toEqual(["share"]);
  });
});

describe("grades a quality rises by", () => {
  it("are a unit of their own (经整治的农田质量平均提高1个等级)", () => {
    expect(ticked("到2020年,经整治的农田质量平均提高1个等级。", 2017).map((t) => [t.value, t.unit, t.kind])).toEqual([[1, "个等级", "increment"]]);
  });
});

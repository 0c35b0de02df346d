// Example sentences of the mechanisms found on documents the engine had never seen (tests/real/dev3): review
// sections named 现状, clauses naming what a measure works on, shares of a sum and relaxed rules, qualifiers inside a
// name, scale words as levels, ranges per year. Texts written for these tests are unit tests of one rule each.
import { describe, expect, it } from "vitest";
import { allTargetsOf, targetsOf } from "./targets-of";

const values = (body: string, year = 2021): number[] => allTargetsOf(body, year).map((t) => t.value);

describe("a review of the present state is past", () => {
  it("a 现状与形势 section and a paragraph opening with 近十年来 state achievements, not targets", () => {
    const doc = "一、现状与形势\n近十年来,我国智能制造发展取得长足进步,装备市场满足率超过50%,发布国家标准285项。\n二、主要目标\n到2025年,装备市场满足率超过70%。";
    expect(values(doc)).toEqual([70]);
  });
});

describe("what a measure works on is no target", () => {
  it("a clause opening with 针对 or 围绕 names the goods or chains a measure addresses", () => {
    expect(values("指导企业用好关税减让承诺,针对首年关税为零的2034种、5年内关税减让显著的2725种出口商品,加大市场开拓力度。")).toEqual([]);
    expect(values("围绕37条产业链和40个产业集群,支持链主企业制定数字化转型路线图。")).toEqual([]);
  });

  it("a verb inside the clause still sets a count (围绕…实施…20项以上)", () => {
    expect(values("围绕重点产业实施技术改造项目20项以上。")).toEqual([20]);
  });
});

describe("how a sum is shared and a rule relaxed are parameters", () => {
  it("N%用于… splits a fee; 可将…放宽至 relaxes a rule", () => {
    expect(values("原则上将年签约服务费的80%用于人员薪酬分配,20%用于基层医疗卫生机构统筹。")).toEqual([]);
    expect(values("经家庭医生评估可将处方用药量最长放宽至3个月,到2025年,全部社区卫生服务中心提供长期处方服务。")).toEqual([]);
  });
});

describe("a bound inside a name qualifies it", () => {
  it("a measured attribute before a bounded count sizes the entity after it (存栏1500头以上生猪养殖场)", () => {
    expect(values("2016年底前,全面完成存栏5000头以上生猪规模养殖场标准化改造。", 2015)).toEqual([]);
  });

  it("收入过200亿元的X is the kind of X; the count after the verb counts it", () => {
    expect(values("到2023年,培育5个以上收入过200亿元的软件产业集群,建成10个以上省级特色软件产业园区。")).toEqual([5, 10]);
  });
});

describe("what is said of the present does not make a deadline ahead a past fact", () => {
  it("现有 facilities with a deadline ahead, and an existing thing named with 已建成的, leave the targets", () => {
    expect(values("现有污泥处理处置设施应于2017年底前基本完成达标改造,污泥无害化处理处置率应于2020年底前达到90%以上。", 2015)).toEqual([90]);
    expect(values("确保已建成的岛外调水工程发挥作用,建立岛内雨洪收集系统,实现年收集量1400万吨。", 2015)).toEqual([1400]);
  });

  it("what is already done stays past", () => {
    expect(values("全区已建成污水处理厂3座,年处理量1400万吨。", 2015)).toEqual([]);
    // (已超过, 已达, 已突破 report a level reached as 已达到 does; a goal reached ahead of time, 目标提前达成, is done)
    expect(values("全国行政村5G网络覆盖率已超过90%,缩小了城乡数字鸿沟。", 2025)).toEqual([]);
    expect(values("全市森林覆盖率已达45%。", 2025)).toEqual([]);
    expect(values("工业与信息化部宣布“十四五”5G建设目标提前达成,累计建成5G基站超过470万个。", 2025)).toEqual([]);
    expect(values("力争“十四五”目标任务提前完成,累计建成5G基站超过500万个。", 2025)).toEqual([500]);
  });
});

describe("ranges per year and work lists", () => {
  it("在现有水平基础上 is the base of a target; points a verb adds to a share are an increment", () => {
    const [t] = allTargetsOf("在现有水平基础上,签约服务覆盖率每年提升1～3个百分点,逐年提高满意度。", 2023);
    expect([t?.value, t?.valueMax, t?.unit, t?.kind]).toEqual([1, 3, "个百分点", "increment"]);
  });

  it("a gap to another figure in points stays a share", () => {
    expect(targetsOf("本科上线率高于全省5.5个百分点。", 2023).map((t) => t.kind)).toEqual(["share"]);
  });

  it("in a run-together work list, the deadline cell after an amount and the item number before it bound the item", () => {
    const list = "43、落实环保领域投资计划全年区环土局44、完成环保基础设施建设项目投资0.2亿元全年区环土局区财金局45、完成造林绿化项目投资0.81亿元全年区交建局";
    expect(targetsOf(list, 2016).map((t) => [t.indicator, t.value, t.kind])).toEqual([
      ["环保基础设施建设项目投资", 0.2, "increment"], ["造林绿化项目投资", 0.81, "increment"],
    ]);
  });
});

describe("an evaluation table flattened one cell per line", () => {
  const table = "评价标准\n\n指标含义\n\n1.重点人群签约服务覆盖率\n\n较上一年增加。2023年达到80%，力争2035年达到95%。\n\n" +
    "重点人群签约服务覆盖率=该区签约的重点人群数/辖区内重点人群数*100%。\n\n2.签约服务覆盖率\n\n每年增加1-3个百分点。2035年达到75%。\n\n" +
    "15.签约高血压患者血压控制率\n\n≥50%\n\n核查签约居民健康状况的改善情况。\n";

  it("a value line takes its indicator from the numbered heading right above it", () => {
    expect(allTargetsOf(table, 2023).filter((t) => t.unit === "%").map((t) => [t.indicator, t.value, t.year])).toEqual([
      ["重点人群签约服务覆盖率", 80, 2023], ["重点人群签约服务覆盖率", 95, 2035], ["签约服务覆盖率", 75, 2035], ["签约高血压患者血压控制率", 50, 2023],
    ]);
  });

  it("a heading that names no indicator, or one far above, gives none", () => {
    expect(values("1.加强组织领导\n\n2023年达到80%。\n", 2023)).toEqual([]);
    expect(values("1.重点人群签约服务覆盖率\n\n各区要加强组织领导，落实工作责任，完善考核办法。\n\n各区要建立工作台账。\n\n2023年达到80%。\n", 2023)).toEqual([]);
  });
});

describe("a money scale a verb reaches", () => {
  it("达到7000亿级 is a level of at least 7000亿元, for each item 均 shares it with", () => {
    expect(allTargetsOf("到2025年,数字产业化和产业数字化产业规模均达到7000亿级,城市数字化水平位居全国前列。").map((t) => [t.value, t.unit, t.comparator])).toEqual([
      [7000, "亿元", ">="], [7000, "亿元", ">="],
    ]);
  });

  it("a scale before a noun names a class of things (打造2个5000亿级产业集群)", () => {
    expect(allTargetsOf("到2025年,打造2个5000亿级产业集群。").map((t) => [t.value, t.unit])).toEqual([[2, "个"]]);
  });
});

describe("a remark in brackets", () => {
  it("预留30%的号源(其中专家号源不低于30%): the number in the remark does not make the first a qualifier", () => {
    expect(targetsOf("推动医联体内二级及以上医疗机构预留30%的号源(其中专家号源不低于30%)给基层医疗卫生机构。", 2023).map((t) => t.value)).toEqual([30, 30]);
  });
});

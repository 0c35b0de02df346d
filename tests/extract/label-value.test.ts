// Indicator lists written "label:value" one per line, unitless coefficients and rates, reviews of an earlier
// plan period inside a later plan, and service radii as planning norms.
import { describe, expect, it } from "vitest";
import { brief, targetsOf } from "./targets-of";

describe("label:value indicator lists", () => {
  it("each line's label names the indicator of its value; 省下达, - and lines without a number give nothing", () => {
    const doc = ["到2025年,全市经济社会发展主要指标如下:", "一、经济发展", "地区生产总值:年均增长6%左右", "城镇化率:62%",
      "高新技术企业数:突破300家", "城镇新增就业:五年累计5万人", "人均预期寿命:提高1岁", "劳动年龄人口平均受教育年限:11.2年",
      "单位地区生产总值能耗降低:完成省下达任务", "二氧化碳排放降低:省下达", "能源综合生产能力:-", "城镇调查失业率:控制在5.5%以内"].join("\n");
    expect(targetsOf(doc, 2021).map((t) => `${brief(t)}|${t.period ?? ""}`)).toEqual([
      "地区生产总值|~|6|%|growth|", "城镇化率|=|62|%|share|", "高新技术企业数|>|300|家|level|",
      "城镇新增就业|=|5|万人|increment|cumulative", "人均预期寿命|=|1|岁|increment|", "劳动年龄人口平均受教育年限|=|11.2|年|level|",
      "城镇调查失业率|<=|5.5|%|share|",
    ]);
  });

  it("full-width colons in the original keep quotes exact", () => {
    const doc = "主要指标\n森林覆盖率：45.5%\n空气质量优良天数比率：不低于88%";
    const ts = targetsOf(doc);
    expect(ts.map((t) => t.text)).toEqual(["森林覆盖率：45.5%", "空气质量优良天数比率：不低于88%"]);
  });

  it("lead-ins and record fields ending in a colon are not indicators", () => {
    const doc = ["主要目标:3项重点任务全面完成", "责任单位:市发展改革委", "发布日期:2024-01-01", "联系电话:12345678"].join("\n");
    expect(targetsOf(doc, 2024)).toEqual([]);
  });
});

describe("unitless measures", () => {
  it("coefficients, per-population rates and ratios to one after a target verb; 起 counts events", () => {
    const doc = "到2025年,农田灌溉水有效利用系数达到0.58,道路交通万车死亡率控制在1.5以下,每百万人口因自然灾害死亡率控制在1以内,农产品加工业产值与农业总产值比达到2.5:1,较大事故起数控制在2起以内。";
    const ts = targetsOf(doc);
    expect(ts.map(brief)).toEqual([
      "农田灌溉水有效利用系数|=|0.58||level", "道路交通万车死亡率|<=|1.5||level", "每百万人口因自然灾害死亡率|<=|1||level",
      "农产品加工业产值与农业总产值比|=|2.5||level", "较大事故起数|<=|2|起|level",
    ]);
    expect(ts[3].text).toBe("农产品加工业产值与农业总产值比达到2.5:1");
  });

  it("a bare number without a target verb or a measurable name is no target", () => {
    const doc = "到2025年,实施项目12,建成区第3,系数表见附件1。";
    expect(targetsOf(doc)).toEqual([]);
  });
});

describe("reviews of an earlier plan period", () => {
  it("in a 2030 plan, a 十四五 achievements section and a paragraph opening with 十四五时期 set nothing", () => {
    const doc = ["关于制定第十五个五年规划的建议", "一、“十四五”时期发展成就",
      "“十四五”时期,全县地区生产总值由2020年的612亿元增加到2025年的856亿元,年均增长6.9%;一般公共预算收入达到38.6亿元。",
      "二、主要目标", "到2030年,一般公共预算收入突破50亿元。"].join("\n");
    expect(targetsOf(doc, 2025).map((t) => `${brief(t)}|${t.year}`)).toEqual(["一般公共预算收入|>|50|亿元|level|2030"]);
  });

  it("in a 十四五 plan a paragraph opening with 十四五时期 still sets targets", () => {
    const doc = "第十四个五年规划\n“十四五”时期,全市地区生产总值年均增长6%左右。";
    expect(targetsOf(doc, 2021).map(brief)).toEqual(["全市地区生产总值|~|6|%|growth"]);
  });
});

describe("planning norms", () => {
  it("a service radius is a design rule, not a target", () => {
    const doc = "到2025年,按照服务半径小学1公里、初中2公里规划布点,新建学校5所。";
    expect(targetsOf(doc).map(brief)).toEqual(["新建学校|=|5|所|increment"]);
  });
});

describe("attributes", () => {
  it("a paragraph opening with last year reviews it and sets no year for the targets after it", () => {
    const doc = "2025年农业农村工作要点\n2024年,全县粮食播种面积118.6万亩。\n主要预期目标:粮食播种面积稳定在120万亩以上;农业增加值增长3.5%。";
    expect(targetsOf(doc, 2025).map((t) => `${brief(t)}|${t.year}`)).toEqual([
      "粮食播种面积|>=|120|万亩|level|2025", "农业增加值|=|3.5|%|growth|2025",
    ]);
  });

  it("a rate averaged over the period (年均…死亡率, 年均…比例) recurs no amount; 提高1岁 and 累计 totals are amounts added", () => {
    const doc = "到2025年,年均每百万人口因自然灾害死亡率控制在1以内,年均因自然灾害直接经济损失占地区生产总值比例控制在1%以内。\n人均预期寿命:提高1岁\n实际使用外资:五年累计12亿美元";
    expect(targetsOf(doc).map((t) => `${t.kind}|${t.period ?? ""}`)).toEqual(["level|", "share|", "increment|", "increment|cumulative"]);
  });
});

describe("label:value guards", () => {
  it("a lead-in label before a clause naming its own indicator leaves that indicator alone", () => {
    const doc = "到2025年\n重点项目:新建学校5所\n城镇化率:62%";
    expect(targetsOf(doc).map(brief)).toEqual(["新建学校|=|5|所|increment", "城镇化率|=|62|%|share"]);
  });
});

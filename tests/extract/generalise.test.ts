// Rule families for documents of other kinds: indicator tables with base/target/growth columns, policy
// parameters, shared scope prefixes, wrapped lines, numeral variants and the years of work reports.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";
import { brief, targetsOf } from "./targets-of";

describe("indicator tables", () => {
  it("指标(单位) | 2025年目标 | 年均增长(%) under a 完成情况 title: level and growth, none for 省下达 / -", () => {
    const doc = ["附件", "某市“十四五”规划主要指标完成情况", "指标(单位)", "2025年目标", "年均增长(%)", "地区生产总值(亿元)", "4000", "6.5",
      "常住人口城镇化率(%)", "62", "-", "研究与试验发展经费投入强度(%)", "省下达", "-"].join("\n");
    const ts = targetsOf(doc, 2024);
    expect(ts.map((t) => `${brief(t)}|${t.year}`)).toEqual([
      "地区生产总值|=|4000|亿元|level|2025", "地区生产总值|=|6.5|%|growth|2025", "常住人口城镇化率|=|62|%|share|2025",
    ]);
  });

  it("a unit column, a base-year column (never a target), bracketed cumulative values and a 属性 column", () => {
    const doc = ["主要指标", "指标", "单位", "2020年(基期)", "2025年(目标)", "年均增长[累计]", "属性",
      "地区生产总值", "亿元", "320", "450", "7", "预期性",
      "常住人口城镇化率", "%", "55", "60", "[5]", "预期性",
      "单位GDP能耗降低", "%", "-", "-", "省下达", "约束性"].join("\n");
    const ts = targetsOf(doc);
    expect(ts.map((t) => `${brief(t)}|${t.period}`)).toEqual([
      "地区生产总值|=|450|亿元|level|null", "地区生产总值|=|7|%|growth|null", "常住人口城镇化率|=|60|%|share|null",
      "常住人口城镇化率|=|5|%|increment|cumulative",
    ]);
    expect(ts.some((t) => t.value === 320 || t.value === 55)).toBe(false);
  });

  it("numbered indicator cells (1.地区生产总值(亿元)) under category cells, with ≥ / < values and a cumulative fall", () => {
    const doc = ["类别", "指标", "2020年", "2025年", "年均增长[累计]", "属性", "经济发展", "1.地区生产总值(亿元)", "236.8", "350", "7左右", "预期性",
      "民生福祉", "2.城镇调查失业率(%)", "-", "<5.5", "-", "预期性", "绿色生态", "3.单位地区生产总值二氧化碳排放降低(%)", "[20.1]", "[18]", "-", "约束性",
      "4.粮食综合生产能力(万吨)", "18.6", "≥18.6", "-", "约束性"].join("\n");
    expect(targetsOf(doc).map((t) => `${brief(t)}|${t.period ?? ""}`)).toEqual([
      "地区生产总值|=|350|亿元|level|", "地区生产总值|~|7|%|growth|", "城镇调查失业率|<|5.5|%|share|",
      "单位地区生产总值二氧化碳排放降低|=|18|%|growth|cumulative", "粮食综合生产能力|>=|18.6|万吨|level|",
    ]);
  });

  it("a table whose cells are separated by spaces; a row without its category cell aligns from the right", () => {
    const doc = ["表1 主要指标", "类别 指标 单位 2020年 2025年 属性", "经济发展 地区生产总值 亿元 320 450 预期性",
      "人均地区生产总值 元 52000 75000 预期性", "到2025年,新建学校5所。"].join("\n");
    expect(targetsOf(doc).map((t) => `${brief(t)}|${t.year}`)).toEqual([
      "地区生产总值|=|450|亿元|level|2025", "人均地区生产总值|=|75000|元|level|2025", "新建学校|=|5|所|increment|2025",
    ]);
  });

  it("a past plan's table in a later document gives nothing", () => {
    const doc = ["指标", "2020年目标", "2020年完成", "地区生产总值(亿元)", "300", "310"].join("\n");
    expect(targetsOf(doc, 2021)).toEqual([]);
  });

  it("a tab-separated table with a target-value header", () => {
    const doc = ["指标\t单位\t2022年实际\t2025年目标值", "森林覆盖率\t%\t63\t65"].join("\n");
    expect(targetsOf(doc).map(brief)).toEqual(["森林覆盖率|=|65|%|share"]);
  });
});

describe("policy parameters are not targets", () => {
  it.each([
    ["a subsidy ceiling per project", "县财政按照项目投资额的3%给予补助,单个项目最高不超过500万元。"],
    ["a one-off reward", "对新认定的企业给予一次性奖励10万元。"],
    ["a per-household ceiling", "对改厕农户每户最高补助2000元。"],
    ["the rate of a subsidy", "单机补贴额不超过农机具价格的30%。"],
    ["a penalty", "对违规企业处以5000元罚款。"],
    ["an age condition", "年满60周岁的老年人纳入服务范围。"],
    ["the group a measure applies to", "对年人均纯收入低于7800元的农户全部纳入监测范围,对排名后3位的乡(镇)进行约谈。"],
    ["money set aside", "县财政安排专项资金3000万元,统筹用于农村人居环境整治。"],
  ])("%s", (_, sentence) => {
    expect(targetsOf(sentence, 2023).map(brief)).toEqual([]);
  });

  it("keeps the target next to a policy parameter", () => {
    expect(targetsOf("单个项目最高不超过500万元。储能电站利用率不低于80%。", 2023).map(brief)).toEqual(["储能电站利用率|>=|80|%|share"]);
  });
});

describe("shared scope prefixes in 均 lists", () => {
  it("规上 before the first item applies to every item", () => {
    expect(targetsOf("到2025年,规上医药制造业、白酒、食品产值均增长10%以上。").map(brief)).toEqual([
      "规上医药制造业产值|>=|10|%|growth", "规上白酒产值|>=|10|%|growth", "规上食品产值|>=|10|%|growth",
    ]);
  });
});

describe("lines wrapped mid-sentence", () => {
  it("reads a sentence across a line break and keeps offsets into the original", () => {
    const doc = "到2025年,粮食产量稳定在\n50万吨以上,城镇新增就业人数达到\n  1.2万人,新增高新技术企业20家以上。";
    const ts = targetsOf(doc);
    expect(ts.map(brief)).toEqual([
      "粮食产量|>=|50|万吨|level", "城镇新增就业人数|=|1.2|万人|increment", "新增高新技术企业|>=|20|家|increment",
    ]);
    const original = `${doc}\n2021年5月20日\n`;
    for (const t of ts) expect(original.slice(t.start, t.end)).toBe(t.text);
    expect(ts[0].text).toBe("粮食产量稳定在\n50万吨以上");
  });

  it("does not join a heading, a finished sentence or table cells to the next line", () => {
    const doc = ["二、主要目标", "地区生产总值增长6%。", "指标", "2025年目标", "地区生产总值(亿元)", "4000"].join("\n");
    expect(targetsOf(doc).map(brief)).toEqual(["地区生产总值|=|6|%|growth", "地区生产总值|=|4000|亿元|level"]);
  });
});

describe("numeral variants", () => {
  it("full-width digits and percent, Chinese years, scale words and Chinese numerals", () => {
    const ts = targetsOf("到二〇二五年,研发投入强度达到２.５％,空气质量优良天数比率达到８５％以上,接待游客突破百万人次,培育规上企业两千家。");
    expect(ts.map((t) => `${t.value}|${t.unit}|${t.year}`)).toEqual(["2.5|%|2025", "85|%|2025", "100|万人次|2025", "2000|家|2025"]);
  });
  it("tenths of a share: 占比达到三成以上 → 30%; 成为 is a verb", () => {
    expect(targetsOf("到2025年,数字经济核心产业增加值占比达到三成以上,努力成为区域中心。").map(brief)).toEqual([
      "数字经济核心产业增加值占比|>=|30|%|share",
    ]);
  });
  it("a single Chinese digit after an action verb: 建成两个国家生态文明建设示范区", () => {
    expect(targetsOf("到2025年,建成两个国家生态文明建设示范区。").map((t) => `${t.value}|${t.unit}`)).toEqual(["2|个"]);
  });
  it("翻一番 and 一倍 state no absolute number; counts of quoted names are names", () => {
    expect(targetsOf("到2025年,地区生产总值翻一番,工业产值增长一倍,实施6个“一”工程。")).toEqual([]);
  });
});

describe("years of work reports and yearly plans", () => {
  it("a review section of the previous year gives nothing; the document year comes from the title", () => {
    const doc = ["某县2025年工作要点", "一、2024年工作情况", "全县地区生产总值完成300亿元,新建学校5所。",
      "二、2025年主要目标", "地区生产总值增长6%左右,新增高新技术企业20家以上。"].join("\n");
    const ts = extract(doc, { docId: "t" }).targets;
    expect(ts.map((t) => `${brief(t)}|${t.year}`)).toEqual(["地区生产总值|~|6|%|growth|2025", "新增高新技术企业|>=|20|家|increment|2025"]);
  });

  it("an intro line ending in a colon sets the year of the goals it introduces, not the 远景 year", () => {
    const doc = ["展望二〇三五年,全县经济实力大幅跃升。", "锚定二〇三五年远景目标,“十四五”时期全县经济社会发展主要目标是:",
      "——经济发展质量明显提升。地区生产总值突破350亿元。"].join("\n");
    expect(targetsOf(doc).map((t) => t.year)).toEqual([2025]);
  });

  it("分别 over years written after the indicator", () => {
    const ts = targetsOf("护理型床位占比2024年、2025年、2026年分别达到55%、60%、65%。", 2023);
    expect(ts.map((t) => `${t.indicator}|${t.value}|${t.year}`)).toEqual(["护理型床位占比|55|2024", "护理型床位占比|60|2025", "护理型床位占比|65|2026"]);
  });

  it("全市共有 states the present, not a target", () => {
    expect(targetsOf("截至2023年底,全市老年人口达到108.6万人;全市共有养老机构216家、床位2.1万张。", 2023)).toEqual([]);
  });
});

describe("more wording of plans and work plans", () => {
  it("a 分别 list of names with one suffix shares the indicator written after the last name", () => {
    expect(targetsOf("到2025年,甲区、乙区、丙区生活污水集中收集率分别达到75%、72%、70%。").map((t) => t.indicator)).toEqual([
      "甲区生活污水集中收集率", "乙区生活污水集中收集率", "丙区生活污水集中收集率",
    ]);
  });
  it("a bare verb after the indicator named before takes that indicator: 确保完成…320个,力争完成400个", () => {
    expect(targetsOf("到2025年,确保完成城镇老旧小区改造320个,力争完成400个。").map(brief)).toEqual([
      "城镇老旧小区改造|=|320|个|increment", "城镇老旧小区改造|=|400|个|increment",
    ]);
  });
  it("a shortened time is a change rate; 打通 adds an amount", () => {
    expect(targetsOf("到2025年,不动产登记办理时限缩短50%,打通断头路12条。").map(brief)).toEqual([
      "不动产登记办理时限|=|50|%|growth", "打通断头路|=|12|条|increment",
    ]);
  });
  it("Latin capacity units and rates per 10万", () => {
    expect(targetsOf("到2025年,算力规模达到15EFLOPS以上,孕产妇死亡率控制在13/10万以下。").map((t) => `${t.value}|${t.unit}|${t.comparator}`)).toEqual([
      "15|EFLOPS|>=", "13|/10万|<=",
    ]);
  });
  it("an amount qualifying the noun after 的, a standard 原则上 and money set aside are not targets", () => {
    expect(targetsOf("到2025年,全面消除集体经济年收入5万元以下的薄弱村,推动总投资26亿元的电站项目开工建设,服务半径原则上不超过15公里,市财政每年安排专项资金不少于1.2亿元。")).toEqual([]);
  });
  it("review headings (工作基础 / 存在的问题) and 已累计建成 state the past", () => {
    const doc = ["一、工作基础", "全市建成高标准农田52万亩。", "二、存在的问题", "总投资10亿元以上的大项目仅有9个。",
      "三、主要目标", "到2025年,新建高标准农田5万亩,全市已累计建成高标准农田52.3万亩。"].join("\n");
    expect(targetsOf(doc).map(brief)).toEqual(["新建高标准农田|=|5|万亩|increment"]);
  });
  it("a 总结及计划 title takes the year of its plan part", () => {
    const doc = ["某局2023年工作总结及2024年工作计划", "三、工作计划", "城镇新增就业6500人。"].join("\n");
    const r = extract(doc, { docId: "t" });
    expect(r.document.horizon).toBe(2024);
    expect(r.targets.map((t) => t.year)).toEqual([2024]);
  });
});

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
    ["a count per unit of a reward", "对超比例安排就业的用人单位,每超额安排1名残疾人,每年给予用人单位不低于月最低工资5倍的奖励。"],
    ["the group a later grant is for", "对安排残疾人就业超过职工总数25%且安排10名以上残疾人就业的集中就业机构,每年给予一次性奖励。"],
    ["a bound that includes its number", "编制50人(含)以上的党政机关至少安排残疾人就业。"],
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
  it("tenths of a share or a rise, kept as written: 占比达到三成以上 → 3 成, 增幅超7成 → 7 成; 成为 is a verb", () => {
    expect(targetsOf("到2025年,数字经济核心产业增加值占比达到三成以上,努力成为区域中心。").map(brief)).toEqual([
      "数字经济核心产业增加值占比|>=|3|成|share",
    ]);
    expect(targetsOf("到2027年,专精特新企业数增幅超7成。").map(brief)).toEqual(["专精特新企业数|>|7|成|growth"]);
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

  it("an excerpt opening inside a report's first part, before 二、2026年重点工作, reviews the year before, whatever its words", () => {
    const doc = ["一般公共预算收入2693.2亿元、居副省级城市第2。人均可支配收入首破8万元,增长4.2%。", "新增上市公司13家。城镇新增就业31.4万人。", "",
      "二、2026年重点工作", "社会消费品零售总额增长5%左右、突破1万亿元。"].join("\n");
    expect(extract(doc, { docYear: 2026 }).targets.map((t) => t.value)).toEqual([5, 1]);
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
  it("an amount qualifying the noun after 的 and a standard 原则上 are not targets; money set aside every year is", () => {
    expect(targetsOf("到2025年,全面消除集体经济年收入5万元以下的薄弱村,推动总投资26亿元的电站项目开工建设,服务半径原则上不超过15公里,市财政每年安排专项资金不少于1.2亿元。").map((t) => `${brief(t)}|${t.period}`)).toEqual([
      "市财政每年安排专项资金|>=|1.2|亿元|increment|annual",
    ]);
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

describe("annual plans: the past year's execution and the plan column", () => {
  it("a 计划执行情况 section reviews the past; 2023年完成 is a base, 2024年计划 and 增长(%) are targets", () => {
    const doc = ["关于某市2024年国民经济和社会发展计划的报告", "一、2023年国民经济和社会发展计划执行情况",
      "2023年,全年地区生产总值完成1286.5亿元,增长5.9%;城镇新增就业3.12万人。",
      "二、2024年经济社会发展的主要预期目标", "地区生产总值增长6%左右。",
      "附表　某市2024年国民经济和社会发展主要指标", "指标", "单位", "2023年完成", "2024年计划", "增长(%)",
      "地区生产总值", "亿元", "1286.5", "1364", "6左右", "城镇调查失业率", "%", "5.1", "5.5以内", "-",
      "进出口总额", "亿元", "156.7", "-", "高于全省",
      "三、2024年重点工作", "(一)扩大有效投资。全年实施省市重点项目300个以上,完成年度投资500亿元以上。"].join("\n");
    expect(targetsOf(doc, 2024).map((t) => `${brief(t)}|${t.year}`)).toEqual([
      "地区生产总值|~|6|%|growth|2024", "地区生产总值|=|1364|亿元|level|2024", "地区生产总值|~|6|%|growth|2024",
      "城镇调查失业率|<=|5.5|%|share|2024", "实施省市重点项目|>=|300|个|increment|2024", "年度投资|>=|500|亿元|increment|2024",
    ]);
  });
});

describe("Chinese numerals wherever numbers appear", () => {
  it("百分之 percentages, 点 decimals and single digits before 万/亿", () => {
    const doc = "2024年主要预期目标是:地区生产总值增长百分之六左右;城镇调查失业率百分之五点五左右;城镇新增就业七十万人以上;粮食产量稳定在五百五十亿斤以上;完成年度投资一万亿元以上;新增普惠托位两万个;地区生产总值迈上五万亿元台阶;常住人口城镇化率达到百分之六十八。";
    expect(targetsOf(doc, 2024).map((t) => `${t.value}|${t.unit}|${t.comparator}`)).toEqual([
      "6|%|~", "5.5|%|~", "70|万人|>=", "550|亿斤|>=", "1|万亿元|>=", "2|万个|=", "5|万亿元|>=", "68|%|=",
    ]);
  });
  it("a range of percentages in words (百分之四点五至百分之五), numerals with a percent sign or tenths (四点五%至五%, 一点四万亿斤)", () => {
    expect(targetsOf("今年国内生产总值增长目标设定在百分之四点五至百分之五。", 2026).map((t) => `${t.value}-${t.valueMax}|${t.unit}|${t.comparator}`)).toEqual(["4.5-5|%|range"]);
    expect(targetsOf("GDP增速为四点五%至五%;社会消费品零售总额增长五%左右;粮食产量一点四万亿斤以上。", 2026).map((t) => `${t.value}-${t.valueMax}|${t.unit}|${t.comparator}`))
      .toEqual(["4.5-5|%|range", "5-null|%|~", "1.4-null|万亿斤|>="]);
  });
  it("a dash set as the character 一 between two figures (5%一5.5%, 3一5个) joins a range", () => {
    expect(targetsOf("地区生产总值增长5%一5.5%。新建3一5个公园。", 2026).map((t) => `${t.value}-${t.valueMax}|${t.unit}|${t.comparator}`)).toEqual(["5-5.5|%|range", "3-5|个|range"]);
  });
  it("names with numerals stay out: 三年行动, 十四五, 二十大, 一网通办", () => {
    expect(targetsOf("到2025年,深入贯彻二十大精神,实施“十四五”三年行动,推进一网通办。", 2024)).toEqual([]);
  });
});

describe("number-first clauses, funding and project descriptors", () => {
  it("full-width brackets inside the subject: 每个县（市、区）至少建有1所", () => {
    const ts = targetsOf("到2025年,每个县（市、区）至少建有1所以失能、部分失能特困人员专业照护为主的县级特困人员供养服务设施。", 2024);
    expect(ts.map((t) => `${t.comparator}|${t.value}|${t.unit}|${t.kind}`)).toEqual([">=|1|所|level"]);
    expect(ts[0].text.startsWith("每个县（市、区）至少建有1所")).toBe(true);
  });
  it("实现 N项 before a quoted reform name", () => {
    expect(targetsOf("2025年底前,实现100项高频事项“免申即享”。", 2025).map(brief)).toEqual(["高频事项“免申即享”|=|100|项|increment"]);
  });
  it("a recurring fund is a target; a one-off fund, a grant per household and a subsidy rate are not", () => {
    const doc = "到2025年,县财政每年安排农村人居环境整治专项资金不低于2000万元。县财政安排专项资金3000万元。对改厕农户每户补助1000元。";
    expect(targetsOf(doc, 2024).map((t) => `${brief(t)}|${t.period}`)).toEqual(["农村人居环境整治专项资金|>=|2000|万元|increment|annual"]);
  });
  it("占地 / 总投资 of a project in a 专栏 are descriptors", () => {
    expect(targetsOf("专栏1　重大工程\n1.新能源电池产业园项目:总投资120亿元,占地1500亩,建设期2024—2026年。", 2024)).toEqual([]);
  });
});

describe("PDF page furniture", () => {
  it("a sentence broken by a page number and running header reads whole, and the header sets no year", () => {
    const doc = ["二、主要目标", "到2026年,全市规模以上工业增加值年均增长8%以上,工业技改投资年均增长10%", "— 12 —", "",
      "某市人民政府公报　　　　2024年第4期", "左右,规模以上工业企业数字化改造覆盖率达到80%以上。"].join("\n");
    expect(targetsOf(doc, 2024).map((t) => `${t.value}|${t.comparator}|${t.year}`)).toEqual(["8|>=|2026", "10|~|2026", "80|>=|2026"]);
  });
  it("2025年年底前 is 2025; a “十四五”规划 named in passing sets no year", () => {
    expect(targetsOf("2025年年底前,村庄绿化覆盖率达到32%。", 2024).map((t) => t.year)).toEqual([2025]);
    expect(targetsOf("二、2024年主要预期目标\n今年是实现“十四五”规划目标任务的关键一年。主要预期目标是:地区生产总值增长百分之六左右。", 2024).map((t) => t.year)).toEqual([2024]);
  });
});

describe("deadline dates and kinds of amounts", () => {
  it("a deadline date sets the year of its own clause only", () => {
    const doc = "到2025年,2024年12月31日前,实现100项高频事项“免申即享”;12345热线一次办结率达到90%以上。";
    expect(targetsOf(doc, 2024).map((t) => `${t.value}|${t.year}`)).toEqual(["100|2024", "90|2025"]);
  });
  it("配置 / 接入 / 构建 add amounts; 滚动实施 every year is an annual amount; 场次 is a unit", () => {
    const doc = "到2025年,配置分类收集桶2.4万个,接入物联感知设备10万个,每年滚动实施重点技改项目100个以上,每年举办体育赛事活动不少于200场次。";
    expect(targetsOf(doc, 2024).map((t) => `${t.value}|${t.unit}|${t.kind}|${t.period}`)).toEqual([
      "2.4|万个|increment|null", "10|万个|increment|null", "100|个|increment|annual", "200|场次|increment|annual",
    ]);
  });
  it("table rows: 新增 is an increment, a price 涨幅 in % is a growth rate", () => {
    const doc = ["指标", "单位", "2023年完成", "2024年计划", "城镇新增就业", "万人", "3.12", "3", "居民消费价格涨幅", "%", "2.1", "3左右"].join("\n");
    expect(targetsOf(doc, 2024).map(brief)).toEqual(["城镇新增就业|=|3|万人|increment", "居民消费价格涨幅|~|3|%|growth"]);
  });
});

describe("per-year breakdowns, design standards and kinds of totals", () => {
  it("a per-year breakdown after a total gives one target per year with the total's indicator", () => {
    const doc = "到2026年,全市改造老旧小区120个,其中2024年40个、2025年50个、2026年30个;惠及居民3.6万户。既有住宅加装电梯300部,其中2024年80部、2025年120部、2026年100部。";
    expect(targetsOf(doc, 2024).map((t) => `${t.value}|${t.unit}|${t.year}|${t.kind}`)).toEqual([
      "120|个|2026|increment", "40|个|2024|increment", "50|个|2025|increment", "30|个|2026|increment", "3.6|万户|2026|level",
      "300|部|2026|increment", "80|部|2024|increment", "120|部|2025|increment", "100|部|2026|increment",
    ]);
    const parts = targetsOf(doc, 2024).filter((t) => t.unit === "部").map((t) => t.indicator);
    expect(new Set(parts).size).toBe(1);
    // the year of the last item dates that item only
    expect(targetsOf("到2026年,改造老旧小区120个,其中2024年40个、2025年50个;惠及居民3.6万户。", 2024).map((t) => t.year)).toEqual([2026, 2024, 2025, 2026]);
  });
  it("a breakdown by item (not by year) is left to the other rules", () => {
    expect(targetsOf("到2025年,建成充电桩2000个,其中直流桩800个、交流桩1200个。", 2024).map((t) => t.value)).toEqual([2000, 800, 1200]);
  });
  it("dimensions of buildings and per-unit provisioning norms are design standards", () => {
    const doc = "到2026年,新建社区养老服务用房层高不低于3米,每百户配建面积不少于20平方米。停车位尺寸不小于2.5米×5.3米。人均公园绿地面积达到15平方米,新建城市道路长度达到30公里。";
    expect(targetsOf(doc, 2024).map((t) => `${t.value}|${t.unit}`)).toEqual(["15|平方米", "30|公里"]);
  });
  it("a threshold in a 对…的 clause that grants a reward is an eligibility rule", () => {
    const doc = "到2025年,民宿床位数达到3000张。对床位数20张以上、年营业收入50万元以上的民宿给予一次性奖励5万元。";
    expect(targetsOf(doc, 2024).map((t) => `${t.value}|${t.unit}`)).toEqual(["3000|张"]);
  });
  it("a year that dates only its own sentence, or lies in the past, does not carry to the next sentence", () => {
    const doc = "到2025年,全县A级旅游景区总数达到18家。2024年完成智慧停车场改造提升10处。景区厕所达标率达到100%。重点改造2000年底前建成的老旧小区。新增充电桩2000个。";
    expect(targetsOf(doc, 2024).map((t) => `${t.value}|${t.year}`)).toEqual(["18|2025", "10|2024", "100|2025", "2000|2025"]);
  });
  it("累计 totals, amounts every year and work on a named subject are amounts added; 培育…达到 a stock is a level", () => {
    const doc = "到2025年,“十四五”期间累计节约能源80万吨标准煤,旅游从业人员培训每年不少于2000人次,修缮历史建筑25处,既有住宅加装电梯300部,培育进出口额超1000万美元企业达到60家。";
    expect(targetsOf(doc, 2024).map((t) => `${t.value}|${t.kind}`)).toEqual(["80|increment", "2000|increment", "25|increment", "300|increment", "60|level"]);
  });
});

// Indicator tables as tables: any text form, the header's columns, one target per target-year cell, a baseline per
// base-year cell, binding from 属性, cumulative brackets, comparators written in the cell, nothing for text cells.
import { describe, expect, it } from "vitest";
import { extract, type Target } from "../../src/core";
import { splitTail } from "../../src/core/extract/tables/split";

const row = (t: Target): string =>
  `${t.indicator}|${t.comparator}|${t.value}${t.valueMax !== null ? `-${t.valueMax}` : ""}|${t.unit}|${t.year}|${t.kind}|${t.period ?? ""}|${t.binding ?? ""}|${t.baseYear ?? ""}|${t.baseValue ?? ""}`;

const ticked = (text: string, docYear?: number): Target[] => extract(text, { docYear }).targets.filter((t) => t.confidence !== "low");

describe("the example of a plan's review and its 主要指标 table", () => {
  // one cell per line with blank lines between the cells, as Word or a web page flattens a table
  const doc = [
    "某县“十四五”规划纲要", "", "2021年3月1日", "", "一、发展基础", "", "2020年，全县地区生产总值达到320亿元，一般公共预算收入21.6亿元。", "",
    "二、主要目标", "", "表1 主要指标", "", "指标", "", "2020年", "", "2025年", "", "属性", "",
    "地区生产总值（亿元）", "", "—", "", "450", "", "预期性", "",
    "一般公共预算收入（亿元）", "", "21.6", "", "30", "", "预期性", "",
    "单位地区生产总值能耗降低（%）", "", "〔15〕", "", "〔14.5〕", "", "约束性", "",
    "三、主要任务", "",
  ].join("\r\n");
  const ts = extract(doc).targets;

  it("gives the table's targets their year, base year and base value, binding and cumulative total", () => {
    expect(ts.map(row)).toEqual([
      "地区生产总值|=|450|亿元|2025|level||false|2020|320",
      "一般公共预算收入|=|30|亿元|2025|level||false|2020|21.6",
      "单位地区生产总值能耗降低|=|14.5|%|2025|growth|cumulative|true|2020|15",
    ]);
  });

  it("points the base value at its source: the review sentence, or the base-year cell", () => {
    const gdp = ts[0];
    expect(doc.slice(gdp.baseSource!.start, gdp.baseSource!.end)).toContain("320亿元");
    expect(doc.slice(ts[1].baseSource!.start, ts[1].baseSource!.end)).toBe("21.6");
  });

  it("lists the base-year cells and the review's value as baselines", () => {
    const { mentions = [] } = extract(doc, { mentions: true });
    const roleOf = (text: string): string | undefined => mentions.find((m) => m.text.startsWith(text))?.role;
    expect(roleOf("320")).toBe("baseline");
    expect(mentions.filter((m) => m.text.startsWith("21.6")).map((m) => m.role)).toEqual(["past", "baseline"]);
  });
});

describe("text forms of one table", () => {
  const expected = ["地区生产总值|=|450|亿元|2025|level||false|2020|320", "地区生产总值|~|7|%|2025|growth||false|2020|320", "单位GDP能耗降低|=|13.5|%|2025|growth|cumulative|true|2020|"];
  it.each([
    ["pipes", ["| 指标 | 单位 | 2020年 | 2025年 | 年均增长 | 属性 |", "|---|---|---|---|---|---|", "| 地区生产总值 | 亿元 | 320 | 450 | 7左右 | 预期性 |", "| 单位GDP能耗降低 | % | — | [13.5] | — | 约束性 |"]],
    ["tabs", ["指标\t单位\t2020年\t2025年\t年均增长\t属性", "地区生产总值\t亿元\t320\t450\t7左右\t预期性", "单位GDP能耗降低\t%\t—\t[13.5]\t—\t约束性"]],
    ["spaces", ["指标 单位 2020年 2025年 年均增长 属性", "地区生产总值 亿元 320 450 7左右 预期性", "单位GDP能耗降低 % — [13.5] — 约束性"]],
    ["one cell per line", ["指标", "单位", "2020年", "2025年", "年均增长", "属性", "地区生产总值", "亿元", "320", "450", "7左右", "预期性", "单位GDP能耗降低", "%", "—", "[13.5]", "—", "约束性"]],
    ["run together", ["表1主要指标序号指标单位2020年2025年年均增长属性1地区生产总值亿元3204507左右预期性2单位GDP能耗降低%—[13.5]—约束性"]],
  ])("%s", (_, lines) => {
    expect(ticked(["2021年1月5日", ...lines, "二、重点任务"].join("\n")).map(row)).toEqual(expected);
  });
});

describe("table columns and cells", () => {
  it("a 2025 and a 2035 column give two targets, each with its year; the 2020 column is the base", () => {
    const doc = ["指标", "单位", "2020年", "2025年", "2035年", "森林覆盖率", "%", "38.8", "≥40", "45左右"].join("\n");
    expect(ticked(doc, 2021).map((t) => `${t.comparator}${t.value}@${t.year}/${t.baseYear}:${t.baseValue}`)).toEqual([">=40@2025/2020:38.8", "~45@2035/2020:38.8"]);
  });

  it("an amount added stated for the base year and the target year is each year's amount; with no base cell, a total", () => {
    const doc = ["指标", "单位", "2020年", "2025年", "城镇新增就业人数", "人", "2100", "2600", "新建学校", "所", "—", "12", "新增造林面积", "亩", "〔5000〕", "〔6000〕"].join("\n");
    expect(ticked(doc, 2021).map((t) => `${t.indicator}:${t.kind}/${t.period ?? ""}/${t.baseValue ?? ""}`)).toEqual([
      "城镇新增就业人数:increment/annual/2100", "新建学校:increment//", "新增造林面积:increment/cumulative/5000",
    ]);
  });

  it("a name ending like a unit's (新建学校, 学校) opens the next row where the table has no column of units", () => {
    const doc = ["指标", "单位", "2020年", "2025年", "地区生产总值", "亿元", "2100", "2600", "新建学校", "所", "8", "12"].join("\n");
    expect(ticked(doc, 2021).map((t) => `${t.indicator}:${t.value}`)).toEqual(["地区生产总值:2600", "新建学校:12"]);
  });

  it("reads ≥58, ≤9％, 55左右, >60, <5.5 and gives nothing for text cells", () => {
    const doc = ["序号", "指标名称", "单位", "属性", "2020年", "2025年", "1", "常住人口城镇化率", "%", "预期性", "52", "≥58",
      "2", "城镇调查失业率", "%", "预期性", "—", "≤9％", "3", "居民人均可支配收入增长", "%", "预期性", "—", "与经济增长同步",
      "4", "粮食综合生产能力", "万吨", "约束性", "50", "55左右", "5", "数字经济核心产业增加值占比", "%", "预期性", "—", ">60",
      "6", "单位地区生产总值二氧化碳排放", "吨", "约束性", "—", "<5.5", "7", "单位GDP能耗降低", "%", "约束性", "—", "完成市下达目标"].join("\n");
    expect(ticked(doc, 2021).map((t) => `${t.indicator}|${t.comparator}|${t.value}|${t.unit}|${t.binding}`)).toEqual([
      "常住人口城镇化率|>=|58|%|false", "城镇调查失业率|<=|9|%|false", "粮食综合生产能力|~|55|万吨|true", "数字经济核心产业增加值占比|>|60|%|false",
      "单位地区生产总值二氧化碳排放|<|5.5|吨|true",
    ]);
  });

  it("a row whose cell holds several labelled values gives one target per label", () => {
    const doc = ["序号", "主要指标", "2020年现状", "2025年目标", "指标属性", "1", "市政排水管网智能化监测率（%）", "——", "重点城市≥30", "一般城市≥15", "预期性"].join("\n\n");
    expect(ticked(doc, 2021).map((t) => `${t.indicator}|${t.value}`)).toEqual(["市政排水管网智能化监测率(重点城市)|30", "市政排水管网智能化监测率(一般城市)|15"]);
  });

  it("a table of places takes its indicator from the title; the earlier year's column is past", () => {
    const doc = ["附表1  浙江省城市易涝风险区域整治计划表", "序号", "地市", "易涝区域数量", "整治计划（处）", "2020年（已整治）", "2021年", "2022年",
      "1", "杭州", "8", "3", "4", "1", "2", "宁波", "38", "25", "6", "7"].join("\n\n");
    expect(ticked(doc, 2021).map((t) => `${t.indicator}|${t.value}|${t.unit}|${t.year}|${t.kind}`)).toEqual([
      "城市易涝风险区域整治(杭州)|4|处|2021|increment", "城市易涝风险区域整治(杭州)|1|处|2022|increment",
      "城市易涝风险区域整治(宁波)|6|处|2021|increment", "城市易涝风险区域整治(宁波)|7|处|2022|increment",
    ]);
  });

  it("without a document year, the column the header marks done is the base and the plain years after it targets", () => {
    const doc = ["浙江省城市内涝治理“十四五”规划", "附表1  浙江省城市易涝风险区域整治计划表", "序号", "地市", "易涝区域数量", "整治计划（处）", "2020年（已整治）", "2021年", "2022年",
      "1", "杭州", "8", "3", "4", "1", "2", "宁波", "38", "25", "6", "7"].join("\n\n");
    expect(ticked(doc).map((t) => `${t.value}|${t.year}`)).toEqual(["4|2021", "1|2022", "6|2021", "7|2022"]);
  });

  it("a table reporting how the previous plan went states the past; a mid-term report keeps the plan's targets", () => {
    const doc = ["浙江省城市内涝治理“十四五”规划", "", "表1  “十三五”全省城市排水防涝设施建设主要指标完成情况", "序号", "项目类别", "单位", "“十三五”规划目标", "“十三五”完成情况", "完成率",
      "1", "综合整治城市河道", "条", "350", "402", "115%", "2", "新开城市河道", "条", "40", "45", "112%"].join("\n\n");
    expect(ticked(doc)).toEqual([]);
  });

  it("a 1 ending a row is a value, not a new part's serial; the total row has no serial", () => {
    const doc = ["附表1  浙江省城市易涝风险区域整治计划表", "序号", "地市", "易涝区域数量", "整治计划（处）", "2020年（已整治）", "2021年", "2022年",
      "1", "台州", "54", "26", "20", "8", "2", "宁波", "38", "25", "6", "7", "3", "丽水", "11", "9", "1", "1", "合计", "341", "158", "83", "100", "附表2  浙江省城市防洪规划标准及现状表"].join("\n\n");
    expect(ticked(doc, 2021).map((t) => `${t.indicator}|${t.value}|${t.year}`)).toEqual([
      "城市易涝风险区域整治(台州)|20|2021", "城市易涝风险区域整治(台州)|8|2022", "城市易涝风险区域整治(宁波)|6|2021", "城市易涝风险区域整治(宁波)|7|2022",
      "城市易涝风险区域整治(丽水)|1|2021", "城市易涝风险区域整治(丽水)|1|2022", "城市易涝风险区域整治|83|2021", "城市易涝风险区域整治|100|2022",
    ]);
  });
});

describe("cells that ran together", () => {
  const plan = { base: 0, target: 1, growth: 2, years: 5, series: [] };
  it.each([
    ["5015024.6%", [50, 150, 24.6]],
    ["16304250008.9%", [16304, 25000, 8.9]],
    ["9.014.0[5]", [9, 14, 5]],
    ["87.7591[3.25]", [87.75, 91, 3.25]],
    ["5.4—6.5-7.5", [5.4, null, 6.5]],
    [" 0.5 ", [null, 0.5, null]],
  ])("%s with a growth column", (tail, values) => {
    expect(splitTail(tail, 3, plan)?.map((c) => c.value)).toEqual(values);
  });
  it.each([
    ["9098", [90, 98]], ["71708000", [7170, 8000]], ["6.2525", [6.25, 25]], ["0.564.5", [0.56, 4.5]], ["020", [0, 20]], ["10096 以上", [100, 96]],
  ])("%s as base and target", (tail, values) => {
    expect(splitTail(tail, 2, { base: 0, target: 1, growth: -1, years: 5, series: [] })?.map((c) => c.value)).toEqual(values);
  });
  it.each([
    ["6.36.36.36.36.3", [6.3, 6.3, 6.3, 6.3, 6.3]], ["115115115115115", [115, 115, 115, 115, 115]],
    ["99999999100", [99, 99, 99, 99, 100]], ["95959696≥96", [95, 95, 96, 96, 96]], ["3030303030", [30, 30, 30, 30, 30]],
  ])("%s as five year columns written alike", (tail, values) => {
    // 2021年 is the base, 2022年–2025年 the targets
    expect(splitTail(tail, 5, { base: 0, target: 1, growth: -1, years: 1, series: [1, 2, 3, 4] })?.map((c) => c.value)).toEqual(values);
  });
});

describe("a year's target column named 年度目标", () => {
  it("a mid-year report's table reads the year's targets, not the results (a text cell sets nothing)", () => {
    const doc = "普陀区2021年上半年国民经济和社会发展计划执行情况\n\n表1:上半年主要指标完成情况\n\n类别\n\n指标名称\n\n年度目标\n\n完成情况\n\n责任部门\n\n高质量发展\n\n1、地区生产总值增长率\n\n与市保持同步\n\n9.8%\n\n区发改委\n\n2、区级财政收入增长率\n\n6%以上\n\n28.97%\n\n区财政局\n\n3、新增跨国公司地区总部数\n\n3家\n\n4家\n\n区商务委\n";
    expect(extract(doc, { docYear: 2021 }).targets.filter((t) => t.confidence !== "low").map((t) => `${t.value}|${t.unit}`)).toEqual(["6|%", "3|家"]);
  });
});

describe("a table of the year's targets beside the results so far (a mid-year execution report)", () => {
  it("reads rows that leave out their leading bar, the target column only, and an amount in % as its growth", () => {
    const page = "表一 上半年主要目标完成情况\n指标名称 | 年度目标 | 上半年完成 |\n1.增加值 | 6%以上 | 16.7% |\n" +
      "5.全社会固定资产投资 | 500亿元 | 206.9亿元 |\n7.城乡登记失业人数 | 控制在市下达指标以内 | 4755人 |\n";
    expect(ticked(page, 2021).map((t) => `${t.indicator}|${t.value}|${t.unit}|${t.kind}`)).toEqual(["增加值|6|%|growth", "全社会固定资产投资|500|亿元|level"]);
  });
  it("one cell per line: 2017年主要预期目标 is the target; 绝对值, 增长 and 进度 beside it are results; 持平 is a text cell", () => {
    const cells = ["指标", "单位", "2017年主要预期目标", "绝对值(亿元)", "增长(%)", "进度(%)",
      "1.增加值增长", "%", "7左右", "1024.6", "8.4", "51.0",
      "2.外贸出口额", "%", "持平", "267.1", "9.2", "/",
      "3.固定资产投资", "亿元", "300", "168.6", "-20.1", "56.2"];
    const page = `表1 上半年主要预期目标完成情况\n\n${cells.join("\n\n")}\n\n(一)经济发展质量效益不断提高。\n`;
    expect(ticked(page, 2017).map((t) => `${t.value}|${t.unit}|${t.kind}`)).toEqual(["7|%|growth", "300|亿元|level"]);
  });
});

describe("a table whose rows were broken into one cell per line, each cell keeping its bar", () => {
  it("reads the cells without their bars (主要指标 | / 单位 | / 2022年 | / 2027年 |)", () => {
    const cells = ["类别 |", "主要指标 |", "单位 |", "2022年 |", "2027年 |", "来源 |", "总体 |", "数字经济增加值占GDP的比重 |", "% |", "45.4 |", "50 |", "市统计局 |",
      "数字经济重点企业 |", "家 |", "/ |", "500 |", "市经济信息委 |", "|"];
    const page = `表1 主要指标\n${cells.join("\n")}\n`;
    expect(ticked(page, 2023).map((t) => `${t.value}|${t.unit}|${t.year}|${t.baseValue ?? ""}`)).toEqual(["50|%|2027|45.4", "500|家|2027|"]);
  });
});

describe("a value wrapped over two cells of a narrow column", () => {
  it("joins a bound to the value below it (控制在 / 10410人内) and a unit to the value above it (提升4个 / 百分点)", () => {
    const cells = ["指标名称", "年度目标", "完成情况", "1、城乡登记失业人数", "控制在", "10410人内", "7919人", "2、研发投入强度", "提升4个", "百分点", "提升3.89个百分点",
      "3、新(迁)建社区卫生服务站点", "2个", "1个"];
    const page = `表1:上半年主要指标完成情况\n\n${cells.join("\n\n")}\n\n二、下半年工作。\n`;
    expect(ticked(page, 2021).map((t) => `${t.value}|${t.unit}|${t.comparator}|${t.kind}`)).toEqual(["10410|人|<=|level", "4|个百分点|=|increment", "2|个|=|increment"]);
  });
});

describe("a planned average growth beside a progress column", () => {
  it("stays a target (年均增长 is no growth achieved so far)", () => {
    const page = "表1 主要指标\n| 指标 | 单位 | 2025年目标 | 年均增长(%) | 完成进度(%) |\n| 地区生产总值 | 亿元 | 1000 | 6 | 50 |\n";
    expect(ticked(page, 2023).map((t) => `${t.value}|${t.unit}|${t.kind}`)).toEqual(["1000|亿元|level", "6|%|growth"]);
  });
});

describe("a one-cell-per-line table with part labels and 其中 sub-rows", () => {
  // (a cell holding two lines — a row and its 其中 row — is flattened one line after the other, column by column)
  const cells = ["指  标", "2020年", "2025年", "属性", "一、发展水平", "     ", "1.学前教育毛入园率(%)", "99%", "99%以上", "约束性",
    "二、优质资源建设", "1.义务教育标准班额比例(%)", "其中:小学", "初中", "34.52%", "77.34%", "80%以上", "85%以上", "预期性",
    "2.幼儿教师专科及以上学历比例(%)", "其中:本科及以上学历比例(%)", "97.74%", "49.85%", "100%", "50%", "预期性"];
  const page = `“十四五”教育事业发展主要指标表\n\n${cells.join("\n\n")}\n\n本文仅代表作者观点。\n`;
  it("reads on past a part's label (一、发展水平) and gives one target per sub-row, each with its own base", () => {
    expect(ticked(page, 2021).map((t) => `${t.indicator}|${t.comparator}|${t.value}|${t.year}|${t.baseValue ?? ""}|${t.binding}`)).toEqual([
      "学前教育毛入园率|>=|99|2025|99|true",
      "义务教育标准班额比例(小学)|>=|80|2025|34.52|false", "义务教育标准班额比例(初中)|>=|85|2025|77.34|false",
      "幼儿教师专科及以上学历比例|=|100|2025|97.74|false", "幼儿教师专科及以上学历比例(其中本科及以上学历比例)|=|50|2025|49.85|false",
    ]);
  });
  it("ends at a heading followed by prose, as before", () => {
    const after = page.replace("本文仅代表作者观点。", "三、主要任务\n\n全面加强党对教育工作的领导,落实立德树人根本任务,推进教育现代化。");
    expect(ticked(after, 2021)).toHaveLength(5);
  });
});

describe("rows of a bar or tab table with blank lines or a part's label between them", () => {
  // (a web page puts each row of a table in a paragraph of its own; a tab row whose only cell is a part's label loses
  // its tabs when the line is trimmed)
  it.each([
    ["tabs, blank lines between rows", "指标\t2025年\t2030年\t属性\n\n地区生产总值(亿元)\t1200\t1600\t预期性\n\n城镇新增就业(万人)\t5\t5\t预期性"],
    ["bars, blank lines between rows", "| 指标 | 2025年 | 2030年 | 属性 |\n\n| 地区生产总值(亿元) | 1200 | 1600 | 预期性 |\n\n| 城镇新增就业(万人) | 5 | 5 | 预期性 |"],
    ["tabs, a part's label alone on its line", "指标\t2025年\t2030年\t属性\n一、经济发展\n地区生产总值(亿元)\t1200\t1600\t预期性\n民生福祉\n城镇新增就业(万人)\t5\t5\t预期性"],
    ["spaces (PDF text), a part's label alone on its line", "指标 单位 2025年 2030年 属性\n一、经济发展\n地区生产总值 亿元 1200 1600 预期性\n二、民生福祉\n城镇新增就业 万人 5 5 预期性"],
  ])("%s", (_, table) => {
    const page = `表1 主要指标\n\n${table}\n\n二、主要任务\n`;
    expect(ticked(page, 2026).map((t) => `${t.indicator}|${t.value}|${t.year}`)).toEqual(["地区生产总值|1600|2030", "城镇新增就业|5|2030"]);
  });
  it("a header after rows opens the next table (two tables with only a blank line between them)", () => {
    const page = "| 指标 | 2025年 | 属性 |\n| 地区生产总值(亿元) | 1200 | 预期性 |\n\n| 指标 | 单位 | 2030年 |\n| 城镇新增就业 | 万人 | 5 |\n";
    expect(ticked(page, 2024).map((t) => `${t.indicator}|${t.value}|${t.unit}|${t.year}`)).toEqual(["地区生产总值|1200|亿元|2025", "城镇新增就业|5|万人|2030"]);
  });
  it("a 其中 row names its part alone (其中:数字经济核心产业增加值)", () => {
    const page = "表1 主要指标\n指标\t2025年\t2030年\t属性\n地区生产总值(亿元)\t1200\t1600\t预期性\n其中:数字经济核心产业增加值(亿元)\t100\t200\t预期性\n";
    expect(ticked(page, 2026).map((t) => t.indicator)).toEqual(["地区生产总值", "数字经济核心产业增加值"]);
  });
});

describe("shapes of the twenty-sixth and twenty-seventh unseen sets", () => {
  it("words of a bound stack in a cell (力争达到3.2)", () => {
    const page = "表1 主要指标\n| 指标 | 单位 | 2025年 | 2030年 | 属性 |\n| 研究与试验发展经费投入强度 | % | 2.6 | 力争达到3.2 | 预期性 |\n";
    expect(ticked(page, 2026).map((t) => `${t.comparator}|${t.value}|${t.year}`)).toEqual(["=|3.2|2030"]);
  });
  it("two columns of values side by side stay two (现状值 | 目标值); a year over what its column holds is one (2025年 | 基期值)", () => {
    const sideBySide = "主要指标表\n指标\t现状值\t目标值\t属性\n地区生产总值(亿元)\t1520\t2000\t预期性\n";
    expect(ticked(sideBySide, 2026).map((t) => `${t.value}|${t.baseValue}`)).toEqual(["2000|1520"]);
    const cells = ["指标", "2025年", "基期值", "2030年", "目标值", "属性", "地区生产总值(亿元)", "1520", "2000", "预期性"];
    expect(ticked(`主要指标表\n\n${cells.join("\n\n")}\n`, 2026).map((t) => `${t.value}|${t.year}|${t.baseValue}`)).toEqual(["2000|2030|1520"]);
  });
  it("reads a table whose empty rows left a lone bar, with a part's label after one (1 | … | / | / 一、发展目标 |)", () => {
    const page = "序号 | 任务名称 | 嘉善现值 | 2023年目标 | 2025年目标 | 责任单位 |\n|\n一、发展目标 |\n1 | 常住人口城镇化率(%) | 74.5 | 74.5 | 75 | 县发改局 |\n|\n2 | 村级集体经济总收入(亿元) | 11.2 | 11.9 | 12.8 | 县农业农村局 |\n";
    expect(ticked(page, 2023).map((t) => `${t.value}|${t.year}`)).toEqual(["74.5|2023", "75|2025", "11.9|2023", "12.8|2025"]);
  });
  it("a row naming two indicators with their units gives each its value (滚动推进重大项目(个)、完成投资额(亿元) | 15、37)", () => {
    const page = "序号 | 任务名称 | 现值 | 2023年目标 | 2027年目标 |\n1 | 滚动推进重大项目(个)、完成投资额(亿元) | — | 15、37 | 40、500 |\n";
    expect(ticked(page, 2023).map((t) => `${t.indicator}|${t.value}|${t.unit}|${t.year}`)).toEqual([
      "滚动推进重大项目|15|个|2023", "完成投资额|37|亿元|2023", "滚动推进重大项目|40|个|2027", "完成投资额|500|亿元|2027",
    ]);
  });
  it("things built as a running total the table gives today's value of are a count reached (累计建成 | 64 | 69)", () => {
    const page = "序号 | 任务名称 | 现值 | 2025年目标 |\n1 | 省级以上民主法治村累计建成(个) | 64 | 79 |\n2 | 累计培训养老护理员(人) | 336 | 1000 |\n";
    expect(ticked(page, 2023).map((t) => `${t.value}|${t.kind}|${t.period}`)).toEqual(["79|level|cumulative", "1000|increment|cumulative"]);
  });
});

describe("a second header row under a group of target years (as a converter writes a header with merged cells)", () => {
  const doc = ["| 指标 | 单位 | 2020年 | 目标值 | 目标值 | 属性 |", "| --- | --- | --- | --- | --- | --- |", "| | | | 2025年 | 2035年 | |",
    "| 地区生产总值 | 亿元 | 1000 | 1500 | 2500 | 预期性 |", "| 森林覆盖率 | % | 40 | 42 | 45 | 约束性 |"].join("\n");
  it("each year of the second row dates the column above it; the base year's value is the base", () => {
    expect(ticked(doc, 2021).map((t) => `${t.indicator}|${t.value}|${t.year}|${t.baseValue}|${t.binding}`)).toEqual([
      "地区生产总值|1500|2025|1000|false", "地区生产总值|2500|2035|1000|false", "森林覆盖率|42|2025|40|true", "森林覆盖率|45|2035|40|true"]);
  });
  it("a table with one header row reads as before (its first row of values is no second header)", () => {
    const plain = ["| 指标 | 2020年 | 2025年 |", "| --- | --- | --- |", "| 地区生产总值(亿元) | 1000 | 1500 |"].join("\n");
    expect(ticked(plain, 2021).map((t) => `${t.value}|${t.year}`)).toEqual(["1500|2025"]);
  });
});

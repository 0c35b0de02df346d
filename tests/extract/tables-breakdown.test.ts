// Target-breakdown tables (目标任务分解表): a year's targets shared out to places or offices, a row per place, a column per
// measure. Unit tests of the table reader: every table here is written for the test (not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const rows = (text: string, docYear = 2021): string[] =>
  extract(text, { docYear }).targets.filter((t) => t.confidence !== "low").map((t) => `${t.indicator}|${t.value}|${t.unit}|${t.year}|${t.kind}`);

describe("a header naming the measure of each target column (外贸出口目标) beside the bodies it goes to (责任单位)", () => {
  it("reads a target per place and measure, the 责任单位 column naming the rows", () => {
    const doc = ["2021年各区目标任务分解表", "责任单位 税收收入目标 固定资产投资目标", "东城区 120 300", "西城区 80 150"].join("\n");
    expect(rows(doc)).toEqual([
      "税收收入(东城区)|120||2021|level", "固定资产投资(东城区)|300||2021|level",
      "税收收入(西城区)|80||2021|level", "固定资产投资(西城区)|150||2021|level",
    ]);
  });

  it("reads offices as the rows too (市商务局)", () => {
    const doc = ["2021年有关部门外经贸目标任务分解表", "责任单位 外贸出口目标 实到外资目标", "市商务局 500 60", "市发展改革委 200 40"].join("\n");
    expect(rows(doc)).toEqual(["外贸出口(市商务局)|500||2021|level", "实到外资(市商务局)|60||2021|level", "外贸出口(市发展改革委)|200||2021|level", "实到外资(市发展改革委)|40||2021|level"]);
  });

  it("but not rows that are no places or offices (a 责任单位 column beside tasks)", () => {
    const doc = ["2021年工作目标分解表", "责任单位 税收收入目标 固定资产投资目标", "加快项目建设 120 300", "优化营商环境 80 150"].join("\n");
    expect(rows(doc).filter((r) => r.includes("("))).toEqual([]);
  });

  it("nor a measure's target column beside indicators, no places (指标 | 税收收入目标)", () => {
    const doc = ["表1", "指标 税收收入目标 固定资产投资目标", "东城区 120 300", "西城区 80 150"].join("\n");
    expect(rows(doc)).toEqual([]);
  });

  it("nor a generic word before 目标 (主要目标, 工作目标), which names no measure", () => {
    const doc = ["2021年各区目标分解表", "责任单位 主要目标 工作目标", "东城区 120 300", "西城区 80 150"].join("\n");
    expect(rows(doc)).toEqual([]);
  });
});

describe("a note of the unit over a table whose cells are set apart by spaces", () => {
  const body = ["责任单位 外贸出口目标 实到外资目标", "东城区 1900 300", "西城区 2000 1000"];
  const want = (u: string): string[] => [`外贸出口(东城区)|1900|${u}|2021|level`, `实到外资(东城区)|300|${u}|2021|level`, `外贸出口(西城区)|2000|${u}|2021|level`, `实到外资(西城区)|1000|${u}|2021|level`];

  it("gives its unit to the cells on a line of its own (金额单位:万美元)", () => {
    expect(rows(["2021年各区外经贸目标任务分解表", "", "金额单位:万美元", ...body].join("\n"))).toEqual(want("万美元"));
  });

  it("gives its unit to a table of bars, of tabs, or one cell per line", () => {
    const head = ["2021年各区外经贸目标任务分解表", "金额单位:万美元"];
    const bars = ["| 责任单位 | 外贸出口目标 | 实到外资目标 |", "| 东城区 | 1900 | 300 |", "| 西城区 | 2000 | 1000 |"];
    const tabs = bars.map((l) => l.replace(/^\| | \|$/g, "").replace(/ \| /g, "\t"));
    const cells = bars.flatMap((l) => l.replace(/^\| | \|$/g, "").split(" | ").map((c) => `${c} |`));
    for (const form of [bars, tabs, cells]) expect(rows([...head, ...form].join("\n"))).toEqual(want("万美元"));
  });

  it("gives its unit when it closes the title's line (…分解表(单位:万美元))", () => {
    expect(rows(["2021年各区外经贸目标任务分解表(单位:万美元)", ...body].join("\n"))).toEqual(want("万美元"));
  });
});

describe("a header of two tiers: measures over the target each column holds, a part splitting a measure's column", () => {
  // (one cell per line, each closed by a bar, a lone bar for an empty cell, as a web page's table comes out as text)
  const stream = (...cells: string[]): string => ["附件:2021年招商引资目标考核指标分解表", ...cells.map((c) => (c === "" ? "|" : `${c} |`))].join("\n");
  const want = [
    "合同外资|8500|万美元|2021|level", "市外境内资金|280|亿元|2021|level", "市外境内资金(其中外省)|142|亿元|2021|level",
    "合同外资(长沙县)|2180|万美元|2021|level", "市外境内资金(长沙县)|32|亿元|2021|level", "市外境内资金(其中外省)(长沙县)|15.5|亿元|2021|level",
    "合同外资(园区外)|480|万美元|2021|level", "市外境内资金(园区外)|23|亿元|2021|level", "市外境内资金(其中外省)(园区外)|14|亿元|2021|level",
  ];

  it("reads a table given one cell per line (考核单位 | 合同外资(万美元) | … over 本年任务 | 本年任务 | 其中:外省)", () => {
    const doc = stream("考核单位", "合同外资 (万美元)", "市外境内资金 (亿元)", "备 注", "本年任务", "本年任务", "其中:外省", "",
      "合 计", "8500", "280", "142", "", "长沙县", "2180", "32", "15.5", "含开发区", "园区外", "480", "23", "14", "");
    expect(rows(doc)).toEqual(want);
  });

  it("reads the same header on two rows of bars", () => {
    const doc = ["附件:2021年招商引资目标考核指标分解表", "| 考核单位 | 合同外资(万美元) | 市外境内资金(亿元) | 备注 |", "| 本年任务 | 本年任务 | 其中:外省 | |",
      "| 合计 | 8500 | 280 | 142 | |", "| 长沙县 | 2180 | 32 | 15.5 | 含开发区 |", "| 园区外 | 480 | 23 | 14 | |"].join("\n");
    expect(rows(doc)).toEqual(want);
  });

  it("but not when the second tier names no target under each measure (上年完成 | 本年任务)", () => {
    const doc = stream("考核单位", "合同外资 (万美元)", "市外境内资金 (亿元)", "上年完成", "本年任务", "上年完成", "本年任务",
      "长沙县", "2000", "2180", "30", "32");
    expect(rows(doc).filter((r) => r.includes("长沙县"))).toEqual([]);
  });

  it("nor when the rows are no places or offices", () => {
    const doc = stream("考核单位", "合同外资 (万美元)", "市外境内资金 (亿元)", "本年任务", "本年任务",
      "引进项目", "2180", "32", "扩大开放", "480", "23");
    expect(rows(doc)).toEqual([]);
  });
});

describe("the year a breakdown table's title names", () => {
  const body = ["金额单位:万美元", "责任单位 外贸出口目标 实到外资目标", "东城区 1900 300", "西城区 2000 1000"];
  const years = (title: string): (number | null)[] =>
    [...new Set(extract([title, ...body].join("\n"), { docYear: 2003 }).targets.filter((t) => t.indicator.includes("(")).map((t) => t.year))];

  it("dates the target columns that name no year (2004年…分解表 in a document of 2003)", () => {
    expect(years("2004年区县外经贸目标任务分解表")).toEqual([2004]);
  });

  it("but not a report's title (…完成情况表), nor a title of several years", () => {
    // (the table is still read: its year is the one it had without the title's, the document's or the plan's horizon)
    expect(years("2004年区县外经贸目标任务完成情况表")).toEqual([2003]);
    expect(years("2004年至2006年区县外经贸目标任务分解表")).toEqual([2006]);
  });
});

// Task-breakdown tables (任务分解表) given one cell per line whose narrow columns wrap their cells over several lines: header
// cells (序 | 号, 2021年 | 目标, 责任单位 | (第一为牵头单位)), text cells (完成启 | 动准备) and a category merged down over its
// rows, written one character per line (园 | 区 | 化). Unit tests written for the rules: every table here is made up for
// the test (not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";
import type { Cell } from "../../src/core/extract/tables/cells";
import { readHeader } from "../../src/core/extract/tables/header";

const rows = (text: string, docYear = 2021): string[] =>
  extract(text, { docYear }).targets.filter((t) => t.confidence !== "low").map((t) => `${t.indicator}|${t.value}|${t.unit}|${t.year}|${t.kind}`);

/** Cells of lines, one cell per line, with offsets as in the joined text. */
const cellsOf = (lines: string[]): Cell[] => {
  let at = 0;
  return lines.map((text) => { const c = { start: at, end: at + text.length, text }; at += text.length + 1; return c; });
};

const HEADER = ["重点任务", "序", "号", "主要指标", "2021年", "目标", "2022年", "目标", "2023年", "目标", "责任单位", "(第一为牵头单位)"];

describe("header cells wrapped over lines", () => {
  it("joins a cell whose second line is no header word alone (序 | 号) and a year over its target (2021年 | 目标)", () => {
    const h = readHeader(cellsOf([...HEADER, "1"]), 0);
    expect(h?.columns.map((c) => `${c.role}${c.year ?? ""}`)).toEqual(["category", "serial", "indicator", "target2021", "target2022", "target2023", "responsible"]);
    expect(h?.next).toBe(HEADER.length);
  });

  it("takes a note on who leads closing 责任单位 as part of it, however long", () => {
    const h = readHeader(cellsOf(["序号", "主要指标", "2025年目标", "责任单位", "(排在第一位的为牵头单位)", "1"]), 0);
    expect(h?.columns.map((c) => c.role)).toEqual(["serial", "indicator", "target", "responsible"]);
    expect(h?.next).toBe(5);
  });

  it("keeps two known header words apart (指标 | 单位 is two columns)", () => {
    const h = readHeader(cellsOf(["序号", "指标", "单位", "2025年目标"]), 0);
    expect(h?.columns.map((c) => c.role)).toEqual(["serial", "indicator", "unit", "target"]);
  });

  it("stops before a category written one character per line (园 | 区 | 化: 区 alone is no column of places)", () => {
    const h = readHeader(cellsOf(["序号", "主要指标", "2021年目标", "2022年目标", "责任单位", "园", "区", "化", "1"]), 0);
    expect(h?.columns.map((c) => c.role)).toEqual(["serial", "indicator", "target", "target", "responsible"]);
    expect(h?.next).toBe(5);
  });
});

describe("a category column written one character per line", () => {
  const doc = [
    "附件1", "重点任务分解表(2021-2023年)", ...HEADER,
    "园", "区", "化",
    "1", "累计建成市级示范园区(个)", "1", "2", "3", "县农业农村局",
    "2", "累计建成县级示范园区(个)", "2", "4", "6",
    "品", "牌", "建", "设",
    "3", "累计认证绿色食品(个)", "5", "8", "10", "县市场监管局",
  ].join("\n");

  it("is no cell of the rows: its characters before the first row and between rows are skipped", () => {
    expect(rows(doc)).toEqual([
      "累计建成市级示范园区|1|个|2021|increment", "累计建成市级示范园区|2|个|2022|increment", "累计建成市级示范园区|3|个|2023|increment",
      "累计建成县级示范园区|2|个|2021|increment", "累计建成县级示范园区|4|个|2022|increment", "累计建成县级示范园区|6|个|2023|increment",
      "累计认证绿色食品|5|个|2021|increment", "累计认证绿色食品|8|个|2022|increment", "累计认证绿色食品|10|个|2023|increment",
    ]);
  });
});

describe("a text cell wrapped over lines in a value column", () => {
  const table = (row1: string[], row2: string[]): string => ["附件1", "重点任务分解表(2021-2023年)", ...HEADER, "1", ...row1, "2", ...row2].join("\n");

  it("is one cell of the first value column, joined, after a name closed by its unit (完成启 | 动准备)", () => {
    const doc = table(["累计试点实施主体(个)", "完成启", "动准备", "2", "5", "县农业农村局和各镇人民政府负责"], ["累计认证生产主体(个)", "完成启", "动准备", "1", "3", "县农业农村局", "3", "累计建成示范园区(个)", "1", "2", "3"]);
    expect(rows(doc)).toEqual([
      "累计试点实施主体|2|个|2022|increment", "累计试点实施主体|5|个|2023|increment",
      "累计认证生产主体|1|个|2022|increment", "累计认证生产主体|3|个|2023|increment",
      "累计建成示范园区|1|个|2021|increment", "累计建成示范园区|2|个|2022|increment", "累计建成示范园区|3|个|2023|increment",
    ]);
  });

  it("is a cell of its own where the columns have room for each (启动 | 准备 under 2021年 and 2022年)", () => {
    const doc = table(["累计试点实施主体(个)", "启动", "准备", "5", "县农业农村局"], ["累计认证生产主体(个)", "2", "4", "6"]);
    expect(rows(doc)).toEqual([
      "累计试点实施主体|5|个|2023|increment",
      "累计认证生产主体|2|个|2021|increment", "累计认证生产主体|4|个|2022|increment", "累计认证生产主体|6|个|2023|increment",
    ]);
  });

  it("is no text value where the column after the indicator holds text of its own (主要内容)", () => {
    const doc = ["附件1", "重点任务分解表", "序号", "主要指标", "主要内容", "2025年目标", "1", "建成示范园区(个)", "提质增效", "3", "2", "认证生产主体(个)", "扩面", "5"].join("\n");
    expect(rows(doc).map((r) => r.split("|")[0])).not.toContain("提质增效");
  });
});

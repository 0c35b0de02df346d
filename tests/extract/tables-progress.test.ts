// Progress tables (进度表): the plan's columns (计划任务数) first among columns of work done, under a header of several tiers
// given as rows of bars. Unit tests of the table reader: every table here is small and written for the test (not evidence
// of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const rows = (text: string, docYear?: number): string[] =>
  extract(text, { docYear }).targets.filter((t) => t.confidence !== "low").map((t) => `${t.indicator}|${t.value}|${t.unit}|${t.year}|${t.kind}`);

// a header of four tiers: places, the plan's group split into two measures with units, then groups of work done split
// again below; the rows drop their empty cells, so their later cells stand out of place
const header = [
  "| 县名 | 计划任务数 | 项目建设情况 | 完成投资 | | | |",
  "| 新村 (个) | 户数(户) | 在建住房 | 完成住房 | | | |",
  "| 新村(个) | 户数 | 占计划(%) | 户数 | 占计划(%) | 总投资 | |",
  "| 合计(户) | 新建(户) | 改建(户) | | | | |",
];
const body = ["| 甲州 | 12 | 900 | 12 | 700 | 650 | 50 | 77.8 | 200 | |", "| 乙县 | 3 | 105 | 3 | 33 | 33 | 31.4 | 72 | | |"];

describe("a progress table whose plan's columns stand first among columns of work done (计划任务数 | 项目建设情况 | 完成投资)", () => {
  it("reads the plan's measures, each with its unit, from the first value cells of each row", () => {
    expect(rows(["| 2016年新村建设月报进度表 | | |", ...header, ...body].join("\n"))).toEqual([
      "新村(甲州)|12|个|2016|increment", "户数(甲州)|900|户|2016|increment",
      "新村(乙县)|3|个|2016|increment", "户数(乙县)|105|户|2016|increment",
    ]);
  });

  it("takes the plan's year from the table's title, on the line above or in its first rows, not from a title of a span of years", () => {
    const ys = (lines: string[]): (number | null)[] => extract(lines.join("\n")).targets.map((t) => t.year);
    expect(ys(["2016年新村建设进度表", "", ...header, ...body])).toEqual([2016, 2016, 2016, 2016]);
    // (a title of a span of years names no one year of the plan)
    expect(ys(["| 2016—2020年新村建设进度表 | |", ...header, ...body]).every((y) => y !== 2016)).toBe(true);
  });

  it("reads a header of two tiers only as well (no further split)", () => {
    const two = ["| 县名 | 计划任务数 | 完成情况 | |", "| 新村(个) | 户数(户) | 新村 | 户数 |", "| 甲州 | 12 | 900 | 10 | 800 |"];
    expect(rows(two.join("\n"), 2016)).toEqual(["新村(甲州)|12|个|2016|increment", "户数(甲州)|900|户|2016|increment"]);
  });

  it("reads nothing from the columns of work done", () => {
    const values = rows(["| 2016年新村建设月报进度表 | |", ...header, ...body].join("\n")).map((r) => Number(r.split("|")[1]));
    for (const done of [700, 650, 50, 77.8, 200, 33, 31.4, 72]) expect(values).not.toContain(done);
  });
});

describe("but not a table of another shape", () => {
  it("not when a group beside the plan's is no work done (a second plan's column)", () => {
    const t = ["| 县名 | 计划任务数 | 资金安排 | |", "| 新村(个) | 户数(户) | 中央 | 省级 |", "| 甲州 | 12 | 900 | 100 | 50 |"];
    expect(rows(t.join("\n"), 2016).filter((r) => r.startsWith("户数"))).toEqual([]);
  });

  it("not when the plan's cell names a unit of its own (计划任务(户)): the second tier is then progress's", () => {
    const t = ["| 县名 | 计划任务(户) | 完成情况 | |", "| 已开工(户) | 已竣工(户) | | |", "| 甲州 | 900 | 800 | 700 |"];
    const got = rows(t.join("\n"), 2016);
    expect(got.some((r) => r.includes("|800|") || r.includes("|700|"))).toBe(false);
  });

  it("not when the rows' column names no places", () => {
    const t = ["| 项目 | 计划任务数 | 完成情况 | |", "| 新村(个) | 户数(户) | 新村 | 户数 |", "| 新村建设 | 12 | 900 | 10 | 800 |"];
    expect(rows(t.join("\n"), 2016).filter((r) => r.startsWith("户数"))).toEqual([]);
  });
});

describe("a column of places named by its level's name (县名, 乡镇名称)", () => {
  it("is the rows' column of a table of places", () => {
    const t = ["2021年各乡镇改造计划表", "| 乡镇名称 | 2021年目标 |", "| 甲镇 | 30 |", "| 乙乡 | 20 |"];
    expect(rows(t.join("\n"), 2021).map((r) => r.split("|").slice(1, 2)[0])).toEqual(["30", "20"]);
  });
});

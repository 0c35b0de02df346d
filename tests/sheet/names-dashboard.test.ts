import { describe, expect, it } from "vitest";
import {
  buildDashboard, columnFromLetter, columnLetter, countStatuses, documentSheetName, quoteSheet, sanitizeSheetName,
  structuredRef, tableNameFor, uniqueSheetName,
} from "../../src/core/sheet";
import { DOC } from "./fixtures";

describe("sheet and table names", () => {
  it("makes valid sheet names from titles", () => {
    expect(documentSheetName(DOC)).toBe("某市“十四五”发展规划");
    expect(documentSheetName({ ...DOC, title: null })).toBe("doc_test");
    expect(sanitizeSheetName("a/b:c?d*e[f]g\\h")).toBe("a b c d e f g h");
    expect(sanitizeSheetName("'quoted'")).toBe("quoted");
    expect(Array.from(sanitizeSheetName("长".repeat(40)))).toHaveLength(31);
    expect(sanitizeSheetName("   ")).toBe("Targets");
  });

  it("picks a fresh name, case-insensitively, within 31 characters", () => {
    expect(uniqueSheetName("Plan", ["plan"])).toBe("Plan (2)");
    expect(uniqueSheetName("Plan", ["Plan", "Plan (2)"])).toBe("Plan (3)");
    const long = "长".repeat(31);
    const name = uniqueSheetName(long, [long]);
    expect(Array.from(name)).toHaveLength(31);
    expect(name.endsWith(" (2)")).toBe(true);
  });

  it("makes table names that are not cell references, and escapes structured references", () => {
    expect(tableNameFor("000")).toBe("PlanTargets_000");
    expect(tableNameFor("a-b c")).toBe("PlanTargets_a_b_c");
    expect(structuredRef("基期值")).toBe("[@基期值]");
    expect(structuredRef("Base value")).toBe("[@[Base value]]");
    expect(structuredRef("a#b[c]")).toBe("[@[a'#b'[c']]]");
    expect(quoteSheet("Sheet1")).toBe("Sheet1");
    expect(quoteSheet("某市 (2)")).toBe("'某市 (2)'");
    expect(quoteSheet("it's")).toBe("'it''s'");
  });

  it("converts column letters both ways", () => {
    for (const [i, l] of [[0, "A"], [25, "Z"], [26, "AA"], [701, "ZZ"], [702, "AAA"], [16383, "XFD"]] as const) {
      expect(columnLetter(i)).toBe(l);
      expect(columnFromLetter(l.toLowerCase())).toBe(i);
    }
    expect(() => columnFromLetter("4")).toThrow(/not a column letter/);
  });
});

describe("dashboard model", () => {
  const range = (i: number, key: string) => `T${i}[${key}]`;
  const sources = [
    { title: "甲", indicators: [{ id: "a1", indicator: "GDP" }, { id: "a2", indicator: "人口" }] },
    { title: "乙", indicators: [{ id: "b1", indicator: "投资" }] },
  ];

  it("counts status codes per document with live formulas, lagging binding indicators first, plus the rows without a status", () => {
    const d = buildDashboard(sources, range, "en-US");
    expect(d.counts[0]).toEqual(["Document", "Binding, behind", "Targets", "Achieved", "On track", "Moderate", "Lagging", "Moving away", "No data"]);
    expect(d.counts[1]).toEqual([
      "甲",
      { formula: '=SUMPRODUCT(COUNTIFS(T0[statusCode],{"lagging","away"},T0[binding],{"约束性";"Binding"}))' },
      { formula: "=COUNTA(T0[id])" },
      ...["achieved", "on-track", "moderate", "lagging", "away"].map((c) => ({ formula: `=COUNTIF(T0[statusCode],"${c}")` })),
      { formula: '=COUNTA(T0[id])-SUMPRODUCT(COUNTIF(T0[statusCode],{"achieved","on-track","moderate","lagging","away"}))' },
    ]);
    expect(d.counts[3]![0]).toBe("Total");
    expect(d.counts[3]![2]).toEqual({ formula: "=SUM(C4:C5)" });
  });

  it("heads the counts with the chosen vocabulary, one column per word (滞后 counts lagging and away)", () => {
    const d = buildDashboard(sources, range, "zh-CN", 500, "review");
    expect(d.counts[0]).toEqual(["文件", "约束性滞后", "指标数", "提前实现", "快于预期", "基本符合预期", "滞后", "待填"]);
    expect(d.counts[1]![6]).toEqual({ formula: '=SUMPRODUCT(COUNTIF(T0[statusCode],{"lagging","away"}))' });
    const eu = buildDashboard(sources, range, "en-US", 500, "eurostat");
    expect(eu.counts[0]!.slice(3, 8)).toEqual(["Target met", "Significant progress", "Moderate progress", "Insufficient progress", "Movement away"]);
  });

  it("charts progress and time progress per indicator by id lookup, up to a limit", () => {
    const d = buildDashboard(sources, range, "zh-CN", 2);
    expect(d.chart[0]).toEqual(["指标", "完成进度", "时间进度", "ID"]);
    expect(d.chart[1]).toEqual(["GDP", { formula: '=IFERROR(INDEX(T0[progress],MATCH("a1",T0[id],0)),"")' }, { formula: '=IFERROR(INDEX(T0[timeProgress],MATCH("a1",T0[id],0)),"")' }, "a1"]);
    expect(d.chart).toHaveLength(3);
    expect(d.chartOmitted).toBe(1);
  });

  it("counts computed statuses", () => {
    expect(countStatuses(["lagging", "lagging", "unknown"])).toMatchObject({ lagging: 2, unknown: 1, achieved: 0 });
  });
});

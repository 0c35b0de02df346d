// Progress tables (进度表): the plan's columns (计划任务数) first among columns of work done, under a header of several tiers
// given as rows of bars. Unit tests of the table reader: every table here is small and written for the test (not evidence
// of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const rows = (text: string, docYear?: number): string[] =>
  extract(text, { docYear }).targets.filter((t) => t.confidence !== "low").map((t) => `${t.indicator}|${t.value}|${t.unit}|${t.year}|${t.kind}`);

describe("a column of places named by its level's name (县名, 乡镇名称)", () => {
  it("is the rows' column of a table of places", () => {
    const t = ["2021年各乡镇改造计划表", "| 乡镇名称 | 2021年目标 |", "| 甲镇 | 30 |", "| 乙乡 | 20 |"];
    expect(rows(t.join("\n"), 2021).map((r) => r.split("|").slice(1, 2)[0])).toEqual(["30", "20"]);
  });
});

// PLAN.PARSE on the real extraction engine. The engine grows over time, so these checks hold the shape of
// the spill and that the numbers come from the text, not every detail of the engine's reading.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";
import { PARSE_COLUMNS } from "../../src/functions/plan";
import { isError, makePlan } from "./fixtures";

const { plan } = makePlan({ extract });

describe("PLAN.PARSE with the extraction engine", () => {
  it("spills a row holding the value and unit found in the sentence", () => {
    const rows = plan.PARSE("到2025年，地区生产总值突破970亿元。");
    expect(rows.length).toBeGreaterThanOrEqual(1);
    for (const r of rows) expect(r).toHaveLength(PARSE_COLUMNS.length);
    const row = rows.find((r) => r[2] === 970);
    expect(row, JSON.stringify(rows)).toBeDefined();
    expect(row![3]).toBe("亿元");
    expect(String(row![0])).toMatch(/地区生产总值/);
    expect([">", ">=", "=", "~", "<=", "<", "range"]).toContain(row![1]);
    expect(["level", "growth", "share", "increment"]).toContain(row![5]);
    expect(row![4] === "" || row![4] === 2025).toBe(true);
  });

  it("finds several targets in one sentence, each from the text", () => {
    const text = "常住人口城镇化率达到65%，森林覆盖率保持在38%以上。";
    const rows = plan.PARSE([[text]]);
    for (const r of rows) {
      expect(typeof r[2]).toBe("number");
      expect(text).toContain(String(r[2]));
    }
    expect(rows.map((r) => r[2])).toEqual(expect.arrayContaining([65]));
  });

  it("gives #N/A when the text states no target", () => {
    try {
      plan.PARSE("会议强调要统一思想。");
      expect.unreachable();
    } catch (e) {
      expect(isError(e) && e.code).toBe("#N/A");
    }
  });
});

// Forms met on real pages of round 45, each rule with its example sentences. Sentences written for these tests (unit
// tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const all = (text: string, docYear?: number) => extract(text, { docYear }).targets;
const ticked = (text: string, docYear?: number) => all(text, docYear).filter((t) => t.confidence !== "low");
const values = (text: string, docYear?: number): number[] => ticked(text, docYear).map((t) => t.value);

describe("a count right after 提升 or 提高", () => {
  it("counts the things upgraded (提升445个村级卫生所综合功能)", () => {
    const [t] = ticked("加快镇村卫生服务一体化,提升445个村级卫生所综合功能。", 2021);
    expect(t).toMatchObject({ value: 445, unit: "个", kind: "increment", year: 2021 });
  });
  it("but 提升 before a rate is still growth to a level, not a count (提升至95%)", () => {
    expect(ticked("今年,群众满意度提升至95%。", 2021).map((t) => [t.value, t.kind])).toEqual([[95, "share"]]);
  });
});

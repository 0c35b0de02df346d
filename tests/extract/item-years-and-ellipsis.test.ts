// Mechanisms round 37's first scores and residual failures showed missing: a year opening a sentence dating the sentences
// after it in its paragraph. Sentences written for these tests (unit tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const read = (text: string, docYear?: number): string[] =>
  extract(text, { docYear }).targets.filter((t) => t.confidence !== "low").map((t) => `${t.value}${t.unit}|${t.year}|${t.kind}`);

describe("a year opening a sentence", () => {
  it("dates the sentences after it in its paragraph that name no year, where it is later than the page's year", () => {
    expect(read("3、推进和美乡村建设。2023年编制完成321个村庄规划。支持100个村创建乡村振兴示范村。", 2022)).toEqual(["321个|2023|increment", "100个|2023|increment"]);
    // (a sentence stating nothing still opens its year: 2023年实施…项目。实现…)
    expect(read("4、加大截污治污力度。2023年实施城区污水综合治理项目。新建污水管网20公里。", 2022)).toEqual(["20公里|2023|increment"]);
  });
  it("not the next paragraph, nor past a sentence naming another year", () => {
    expect(read("2023年编制完成321个村庄规划。\n支持100个村创建示范村。", 2022)).toEqual(["321个|2023|increment", "100个|2022|increment"]);
    expect(read("2023年启动10所学校新建,2025年全部建成。新增学位5000个。", 2022)).toEqual(["10所|2023|increment", "5000个|2022|increment"]);
  });
  it("not where it is a milestone before the plan's horizon (2024年完成…。…达到100%。到2025年,…)", () => {
    expect(read("到2025年,建成旅游强县。\n2024年完成景区游客中心改造提升10处。A级旅游景区厕所达标率达到100%。", 2024).at(-1)).toBe("100%|2025|share");
  });
});

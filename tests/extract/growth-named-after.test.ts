// A rate named after its number as growth (实现10%的年增长目标). Sentences written for these tests (unit tests of the
// rule, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const read = (text: string): string[] =>
  extract(text, { docYear: 2026 }).targets.map((t) => `${t.indicator}|${t.value}${t.unit}|${t.kind}|${t.confidence}`);

describe("a rate whose noun after it is growth", () => {
  it("is a growth of the indicator just named (力争实现10%的年增长目标)", () => {
    expect(read("黄浦区全年计划完成有效投资约430亿元,力争实现10%的年增长目标。")[1]).toBe("黄浦区全年计划完成有效投资|10%|growth|high");
    // (as a digest runs on after it, with its notes)
    expect(read("黄浦区全年计划完成有效投资约430亿元,力争实现10%的年增长目标 [1] - 轨道交通建设")[1]).toBe("黄浦区全年计划完成有效投资|10%|growth|high");
    expect(read("地区生产总值力争实现6%的增长率。")).toEqual(["地区生产总值|6%|growth|high"]);
  });

  it("while a share of places after the verb stays a share (实现90%的建制村通公交)", () => {
    expect(read("实现90%的建制村通公交。")).toEqual(["建制村通公交|90%|share|high"]);
  });
});

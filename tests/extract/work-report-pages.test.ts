// Example sentences of shapes met in short pages of work reports and public-service plans: rates per mille in words,
// the name of a natural growth rate, a population bounding places, one for each member of a group, a share made into
// something, paired heads (主、次干道), a session's vote and 过去的五年. Texts written for these tests are unit tests of one
// rule each, not evidence that the engine generalises.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";
import { brief, targetsOf } from "./targets-of";

const read = (body: string, year = 2022): string[] => targetsOf(body, year).map(brief);
const roleOf = (body: string, text: string, year = 2022): string | undefined =>
  (extract(body, { mentions: true, docYear: year }).mentions ?? []).find((m) => m.text === text)?.role;

describe("rates and their names", () => {
  it("a rate per mille in words is read (千分之四点五)", () => {
    expect(read("人口自然增长率控制在千分之四点五以内。")).toEqual(["人口自然增长率|<=|4.5|‰|growth"]);
  });
  it("a natural growth rate keeps its whole name", () => {
    expect(read("全市人口自然增长率控制在5‰以内。")).toEqual(["全市人口自然增长率|<=|5|‰|growth"]);
  });
  it("(a guard) a growth rate of an amount is named by the amount", () => {
    expect(read("地区生产总值增长率达到6%。")).toEqual(["地区生产总值|=|6|%|growth"]);
  });
});

describe("counts of places and quotas", () => {
  it("a population bounding the places named is no target (20万人口以上县市)", () => {
    expect(roleOf("到2025年,支持20万人口以上县市建设1所特殊教育学校。", "20万人")).toBe("qualifier");
    expect(read("到2025年,支持20万人口以上县市建设1所特殊教育学校。").map((t) => t.split("|").slice(2, 4).join("|"))).toEqual(["1|所"]);
  });
  it("one for each member of a group is a count (每个县建设一所…)", () => {
    expect(read("到2025年,每个县建设一所县级失能照护服务机构。").map((t) => t.split("|").slice(1, 4).join("|"))).toEqual(["=|1|所"]);
  });
  it("(a guard) 一 after a verb alone is still no count", () => {
    expect(read("到2025年,全市建设一所高水平大学。")).toEqual([]);
  });
  it("a share of what 将 makes into something else is a target", () => {
    expect(read("到2025年,力争将50%的县级综合性医院建设成为三级医院。")).toEqual(["县级综合性医院建设成为三级医院|=|50|%|share"]);
  });
  it("single characters paired before a shared word are one noun (主、次干道)", () => {
    expect(read("今年在14条主、次干道实施“路长制”。").map((t) => t.split("|").slice(2, 4).join("|"))).toEqual(["14|条"]);
  });
});

describe("what a session's report says besides targets", () => {
  it("a session's vote is no target", () => {
    expect(read("1月29日,省人大会议以99.3%的赞成率(602人投票,赞成598票)审查通过了规划纲要。", 2021)).toEqual([]);
  });
  it("在过去的五年里 opens a review", () => {
    expect(read("据报告,在过去的五年里,全省地区生产总值达到3.65万亿元,净增1.43万亿元。", 2018)).toEqual([]);
  });
});

// Example sentences of what news of a plan says besides its targets: figures reported for a part of the year gone by
// (前三季度, 上半年, 1-9月), against work and goals set for such a part of the year; questions. Texts written for these tests are unit tests of one rule each, not evidence that
// the engine generalises.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";
import { allTargetsOf, targetsOf } from "./targets-of";

const read = (body: string, year = 2021): string[] => targetsOf(body, year).map((t) => `${t.value}|${t.unit}`);
const reasonOf = (body: string, text: string, year = 2021): string | undefined =>
  (extract(body, { mentions: true, docYear: year }).mentions ?? []).find((m) => m.text === text)?.reason;

describe("figures of the year so far", () => {
  it("a sentence reporting a part of the year gone by states the past", () => {
    expect(read("前三季度,全市第二产业增加值占GDP的比重为36.1%。")).toEqual([]);
    expect(reasonOf("前三季度,全市第二产业增加值占GDP的比重为36.1%。", "36.1%")).toBe("figures of the year so far (前三季度…)");
    expect(read("全省在前三季度实现了生产总值8809.86亿元。")).toEqual([]);
    expect(read("今年1-9月,全市社会消费品零售总额达到749.9亿元。")).toEqual([]);
    expect(read("沿海地区则是全省增长最快的地区,前三季度经济总量达到1177亿元。")).toEqual([]);
    // (months counted in digits as in words: 前8个月 as 前八个月)
    expect(read("前8个月吸引项目总额近1200亿元。")).toEqual([]);
    expect(read("前八个月吸引项目总额近1200亿元。")).toEqual([]);
  });
  it("(a guard) work set for a part of the year is a target", () => {
    expect(read("上半年完成投资50亿元。")).toEqual(["50|亿元"]);
    expect(read("一季度,全市新开工项目30个。")).toEqual(["30|个"]);
    expect(read("推动引水工程于上半年内实现通水,推进4个离岛饮用水工程。")).toEqual(["4|个"]);
  });
  it("(a guard) a goal for the period or for the rest of the year is a target", () => {
    expect(read("一季度,全市规上工业增加值力争增长8%以上。")).toEqual(["8|%"]);
    // (the rule reads whole sentences: the figure so far beside such a goal is not told apart from it)
    expect(read("前三季度全市经济总量达到1177亿元,四季度要实现420亿元以上。")).toContain("420|亿元");
  });
});

describe("questions", () => {
  it("a yes-no question asserts no value", () => {
    expect(read("杭州今年GDP能破2万亿吗\n")).toEqual([]);
    expect(read("今年全市GDP能否突破3000亿元?")).toEqual([]);
  });
  it("(a guard) a question of how presupposes the value it asks about; an answer after a question is read", () => {
    expect(allTargetsOf("GDP预期目标5.5%如何实现?今年要着重做好这几个方面\n", 2022).map((t) => t.value)).toEqual([5.5]);
    expect(read("问:今年要新增多少个托位?答:今年新增托位2万个。")).toEqual(["2|万个"]);
  });
});

describe("(guards from review) what the year-so-far rule leaves alone", () => {
  it("(a guard) a report of the half year with an exact figure beside a level held is still the past", () => {
    expect(read("上半年,全市地区生产总值增长5.8%,高于全省0.5个百分点,城镇调查失业率保持在5%左右。", 2024)).toEqual([]);
  });
  it("goals set under a heading of goals, figures with a bound or a level held, and a frequency", () => {
    expect(read("一、主要目标\n一季度地区生产总值增长6%,规上工业增加值增长7%。", 2024)).toEqual(["6|%", "7|%"]);
    expect(read("上半年全市森林覆盖率稳定在45%以上,城镇调查失业率控制在5.5%以内。", 2024)).toEqual(["45|%", "5.5|%"]);
    expect(read("一季度实现“开门红”,地区生产总值增长6.5%以上。", 2024)).toEqual(["6.5|%"]);
    expect(read("对全市100个重点项目实行一季度一调度。", 2024)).toEqual(["100|个"]);
  });
  it("a tag question after a statement leaves its figures read", () => {
    expect(read("今年全市将新增普惠托位2万个,你准备好了吗?", 2024)).toEqual(["2|万个"]);
  });
});

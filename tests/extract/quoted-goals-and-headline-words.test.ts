// Goals quoted one after another (提出“…800公里…”“新增再生水2500万立方米”等目标), a headline's goal word before its year
// (浙江目标今年完成水利投资800亿元), and things made strong (建强10所科技高中). Sentences written for these tests (unit tests of
// the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const read = (text: string, docYear = 2026): string[] =>
  extract(text, { docYear }).targets.filter((t) => t.confidence !== "low").map((t) => `${t.indicator}|${t.value}${t.unit}|${t.kind}`);

describe("goals quoted one after another, each with its amount", () => {
  it("each quote is its own item, its verb inside it (straight or curly quotes)", () => {
    expect(read('还提出"完成农村供水管网更新改造800公里等民生实事""新增再生水2500万立方米"等目标。')).toEqual([
      "农村供水管网更新改造|800公里|increment", "新增再生水|2500万立方米|increment"]);
    expect(read("还提出“完成农村供水管网更新改造800公里等民生实事”“新增再生水2500万立方米”等目标。")).toEqual([
      "农村供水管网更新改造|800公里|increment", "新增再生水|2500万立方米|increment"]);
  });
  it("quoted names side by side stay one phrase (省“尖兵”“领雁”立项7项以上, “丰优258”“涡麦229”小麦品种2个)", () => {
    expect(read("争取省“尖兵”“领雁”立项7项以上。").map((t) => t.split("|")[0])).toEqual(["省“尖兵”“领雁”立项"]);
    expect(read("育成“丰优258”“涡麦229”小麦品种2个。").map((t) => t.split("|")[1])).toEqual(["2个"]);
  });
  it("a quote after a number still opens a name (建设1个\"智慧中心\")", () => {
    expect(read('建设1个"智慧中心"。')).toEqual(['"智慧中心"|1个|increment']);
  });
});

describe("a headline's goal word before its year", () => {
  it("浙江目标今年完成水利投资800亿元: the investment done in the year is an amount added", () => {
    expect(read("浙江目标今年完成水利投资800亿元")).toEqual(["水利投资|800亿元|increment"]);
    expect(read("目标2026年完成水利投资800亿元。")).toEqual(["水利投资|800亿元|increment"]);
  });
});

describe("things made strong are a stock of strong ones", () => {
  it("建强10所科技高中, 做优11个省级临床重点专科", () => {
    expect(read("海淀区将建强10所科技高中。")).toEqual(["科技高中|10所|level"]);
    expect(read("做优11个省级临床重点专科。")).toEqual(["省级临床重点专科|11个|level"]);
  });
  it("things built are still added (新建10所学校)", () => {
    expect(read("新建10所学校。")).toEqual(["学校|10所|increment"]);
  });
});

describe("a minimum between a verb and the count of a noun after it", () => {
  it("shows the verb sets the count, whatever the verb (开办不少于100个爱心暑托班, 排查不少于179个…路口)", () => {
    expect(read("开办不少于100个爱心暑托班。")).toEqual(["爱心暑托班|100个|increment"]);
    expect(read("全年排查不少于179个存在安全隐患的路口。")).toEqual(["存在安全隐患的路口|179个|increment"]);
  });
  it("not where a known verb before makes the word its object, nor for a place each must have some of", () => {
    expect(read("快检自购食品不少于6万项次。").map((t) => t.split("|")[0])).toEqual(["快检自购食品"]);
    expect(read("每个乡镇不少于1个综合服务中心。").map((t) => t.split("|")[2])).toEqual(["level"]);
  });
});

describe("a province or city speaking of itself before its verb", () => {
  it("我省计划完成水利投资500亿元 is work of the year, as 计划完成… is", () => {
    expect(read("今年我省计划完成水利投资500亿元。").map((t) => t.split("|").slice(1).join("|"))).toEqual(["500亿元|increment"]);
  });
});

// Counts of a list's own projects, work done on what is counted (对…进行整治), services given to people in a part of the
// year, and person-times a doctor sees. Sentences written for these tests (unit tests of the rules, not evidence of
// generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const read = (text: string, docYear = 2026): string[] =>
  extract(text, { docYear }).targets.filter((t) => t.confidence !== "low").map((t) => `${t.value}${t.unit}|${t.kind}`);

describe("how many of a field's projects the list holds", () => {
  it("N个项目入选 closing its clause, and the parts under 其中 on lines of their own, count the list", () => {
    const text = "卫生健康共有6个项目入选\n其中\n“一老一小”服务项目4项\n婚育服务项目1项\n01\n新增6个社区普惠托育点。\n";
    expect(read(text)).toEqual(["6个|increment"]);
  });
  it("a count of projects to get onto a list, 入选 with the list named, stays a target", () => {
    expect(read("力争10个项目入选国家级名单。")).toEqual(["10个|level"]);
  });
  it("a line of work with its verb and its count (实施重点项目50项) still counts work", () => {
    expect(read("全年实施重点项目50项\n")).toEqual(["50项|increment"]);
  });
});

describe("what work is done on, between 对 and a verb of work on it", () => {
  it("对4个乡镇34.76万亩灌区进行综合整治: the area, after the places it lies in, is the work", () => {
    expect(read("对4个乡镇34.76万亩灌区进行综合整治。")).toEqual(["34.76万亩|increment"]);
  });
});

describe("a service given to people in a part of the year is work to do, not the year's figures so far", () => {
  it("一季度为2500名育龄妇女提供生育关爱项目", () => {
    expect(read("为1万名孕产妇提供优育服务,一季度为2500名育龄妇女提供生育关爱项目。")).toEqual(["1万名|increment", "2500名|increment"]);
  });
  it("a quarter's figures reported stay a report (一季度,全市规上工业增加值增长6.2%)", () => {
    expect(read("一季度,全市规上工业增加值增长6.2%。")).toEqual([]);
  });
});

describe("person-times a doctor sees in the year are a flow of the year", () => {
  it("确保全年区级专科医生到乡镇卫生院坐诊不低于1300人次", () => {
    expect(read("确保全年区级专科医生到乡镇卫生院坐诊不低于1300人次。")).toEqual(["1300人次|increment"]);
  });
});

describe("the fields a plan's measures are grouped in", () => {
  it("通过13个重点领域的47条具体举措 counts the plan's own parts; its goal after them is the target", () => {
    expect(read("旨在通过13个重点领域的47条具体举措 全力冲刺开门红,力争一季度固定资产投资达23.6亿元以上。")).toEqual(["23.6亿元|level"]);
  });
  it("places reached by a plan's work stay a count (在13个乡镇建设…)", () => {
    expect(read("在13个乡镇建设农村公益性公墓。")).toEqual(["13个|increment"]);
  });
});

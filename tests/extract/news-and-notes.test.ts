// Shapes of real sentences from news reports of plans and from short notes (an air-quality note's monthly targets,
// a city's 民生实事 list) that no rule read before.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";
import { targetsOf } from "./targets-of";

const roleOf = (text: string, raw: string): string | undefined =>
  extract(text, { docYear: 2026, mentions: true }).mentions?.find((m) => m.text.startsWith(raw))?.role;

describe("numbers beside Latin letters", () => {
  it("a count after an acronym and before a measure word counts what the acronym names (配置AED1100台)", () => {
    expect(targetsOf("组织应急救护培训1万人,在主城区配置AED1100台。", 2026).map((t) => `${t.value}${t.unit}`)).toEqual(["1万人", "1100台"]);
    expect(targetsOf("全市道路安装LED500盏。", 2026).map((t) => `${t.value}${t.unit}`)).toEqual(["500盏"]);
  });
  it("a code stays a name: one letter (K3列车), no measure word (G60科创走廊, ISO9001认证), a decimal (PM2.5)", () => {
    expect(roleOf("开行K3列车。", "3")).toBe("name");
    expect(roleOf("建设G60科创走廊。", "60")).toBe("name");
    expect(roleOf("推进ISO9001认证。", "9001")).toBe("name");
    expect(roleOf("PM2.5浓度下降。", "2.5")).toBe("name");
  });
  it("μg/m3 is the unit of a concentration (PM2.5月均值不高于66μg/m3)", () => {
    const t = targetsOf("2026年2月市定目标值PM10月均值不高于75μg/m3,PM2.5月均值不高于55μg/m3,优良天不低于18天。", 2026);
    expect(t.map((x) => `${x.comparator}${x.value}${x.unit}`)).toEqual(["<=75μg/m3", "<=55μg/m3", ">=18天"]);
  });
});

describe("a note's monthly targets and the month's figures", () => {
  const note = "2026年1月市定目标值PM10月均值不高于99μg/m3,优良天不低于20天。1月份优良天15天,PM10平均浓度106μg/m3。" +
    "2026年2月市定目标值优良天不低于18天。2月截至2日,优良天1天,重度及以上污染天气0天。";
  it("a sentence opening with a month (1月份…, 2月截至2日,…) reports that month; the targets set for it stay", () => {
    expect(targetsOf(note, 2026).map((t) => `${t.value}${t.unit}`)).toEqual(["99μg/m3", "20天", "18天"]);
  });
  it("…not when it sets something to come (1月份,力争…)", () => {
    expect(targetsOf("1月份,力争新签约项目10个。", 2026).map((t) => t.value)).toEqual([10]);
  });
});

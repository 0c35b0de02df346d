// Passages an independent review wrote to probe round 33's rules (none from a labelled document): each is a case a rule
// must leave alone. Unit tests of the rules' limits, not evidence of generality.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const read = (text: string, docYear?: number): string[] =>
  extract(text, docYear === undefined ? {} : { docYear }).targets.filter((t) => t.confidence !== "low").map((t) => `${t.value}|${t.year}`);
const docYear = (text: string): number | null => extract(text).document.docYear ?? null;

describe("limits of round 33's rules", () => {
  it("a horizon a report anchors to does not date it (锚定2035年发展目标, 聚焦2027年发展目标)", () => {
    expect(read("锚定2035年发展目标,扎实做好2024年各项工作。今年全区地区生产总值增长6%左右,新增就业2万人,新建学校3所。"))
      .toEqual(["6|2024", "2|2024", "3|2024"]);
    expect(docYear("聚焦2027年发展目标,全力做好2025年经济工作。全区地区生产总值增长5.5%左右。\n到2027年,全区生产总值突破3000亿元。")).toBe(2025);
    expect(docYear("发布时间:2024-03-05\n聚焦2025年发展目标,全区将全力冲刺“十四五”规划目标任务。今年,全区地区生产总值增长6%左右。")).toBe(2024);
  });

  it("a 十四五 plan issued late in 2021 still ends in 2025", () => {
    expect(read("上海市普陀区教育发展“十四五”规划\n发布日期:2021-10-15\n一、发展目标\n未来五年,新增学位5000个,培养市级骨干教师200名。", 2021))
      .toEqual(["5000|2025", "200|2025"]);
    expect(read("2021-12-28 来源:区发展改革委\n近日,《黄浦区商业发展“十四五”规划》正式印发。规划提出,未来五年,全区社会消费品零售总额年均增长5%左右,新增首店300家。", 2021))
      .toEqual(["5|2025", "300|2025"]);
  });

  it("last autumn's congress, a review's meeting and a day counted to are no late date of the page", () => {
    expect(read("政府工作报告\n——2022年1月6日在某市第十七届人民代表大会第一次会议上\n各位代表:去年10月28日,市第十三次党代会胜利召开,描绘了今后五年发展蓝图。\n今后五年的主要目标是:地区生产总值年均增长6%以上,城镇新增就业50万人。", 2022))
      .toEqual(["6|2026", "50|2026"]);
    expect(read("某区2024年政府工作报告\n各位代表:截至2023年12月31日,全区常住人口达到120万人。\n今后五年的主要目标是:区生产总值年均增长6%,新增就业岗位5万个。", 2024))
      .toEqual(["6|2028", "5|2028"]);
    expect(read("各位代表:\n9月28日,区第十二届人大常委会第十次会议召开。\n今后五年的主要目标是:区生产总值年均增长6%,新增就业岗位5万个。", 2024))
      .toEqual(["6|2028", "5|2028"]);
  });

  it("a report's byline and a meeting held that day still date the page", () => {
    expect(read("政府工作报告\n——2024年1月15日在某区第十七届人民代表大会第四次会议开幕式上\n区长 张三\n各位代表:\n今年主要预期目标是:地区生产总值增长5.5%左右。"))
      .toEqual(["5.5|2024"]);
    expect(read("2024年3月1日区政府召开常务会议\n会议要求,全年新建公办幼儿园5所。")).toEqual(["5|2024"]);
  });

  it("a year's report whose lead names the period it opens keeps the year's goals in the year", () => {
    expect(read("各位代表:“十五五”时期,我们要奋力谱写中国式现代化新篇章。\n全年新增城镇就业5万人,居民人均可支配收入增长5%。\n新建保障性租赁住房2000套。", 2026))
      .toEqual(["5|2026", "5|2026", "2000|2026"]);
  });

  it("节 counts no festival work, electricity saved, train cars or knots", () => {
    expect(read("年内完成50节电改造项目。", 2026)).toEqual([]);
    expect(read("今年新购列车8节编组,航速达到18节。", 2026)).toEqual([]);
    expect(extract("全年送课不少于1000节次。", { docYear: 2026 }).targets.map((t) => `${t.value}${t.unit}|${t.kind}`)).toEqual(["1000节次|increment"]);
  });

  it("a list's total after 等 counts places, not opinions", () => {
    expect(read("完成市委确定的三项任务等三条意见。", 2026)).toEqual([]);
  });
});

describe("limits of the round's last rules (a second review)", () => {
  it("goals met or matched this year are no turn to the year ahead", () => {
    expect(read("今年以来,全区主要经济指标均完成预期目标,地区生产总值增长5.6%,规上工业增加值增长7.2%。", 2025)).toEqual([]);
    expect(read("过去一年,全区经济稳中有进,为实现今年预期目标奠定了坚实基础。规上工业增加值增长6%,新增城镇就业1.5万人。", 2026)).toEqual([]);
    expect(read("过去五年,我区综合实力显著增强。今年全区经济社会发展主要预期目标顺利完成,地区生产总值突破800亿元。", 2025)).toEqual([]);
  });

  it("an approximate amount after any verb of work stays ticked", () => {
    const ticked = (text: string): string[] => extract(text, { docYear: 2026 }).targets.map((t) => `${t.value}${t.unit}|${t.confidence}`);
    expect(ticked("2026年,新开工约300万平方米保障性住房,竣工约200万平方米。")).toEqual(["300万平方米|high", "200万平方米|high"]);
    expect(ticked("2026年,发放约2亿元消费券。")).toEqual(["2亿元|high"]);
  });
});


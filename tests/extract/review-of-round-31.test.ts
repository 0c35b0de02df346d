// Sentences an independent review wrote to probe this round's rules (none from a labelled document): each is a case a
// rule must leave alone, or a reading it must keep. Unit tests of the rules' limits, not evidence of generality.
import { describe, expect, it } from "vitest";
import { documentYear } from "../../src/core/document/doc-year";
import { extract } from "../../src/core";

const read = (text: string, docYear?: number): string[] =>
  extract(text, docYear === undefined ? {} : { docYear }).targets.map((t) => `${t.value}|${t.year}`);

describe("limits of this round's rules", () => {
  it("text before 二、2026年… that states the year's goals is no review", () => {
    expect(read("2026年主要预期目标:地区生产总值增长5%左右,城镇新增就业4万人。\n二、2026年重点任务\n(一)扩大有效投资。新开工项目200个。", 2026))
      .toEqual(["5|2026", "4|2026", "200|2026"]);
    expect(read("全市上下要紧扣目标任务,地区生产总值增长5%左右,城镇新增就业4万人。\n二、2026年工作安排\n新开工项目200个。", 2026))
      .toEqual(["5|2026", "4|2026", "200|2026"]);
  });

  it("已签约项目, 已引进项目, 已开展试点的 name things inside a goal: no past", () => {
    expect(read("确保已签约项目开工率达到90%以上。", 2026)).toEqual(["90|2026"]);
    expect(read("2026年,推动已签约项目100%落地,已引进项目投产率达到80%以上。", 2026)).toEqual(["100|2026", "80|2026"]);
    expect(read("今年将对已开展试点的50个村进行验收,新增试点村30个。", 2026)).toContain("30|2026");
  });

  it("tasks before 在此基础上 are tasks, not a base", () => {
    expect(read("全面完成老旧小区改造任务120个,新建城市绿道50公里。在此基础上,力争2027年改造完成全部老旧小区。", 2026)).toEqual(["120|2026", "50|2026"]);
    expect(read("实施产业强链行动,培育省级专精特新企业30家。在此基础上,2026年全市规上工业增加值增长目标为7%。", 2026)).toEqual(["30|2026", "7|2026"]);
  });

  it("a slogan naming a plan period as an aim (决胜“十四五”, 也是谋划“十五五”) dates nothing", () => {
    expect(read("坚定信心,决胜“十四五”\n地区生产总值增长6%左右,城镇新增就业5万人。", 2024)).toEqual(["6|2024", "5|2024"]);
    expect(read("今年是“十四五”规划收官之年,也是谋划“十五五”\n全年地区生产总值增长5%左右。", 2025)).toEqual(["5|2025"]);
  });

  it("a plan period named in a sentence before that sets nothing for it: the year's work stays the year's", () => {
    expect(read("会议听取了“十五五”规划编制工作情况汇报。会议提出,新增城镇就业5万人,新建保障性住房3000套。", 2026)).toEqual(["5|2026", "3000|2026"]);
    expect(read("全区“十五五”规划前期研究已经启动。区政府工作报告明确,新开工项目100个,完成固定资产投资200亿元。", 2026)).toEqual(["100|2026", "200|2026"]);
  });

  it("a 2035 goal with no nearer period carries past its semicolon and to the amounts over years after it", () => {
    expect(read("到2035年全市常住人口城镇化率达到80%;人均地区生产总值达到20万元。", 2026)).toEqual(["80|2035", "20|2035"]);
    expect(read("至2035年全省高新技术企业突破5万家。年均新增高新技术企业3000家以上,累计培育独角兽企业20家。", 2026)).toEqual(["5|2035", "3000|2035", "20|2035"]);
  });

  it("a figure with its unit on a line of its own (2028公里) is no year's caption", () => {
    expect(read("2026年民生实事\n新建改造农村公路\n2028公里\n新增城镇就业5万人", 2026)).toContain("5|2026");
  });

  it("a past year's sessions, meeting, completion report or looked-back forecast names no document year", () => {
    expect(documentYear("自2025年全国两会召开以来,全市新增城镇就业5万人。今年,全市将新增城镇就业6万人。", null, null)).toBeNull();
    expect(documentYear("去年,全市召开了2025年全市重大项目建设暨“项目攻坚年”活动现场推进大会。今年,全市将新开工项目200个。", null, null)).toBeNull();
    expect(documentYear("2025 重点工作完成情况\n全年新增城镇就业5.2万人。\n今年,全市将新增城镇就业6万人。", null, null)).toBeNull();
    expect(documentYear("回顾过去一年,全市经济运行稳中有进,2025年全市GDP预期增长6%,实际增长5.2%。", null, null)).toBeNull();
  });

  it("a line opening on the growth of the amount the line before closed on continues its clause", () => {
    expect(read("主要指标:\n地区生产总值增长5.5%,一般公共预算收入达到80亿元\n增长6%,规上工业增加值增长8%", 2026)).toContain("6|2026");
  });
});

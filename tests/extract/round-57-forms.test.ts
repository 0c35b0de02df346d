// Forms met on real pages of round 57, each rule with its example sentences. Sentences written for these tests (unit
// tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";
import { ticked as tickedOnly } from "./targets-of";

const all = (text: string, docYear?: number) => extract(text, { docYear, mentions: true });
const ticked = (text: string, docYear?: number) => tickedOnly(all(text, docYear).targets);
const values = (text: string, docYear?: number) => ticked(text, docYear).map((t) => t.value);
const roleOf = (text: string, number: string, docYear?: number) => all(text, docYear).mentions!.find((m) => m.text.startsWith(number))?.role;

describe("a count of the things a rate is then taken over", () => {
  it("is no goal: the rate is, and keeps the count in its name (考核我县的6个断面中水质优良(…)比例达到50%)", () => {
    const ts = ticked("一、工作目标\n考核我县的6个地表水监测断面中水质优良(达到或优于Ⅲ类)比例达到50%,劣V类断面比例控制在10%以内。", 2019);
    expect(ts.map((t) => [t.value, t.kind])).toEqual([[50, "share"], [10, "share"]]);
    expect(ts[0].indicator).toContain("6个地表水监测断面");
    expect(roleOf("考核我县的6个地表水监测断面中水质优良(达到或优于Ⅲ类)比例达到50%。", "6个", 2019)).toBe("qualifier");
  });
  it("also when counts are listed with 、 and the rate opens the next clause (1.全县3个国考断面、12个省考断面水质持续改善,优良率分别达到100%和75%)", () => {
    expect(values("1.全县3个国考断面、12个省考断面水质持续改善,优良率(达到或优于Ⅲ类)分别达到100%和75%。", 2020)).toEqual([100, 75]);
  });
  it("but a count a verb builds stays a goal (建成10个示范社区,覆盖率达到80%)", () => {
    expect(values("到2025年,建成10个示范社区,覆盖率达到80%。", 2021)).toEqual([10, 80]);
  });
  it("nor does a rate on the next line take a level before it (床位数：3.2张 / 参保率：95%)", () => {
    expect(values("每千人口床位数：3.2张\n基本养老保险参保率：95%\n", 2021)).toEqual([3.2, 95]);
  });
});

describe("what is now and what data show", () => {
  it("a figure 目前达 is the present state (用户目前达300万户)", () => {
    expect(values("全省5G用户目前达300万户。到2025年,全省5G用户将达1000万户。", 2022)).toEqual([1000]);
  });
  it("a change from a year's end to this year's month is past (从2015年底到今年6月底,光缆长度由30万公里增加到80万公里)", () => {
    expect(values("据介绍 , 从2015年底到今年6月底 , 光缆线路长度由30万公里增加到80万公里 。到2025年,千兆用户将达200万户。", 2021)).toEqual([200]);
  });
  it("results a survey or the month's data show are past (检测结果显示,…视力不良率达48.5%; 1月的数据显示,目前…开工320部)", () => {
    expect(values("市疾控中心检测结果显示,全市中小学生视力不良率达48.5%。其中,小学患病率40.2%。", 2019)).toEqual([]);
    expect(values("今年1月的数据显示,目前全市老楼加装电梯开工320部、运行150部。今年计划开工300部以上。", 2019)).toEqual([300]);
  });
  it("the counts listed after 现有 exist now too (重庆现有600个乡镇、5000个行政村)", () => {
    expect(values("重庆现有600个乡镇、5000个行政村,计划建设乡镇养老服务中心580个。", 2020)).toEqual([580]);
  });
  it("what a change builds on, after 意味着 (这意味着全市在12个小区试点的基础上…)", () => {
    expect(roleOf("这意味着全市在12个小区试点垃圾分类的基础上,逐步全面实施。", "12个", 2020)).toBe("past");
  });
});

describe("a plan told with 拟 before what is done of it", () => {
  it("is the year's target (今年拟建120个街道养老服务中心,目前已验收合格6个)", () => {
    expect(values("今年拟建120个街道养老服务中心,目前已验收合格6个,正在施工建设40个。", 2020)).toEqual([120]);
  });
});

describe("the year of a deadline closing the sentence", () => {
  it("dates the amounts before it, also after 于 (…规划线路总长120.5公里,将于2027年全部建成通车)", () => {
    expect(ticked("近期,本市轨道交通四期工程顺利开工建设,规划线路总长120.5公里,将于2027年全部建成通车。").map((t) => [t.value, t.year])).toEqual([[120.5, 2027]]);
  });
});

describe("a page that prints its headline twice", () => {
  it("echoes a past figure in both (中小学生近视率达52.3% / … / 检测结果显示,…近视率达52.3%)", () => {
    const text = "全市中小学生近视率达52.3%\n\n      全市中小学生近视率达52.3%\n\n      分享\n\n市疾控中心检测结果显示,全市中小学生近视率达52.3%。今年将为全市120万名学生免费筛查。";
    expect(values(text, 2019)).toEqual([120]);
  });
  it("but keeps a headline's forecast (2025年全市回收利用率预计达40%以上 / … / 目前…已经达到35%,到2025年预计可达到40%)", () => {
    const text = "2025年全市回收利用率预计达40%以上\n\n最新信息\n\n2025年全市回收利用率预计达40%以上\n目前,全市回收利用率已经达到35%,到2025年,全市回收利用率预计可达到40%。";
    expect(ticked(text, 2023).filter((t) => t.value === 40).length).toBeGreaterThanOrEqual(2);
  });
});

describe("a plan period as the start of a change (从“十二五”末的A增长至B)", () => {
  it("is its base: the goal keeps the year of its scope", () => {
    const ts = ticked("到2020年,力争实现会展业产值从“十二五”末的15亿元增长至40亿元,年均增长率达到20%。", 2016);
    expect(ts.map((t) => [t.value, t.year])).toEqual([[40, 2020], [20, 2020]]);
  });
});

describe("the set a ranking is taken among", () => {
  it("is no goal (在70个省会城市及地级市会展竞争力排名中,本市居第8位)", () => {
    expect(values("在70个省会城市及地级市会展竞争力排名中,本市居第8位。到2020年,展览面积增长到400万平方米。", 2016)).toEqual([400]);
  });
});

describe("two amounts joined by 和 before their growth", () => {
  it("are two indicators, also an area and a count of projects (会展项目和展览总面积年均增长 15%)", () => {
    expect(ticked("到2025年,会展项目和展览总面积年均增长 15%。", 2022).map((t) => t.indicator)).toEqual(["会展项目", "展览总面积"]);
  });
  it("but a shared head stays one (林地和草地面积增长5%)", () => {
    expect(ticked("到2025年,林地和草地面积增长5%。", 2022).length).toBe(1);
  });
});

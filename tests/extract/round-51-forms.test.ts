// Forms met on real pages of round 51, each rule with its example sentences. Sentences written for these tests (unit
// tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const all = (text: string, docYear?: number) => extract(text, { docYear, mentions: true });
const ticked = (text: string, docYear?: number) => all(text, docYear).targets.filter((t) => t.confidence !== "low");
const yearsOf = (text: string, docYear?: number) => ticked(text, docYear).map((t) => [t.value, t.year]);

describe("years listed at a statement's opening", () => {
  it("go on through later 分别 clauses parted by commas (到2022年和2030年,…分别不低于28%和35%,…分别低于22%和20%)", () => {
    const text = "到2022年和2030年,全市居民健康素养水平分别不低于28%和35%,15岁以上人群吸烟率分别低于22%和20%。";
    expect(yearsOf(text, 2020)).toEqual([[28, 2022], [35, 2030], [22, 2022], [20, 2030]]);
  });
  it("but not past a comma clause that is no 分别 list (到2022年和2030年,…分别达到28%和35%,控烟工作扎实推进,…分别低于22%和20%)", () => {
    const text = "到2022年和2030年,全市居民健康素养水平分别达到28%和35%,控烟工作扎实推进,吸烟率分别低于22%和20%。";
    expect(yearsOf(text, 2020).slice(2).map(([, y]) => y)).not.toEqual([2022, 2030]);
  });
});

describe("a plan a page says is still to be drawn up", () => {
  it("sets no horizon (2016年,上海…实现…比例不低于50%目标,并编制发布《…布局规划(2016-2020)》)", () => {
    const text = "2016-02-16\n东方网消息,本市将新辟“最后一公里”线路20条。2016年,上海也将继续推进新能源汽车发展,实现新能源公交车占新投放公交车的比例不低于50%目标,并编制发布《上海新能源汽车充电设施布局规划(2016-2020)》。";
    expect(ticked(text).map((t) => t.year)).toEqual([2016, 2016]);
  });
  it("while a plan it says was issued sets its end (近日印发《…布局规划(2016-2020)》,到2020年建成充电桩21万个)", () => {
    const text = "2016-02-16\n本市近日印发《上海新能源汽车充电设施布局规划(2016-2020)》,提出新建充电桩21万个。";
    expect(ticked(text).map((t) => t.year)).toEqual([2020]);
  });
});

describe("a page's date spaced out", () => {
  it("still dates the page (2026年01月 18日 07:56 | 来源: 扬州日报)", () => {
    const text = "宝应重大项目开工\n\n2026年01月 18日 07:56 | 来源: 扬州日报-扬州网\n\n县级层面计划组建5支专业化招商队伍,全年力争新签约亿元以上产业项目超200个。";
    expect(all(text).document.docYear).toBe(2026);
    expect(yearsOf(text)).toEqual([[5, 2026], [200, 2026]]);
  });
});

describe("a share opening its clause", () => {
  it("may name a noun with its parts in brackets or a grade (70%以上县(市、区)达到…, 60%以上A级旅游景区建成…)", () => {
    const text = "到2025年,70%以上县(市、区)达到国家全域旅游示范区标准,60%以上A级旅游景区建成智慧景区。";
    expect(ticked(text, 2021).map((t) => [t.value, t.indicator])).toEqual([[70, "县(市、区)达到国家全域旅游示范区标准"], [60, "A级旅游景区建成智慧景区"]]);
  });
  it("after the time of the year's work (年底前90%以上村庄生活垃圾得到全面治理)", () => {
    expect(ticked("年底前90%以上村庄生活垃圾得到全面治理。", 2020).map((t) => [t.value, t.year])).toEqual([[90, 2020]]);
  });
  it("but not a share of a growth (年底前实现8%的增长)", () => {
    expect(ticked("年底前实现8%的增长。", 2020).map((t) => t.kind)).toEqual(["growth"]);
  });
});

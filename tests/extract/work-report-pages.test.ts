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
    expect(read("人口自然增长率控制在千分之四点五以内。")).toEqual(["人口自然增长率|<=|4.5|‰|share"]);
  });
  it("a natural growth rate keeps its whole name", () => {
    expect(read("全市人口自然增长率控制在5‰以内。")).toEqual(["全市人口自然增长率|<=|5|‰|share"]);
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

describe("(guards from review) populations reached, money shares, 未来的五年", () => {
  it("a population a city reaches is a target, not a bound", () => {
    expect(read("到2025年,中心城区常住人口达到100万人口规模。").map((t) => t.split("|").slice(2, 4).join("|"))).toEqual(["100|万人"]);
  });
  it("a share of money 将 turns into a fund stays unticked", () => {
    expect(read("将30%的土地出让收益转为乡村振兴专项资金。")).toEqual([]);
  });
  it("在未来的五年里 dates its clause to the fifth year", () => {
    expect(targetsOf("在未来的五年里,全市将建成保障性住房3万套。", 2024).map((t) => t.year)).toEqual([2028]);
  });
});

describe("shapes of action plans and livelihood lists", () => {
  it("a share of GDP written against its acronym (占GDP2%以上) is read", () => {
    expect(read("到2025年,全省体育产业增加值占GDP2%以上。", 2021).map((t) => t.split("|").slice(1, 5).join("|"))).toEqual([">=|2|%|share"]);
  });
  it("(a guard) a code of letters and digits stays a name (PM2.5, 5G)", () => {
    expect(read("到2025年,PM2.5平均浓度下降到30微克/立方米。", 2021).map((t) => t.split("|").slice(2, 4).join("|"))).toEqual(["30|微克/立方米"]);
  });
  it("a verb with its alternative in brackets (新(改)建) reads number first, without the time span in the name", () => {
    expect(read("成都将在三年内新(改)建2000公里“四好农村路”。", 2018)).toEqual(["成都“四好农村路”|=|2000|公里|increment"]);
  });
  it("a noun a subsidy word forms (补助村) is no subsidy; a bracket of parts closes the count's noun", () => {
    expect(read("全市整治125个村庄(包括63个省级补助村、62个市县级补助村)。", 2018)[0]).toBe("全市村庄|=|125|个|increment");
  });
  it("(a guard) a short aside inside a name stays in it (公共(含专用)充电桩)", () => {
    expect(read("今年新增400个公共(含专用)充电桩。", 2024)).toEqual(["公共(含专用)充电桩|=|400|个|increment"]);
  });
});

describe("ellipses and compound verbs", () => {
  it("a count's noun ends at an ellipsis", () => {
    expect(read("今年,万州改扩建5所学校,改造42个老旧小区......还有更多好消息\n", 2021)).toEqual(["万州学校|=|5|所|increment", "老旧小区|=|42|个|increment"]);
  });
  it("新改扩建 is one verb", () => {
    expect(read("今年新改扩建20所公办幼儿园。", 2021)).toEqual(["公办幼儿园|=|20|所|increment"]);
  });
});

describe("counts of people served, ranges of counts and parts of a document", () => {
  it("how many people a service reaches (为80万…妇女免费做…检查)", () => {
    expect(read("为80万农村35—64岁妇女免费做“两癌”检查。", 2020).map((t) => t.split("|").slice(2, 5).join("|"))).toEqual(["80|万|increment"]);
  });
  it("a range of counts that writes its measure word twice (2个至3个)", () => {
    expect(read("每个县建设2个至3个社区公园。", 2020).map((t) => t.split("|").slice(1, 4).join("|"))).toEqual(["range|2-3|个"]);
  });
  it("(a guard) a range of months is no count", () => {
    expect(read("3月至5月开展专项整治。", 2020)).toEqual([]);
  });
  it("the parts of a plan (共10篇) and the items an article lists (整理出的30条) are no targets", () => {
    expect(read("规划《纲要》共10篇、36章。以下是小编从《政府工作报告》中整理出的30条。", 2021)).toEqual([]);
  });
  it("the year's figures estimated after a review of it (预计实现…) are the past", () => {
    expect(read("刚刚过去的2020年,全市新增城镇就业5.2万人。预计实现地区生产总值5312亿元,增长3.6%。\n2021年1月20日\n", 2021)).toEqual([]);
  });
});

describe("kinds of counts added within the period", () => {
  it("things opened, hired or enlarged, and what a will builds, are increments", () => {
    expect(read("新辟公交线路18条。新聘、续聘生态护林员15.2万名。学前教育学位扩增9300个。2020年将建设政策性住房3000套。", 2020).map((t) => t.split("|")[4]))
      .toEqual(["increment", "increment", "increment", "increment"]);
  });
  it("(a guard) a stock a plan reaches stays a level", () => {
    expect(read("到2025年,全市拥有博物馆50座。", 2020).map((t) => t.split("|")[4])).toEqual(["level"]);
  });
});

// Counts written in words of tens and hundreds, ranges with a scale at both ends, and the share a payment or grant
// takes as a policy's term. Sentences written for these tests (unit tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const read = (text: string, docYear = 2026): string[] =>
  extract(text, { docYear }).targets.filter((t) => t.confidence !== "low").map((t) => `${t.value}${t.valueMax !== null ? `-${t.valueMax}` : ""}${t.unit}`);

describe("counts written in words", () => {
  it("tens and hundreds after a verb of work count (建设十个…, 打造十二条…, 改造九处…, 建设一百二十个…)", () => {
    expect(read("到2027年,建设十个智慧农业示范基地,打造十二条特色街区,改造九处城市易涝点,建设一百二十个便民服务站。"))
      .toEqual(["10个", "12条", "9处", "120个"]);
    // (one built, with no minimum, is a phrase; so is a list of ten projects named as such)
    expect(read("到2027年,建设一个示范区。推进十大工程建设。")).toEqual([]);
  });
});

describe("a range with its scale written at both ends", () => {
  it("is one range (1.2万—1.5万人, 80亿—100亿元, 1万至1.5万人)", () => {
    expect(read("今年新增城镇就业1.2万—1.5万人,产业规模达到80亿—100亿元。")).toEqual(["1.2-1.5万人", "80-100亿元"]);
    expect(read("今年新增城镇就业1万至1.5万人。")).toEqual(["1-1.5万人"]);
  });
});

describe("the share a payment or a grant takes", () => {
  it("bounded as a rule is a policy's term (首付比例不低于15%, 补贴比例最高不超过…的20%)", () => {
    expect(read("购买首套住房的,首付比例不低于15%。补贴比例最高不超过项目总投资的20%。贴息比例不超过LPR的50%。")).toEqual([]);
    // (raised as a goal it is a livelihood target)
    expect(read("到2027年,医疗费用报销比例达到75%,贫困人口住院费用补助比例提高至80%。")).toEqual(["75%", "80%"]);
  });
});

describe("scopes in brackets and units of capacity", () => {
  const named = (text: string): string[] => extract(text, { docYear: 2026 }).targets.filter((t) => t.confidence !== "low").map((t) => `${t.indicator}|${t.value}${t.unit}`);
  it("a scope written with 、 in brackets is one item of a 均 list (县(市、区)…均增长8%)", () => {
    expect(named("县(市、区)规上工业增加值均增长8%以上。")).toEqual(["县(市、区)规上工业增加值|8%"]);
    // (an aside left open still lists its items: 试点校5所(公办幼儿园、小学…各1所)
    expect(named("今年拟建试点校5所(公办幼儿园、小学各1所)。").length).toBe(3);
  });

  it("reads a daily capacity, person-days, firms served each time and poultry kept", () => {
    expect(named("到2027年,新增污水处理能力10万吨/日,培训家政人员5000人日,服务企业300家次,存栏蛋鸡500万羽。"))
      .toEqual(["新增污水处理能力|10万吨/日", "培训家政人员|5000人日", "服务企业|300家次", "存栏蛋鸡|500万羽"]);
  });
});

describe("money set aside", () => {
  const all = (text: string): string[] => extract(text, { docYear: 2026 }).targets.map((t) => `${t.value}${t.unit}|${t.confidence}`);
  it("once (安排市级财政资金3.5亿元) is offered unticked, as an input; a multi-year or yearly commitment is a target", () => {
    expect(all("2026年,安排市级财政资金3.5亿元,支持老旧小区改造。")).toEqual(["3.5亿元|low"]);
    expect(all("三年统筹投入财政资金不少于10亿元。每年安排专项资金不少于5亿元。")).toEqual(["10亿元|high", "5亿元|high"]);
  });
});

describe("a 分别 list over years", () => {
  const dated = (text: string): string[] => extract(text, { docYear: 2025 }).targets.filter((t) => t.confidence !== "low").map((t) => `${t.indicator}|${t.value}${t.unit}|${t.year}|${t.kind}`);
  it("gives each value its year, the indicator named after the last year or after 分别", () => {
    expect(dated("2026年、2027年、2028年数字化转型覆盖率分别达到30%、40%、50%。"))
      .toEqual(["数字化转型覆盖率|30%|2026|share", "数字化转型覆盖率|40%|2027|share", "数字化转型覆盖率|50%|2028|share"]);
    expect(dated("2026年、2027年分别新增国家高新技术企业50家、80家。"))
      .toEqual(["新增国家高新技术企业|50家|2026|increment", "新增国家高新技术企业|80家|2027|increment"]);
  });
});

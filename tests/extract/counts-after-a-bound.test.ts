// Example sentences of a count written after its verb and a bound (新建不少于3所幼儿园): the noun after the count names
// it, whether the count is in figures or in words. Texts written for these tests are unit tests of one rule each, not
// evidence that the engine generalises.
import { describe, expect, it } from "vitest";
import { brief, targetsOf } from "./targets-of";

const read = (body: string, year = 2024): string[] => targetsOf(body, year).map(brief);

describe("a verb, a bound, then a count and its noun", () => {
  it("the noun after the count names it, not the verb", () => {
    expect(read("到2025年,新建不少于3所公办幼儿园。")).toEqual(["公办幼儿园|>=|3|所|increment"]);
    expect(read("到2025年,培育不低于5家农业龙头企业。")).toEqual(["农业龙头企业|>=|5|家|increment"]);
    expect(read("到2025年,新增至少100个公共停车位。")).toEqual(["公共停车位|>=|100|个|increment"]);
    expect(read("到2025年,力争建成超过3个省级示范区。")).toEqual(["省级示范区|>|3|个|increment"]);
  });
  it("the subject before the verb stays in the name", () => {
    expect(read("到2025年,全区建成不少于2个美丽乡村示范村。")).toEqual(["全区美丽乡村示范村|>=|2|个|increment"]);
  });
  it("(a guard) an indicator before its bound and count is read as before", () => {
    expect(read("到2025年,规上工业企业数量不少于300家。")).toEqual(["规上工业企业数量|>=|300|家|level"]);
  });
});

describe("a small count in words after a bound", () => {
  it("两个, 三个 after a verb and 不少于 are counts", () => {
    expect(read("今年创建不少于两个“零酒驾”示范村。")).toEqual(["“零酒驾”示范村|>=|2|个|increment"]);
  });
  it("一 counts only after a bound (至少一个), never alone after its verb", () => {
    expect(read("每个乡镇建设至少一个综合文化站。").map((t) => t.split("|").slice(1, 4).join("|"))).toEqual([">=|1|个"]);
    expect(read("今年打造一个区域品牌。")).toEqual([]);
  });
});

describe("what stands before the verb and is no subject", () => {
  it("the end of a time span and a modal are dropped (一年内要开展…)", () => {
    expect(read("一年内要开展不少于10场次宣传活动。")).toEqual(["宣传活动|>=|10|场次|increment"]);
  });
  it("a lone character before the verb is dropped (新引进…)", () => {
    expect(read("今年新引进至少3家集成电路企业。")).toEqual(["集成电路企业|>=|3|家|increment"]);
  });
});

describe("round counts in words along a list", () => {
  it("a round count opening a clause after another count goes on with that count's verb", () => {
    expect(read("“十四五”期间,培育百万家创新型中小企业,十万家“专精特新”中小企业,一万家“小巨人”企业。", 2021).map((t) => t.split("|").slice(2, 4).join("|")))
      .toEqual(["100|万家", "10|万家", "1|万家"]);
  });
  it("(a guard) a round numeral in a phrase after a clause of no count stays a phrase", () => {
    expect(read("坚持创新驱动,千家万户受益。", 2021)).toEqual([]);
  });
});

describe("(guards from review) subjects that open with 内, 后, 起 or end with 应", () => {
  it("whole words stay in the subject", () => {
    expect(read("到2025年,内河港口新建不少于5个千吨级泊位。").map((t) => t.split("|")[0])).toEqual(["内河港口千吨级泊位"]);
    expect(read("到2025年,起步区新建至少10所中小学。").map((t) => t.split("|")[0])).toEqual(["起步区中小学"]);
  });
  it("约 between the verb and the count reads number first too", () => {
    expect(read("今年新建约20个城市口袋公园。")).toEqual(["城市口袋公园|~|20|个|increment"]);
  });
});

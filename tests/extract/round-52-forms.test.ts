// Forms met on real pages of round 52, each rule with its example sentences. Sentences written for these tests (unit
// tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const all = (text: string, docYear?: number) => extract(text, { docYear, mentions: true });
const ticked = (text: string, docYear?: number) => all(text, docYear).targets.filter((t) => t.confidence !== "low");
const roleOf = (text: string, raw: string, docYear?: number) => all(text, docYear).mentions?.find((m) => m.text === raw)?.role;

describe("households, then their people right after them", () => {
  it("count one group wherever a noun follows both (实施6乡镇7村596户3523人的易地扶贫搬迁工程)", () => {
    const text = "今年实施6乡镇7村596户3523人的易地扶贫搬迁工程。";
    expect(ticked(text, 2015).map((t) => [t.value, t.unit, t.kind])).toEqual([[596, "户", "increment"], [3523, "人", "increment"]]);
  });
  it("after a count of places too (实施20村2890户1.38万人的整村推进项目)", () => {
    const text = "今年实施20村2890户1.38万人的整村推进项目。";
    expect(ticked(text, 2015).map((t) => [t.value, t.kind])).toEqual([[20, "increment"], [2890, "increment"], [1.38, "increment"]]);
  });
  it("but not a size each counted thing has (新建养老机构3个200张床位 stays two readings of its own)", () => {
    const text = "今年新建养老机构3个,新增床位200张。";
    expect(ticked(text, 2020).map((t) => t.value)).toEqual([3, 200]);
  });
});

describe("a count after 这", () => {
  it("refers back to things already named wherever 这 stands (会议决定批准这6个报告)", () => {
    expect(ticked("会议决定批准这6个报告。", 2022)).toEqual([]);
    expect(roleOf("会议决定批准这6个报告。", "6个", 2022)).toBe("other");
  });
  it("while 该 after a word ending in it stays a word (应该建成3个站点 is no reference)", () => {
    expect(roleOf("今年每个镇应该建成3个站点。", "3个", 2022)).not.toBe("other");
  });
});

describe("a countdown's days", () => {
  it("are no amount to reach (距离2020年还有4天, 距春节只剩10天, 倒计时30天)", () => {
    for (const [text, raw] of [["距离2020年还有4天,各区纷纷召开两会。", "4天"], ["今年距春节只剩10天。", "10天"], ["进博会倒计时30天。", "30天"]]) {
      expect(roleOf(text, raw, 2019)).toBe("other");
    }
  });
  it("while days a plan sets stay targets (审批时限压缩至4天)", () => {
    expect(ticked("今年企业开办审批时限压缩至4天。", 2019).map((t) => t.value)).toEqual([4]);
  });
});

describe("how many items of a list are of one sort", () => {
  it("is no target (今年的10项民生实事,有4项是“老面孔”,…其余6项则是“新成员”)", () => {
    const text = "今年的10项民生实事,有4项是“老面孔”,分别为:推进城市窨井设施改造提升;其余6项则是“新成员”,分别为:实施残疾儿童康复救助。";
    expect(ticked(text, 2022)).toEqual([]);
    expect(roleOf(text, "4项", 2022)).toBe("other");
  });
  it("while items a plan will carry out stay targets (今年要完成10项改革任务)", () => {
    expect(ticked("今年要完成10项改革任务。", 2022).map((t) => t.value)).toEqual([10]);
  });
});

describe("kinds", () => {
  it("a length opened to traffic is work of the period (高速公路建成通车207公里), the network's length its level (通车里程达到7500公里)", () => {
    const text = "今年高速公路建成通车207公里,高速公路通车里程达到7500公里。";
    expect(ticked(text, 2025).map((t) => [t.value, t.kind])).toEqual([[207, "increment"], [7500, "level"]]);
  });
  it("people who find work again are counted within the period (失业人员再就业25万人)", () => {
    expect(ticked("今年失业人员再就业25万人。", 2019).map((t) => t.kind)).toEqual(["increment"]);
  });
});

describe("a full stop written for a decimal point", () => {
  it("is read as the point between digits before a share's or an amount's unit (達到92。6%, 381。7亿元)", () => {
    const text = "到2025年,空气质量优良天数比率达到92。6%,品牌价值达到381。7亿元。";
    expect(ticked(text, 2022).map((t) => [t.value, t.unit])).toEqual([[92.6, "%"], [381.7, "亿元"]]);
  });
  it("but still ends a sentence before a year or a count (完成任务1。2026年…)", () => {
    const text = "今年全市新建学校1所。2026年新建幼儿园3所。";
    expect(ticked(text, 2025).map((t) => t.value)).toEqual([1, 3]);
  });
});

describe("a table of places with a year's task", () => {
  const table = [
    "附件: 2023年临河区小麦种植任务分解表 | |||",
    "面积:万亩 | |||",
    "乡镇(农场) | 可种植面积 | 2023年小麦任务面积 | 备注 |",
    "八一乡 | 8.44 | 0.91 | |",
    "白脑包镇 | 32.01 | 3.89 | |",
  ].join("\n");
  it("reads places named with others in brackets (乡镇(农场)), a task column naming its crop, and the unit a note above the header gives", () => {
    expect(ticked(table, 2022).map((t) => [t.value, t.unit, t.year])).toEqual([[0.91, "万亩", 2023], [3.89, "万亩", 2023]]);
  });
  it("takes a crop's area to sow as the year's level, not work added", () => {
    expect(ticked(table, 2022).map((t) => t.kind)).toEqual(["level", "level"]);
  });
  it("while a task of work keeps its kind (2023年高标准农田任务面积: work of the year)", () => {
    const works = table.replace("2023年小麦任务面积", "2023年高标准农田任务面积");
    expect(ticked(works, 2022).map((t) => t.kind)).toEqual(["increment", "increment"]);
  });
});

describe("units", () => {
  it("枚 counts things one by one (销售乌鸡蛋4000万枚)", () => {
    expect(ticked("力争全年销售乌鸡蛋4000万枚。", 2020).map((t) => [t.value, t.unit])).toEqual([[4000, "万枚"]]);
  });
  it("项次 counts items held or tested as often as done, within the period (开展全民健身活动30项次)", () => {
    expect(ticked("今年开展全民健身活动30项次。", 2025).map((t) => [t.value, t.unit, t.kind])).toEqual([[30, "项次", "increment"]]);
  });
});

describe("a ratio to population", () => {
  it("stays a level after a count added (…培训社会体育指导员4500名以上,…实现每千人拥有社会体育指导员2.8名)", () => {
    const text = "每年培训社会体育指导员4500名以上,力争到2025年,实现每千人拥有社会体育指导员2.8名。";
    expect(ticked(text, 2022).map((t) => [t.value, t.kind])).toEqual([[4500, "increment"], [2.8, "level"]]);
  });
});

describe("how many indicators or measures a plan holds", () => {
  it("named before their total is no target (本次…双控目标量化指标共有5个)", () => {
    const text = "本次下达的用水总量和强度双控目标量化指标共有5个。";
    expect(ticked(text, 2022)).toEqual([]);
    expect(roleOf(text, "5个", 2022)).toBe("other");
  });
});

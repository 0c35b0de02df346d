// Forms met on real pages of round 54, each rule with its example sentences. Sentences written for these tests (unit
// tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const all = (text: string, docYear?: number) => extract(text, { docYear, mentions: true });
const ticked = (text: string, docYear?: number) => all(text, docYear).targets.filter((t) => t.confidence !== "low");
const roleOf = (text: string, raw: string, docYear?: number) => all(text, docYear).mentions?.find((m) => m.text === raw)?.role;

describe("a running total already reached, whatever its verb", () => {
  it("is past (上半年,全市已累计改造更新老旧电梯260台)", () => {
    const text = "今年将完成老旧住宅电梯改造更新520台。上半年,全市已累计改造更新老旧电梯260台,惠及7万余人。";
    expect(ticked(text, 2021).map((t) => t.value)).toEqual([520]);
    expect(roleOf(text, "260台", 2021)).toBe("past");
  });
  it("but not what a goal builds on (在已累计改造…的基础上,今年再改造…)", () => {
    const text = "在已累计改造老旧电梯260台的基础上,今年再改造老旧电梯300台。";
    expect(ticked(text, 2024).map((t) => t.value)).toEqual([300]);
  });
});

describe("a change from one value to another, told done in the next clause", () => {
  it("is past (电梯数量从204435台增加到215372台,增加了10937台)", () => {
    const text = "半年时间,全市电梯数量从204435台增加到215372台,增加了10937台。";
    expect(ticked(text)).toEqual([]);
    expect(roleOf(text, "215372台")).toBe("past");
  });
  it("but a change a plan sets, with its size and no 了, stays a goal (从60%提高到70%,提高10个百分点)", () => {
    const text = "到2025年,全市森林覆盖率从60%提高到70%,提高10个百分点。";
    expect(ticked(text, 2021).map((t) => t.value)).toContain(70);
  });
});

describe("a sentence opening with a year's month and its comma", () => {
  it("dates an event, even when the document's year is unknown (2021年4月,增加试点区县到27个)", () => {
    const text = "2020年9月,全市确定了6个区县作为首批试点区县。2021年4月,增加试点区县到27个,其中,维护保养试点区县20个。";
    expect(ticked(text)).toEqual([]);
    expect(roleOf(text, "27个")).toBe("past");
  });
  it("but a schedule with 底前 or a goal word still sets one (2025年6月底前,完成…; 2025年6月,力争…)", () => {
    expect(ticked("2025年6月底前,完成老旧小区改造30个。", 2025).map((t) => t.value)).toEqual([30]);
    expect(ticked("2025年6月,力争完成老旧小区改造30个。", 2025).map((t) => t.value)).toEqual([30]);
  });
});

describe("a quarter named with 第", () => {
  it("reports the part of the year gone (第一季度,外出招商考察9次)", () => {
    const text = "第一季度,外出招商考察9次,其中主要领导外出考察3次。2022年拟签约项目10个。";
    expect(ticked(text).map((t) => t.value)).toEqual([10]);
  });
});

describe("the document's year of a year's plan", () => {
  it("is not the number of a text it cites (根据《…通知》(建科〔2023〕30号)), but the year its tasks are due (完成时限:2025年12月底前)", () => {
    const text = "根据《住房城乡建设部关于扎实有序推进城市更新工作的通知》(建科〔2023〕30号)等文件精神,制定本计划。\n二、年度目标\n全年新入城市更新库并开工项目6个。\n完成时限:2025年12月底前\n";
    const { document, targets } = extract(text);
    expect(document.docYear).toBe(2025);
    expect(targets.map((t) => [t.value, t.year])).toEqual([[6, 2025]]);
  });
});

describe("the parts 其中 lists after a clause naming the period's work with no figure", () => {
  it("are amounts of the period (确定各镇年度投资目标,其中,甲镇15亿元、乙镇4.5亿元)", () => {
    const targets = ticked("确定各镇年度投资目标,其中,甲镇15亿元、乙镇4.5亿元。", 2025);
    expect(targets.map((t) => [t.value, t.kind])).toEqual([[15, "increment"], [4.5, "increment"]]);
  });
  it("but not after a clause naming a level (确定各镇森林覆盖率,其中,甲镇60%)", () => {
    expect(ticked("确定各镇森林覆盖率目标,其中,甲镇60%、乙镇55%。", 2025).map((t) => t.kind)).not.toContain("increment");
  });
});

describe("a clause opening with the year's will after a review's words", () => {
  it("sets the year's target (近年来,全市…推进医疗重大项目建设,今年全市将新增床位8000张以上)", () => {
    const text = "近年来,全市火力全开推进医疗重大项目建设,今年全市将新增床位8000张以上。";
    expect(ticked(text, 2024).map((t) => [t.value, t.year])).toEqual([[8000, 2024]]);
  });
});

describe("a batch named by its plan period", () => {
  it("is a name, not the time of a review (过去五年,…跻身“十四五”首批港口型国家物流枢纽)", () => {
    const text = "过去五年,港口货物吞吐量完成2.77亿吨,跻身“十四五”首批港口型国家物流枢纽。";
    expect(ticked(text, 2022)).toEqual([]);
    expect(roleOf(text, "2.77亿吨", 2022)).toBe("past");
  });
});

describe("people a work benefits", () => {
  it("are an amount of the period (农村牧区供水实现受益人口736.9万人)", () => {
    const [t] = ticked("到2020年,农村牧区供水实现受益人口736.9万人。", 2016);
    expect([t.value, t.kind]).toEqual([736.9, "increment"]);
  });
});

describe("a bound and a count opening their clause after a verb of adding with a bound", () => {
  it("go on with that verb (计划增加不少于7000个社区托育托额,不少于3000个公办园托班托额)", () => {
    const targets = ticked("大力开设托班服务,计划增加不少于7000个社区托育托额,不少于3000个公办园托班托额。", 2024);
    expect(targets.map((t) => [t.value, t.kind, t.comparator])).toEqual([[7000, "increment", ">="], [3000, "increment", ">="]]);
  });
});

describe("a clause setting work within the year with a word of will, in a sentence of the present", () => {
  it("sets the year's target (目前,全区共有22所…正在施工中,其中16所园校将在年内建成)", () => {
    const text = "目前,全区共有22所中小学、幼儿园正在抓紧施工中,其中16所园校将在年内建成。";
    expect(ticked(text, 2022).map((t) => [t.value, t.year])).toEqual([[16, 2022]]);
    expect(roleOf(text, "22所", 2022)).toBe("past");
  });
});

describe("a page of 今年's work naming one year only, as a programme's year", () => {
  it("is dated by it (下达我市2023年城镇保障性安居工程补助资金。…今年,我市保障性租赁住房目标任务530套)", () => {
    const text = "近日,省财政厅下达我市2023年城镇保障性安居工程中央级补助资金7021万元。\n据悉,今年,我市保障性租赁住房目标任务530套。";
    const { document, targets } = extract(text);
    expect(document.docYear).toBe(2023);
    expect(targets.filter((t) => t.confidence !== "low").map((t) => [t.value, t.year])).toEqual([[530, 2023]]);
  });
  it("but not a page naming two years (2022年…。今年…)", () => {
    const text = "2022年城镇保障性安居工程已完成。2023年城镇保障性安居工程资金下达。\n今年,我市保障性租赁住房目标任务530套。";
    expect(extract(text).document.docYear).not.toBe(2023);
  });
});

describe("a paragraph opening with the amount its parts follow, after a past statement", () => {
  it("is past (243.62万标箱中,内贸箱、外贸箱分别完成112.2万标箱和131.42万标箱)", () => {
    const text = "武汉港2021年集装箱吞吐量243.62万标箱,同比增长26.06%。\n243.62万标箱中,内贸箱、外贸箱分别完成112.2万标箱和131.42万标箱。\n2022年,集装箱吞吐量力争实现260万标箱。";
    expect(ticked(text, 2022).map((t) => t.value)).toEqual([260]);
  });
});

describe("how many of a whole are so, in a sentence that sets nothing to come", () => {
  it("describes the present (全省129个县(市、区)中有122个被国家区划为森林火灾高危区)", () => {
    const text = "全省129个县(市、区)中有122个被国家区划为森林火灾高危区和高风险区。";
    expect(ticked(text, 2024)).toEqual([]);
    expect(roleOf(text, "122个", 2024)).toBe("past");
  });
  it("but a goal word keeps the goal (力争全市50个村中有40个达标)", () => {
    expect(ticked("力争全市50个村中有40个达标。", 2024).map((t) => t.value)).toEqual([40]);
  });
});

describe("a plan's principles counted", () => {
  it("are no target (《实施意见》提出4条基本原则)", () => {
    const text = "《实施意见》提出4条基本原则。";
    expect(ticked(text, 2023)).toEqual([]);
    expect(roleOf(text, "4条", 2023)).toBe("other");
  });
});

describe("a ratio said with 是, in a sentence that sets nothing to come", () => {
  it("describes how things are (海域面积是陆地面积的2.3倍)", () => {
    const text = "广东是海洋大省,海域辽阔,海域面积是陆地面积的2.3倍。";
    expect(ticked(text, 2021)).toEqual([]);
    expect(roleOf(text, "2.3倍", 2021)).toBe("past");
  });
  it("but not in a sentence that sets a goal (到2025年,…新建海洋牧场10个)", () => {
    const text = "到2025年,全省海域面积是陆地面积的2.3倍,新建海洋牧场10个。";
    expect(ticked(text, 2021).map((t) => t.value)).toContain(10);
    expect(all(text, 2021).mentions?.find((m) => m.text === "2.3倍")?.reason).not.toMatch(/ratio stated/);
  });
});

describe("a result said in words before the last item of a list", () => {
  it("is a goal of its own, no item sharing the value (重特大事故得到有效遏制、各类生产安全事故死亡人数下降10%)", () => {
    const targets = ticked("到2025年,重特大事故得到有效遏制、各类生产安全事故死亡人数下降10%。", 2021);
    expect(targets.map((t) => [t.value, t.indicator])).toEqual([[10, "各类生产安全事故死亡人数"]]);
  });
});

describe("a page's date after a field holding only a dash", () => {
  it("dates the page (来源:市林业局访问量:-发布时间:2023-03-28)", () => {
    const text = "清远市发布2023年第1号林长令\n来源:清远市林业局访问量:-发布时间:2023-03-28\n今年完成林分优化提升19万亩。";
    expect(extract(text).document.issueDate).toBe("2023-03-28");
  });
});

describe("a plan a page says was approved, its span in its title", () => {
  it("sets the horizon of the goals the page reports without a year (批复《…线网规划(2020年-2035年)》…总里程将达1625公里)", () => {
    const text = "新华社北京8月17日电 北京市政府近日正式批复《北京市轨道交通线网规划(2020年-2035年)》。根据规划方案,北京城市轨道交通总里程将达1625公里。";
    const targets = ticked(text, 2022);
    expect(targets.map((t) => [t.value, t.year])).toEqual([[1625, 2035]]);
  });
});

describe("digits grouped by threes with a space", () => {
  it("are one amount (农机总动力要突破1 680万千瓦)", () => {
    const [t] = ticked("到2022年,全省农机总动力要突破1 680万千瓦。", 2022);
    expect([t.value, t.unit]).toEqual([1680, "万千瓦"]);
  });
  it("but not two numbers apart (表1 新建学校10所; 2025 180万)", () => {
    expect(ticked("到2025年新建学校10所,改造1 2所。", 2022).map((t) => t.value)).not.toContain(12);
  });
});

describe("items 等 gathers into one group before a growth", () => {
  it("are the group's one total (推动人工智能、低空经济、…、商业航天等产业规模增长20%以上)", () => {
    const targets = all("今年,推动人工智能、低空经济、生命健康、商业航天等产业规模增长20%以上。", 2025).targets;
    expect(targets.map((t) => t.indicator)).toEqual(["人工智能、低空经济、生命健康、商业航天等产业规模"]);
  });
  it("but whole indicators listed each grow by it (旅游人次、旅游花费增长15%)", () => {
    expect(ticked("今年,旅游人次、旅游花费增长15%。", 2025).map((t) => t.indicator)).toEqual(["旅游人次", "旅游花费"]);
  });
});

describe("a package's supporting measures counted as it is issued", () => {
  it("are no target (同步发布19条支持措施)", () => {
    const text = "省政府印发实施方案,同步发布19条支持措施。";
    expect(ticked(text, 2024)).toEqual([]);
    expect(roleOf(text, "19条", 2024)).toBe("other");
  });
});

describe("a count of models (个型号)", () => {
  it("is a count, not a grade's name (推动2-3个型号民用飞机适航取证)", () => {
    const [t] = ticked("到2027年,推动2-3个型号民用飞机适航取证。", 2024);
    expect([t.value, t.valueMax, t.unit]).toEqual([2, 3, "个"]);
  });
  it("while a size naming a type stays a name (新建2个30万吨型原油码头)", () => {
    expect(roleOf("新建2个30万吨型原油码头。", "30万吨", 2024)).toBe("name");
  });
});

describe("a date line after the site's path", () => {
  it("dates the page (/yumi/ 2024年1月18日 巍山融媒)", () => {
    const text = "巍山县计划发展杂交玉米制种3万亩\n/yumi/ 2024年1月18日 巍山融媒\n今年,我县计划发展杂交玉米制种3万亩。";
    expect(extract(text).document.issueDate).toBe("2024-01-18");
  });
});

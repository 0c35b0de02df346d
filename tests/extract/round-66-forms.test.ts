// Forms met on real pages of round 66, each rule with its example sentences. Sentences written for these tests (unit
// tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";
import { ticked as tickedOnly } from "./targets-of";

const all = (text: string, docYear?: number) => extract(text, { docYear, mentions: true });
const ticked = (text: string, docYear?: number) => tickedOnly(all(text, docYear).targets);
const kinds = (text: string, docYear?: number) => ticked(text, docYear).map((t) => t.kind);

describe("a line of page furniture holding a day with its clock time", () => {
  const page = (stamp: string) => `合肥所有乡镇街道都建老年学校\n\n${stamp}\n\n  据了解,截至去年底,全市老年人口达到112.09万人。到2015年,社区建校率达到80%。\n`;
  it("dates the page, whatever stands around it (http://www.sina.com.cn  2012年06月21日04:29  中安在线 微博)", () => {
    expect(all(page("http://www.sina.com.cn  2012年06月21日04:29  中安在线 微博")).document.docYear).toBe(2012);
    expect(all(page("社会热点2022-10-04 12:08:26未知")).document.docYear).toBe(2022);
  });
  it("so a review of 去年 no longer swallows the goals after it", () => {
    expect(ticked(page("http://www.sina.com.cn  2012年06月21日04:29  中安在线 微博")).map((t) => t.value)).toEqual([80]);
  });
  it("but not a sentence that reports a time (会议于2012年06月21日09:30召开,…)", () => {
    expect(all(page("会议于2012年06月21日09:30召开,市长出席。")).document.docYear).not.toBe(2012);
  });
});

describe("a verb of adding after who plans it or what it serves", () => {
  it("still adds (渝中区计划打造创新平台5个, 围绕智能生产、智能政务打造场景示范项目10个)", () => {
    expect(kinds("到2027年,渝中区计划打造创新平台5个。", 2025)).toEqual(["increment"]);
    expect(kinds("到2027年,围绕智能生产、智能政务、智能生活打造场景示范项目10个。", 2025)).toEqual(["increment"]);
    expect(kinds("到2027年,全区计划培育区级优质产品60个。", 2025)).toEqual(["increment"]);
  });
  it("but a level named after 围绕 stays a level (围绕主导产业,规上企业数量达到50家)", () => {
    expect(kinds("到2027年,围绕主导产业,规上企业数量达到50家。", 2025)).toEqual(["level"]);
  });
});

describe("a capacity a year, 年 right after the verb that forms it (形成年80发火箭、200颗卫星的…能力)", () => {
  it("is a level reached, each item of its list too", () => {
    expect(kinds("到2027年形成年80发火箭、200颗卫星的生产制造及服务能力。", 2025)).toEqual(["level", "level"]);
    expect(kinds("到2030年建成年150发火箭、500颗卫星的一站式生产制造和发射服务能力。", 2025)).toEqual(["level", "level"]);
  });
  it("but 年 after a word of time is no capacity (今年新建5个基地)", () => {
    expect(kinds("今年新建5个基地。", 2025)).toEqual(["increment"]);
  });
});

describe("a year's output named with its own verb in a list of work (新造油茶林300万亩、年产茶油40万吨)", () => {
  it("is the year's level, not work added like the item before it", () => {
    expect(kinds("到2020年,全省新造油茶林300万亩、年产茶油40万吨。", 2016)).toEqual(["increment", "level"]);
    expect(kinds("爭取到2020年,實現全省新造油茶林300萬畝、年産茶油40萬噸。", 2016)).toEqual(["increment", "level"]);
  });
  it("while a plain item after work added is added too (改造燃气管网200公里、供热管网100公里)", () => {
    expect(kinds("今年改造燃气管网200公里、供热管网100公里。", 2024)).toEqual(["increment", "increment"]);
  });
});

describe("what is kept on hand, named so after its count (120万头能繁母猪存栏量, 5000个规模猪场保有量)", () => {
  it("is a stock to hold", () => {
    const ts = ticked("省农业农村厅将全省120万头能繁母猪存栏量和5000个规模猪场保有量任务分解到市、细化到县。", 2022);
    expect(ts.map((t) => [t.value, t.kind])).toEqual([[120, "level"], [5000, "level"]]);
  });
});

describe("a grant of a share or a sum of what it names (给予贷款利息50%, 给予核定项目投资10%)", () => {
  it("is the subsidy's rate, a parameter", () => {
    const r = all("对符合条件的银行贷款项目,连续三年每年给予贷款利息50%,累计最高2000万元的支持;对特别重大项目给予核定项目投资10%,最高1亿元的支持。", 2024);
    expect(r.targets).toEqual([]);
    expect(r.mentions?.filter((m) => m.role === "parameter").map((m) => m.value)).toEqual([50, 10]);
  });
  it("but not a share of firms a grant reached (获得给予支持的企业比例达到50%)", () => {
    expect(ticked("到2025年,获得给予支持的企业比例达到50%。", 2024).map((t) => t.value)).toEqual([50]);
  });
});

describe("a middle dot set for a decimal point, as older papers print it (年均增长14·4%, 4485·51亿元)", () => {
  it("is the point, between digits and before a share's or an amount's unit", () => {
    expect(ticked("十五期间,全省国税收入年均增长14·4%,2005年达到4485·51亿元。", 2001).map((t) => t.value)).toEqual([14.4, 4485.51]);
  });
  it("but a day's name keeps its dot (开展3·15消费者权益日活动)", () => {
    expect(all("今年开展3·15消费者权益日活动,新增放心消费单位200家。", 2020).mentions?.some((m) => m.value === 3.15)).toBe(false);
  });
});

describe("a change on last year right after the amount a will sets, in a paragraph that opened on the past", () => {
  it("is set with it (今年以来,…力争税收突破3200万元,比上年增长46%)", () => {
    const ts = ticked("今年以来,前曹镇扎实落实全县经济会议精神,壮大镇域财源建设,力争税收突破3200万元,比上年增长46%,保持镇域经济快速发展的良好势头。", 2013);
    expect(ts.map((t) => [t.value, t.kind])).toEqual([[3200, "level"], [46, "growth"]]);
  });
  it("but a change after a result the paragraph reports stays past (今年以来,…完成税收383万元,比上年增长46%)", () => {
    expect(ticked("今年以来,前曹镇完成税收383万元,比上年增长46%。", 2013)).toEqual([]);
  });
});

describe("a page's line of counters (26084人已围观) and the day on it", () => {
  const page = "我国将每年改造10万公里以上地下管线\n我为人人2024-02-18【教育服务】26084人已围观\n地下管网改造,是民生工程。今年将改造地下管线10万公里。\n";
  it("is navigation, its count of readers no amount", () => {
    expect(all(page).mentions?.find((m) => m.value === 26084)?.role).toBe("other");
  });
  it("dates the page", () => {
    expect(all(page).document.docYear).toBe(2024);
  });
});

describe("a field of the page's posting on its title line ([发布时间]:2011-08-11)", () => {
  it("dates the page, so a year before it is a base, not a goal", () => {
    const r = all("加快发展远洋渔业 [发布时间]:2011-08-11\n\n2010年,全市远洋渔业产量为12.2万吨。到2015年,鱿鱼产量达到30万吨。\n");
    expect(r.document.docYear).toBe(2011);
    expect(tickedOnly(r.targets).map((t) => t.value)).toEqual([30]);
  });
});

describe("years lived through right before what was done in them (5年来完成…)", () => {
  it("look back, with no comma after them too", () => {
    expect(ticked("——5年来完成林草生态修复近1070万亩。\n2023年,全省将完成林草生态修复200万亩。\n", 2023).map((t) => t.value)).toEqual([200]);
  });
  it("but not years a goal is reached in (5年完成林草生态修复1000万亩)", () => {
    expect(ticked("力争5年完成林草生态修复1000万亩。", 2023).map((t) => t.value)).toEqual([1000]);
  });
});

describe("a size kept at its figure (投资规模依然保持在1000亿元)", () => {
  it("is a level, whatever work its name holds", () => {
    expect(kinds("今年福建计划完成的公路水路投资规模依然保持在1000亿元。", 2025)).toEqual(["level"]);
  });
  it("but what is added each year stays added (每年城镇新增就业规模保持在35万人以上)", () => {
    expect(kinds("到2030年,全市每年城镇新增就业规模保持在35万人以上。", 2025)).toEqual(["increment"]);
  });
});

describe("lines strung, awards chosen, lists published and standards taken part in (架设, 评选, 发布, 参与…标准)", () => {
  it("are work of the period", () => {
    expect(kinds("今年架设输电线路4000米。", 2015)).toEqual(["increment"]);
    expect(kinds("到2020年,评选省级标准创新贡献奖60个,发布企业标准排行榜30个。", 2018)).toEqual(["increment", "increment"]);
    expect(kinds("到2025年,实质性参与绿色低碳相关国际标准不少于30项。", 2023)).toEqual(["increment"]);
  });
  it("but what is chosen reaching a figure is a stock (全市评选市级“五好”合作组织将达300家)", () => {
    expect(kinds("到2012年,全市评选市级“五好”农民专业合作组织将达300家。", 2010)).toEqual(["level"]);
  });
});

describe("a plan named with its span of years in its title (《…行动方案(2016年-2020年)》)", () => {
  const page = "记者昨天获悉,根据我省出台的《福建省工业设计发展行动方案(2016年-2020年)》,我省将在5年内建成80家以上省级工业设计中心。\n\n根据方案,我省将支持建设和完善5个以上工业设计园区。\n";
  it("dates the next paragraph that refers back to it (根据方案,…)", () => {
    expect(ticked(page, 2016).map((t) => [t.value, t.year])).toEqual([[80, 2020], [5, 2020]]);
  });
  it("but not a plan whose span ended before the document's year", () => {
    expect(ticked(page.replace("(2016年-2020年)", "(2011年-2015年)"), 2016).find((t) => t.value === 5)?.year).toBe(2016);
  });
});

describe("amounts counted right after a deed told done with 了", () => {
  it("go on with it (推动了…71只基金的设立,总规模达到987亿元)", () => {
    expect(ticked("湖北省还推动了光电子产业母基金等71只基金的设立,总规模达到987亿元。", 2024)).toEqual([]);
  });
  it("but a goal after it with a will stays a goal (…设立,力争总规模达到1000亿元)", () => {
    expect(ticked("湖北省还推动了光电子产业母基金等71只基金的设立,力争2025年总规模达到1000亿元。", 2024).map((t) => t.value)).toEqual([1000]);
  });
});

describe("counterexamples a review of the round's change found", () => {
  it("people a sentence counts reading are no page counter (每年组织200人阅读红色经典,新建农家书屋30个)", () => {
    expect(ticked("每年组织200人阅读红色经典,新建农家书屋30个。", 2024).map((t) => t.value)).toEqual([200, 30]);
  });
  it("whom or how much a grant reaches stays a goal (每年给予扶持小微企业200家以上, 力争给予小微企业信贷支持500亿元以上)", () => {
    expect(ticked("每年给予扶持小微企业200家以上。", 2024).map((t) => t.value)).toEqual([200]);
    expect(ticked("力争给予小微企业信贷支持500亿元以上。", 2024).map((t) => t.value)).toEqual([500]);
  });
  it("a verb inside a relative clause after 围绕 is no verb of the goal (围绕新能源汽车打造的产业集群产值突破1000亿元)", () => {
    expect(kinds("到2027年,围绕新能源汽车打造的产业集群产值突破1000亿元。", 2025)).toEqual(["level"]);
  });
  it("a scheduled time dates no page (测评时间…9:00)", () => {
    expect(all("某市口袋公园建设三年行动方案(2022-2024年)\n测评时间 2024年5月20日9:00\n今年全市新建口袋公园30个。\n").document.docYear).not.toBe(2024);
  });
  it("a yearly size of work kept at a figure stays work of the year (年造林规模稳定在100万亩以上)", () => {
    expect(kinds("到2025年,年造林规模稳定在100万亩以上。", 2021)).toEqual(["increment"]);
  });
});

// Forms met on real pages of round 67, each rule with its example sentences. Sentences written for these tests (unit
// tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";
import { ticked as tickedOnly } from "./targets-of";

const all = (text: string, docYear?: number) => extract(text, { docYear, mentions: true });
const ticked = (text: string, docYear?: number) => tickedOnly(all(text, docYear).targets);
const values = (text: string, docYear?: number) => ticked(text, docYear).map((t) => t.value);

describe("现, now, opening a clause about the whole place (现全乡已建立…15处, 现在全乡…的户达100户)", () => {
  it("states the present, not a goal", () => {
    expect(values("通过引进优良品种对本地肉驴进行改良,现全乡已建立良种肉驴配种点15处。到2015年,全乡肉驴饲养量达到5万头。")).toEqual([5]);
    expect(values("现在全乡年饲养肉驴10头以上的户达100户。到2015年,全乡肉驴饲养量达到5万头。")).toEqual([5]);
  });
  it("but a plan or a will after it is still ahead (现全县已规划到2025年建成10个基地, 现在全市要新建5个公园)", () => {
    expect(values("现全县已规划到2025年建成10个基地。")).toEqual([10]);
    expect(values("现在全市要新建5个公园。", 2025)).toEqual([5]);
  });
});

describe("a count right after 以下, 如下 or 下列 (抓好以下5项任务, 重点推进如下4个项目)", () => {
  it("counts the items of the list that follows, no amount to reach", () => {
    expect(values("要重点抓好以下5项任务。", 2016)).toEqual([]);
    expect(values("重点推进如下4个项目建设。", 2016)).toEqual([]);
    expect(all("要重点抓好以下5项任务。", 2016).mentions?.find((m) => m.text === "5项")?.reason).toMatch(/list that follows/);
  });
  it("but a bound closing a size before a count is no pointer (60岁以下3万人)", () => {
    expect(all("今年培训60岁以下3万人。", 2016).mentions?.find((m) => m.text === "3万人")?.reason ?? "").not.toMatch(/list that follows/);
  });
});

describe("a season's campaign of a year, named as the work the text does (为切实做好新合地区2015年秋季…强制免疫工作)", () => {
  it("dates the document, a place between the verb and the year or not", () => {
    expect(all("为切实做好新合地区2015年秋季重大动物疫病强制免疫工作,新合畜牧兽医站秋季动物强制免疫工作全面开展。确保免疫抗体合格率达到70%以上。").document.docYear).toBe(2015);
    expect(all("为搞好2014年秋季重大动物疫病防控和集中免疫行动,制定本方案。一、目标要求\n散养畜禽免疫密度常年保持在95%以上。").document.docYear).toBe(2014);
  });
  it("so the campaign's rates take its year", () => {
    expect(ticked("为搞好2014年秋季重大动物疫病防控和集中免疫行动,制定本方案。一、目标要求\n散养畜禽免疫密度常年保持在95%以上。").map((t) => t.year)).toEqual([2014]);
  });
});

describe("a count right after the titles it counts (《…规划》《…规划》《…规划》3个规划)", () => {
  it("is how many documents were named, no amount to reach", () => {
    const r = all("正式公布了由国家体育总局等多部门共同印发的《山地户外运动产业发展规划》《水上运动产业发展规划》《航空运动产业发展规划》3个规划。", 2016);
    expect(r.mentions?.find((m) => m.text === "3个")?.reason).toMatch(/documents the titles just named/);
    expect(ticked("…印发了《关于加快发展的意见》等两份文件和《实施方案》3个配套方案。", 2016)).toEqual([]);
  });
  it("but not things a title names, counted after it (新建《营地》5个)", () => {
    expect(values("到2020年,新建《营地》5个。", 2016)).toEqual([5]);
  });
});

describe("增加值, value added, opening a name (增加值达到260亿元)", () => {
  it("is an output's level, no amount added", () => {
    expect(ticked("到2025年,全市生物医药产业集群力争实现总产值1000亿元,增加值达到260亿元。").map((t) => t.kind)).toEqual(["level", "level"]);
  });
  it("while a rise of it is still added (增加值增加100亿元)", () => {
    expect(ticked("到2025年,增加值增加100亿元。").map((t) => t.kind)).toEqual(["increment"]);
  });
});

describe("a total income or output a verb of driving brings to a size (带动…企业总收入超过5000亿元)", () => {
  it("is the level to reach", () => {
    expect(ticked("到2025年,带动激光产业链上下游企业总收入超过5000亿元。").map((t) => t.kind)).toEqual(["level"]);
  });
  it("but jobs it brings stay added (带动就业5000人)", () => {
    expect(ticked("到2025年,带动就业5000人。").map((t) => t.kind)).toEqual(["increment"]);
  });
});

describe("the whole year's goals a will is to reach (确保实现2018年全年“…”的工作目标)", () => {
  it("dates the document, so its 今年 targets take the year", () => {
    const text = "会议提出,今年将持续开展打击整治毒品违法犯罪活动,确保实现2018年全年“我市制毒场点数同比下降10%以上”的工作目标。今年我市要完成50所学校创建任务。";
    expect(all(text).document.docYear).toBe(2018);
    expect(ticked(text).map((t) => t.year)).toEqual([2018, 2018]);
  });
  it("but not goals reached, looked back on, over the year of work (2018年全年目标任务圆满完成 in 2019年工作安排)", () => {
    expect(all("2019年工作安排\n2018年全年目标任务圆满完成。今年要完成50所学校创建任务。").document.docYear).toBe(2019);
  });
});

describe("兴建, works raised, and the measures a list opens with before its verb (措施主要包括兴建蓄水池3062口、水井22025口)", () => {
  it("adds each work of the list", () => {
    expect(ticked("针对不利的旱情形势,6省(市)提出的措施主要包括兴建蓄水池3062口、水井22025口、抗旱提水工程2975处。", 2019).map((t) => [t.indicator, t.kind])).toEqual([
      ["兴建蓄水池", "increment"], ["水井", "increment"], ["抗旱提水工程", "increment"],
    ]);
    expect(ticked("今年兴修农田水利工程500处。", 2019).map((t) => t.kind)).toEqual(["increment"]);
  });
});

describe("an item of a list after an item counted before it (形成7万吨A能力、1万吨B能力以及30万吨C能力)", () => {
  it("is named by its own noun, not the unit and noun of the item before", () => {
    const names = all("到2020年,力争形成7万吨汉麻麻皮深加工能力、1万吨麻籽深加工能力、1万吨叶花深加工能力以及30万吨秆芯综合利用加工能力。").targets.map((t) => t.indicator);
    expect(names).toEqual(["汉麻麻皮深加工能力", "麻籽深加工能力", "叶花深加工能力", "秆芯综合利用加工能力"]);
  });
  it("while a count with no noun of its own keeps the words before it (力争达到70万个和74座)", () => {
    expect(all("到2025年,充电桩和换电站数量力争达到70万个和74座。").targets.map((t) => t.value)).toContain(74);
  });
});

describe("bounded sizes of things just counted, joined by 、 before the 的 of their noun (12个种植面积100万亩以上、产值50亿元以上的…大县)", () => {
  it("each bound the noun, only the count is a target", () => {
    expect(values("预计到2026年,全省将建12个种植面积100万亩以上、产值50亿元以上的富硒农产品专业大县。", 2017)).toEqual([12]);
  });
  it("but a list of amounts a verb sets stays targets (新增产值100亿元以上、税收10亿元以上)", () => {
    expect(values("到2026年,新增产值100亿元以上、税收10亿元以上。", 2017)).toEqual([100, 10]);
  });
});

describe("an area 形成 forms (力争形成60万亩海洋牧场)", () => {
  it("is the stock of that area to reach", () => {
    expect(ticked("到2012年底,力争形成60万亩海洋牧场。").map((t) => [t.value, t.kind])).toEqual([[60, "level"]]);
  });
  it("newly formed, it is added (新形成10万亩海洋牧场); a norm's distance stays no count (形成300米见绿的格局)", () => {
    expect(ticked("到2025年,新形成10万亩海洋牧场。").map((t) => t.kind)).toEqual(["increment"]);
    expect(ticked("到2025年,形成300米见绿的格局。")).toEqual([]);
  });
});

describe("reefs measured in hollow cubic metres written in full (建礁规模13.1万空立方, 5万空立方米)", () => {
  it("are amounts with their unit", () => {
    expect(ticked("今年建礁规模13.1万空立方,投放人工鱼礁5万空立方米。", 2012).map((t) => [t.value, t.unit])).toEqual([[13.1, "万空立方"], [5, "万空立方米"]]);
  });
});

describe("建造, works built (建造半潜式多功能防波堤3000米、钢筋砼新式网箱20万个)", () => {
  it("adds each work of its list", () => {
    expect(ticked("海上牧场项目首期,建造半潜式多功能防波堤3000米、钢筋砼新式网箱20万个。", 2016).map((t) => t.kind)).toEqual(["increment", "increment"]);
  });
});

describe("a headline's year the text also sets as a horizon, after a time so far of an earlier year", () => {
  const page = "原标题:2020年中欧班列年开行将达约5000列\n新华社北京10月17日电 国家发展改革委17日称,到2020年,我国将基本形成中欧班列综合服务体系。截至2016年6月底,中欧班列累计开行1881列。\n";
  it("is the goals' year, not the page's (原标题:2020年…将达约5000列 … 截至2016年6月底)", () => {
    expect(all(page).document.docYear).not.toBe(2020);
    expect(ticked(page).map((t) => [t.value, t.year])).toEqual([[5000, 2020]]);
  });
  it("while a year of work planned and looked at so far stays the page's (2024年全区将… 截至2024年6月底…到2024年底)", () => {
    expect(all("2024年全区将新建公园10个。截至2024年6月底,已建成4个,到2024年底全部建成。").document.docYear).toBe(2024);
  });
});

describe("the round's rules held to their sense (a review's probes)", () => {
  it("现 opening a clause leaves work handed down or set going, and a deadline after it (现全县已下达…200公里任务)", () => {
    expect(values("现全县已下达新建农村公路200公里任务。", 2020)).toEqual([200]);
    expect(values("现全市已分解落实年度植树造林10万亩任务。", 2020)).toEqual([10]);
    expect(values("现全县已启动建设农村污水处理站50座,年底前全部建成。", 2020)).toEqual([50]);
  });
  it("以下 after an age, a rank or a size in words bounds the people or things counted (培训四十岁以下2000人)", () => {
    expect(values("培训四十岁以下2000人。", 2020)).toEqual([2000]);
    expect(values("培训科级以下300人。", 2020)).toEqual([300]);
    expect(values("改造C级以下300户危房。", 2020)).toEqual([300]);
    expect(values("扶持规模以下200家企业入规。", 2020)).toEqual([200]);
  });
  it("one title and a count after it are more documents of their own (出台《实施意见》和3个配套办法)", () => {
    expect(values("年内出台《实施意见》和3个配套办法。", 2020)).toEqual([3]);
    expect(values("制定《行业规范》3项标准。", 2020)).toEqual([3]);
  });
  it("建造 opening a noun is no verb of building (建造师队伍达到5000人, 建造成本控制在3000元/平方米以内)", () => {
    expect(ticked("建造师队伍达到5000人。", 2020).map((t) => t.kind)).toEqual(["level"]);
    expect(ticked("建造渔船50艘。", 2020).map((t) => t.kind)).toEqual(["increment"]);
  });
  it("a year's goals looked back on date nothing (全县上下努力实现2018年全年各项目标,财政收入达到10亿元)", () => {
    const r = all("2018年,全县上下努力实现2018年全年各项目标,财政收入达到10亿元。2019年,力争财政收入达到11亿元。");
    expect(r.document.docYear).toBe(2019);
    expect(ticked("2018年,全县上下努力实现2018年全年各项目标,财政收入达到10亿元。2019年,力争财政收入达到11亿元。").map((t) => t.value)).toEqual([11]);
  });
  it("a season's work of a town's district dates the page (为做好城区2019年冬季供暖工作)", () => {
    expect(all("为做好城区2019年冬季供暖工作,确保供暖率达到100%。").document.docYear).toBe(2019);
  });
});

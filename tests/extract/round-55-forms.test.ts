// Forms met on real pages of round 55, each rule with its example sentences. Sentences written for these tests (unit
// tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const all = (text: string, docYear?: number) => extract(text, { docYear, mentions: true });
const ticked = (text: string, docYear?: number) => all(text, docYear).targets.filter((t) => t.confidence !== "low");

describe("a span of years opening its work after a subject or a word of will", () => {
  it("ends N years on, counting the document's (全市3年新增床位1.6万张 in 2020 → 2022)", () => {
    expect(ticked("投资275亿元 3年新增床位1.6万张。", 2020).find((t) => t.value === 1.6)?.year).toBe(2022);
    expect(ticked("全市3年新增床位1.6万张。", 2020)[0].year).toBe(2022);
  });
  it("and what it brings about is its work (力争三年培育…100个、…50个)", () => {
    const ts = ticked("力争三年培育省级农机示范合作社100个、机械化示范家庭农场50个。", 2022);
    expect(ts.map((t) => [t.value, t.year, t.kind])).toEqual([[100, 2024, "increment"], [50, 2024, "increment"]]);
  });
  it("but not years gone or counted (近3年新增…, 连续3年新增…)", () => {
    expect(ticked("近3年新增床位1.6万张。", 2020)[0]?.year ?? 2020).toBe(2020);
    expect(ticked("连续3年新增就业5万人。", 2020)[0]?.year ?? 2020).toBe(2020);
  });
});

describe("a plan launched this year for a span of years, its years said first", () => {
  it("sets the page's horizon (今年起,我省将…用三年时间实施…计划 → 2025)", () => {
    const text = "记者获悉,今年起,我省将聚焦人才强省战略,用三年时间实施“十百千万”人才计划。\n\n省人社厅启动人才计划,包括每年新建100个博士后创新实践基地。";
    const r = all(text, 2023);
    expect(r.document.horizon).toBe(2025);
    expect(r.targets.find((t) => t.value === 100)?.year).toBe(2025);
  });
  it("but not a page naming this year for its own work too (今年起…;今年完成…)", () => {
    const text = "今年起,我省将用三年时间实施人才计划。今年全省新建博士后创新实践基地100个。";
    expect(all(text, 2023).targets.find((t) => t.value === 100)?.year).toBe(2023);
  });
});

describe("a welfare standard of a group of people raised or held at a floor", () => {
  it("is a target (困难残疾人生活补贴标准不低于每人每月80元), its floor read past the per head and month", () => {
    const ts = ticked("2023年为民办实事:困难残疾人生活补贴标准不低于每人每月80元,重度残疾人护理补贴标准不低于每人每月80元。", 2023);
    expect(ts.map((t) => [t.value, t.comparator])).toEqual([[80, ">="], [80, ">="]]);
  });
  it("but a grant scheme's rate stays a parameter (补贴标准为每人每月500元)", () => {
    const r = all("对符合条件的企业给予补贴,补贴标准为每人每月500元。", 2023);
    expect(r.mentions?.find((m) => m.text === "500元")?.role).toBe("parameter");
  });
});

describe("the present after the place it speaks of", () => {
  it("is no target (据统计,长春市目前共计有175个公园,绿地率37.17%)", () => {
    const text = "近日,记者了解到,据统计,长春市目前共计有175个公园,绿地率37.17%。\n\n“十四五”期间,长春市计划新建各类公园34个。";
    expect(ticked(text, 2022).map((t) => t.value)).toEqual([34]);
  });
});

describe("a paragraph going on with 此外 from one on an earlier plan period", () => {
  it("is past too (“十三五”期间,…取得了显著成效。 / 此外,全市新建残疾人创业点6个)", () => {
    const text = "“十三五”期间,南通市在残疾人社会保障方面取得了显著成效。全市7348人次儿童得到免费康复。\n\n此外,全市新建残疾人创业点6个,帮助4298名残疾人实现就业。\n\n“十四五”期间,南通预计将新增残疾人就业4500名。";
    expect(ticked(text, 2022).map((t) => t.value)).toEqual([4500]);
  });
  it("but not a paragraph opening otherwise (全市新建…6个)", () => {
    const text = "“十三五”期间,南通市取得了显著成效。\n\n到2025年,全市新建残疾人创业点6个。";
    expect(ticked(text, 2022).map((t) => t.value)).toEqual([6]);
  });
});

describe("the year's meeting of a committee or by video", () => {
  it("dates the page (召开的2021年市政府残工委全体会议; 召开2023年度全市残联系统工作视频会议)", () => {
    expect(all("这是记者从昨日召开的2021年市政府残工委全体会议上获悉的。今年,我市将培训残疾人2500名。").document.docYear).toBe(2021);
    expect(all("1月13日,市残联召开2023年度全市残联系统工作视频会议。新的一年将为300名残疾儿童适配辅助器具。").document.docYear).toBe(2023);
  });
  it("but not a year's review meeting (召开2023年度述职评议工作会议)", () => {
    expect(all("1月13日,市残联召开2023年度述职评议工作会议。").document.docYear ?? null).not.toBe(2023);
  });
});

describe("a budget draft named before its year", () => {
  it("makes its figures compared with last year the draft's (…预算草案报告,2026年…。…支出规模达到300100亿元,比上年增长4.4%)", () => {
    const text = "根据财政部今日公布的政府预算草案报告,2026年继续实施更加积极的财政政策。全国一般公共预算支出规模达到300100亿元,比上年增长4.4%。";
    expect(ticked(text, 2026).map((t) => t.value)).toEqual([300100, 4.4]);
  });
  it("but not an outturn the draft reports (…执行…,比上年增长)", () => {
    const text = "根据财政部今日公布的政府预算草案报告,2026年继续实施更加积极的财政政策。上年全国一般公共预算支出执行287395亿元,比上年增长3.6%。";
    expect(ticked(text, 2026)).toEqual([]);
  });
});

describe("places listed, then 各 and the work each does", () => {
  it("gives one target per place (中原区、二七区、金水区、管城区各完成25万平方米)", () => {
    const ts = ticked("年度新建绿地600万平方米。其中,中原区、二七区、金水区、管城区各完成25万平方米,上街区完成5万平方米。", 2022);
    expect(ts.filter((t) => t.value === 25).map((t) => [t.indicator, t.kind])).toEqual([["中原区", "increment"], ["二七区", "increment"], ["金水区", "increment"], ["管城区", "increment"]]);
  });
});

describe("how many places a statement says all of", () => {
  it("is its subject, no target (7个中心城区、2个新城区…,以及1个功能区…均安排了…计划)", () => {
    const text = "今年我市7个中心城区、2个新城区东西湖和江夏区,以及1个功能区东湖风景区均安排了老旧管网整治改造计划。预计改造老旧管网约270公里。";
    expect(ticked(text, 2022).map((t) => t.value)).toEqual([270]);
    expect(all(text, 2022).mentions?.find((m) => m.text === "7个")?.role).toBe("other");
  });
  it("but the value they all reach is (全市16个县均达到90%)", () => {
    expect(ticked("到2025年,全市16个县均达到90%以上。", 2022).map((t) => t.value)).toEqual([90]);
  });
});

describe("配套建设 builds", () => {
  it("what it adds is an increment (配套建设城市书房2个、阅读书吧5个)", () => {
    expect(ticked("今年配套建设城市书房2个、阅读书吧5个。", 2023).map((t) => t.kind)).toEqual(["increment", "increment"]);
  });
});

describe("a length of a route a plan forms", () => {
  it("is a target, the route named after its describing words (形成100公里功能兼备、全线贯通的外环绿道)", () => {
    const ts = ticked("到2025年,形成100公里功能兼备、全线贯通的外环绿道。", 2022);
    expect(ts.map((t) => [t.value, t.unit])).toEqual([[100, "公里"]]);
    expect(ts[0].indicator).toContain("外环绿道");
  });
  it("but a norm of distance stays none (形成300米见绿、500米见园的格局)", () => {
    expect(ticked("形成300米见绿、500米见园的格局。", 2022)).toEqual([]);
  });
});

describe("the word of the rise before 均", () => {
  it("makes each item's shared value a growth (…企业所得税、个人所得税等涨幅均在10%以上)", () => {
    const ts = ticked("2021年,国内增值税、企业所得税、个人所得税等涨幅均在10%以上。", 2021);
    expect(ts.map((t) => [t.indicator, t.kind])).toEqual([["国内增值税", "growth"], ["企业所得税", "growth"], ["个人所得税", "growth"]]);
  });
});

describe("the parts of a whole after its change on last year", () => {
  it("are the whole's kind, not the change's (58900亿元、比上年增加2300亿元,其中中央财政赤字50900亿元)", () => {
    const text = "根据财政部今日公布的政府预算草案报告,2026年继续实施更加积极的财政政策。全国财政赤字规模58900亿元、比上年增加2300亿元,其中中央财政赤字50900亿元、地方财政赤字8000亿元。";
    expect(ticked(text, 2026).filter((t) => t.value === 50900 || t.value === 8000).map((t) => t.kind)).toEqual(["level", "level"]);
  });
});

describe("the time within which a service is done", () => {
  it("is a target, at most that time (震后2分钟内实现地震参数自动速报; 10秒内提供…)", () => {
    const ts = ticked("到2025年,实现灾害性地震发生后10秒内提供地震预警信息,震后2分钟内实现地震参数自动速报。", 2021);
    expect(ts.map((t) => [t.value, t.unit, t.comparator, t.indicator])).toEqual([[10, "秒", "<=", "地震预警信息时间"], [2, "分钟", "<=", "地震参数自动速报时间"]]);
  });
  it("but not a deadline counted from a day, nor the time inside a share's name", () => {
    expect(ticked("各区于本文印发后3个月内出台辖区实施方案。", 2023)).toEqual([]);
    expect(ticked("力争80%以上便民服务事项30分钟内办结。", 2019).map((t) => t.value)).toEqual([80]);
  });
  it("and a force's time to muster stays a parameter (接到命令后0.5小时内集结)", () => {
    expect(all("接到命令后0.5小时内集结。", 2021).mentions?.find((m) => m.text === "0.5小时")?.role).toBe("parameter");
  });
});

describe("a deadline closing the sentence of goals before it", () => {
  it("dates those goals (…比例不低于50%,…不低于20%的工作目标,力争2023年底前完成建设任务)", () => {
    const text = "下一步将计划实施全县党政机关建筑屋顶总面积可安装光伏发电比例不低于50%,农村居民屋顶总面积可安装光伏发电比例不低于20%的工作目标,力争2023年底前完成建设任务。";
    expect(ticked(text, 2022).map((t) => [t.value, t.year])).toEqual([[50, 2023], [20, 2023]]);
  });
  it("but not a year of its own clause before more work (…,力争2023年底前完成一期,2025年全部建成)", () => {
    const text = "新建充电桩500个,力争2023年底前完成一期,2025年全部建成。";
    expect(ticked(text, 2022).find((t) => t.value === 500)?.year).not.toBe(2023);
  });
});

describe("a count sized by a class of amount said without its figure", () => {
  it("counts what follows (力争每年促成10个亿元以上的外贸出口订单)", () => {
    expect(ticked("力争每年促成10个亿元以上的外贸出口订单。", 2025).map((t) => [t.value, t.unit])).toEqual([[10, "个"]]);
  });
});

describe("how many goals a plan sets, before a dash", () => {
  it("is no target (设定了未来3年内的4个工作目标——“2111”,即…)", () => {
    const text = "该方案设定了未来3年内的4个工作目标——“2111”,即在2027年年底前,布局20个服务节点。";
    expect(ticked(text, 2025).map((t) => t.value)).toEqual([20]);
  });
});

describe("a headline of a past year's results", () => {
  it("does not make past a paragraph that goes on to the document's year (…2024年,集团计划新开…航线3条以上)", () => {
    const text = "2023年新疆机场共完成旅客吞吐量逾4000万人次\n\n据介绍,2023年,新疆机场通达能力显著提升。2024年,新疆机场集团计划新开、复航国际客运航线3条以上。";
    const ts = ticked(text, 2024);
    expect(ts.map((t) => [t.value, t.year])).toEqual([[3, 2024]]);
  });
});

describe("a part of the year's total told with 共", () => {
  it("reports it (上半年共完成运输总周转量531.3亿吨公里、…)", () => {
    const text = "上半年共完成运输总周转量531.3亿吨公里、旅客运输量2.84亿人次,为2019年同期的84.6%、88.2%。";
    expect(ticked(text, 2023)).toEqual([]);
  });
  it("but work a part of the year is set for stays a goal (上半年完成投资120亿元)", () => {
    expect(ticked("上半年完成投资120亿元。", 2023).map((t) => t.value)).toEqual([120]);
  });
});

describe("what a place has now, said with 现", () => {
  it("is the present (全县现建成并备案运营公办养老机构2个,…)", () => {
    expect(ticked("全县现建成并备案运营公办养老机构2个,覆盖率达到80.5%。今年将新建农村日间照料中心4个。", 2024).map((t) => t.value)).toEqual([4]);
  });
  it("but not what the existing stock names (完成对老城区现有的450万平方米棚户区的调查)", () => {
    expect(all("今年完成对老城区现有的450万平方米棚户区的调查摸底。", 2015).mentions?.find((m) => m.text === "450万平方米")?.role).not.toBe("past");
  });
});

describe("an item opening a counted list with 包括", () => {
  it("is named without the list (10件实事包括建设特殊教育学校…9所)", () => {
    const ts = ticked("今年办好10件实事。10件实事包括建设特殊教育学校或普特融合学校9所;扩充5万个以上基础教育优质学位。", 2023);
    expect(ts[0].indicator).toBe("建设特殊教育学校或普特融合学校");
    expect(ts[0].kind).toBe("increment");
  });
});

describe("items before 各 after an amount of their own", () => {
  it("start after that amount (选树教育专家20名、教育名师和骨干教师各100名)", () => {
    const ts = ticked("今年选树教育专家20名、教育名师和骨干教师各100名。", 2023);
    expect(ts.map((t) => [t.indicator, t.value])).toEqual(expect.arrayContaining([["选树教育专家", 20], ["教育名师", 100], ["骨干教师", 100]]));
    expect(ts).toHaveLength(3);
  });
});

describe("a capacity in kilovolt-amperes", () => {
  it("is read with its unit (变电容量2292.3万千伏安; 农村户均配变容量不低于2.5千伏安)", () => {
    const ts = ticked("2023年,浙江电网计划开工变电容量2292.3万千伏安。到2025年,农村户均配变容量不低于2.5千伏安。", 2023);
    expect(ts.map((t) => [t.value, t.unit])).toEqual([[2292.3, "万千伏安"], [2.5, "千伏安"]]);
  });
  it("but right after a count of one it is that one thing's size (各购置安装1台500千伏安箱式变压器)", () => {
    expect(ticked("各购置安装1台500千伏安箱式变压器。", 2026).map((t) => t.value)).toEqual([1]);
  });
});

describe("a standard's amounts per unit listed after a colon", () => {
  it("are parameters (具体标准为:每个示范县1500万元,每个示范村100万元)", () => {
    const ts = ticked("计划投入资金19.15亿元,具体标准为:每个示范县1500万元,每个示范村100万元。", 2022);
    expect(ts.map((t) => t.value)).toEqual([19.15]);
  });
});

describe("a verb of work and its bound before a colon", () => {
  it("lead a list of counts parted by semicolons (建设不低于:14个…示范县;129个…示范乡镇;1200个…示范村)", () => {
    const ts = ticked("2022—2024年在全省范围内建设不低于:14个民族团结进步示范县;129个民族团结进步示范乡镇;1200个民族团结进步示范村。", 2022);
    expect(ts.map((t) => [t.value, t.comparator, t.kind])).toEqual([[14, ">=", "increment"], [129, ">=", "increment"], [1200, ">=", "increment"]]);
  });
});

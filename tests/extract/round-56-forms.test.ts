// Forms met on real pages of round 56, each rule with its example sentences. Sentences written for these tests (unit
// tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";
import { ticked as tickedOnly } from "./targets-of";

const all = (text: string, docYear?: number) => extract(text, { docYear, mentions: true });
const ticked = (text: string, docYear?: number) => tickedOnly(all(text, docYear).targets);
const rows = (text: string, docYear?: number) => ticked(text, docYear).map((t) => [t.indicator, t.comparator, t.value, t.kind]);

describe("places, a word of will and 各 with a bound, then a second 各", () => {
  it("gives each place each amount, of the thing counted (福州、厦门、泉州将各建成不少于28个托育园、各2000个托位)", () => {
    expect(rows("福州、厦门、泉州将各建成不少于28个托育园、各2000个托位。", 2022)).toEqual([
      ["福州托育园", ">=", 28, "increment"], ["厦门托育园", ">=", 28, "increment"], ["泉州托育园", ">=", 28, "increment"],
      ["福州托位", "=", 2000, "increment"], ["厦门托位", "=", 2000, "increment"], ["泉州托位", "=", 2000, "increment"],
    ]);
  });
  it("but a 各 after 、 with no 各 before it shares nothing (建设示范基地5个、各10万亩 stays one)", () => {
    expect(ticked("建设示范基地5个、各10万亩。", 2022).filter((t) => t.value === 10).length).toBeLessThanOrEqual(1);
  });
  it("and places before a plain 各 keep their own names (中原区、二七区各完成25万平方米)", () => {
    expect(rows("中原区、二七区各完成25万平方米。", 2022)).toEqual([["中原区", "=", 25, "increment"], ["二七区", "=", 25, "increment"]]);
  });
});

describe("the years since a party congress", () => {
  it("are lived through: what they brought is past (党的十八大以来,全省城镇新增就业人数357.52万人)", () => {
    const r = all("云南省人社厅厅长介绍,党的十八大以来,全省城镇新增就业人数357.52万人。“十四五”时期,云南省将实现城镇新增就业250万人。", 2021);
    expect(r.targets.filter((t) => t.confidence !== "low").map((t) => t.value)).toEqual([250]);
    expect(r.mentions!.find((m) => m.text.startsWith("357.52"))?.role).toBe("past");
  });
});

describe("a part in brackets after an amount (含…, 其中…)", () => {
  it("is no grant, whatever the part is called, and names the part alone (200万人次以上(含政府补贴性培训80万人次))", () => {
    expect(rows("2024年全年完成职业技能培训200万人次以上(含政府补贴性培训80万人次)。", 2024)).toEqual([
      ["职业技能培训", ">=", 200, "increment"], ["政府补贴性培训", "=", 80, "increment"],
    ]);
  });
});

describe("a line of goals, its label or a stage's year before the counts", () => {
  it("sets each count opening its clause (规划目标:2025年——加氢站10座,500辆氢燃料电池汽车)", () => {
    const ts = ticked("规划目标:2025年——加氢站10座,500辆氢燃料电池汽车,100亿元产业产值;\n2030年——加氢站70座,7000辆氢燃料电池汽车。", 2021);
    expect(ts.map((t) => [t.value, t.year, t.kind])).toEqual([[10, 2025, "level"], [500, 2025, "level"], [100, 2025, "level"], [70, 2030, "level"], [7000, 2030, "level"]]);
  });
  it("but not on a line labelled otherwise (发展现状:加氢站10座,500辆氢燃料电池汽车 — the count stays to review)", () => {
    expect(ticked("发展现状:加氢站10座,500辆氢燃料电池汽车。", 2021).map((t) => t.value)).toEqual([10]);
  });
});

describe("a label before a colon alone on its line", () => {
  it("heads what was done (完成情况:) — the figures under it are past", () => {
    const ts = ticked("规划目标:2025年——加氢站10座。\n完成情况:\n燃料电池汽车:白城市率先开展15辆氢能公交示范;示范线路辐射6条交通主干道。", 2025);
    expect(ts.map((t) => t.value)).toEqual([10]);
  });
  it("and what is to come (下一步计划:) heads goals again", () => {
    const ts = ticked("完成情况:\n全年建成公园12个,绿道30公里。\n下一步计划:\n力争新建公园20个。", 2025);
    expect(ts.map((t) => t.value)).toEqual([20]);
  });
});

describe("a page's date glued to its source", () => {
  it("dates the page (2020-04-02来源:新华网)", () => {
    const r = all("吉林发力打造冰雪高地\n2020-04-02来源:新华网 作者:admin\n2019年,滑雪场接待人次增长12.5%。吉林将力争到2022年建成滑雪场60座。");
    expect(r.document.docYear).toBe(2020);
    expect(r.targets.filter((t) => t.confidence !== "low").map((t) => t.value)).toEqual([60]);
  });
});

describe("a later year's growth alone after a semicolon", () => {
  it("is of the amount the sentence before named (…总量达到2万亿元;2022年增速实现10%)", () => {
    const ts = ticked("力争2021年社零额增速实现15%,总量达到2万亿元;2022年增速实现10%,总量达到2.27万亿元。", 2021);
    expect(ts.filter((t) => t.value === 10).map((t) => [t.indicator, t.year, t.kind])).toEqual([["社零额", 2022, "growth"]]);
  });
});

describe("places named as such before an amount of their own", () => {
  it("each reach it (襄阳市、宜昌市社零额突破2000亿元)", () => {
    expect(rows("到2023年,襄阳市、宜昌市社零额突破2000亿元。", 2022)).toEqual([["襄阳市社零额", ">", 2000, "level"], ["宜昌市社零额", ">", 2000, "level"]]);
  });
});

describe("a sum over a bound between a count and the class it counts", () => {
  it("sizes the class: the count is the target (新增3个超千亿元产业集群, 新增黄石、十堰4个社零额过千亿元城市)", () => {
    expect(ticked("到2025年,新增3个超1000亿元产业集群。", 2022).map((t) => [t.value, t.unit, t.kind])).toEqual([[3, "个", "increment"]]);
    expect(ticked("到2025年,新增3个超千亿元产业集群。", 2022).map((t) => [t.value, t.unit])).toEqual([[3, "个"]]);
    expect(ticked("到2025年,新增黄石、十堰4个社零额过千亿元城市。", 2022).map((t) => [t.value, t.unit])).toEqual([[4, "个"]]);
  });
});

describe("items joined by 以及 after an amount added", () => {
  it("are items of their own, added too (改造燃气管网200公里,供热管网200公里以及户内管道5000户)", () => {
    expect(rows("改造燃气管网200公里,供热管网200公里以及户内管道5000户。", 2025)).toEqual([
      ["改造燃气管网", "=", 200, "increment"], ["供热管网", "=", 200, "increment"], ["户内管道", "=", 5000, "increment"],
    ]);
  });
  it("but an item a verb of reaching closes is a level (新建学校3所、国家级企业技术中心达70户)", () => {
    expect(rows("新建学校3所、国家级企业技术中心达70户。", 2025).map((r) => r[3])).toEqual(["increment", "level"]);
  });
});

describe("what a place has now", () => {
  it("is the present state (全市现在有天然气用户559万户)", () => {
    expect(ticked("全市现在有天然气用户559万户,液化石油气用户52万户。", 2025).length).toBe(0);
  });
});

describe("the bodies doing the work and their will, the field it is in", () => {
  it("open no name: the verb of the work after them sets the kind (各级城市管理部门将推动增加公共停车泊位5000个)", () => {
    expect(rows("各级城市管理部门将推动增加公共停车泊位5000个。", 2025)).toEqual([["增加公共停车泊位", "=", 5000, "increment"]]);
  });
  it("(在人形机器人领域培育创新载体5家、企业研发机构30家)", () => {
    expect(rows("力争到2027年,在人形机器人领域培育创新载体5家、企业研发机构30家。", 2024)).toEqual([
      ["培育创新载体", "=", 5, "increment"], ["企业研发机构", "=", 30, "increment"],
    ]);
  });
});

describe("the time a service is to take, in working days", () => {
  it("is a goal where the sentence says so (办电平均用时不超38个工作日) — not a rule's time limit (延长期限不超过7个工作日)", () => {
    expect(rows("高压单电源客户办电平均用时不超38个工作日。", 2022)).toEqual([["高压单电源客户办电平均用时", "<=", 38, "level"]]);
    expect(ticked("延长期限不超过7个工作日。", 2022).length).toBe(0);
    expect(ticked("申请人应在收到通知后5个工作日内提交材料。", 2022).length).toBe(0);
  });
});

describe("a paragraph opening with the two years just gone (两年来,…)", () => {
  it("reviews them: its figures are past", () => {
    const ts = ticked("到“十四五”末,全省水利工程设计供水能力达到155亿立方米。\n两年来,百库大会战推进顺利、成效初显。累计完成水利投资575亿元;完成水库蓄水验收132个。", 2023);
    expect(ts.map((t) => t.value)).toEqual([155]);
  });
});

describe("a whole place's design capacity", () => {
  it("is a target, not a project's description (全省水利工程设计供水能力达到155亿立方米)", () => {
    expect(rows("到2025年,全省水利工程设计供水能力达到155亿立方米。", 2023)).toEqual([["全省水利工程设计供水能力", "=", 155, "level"]]);
    expect(ticked("项目设计供水能力10万立方米。", 2023).length).toBe(0);
  });
});

describe("a pool kept at a size year after year (动态保持)", () => {
  it("is a level (每年动态保持市级重点上市后备企业20家以上)", () => {
    expect(ticked("每年动态保持市级重点上市后备企业20家以上。", 2023).map((t) => t.kind)).toEqual(["level"]);
  });
});

describe("部 before 门", () => {
  it("is the word 部门, counting no volumes (四川11部门联合印发…)", () => {
    expect(all("四川11部门联合印发资本市场三年行动计划。", 2023).targets.length).toBe(0);
    expect(ticked("新建文化馆2部。", 2023).map((t) => t.unit)).toEqual(["部"]);
  });
});

describe("places alone before a bound and a measured value", () => {
  it("each get the value (怀柔区、密云区、延庆区控制在46微克/立方米左右)", () => {
    expect(rows("到2020年,怀柔区、密云区、延庆区控制在46微克/立方米左右;门头沟区、昌平区控制在49微克/立方米左右。", 2018)).toEqual([
      ["怀柔区", "~", 46, "level"], ["密云区", "~", 46, "level"], ["延庆区", "~", 46, "level"], ["门头沟区", "~", 49, "level"], ["昌平区", "~", 49, "level"],
    ]);
  });
});

describe("a news page opening with the day an event of the year is held", () => {
  it("is of that year (3月27日,榆林市举行2024年第一季度城市更新项目开工仪式)", () => {
    const r = all("3月27日,榆林市举行2024年第一季度城市更新项目开工仪式。\n今年,榆林计划实施城市更新项目115个,年度投资80.13亿元。");
    expect(r.document.docYear).toBe(2024);
    expect(r.targets.map((t) => [t.value, t.year])).toEqual([[115, 2024], [80.13, 2024]]);
  });
});

describe("a span of months into the next year", () => {
  it("sets the goal for its end (2017年10月至2018年3月,…PM2.5平均浓度同比下降15%以上)", () => {
    expect(ticked("具体目标:2017年10月至2018年3月,京津冀传输通道城市PM2.5平均浓度同比下降15%以上。").map((t) => [t.value, t.year])).toEqual([[15, 2018]]);
  });
});

describe("a plan's clause, after the place, before what is done so far", () => {
  it("is the plan (今年,遂宁市计划增设400部电梯,目前已开工308部)", () => {
    expect(ticked("今年,遂宁市计划增设400部电梯,目前已开工308部。", 2024).map((t) => t.value)).toEqual([400]);
  });
});

describe("a table's cells one a line, each closed by a bar", () => {
  const table = ["序号 |", "指标名称 |", "单位 |", "2023年 |", "2025年 |", "2027年 |", "牵头单位 |",
    "1 |", "人均预期寿命 |", "岁 |", "78.09 |", "≥79.2 |", "≥80 |", "市卫健局 |",
    "2 |", "总体癌症5年生存率 |", "% |", "- |", "≥38 |", "≥40 |", "市卫健局 |"].join("\n");
  it("reads as the table it is: each target-year cell a target, the empty cell (- |) kept", () => {
    expect(ticked(table, 2025).map((t) => [t.indicator, t.value, t.year])).toEqual([
      ["人均预期寿命", 79.2, 2025], ["人均预期寿命", 80, 2027], ["总体癌症5年生存率", 38, 2025], ["总体癌症5年生存率", 40, 2027],
    ]);
  });
});

describe("a table's cells closed by bars, under a title line", () => {
  it("keeps its first cell apart from the title, and an empty cell (- |) as a cell", () => {
    const page = ["(2024-2027年)主要目标任务", "序号 |", "指标名称 |", "单位 |", "2023年 |", "2025年 |", "2027年 |", "牵头单位 |",
      "1 |", "总体癌症5年生存率 |", "% |", "- |", "≥38 |", "≥40 |", "市卫健局 |", "2 |", "结核病报告发病率 |", "/10万 |", "76.75 |", "60 |", "50 |", "市卫健局 |"].join("\n");
    expect(ticked(page, 2025).map((t) => [t.value, t.year])).toEqual([[38, 2025], [40, 2027], [60, 2025], [50, 2027]]);
  });
});

describe("the document's year from the work it sets out on", () => {
  it("抓好抓实我镇2024年粮食生产工作 → 2024; 从2023年5月24日起,…开展为期12个月的挂牌整治 → 2023", () => {
    expect(all("为抓好抓实我镇2024年粮食生产工作,特制定本实施方案。全年粮食播种面积达到23500亩以上。").document.docYear).toBe(2024);
    expect(all("从2023年5月24日起,省道安办对XX市道路交通安全问题开展为期12个月的挂牌整治。道路交通事故起数同比下降10%以上。").document.docYear).toBe(2023);
  });
});

describe("places named as such, then a quota of things each adds, bounded below", () => {
  it("each get the quota (绵阳市、德阳市、泸州市、眉山市新增上市公司不少于3家)", () => {
    expect(rows("到2025年,绵阳市、德阳市、泸州市、眉山市新增上市公司不少于3家。", 2023).map((r) => r[0])).toEqual(["绵阳市新增上市公司", "德阳市新增上市公司", "泸州市新增上市公司", "眉山市新增上市公司"]);
  });
  it("but a plain count after places is one target (襄阳市、宜昌市新增上市公司3家)", () => {
    expect(ticked("到2025年,襄阳市、宜昌市新增上市公司3家。", 2023).length).toBe(1);
  });
});

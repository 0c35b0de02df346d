// Forms met on real pages of round 53, each rule with its example sentences. Sentences written for these tests (unit
// tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const all = (text: string, docYear?: number) => extract(text, { docYear, mentions: true });
const ticked = (text: string, docYear?: number) => all(text, docYear).targets.filter((t) => t.confidence !== "low");
const roleOf = (text: string, raw: string, docYear?: number) => all(text, docYear).mentions?.find((m) => m.text === raw)?.role;

describe("a year opening a full sentence when the document's year is unknown", () => {
  it("dates its parts after semicolons (力争2024年规上工业总产值达102亿元…;固定资产投资11亿元…)", () => {
    const text = "着力打造增长极。力争2024年规上工业总产值达102亿元,增幅17%;固定资产投资11亿元,增幅25%;新增规模以上工业企业10家。";
    expect(ticked(text).map((t) => [t.value, t.year])).toEqual([[102, 2024], [17, 2024], [11, 2024], [25, 2024], [10, 2024]]);
  });
  it("but a year inside the sentence's first clause dates no later sentence (…。固定资产投资11亿元 keeps no year)", () => {
    const text = "力争2024年规上工业总产值达102亿元。固定资产投资11亿元。";
    expect(ticked(text).map((t) => [t.value, t.year])).toEqual([[102, 2024], [11, null]]);
  });
});

describe("a concentration spelled with 每", () => {
  it("is the unit of the value (细颗粒物年均浓度控制在29微克每立方米以下)", () => {
    const [t] = ticked("到2020年,细颗粒物年均浓度控制在29微克每立方米以下。", 2019);
    expect([t.value, t.unit, t.comparator, t.kind]).toEqual([29, "微克每立方米", "<=", "level"]);
  });
});

describe("a plan's indicators counted, then what they are", () => {
  it("are no target (其中有13个是基础设施方面的指标)", () => {
    const text = "《规划》提出21个行业发展定量指标,其中有13个是基础设施方面的指标。";
    expect(ticked(text, 2021)).toEqual([]);
    expect(roleOf(text, "13个", 2021)).toBe("other");
  });
});

describe("a measure without a unit, glossed in brackets or bounded with an adverb", () => {
  it("is read as a level (新建数据中心PUE(能源使用效率)严格控制在1.2以下)", () => {
    const [t] = ticked("到2025年,新建数据中心PUE(能源使用效率)严格控制在1.2以下。", 2023);
    expect([t.value, t.unit, t.comparator, t.kind, t.indicator]).toEqual([1.2, "", "<=", "level", "新建数据中心PUE(能源使用效率)"]);
  });
  it("and a score too (用户满意度(服务质量满意度)达到85以上)", () => {
    const [t] = ticked("到2025年,公共服务质量用户满意度(服务质量满意度)达到85以上。", 2021);
    expect([t.value, t.unit, t.comparator]).toEqual([85, "", ">="]);
  });
  it("while the manner of a bound leaves the name (能耗强度严格控制在1.2以下 → 能耗强度)", () => {
    expect(ticked("到2025年,单位GDP能耗严格控制在0.5吨标准煤以内。", 2021)[0].indicator).toBe("单位GDP能耗");
  });
});

describe("goods sold, bought or traded in", () => {
  it("are an amount of the period (家电产品销售约320万件、电动自行车以旧换新约10万辆)", () => {
    const text = "到2025年底,推动实现家电产品销售约320万件、手机等数码产品购新约350万件、智能家居消费约170万件、电动自行车以旧换新约10万辆。";
    expect(ticked(text, 2025).map((t) => t.kind)).toEqual(["increment", "increment", "increment", "increment"]);
  });
  it("and so is equipment taken out of use (退出老旧设备2万台(套)以上, 淘汰落后产能100万吨)", () => {
    expect(ticked("到2027年,退出老旧设备2万台(套)以上,淘汰落后产能100万吨。", 2024).map((t) => t.kind)).toEqual(["increment", "increment"]);
  });
  it("while sales in money stay a level (销售额达到500亿元)", () => {
    expect(ticked("到2025年,家电销售额达到500亿元。", 2024)[0].kind).toBe("level");
  });
});

describe("standards written", () => {
  it("are counted within the period (制订区域统一标准20项以上, 参与制修订国际标准、行业标准10项以上)", () => {
    const text = "到2025年,制订区域统一标准20项以上,主导制定关键性国际标准100项以上,参与制修订国际标准、行业标准10项以上。";
    expect(ticked(text, 2021).map((t) => t.kind)).toEqual(["increment", "increment", "increment"]);
  });
});

describe("the present, alone in its clause", () => {
  it("opens the clause after it as what is done so far (目前,合计下种7518.1亩)", () => {
    const text = "全镇2023年任务12000亩,目前,合计下种7518.1亩,冲刺2500亩目标。";
    expect(roleOf(text, "7518.1亩", 2023)).not.toBe("target");
    expect(ticked(text, 2023).map((t) => t.value)).toEqual([12000, 2500]);
  });
  it("but a will in the clause after it keeps its goal (目前,力争年内建成50个)", () => {
    expect(ticked("目前,力争年内建成50个。", 2023).map((t) => t.value)).toEqual([50]);
  });
});

describe("a task completed", () => {
  it("is counted past the years of its season (确保完成全镇2022/2023年12000亩甘蔗种植任务)", () => {
    const text = "为确保完成全镇2022/2023年12000亩甘蔗种植任务,近日,幸福镇召开冲刺会议。";
    const t = all(text, 2023).targets.find((x) => x.value === 12000);
    expect([t?.confidence, t?.kind]).toEqual(["high", "increment"]);
  });
});

describe("an estimate of the plan's end", () => {
  it("is a goal, not the year just ended (预计规划期末公路网总里程达到3.35万公里)", () => {
    const text = "根据《规划》,到2025年,全州将初步形成综合交通运输网络。预计规划期末公路网总里程达到3.35万公里。";
    expect(ticked(text, 2022).map((t) => [t.value, t.year])).toEqual([[3.35, 2025]]);
  });
  it("while an estimate naming no time ahead stays the year just ended (预计,全年实现地区生产总值1200亿元)", () => {
    expect(roleOf("预计,全年实现地区生产总值1200亿元,增长2.6%左右。", "1200亿元", 2024)).toBe("past");
  });
});

describe("a share of counties or cities reached", () => {
  it("is a share of places (铁路覆盖50%以上县级行政区)", () => {
    const [t] = ticked("到2035年,铁路覆盖50%以上县级行政区。", 2022);
    expect([t.value, t.kind, t.comparator]).toEqual([50, "share", ">="]);
  });
});

describe("a time to reach places, closing its clause", () => {
  it("is a goal of the network (与大湾区城市城区90分钟左右通达, 胶东经济圈1.5小时通达)", () => {
    const text = "力争到2025年,基本实现市区与市内组团间45分钟左右通达,与大湾区城市城区90分钟左右通达。";
    expect(ticked(text, 2021).map((t) => [t.value, t.unit, t.kind])).toEqual([[45, "分钟", "level"], [90, "分钟", "level"]]);
  });
  it("while a circle so named, or a time before what it reaches, stays a name (1小时通达圈, 30分钟直达主要交通枢纽)", () => {
    expect(roleOf("到2025年,构建1小时通达圈。", "1小时", 2021)).toBe("name");
    expect(roleOf("到2030年,街镇中心30分钟直达主要交通枢纽。", "30分钟", 2026)).toBe("name");
  });
});

describe("a part of a past total", () => {
  it("is past in a year up to the document's (…共完成投资8147亿元。其中,2020年完成投资2356亿元)", () => {
    const text = "新闻发布会介绍了有关情况。记者获悉,“十三五”以来,全省共完成交通固定资产投资8147亿元。其中,2020年完成投资2356亿元,比2015年增长163%。";
    expect(ticked(text, 2020)).toEqual([]);
    expect(roleOf(text, "2356亿元", 2020)).toBe("past");
  });
  it("while a part for a later year is a plan (其中,2021年计划完成投资2500亿元)", () => {
    const text = "记者获悉,“十三五”以来,全省共完成交通固定资产投资8147亿元。其中,2021年计划完成投资2500亿元。";
    expect(ticked(text, 2020).map((t) => t.value)).toEqual([2500]);
  });
});

describe("a will before a verb of adding", () => {
  it("leaves the verb to say what is counted (全市将培育A级景区村庄50个 is added, as 全市培育… is)", () => {
    expect(ticked("到2023年,全市将培育A级景区村庄50个。", 2021)[0].kind).toBe("increment");
  });
  it("and the items after it share the verb, named as a list of examples too (…示范县、…示范区县(市)等县类品牌3个)", () => {
    const text = "到2023年,全市将培育A级景区村庄50个,全国休闲农业与乡村旅游示范县、河南省乡村旅游示范区县(市)等县类品牌3个,美丽乡村示范村300个。";
    expect(ticked(text, 2021).map((t) => t.kind)).toEqual(["increment", "increment", "increment"]);
  });
  it("while each member launching one still adds (各乡镇推出至少1个乡村旅游特色村)", () => {
    expect(ticked("到2023年,各乡镇推出至少1个乡村旅游特色村。", 2021)[0].kind).toBe("increment");
  });
});

describe("a plan's span of years opening a full sentence", () => {
  it("dates its parts after semicolons (提出,2021-2023年城镇新增就业105万人,…;高技能人才数量达到30万人)", () => {
    const text = "据悉,“三年行动计划”提出,2021-2023年城镇新增就业105万人,城镇登记失业率控制在4%以内;高技能人才数量达到30万人。";
    expect(ticked(text, 2021).map((t) => t.year)).toEqual([2023, 2023, 2023]);
  });
});

describe("a list of what a plan holds", () => {
  it("counts its parts, the item after its goals and measures too (包括一个总体目标、…、20项具体措施、15项重点项目)", () => {
    const text = "“三年行动计划”包括一个总体目标、五方面工作任务、20项具体措施、15项重点项目。";
    expect(ticked(text, 2021)).toEqual([]);
    expect(roleOf(text, "15项", 2021)).toBe("other");
  });
  it("while a list of the year's tasks is work to do (今年的任务包括新建学校5所、改造道路10条)", () => {
    expect(ticked("今年的任务包括新建学校5所、改造道路10条。", 2021).map((t) => t.value)).toEqual([5, 10]);
  });
});

describe("the projects of a ceremony reported", () => {
  it("took part in an event, no goal (参加集中开工仪式的重大项目共9个,总投资近30亿元。其中产业项目7个)", () => {
    const text = "2月2日,东丽区重大项目集中开工仪式举行。参加集中开工仪式的重大项目共9个,总投资近30亿元。其中产业项目7个,占比最多。";
    expect(ticked(text, 2023)).toEqual([]);
  });
  it("and so did those started and resumed (此次集中开复工项目共有25个)", () => {
    expect(ticked("此次集中开复工项目共有25个,总投资60亿元。", 2024)).toEqual([]);
  });
  it("while the year's own count of new starts stays a goal (今年,东丽区拟新开工项目共31个)", () => {
    expect(ticked("今年,东丽区拟新开工项目共31个。", 2023).map((t) => t.value)).toEqual([31]);
  });
});

describe("a sum bounded right after a count", () => {
  it("sizes each thing counted, the count the target (推进…等50个5000万元以上项目开工建设)", () => {
    const text = "年内,推进道奇蓝海速冻食品等50个5000万元以上项目开工建设。加快推进裕杰铸造等35个5000万元以上项目竣工投产。";
    expect(ticked(text, 2024).map((t) => [t.value, t.unit, t.kind])).toEqual([[50, "个", "increment"], [35, "个", "increment"]]);
    expect(roleOf(text, "5000万元以上", 2024)).toBe("qualifier");
  });
  it("while a sum after a verb with no count before it stays an amount (完成投资5000万元以上)", () => {
    expect(ticked("年内,完成投资5000万元以上。", 2024).map((t) => t.value)).toEqual([5000]);
  });
});

describe("a paragraph opening with 其中 after a past statement", () => {
  it("tells its parts, bounded as the whole was (…预计全省生产总值能够实现6%左右的预期目标。 / 其中,固定资产投资增长6%以上)", () => {
    const text = "报告显示,2019年,全省经济运行稳中有进,预计全省生产总值能够实现6%左右的预期目标。\n\n其中,固定资产投资增长6%以上,社会消费品零售总额增长7.4%左右。\n\n今年GDP拟增6%。";
    expect(ticked(text, 2020).map((t) => t.value)).toEqual([6]);
  });
  it("but not after a paragraph that set goals (今年,地区生产总值增长6%左右。 / 其中,固定资产投资增长8%以上)", () => {
    const text = "今年,全省地区生产总值增长6%左右。\n\n其中,固定资产投资增长8%以上。";
    expect(ticked(text, 2020).map((t) => t.value)).toEqual([6, 8]);
  });
});

describe("a government work report headed by its December day", () => {
  it("plans the next year, the day no horizon (彰武县人民政府工作报告(2023年12月20日) … 年内)", () => {
    const text = "(辽宁省)彰武县人民政府工作报告(2023年12月20日)\n\n  全面强化项目建设支撑。年内,推进道奇蓝海速冻食品等50个5000万元以上项目开工建设。";
    const r = extract(text);
    expect(r.document.docYear).toBe(2024);
    expect(r.targets.filter((t) => t.confidence !== "low").map((t) => [t.value, t.year])).toEqual([[50, 2024]]);
  });
  it("while a report dated in March is of its own year (政府工作报告(2024年3月5日))", () => {
    expect(extract("某县人民政府工作报告(2024年3月5日)\n\n今年,新建学校5所。").document.docYear).toBe(2024);
  });
});

describe("an e-paper's footer", () => {
  it("dates the page (当前:A2版(2023年06月08日) closing it: 今年 is 2023)", () => {
    const text = "山西大同市持续实施全民健身惠民工程\n\n今年,大同将建设2个体育公园。\n\n当前:A2版(2023年06月08日)";
    const r = extract(text);
    expect(r.document.docYear).toBe(2023);
    expect(r.targets.map((t) => [t.value, t.year])).toEqual([[2, 2023]]);
  });
});

describe("a floor held", () => {
  it("is a level never to fall below (严守150万亩永久基本农田和166万亩耕地保有量底线, 严守25.77万亩耕地红线)", () => {
    const text = "到2025年,严守150万亩永久基本农田和166万亩耕地保有量底线。今年,严守25.77万亩耕地红线。";
    expect(ticked(text, 2021).map((t) => [t.value, t.comparator, t.kind, t.indicator])).toEqual([
      [150, ">=", "level", "永久基本农田"], [166, ">=", "level", "耕地保有量"], [25.77, ">=", "level", "耕地"],
    ]);
  });
  it("while an amount with no floor or red line named stays unsure (严守150万亩永久基本农田)", () => {
    expect(ticked("到2025年,严守150万亩永久基本农田。", 2021)).toEqual([]);
  });
});

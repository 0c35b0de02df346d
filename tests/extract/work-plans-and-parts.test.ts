// Example sentences of what nine unseen real sets showed (dev98–dev106: environment and forestry work plans,
// departments' work points, livelihood projects, 2026 reports, sector plans, district pages, work reports' task
// sections, indicator tables' summaries, action plans): how a work plan states its year, the
// parts of a total, a goal restated for a later year after a semicolon, work measured on an area, what a year brought
// in all. The sentences are taken from those pages; each test checks one rule, and none is evidence that the engine
// generalises.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";
import { findNumberSpacing } from "../../src/core/text/spacing";

const read = (text: string, docYear?: number): string[] =>
  extract(text, { docYear }).targets.filter((t) => t.confidence !== "low").map((t) => `${t.value}|${t.unit}|${t.year}`);
const docYearOf = (text: string): number | null => extract(text).document.docYear ?? null;
const kinds = (text: string, docYear = 2024): string[] =>
  extract(text, { docYear }).targets.map((t) => `${t.indicator}|${t.value}|${t.kind}`);

describe("how a work plan states its year", () => {
  it("现对2024年全市生态环境工作作出如下安排: the year whose work is arranged", () => {
    const doc = "根据省生态环境厅和市委、市政府工作要求,现对2024年全市生态环境工作作出如下安排。\n一、总体要求\n(一)主要目标\n全市受污染耕地安全利用率稳定在92%以上。";
    expect(docYearOf(doc)).toBe(2024);
    expect(read(doc)).toEqual(["92|%|2024"]);
  });
  it("区林业局2024年林业工作规划 and 2024年全县水利工作要…: a body's plan of the year in its field", () => {
    expect(docYearOf("区林业局2024年林业工作规划\n(一)目标任务\n计划完成造林200亩,森林抚育3000亩。")).toBe(2024);
    expect(docYearOf("3月7日,汉阴县水利工作会议召开。会议明确,2024年全县水利工作要紧扣防灾减灾、堤防安全等工作为主线。")).toBe(2024);
  });
  it("2023年全年计划完成…: what the whole year is planned to bring dates the page, and 全年 after it", () => {
    const doc = "记者日前从交通运输部了解到,2023年全年计划完成农村公路固定资产投资2800亿元,新建改建农村公路12.9万公里。\n" +
      "顾志峰说:“全年计划实施农村公路路况自动化检测200万公里。全年计划实施安全生命防护工程5万公里和危桥改造5000座。”";
    expect(docYearOf(doc)).toBe(2023);
    expect(read(doc)).toContain("200|万公里|2023");
  });
  it("2022年新创产业园区3个,力争…: a year opening a sentence of what it strives for, when nothing else dates the page", () => {
    expect(docYearOf("全年扩种大豆3万亩。\n2022年新创产业园区3个,力争园区对乡镇的覆盖率超80%。")).toBe(2022);
  });
  it("2023年全市商务工作预期目标: the year's goals in a field", () => {
    const doc = "日前,市商务局在全市商务工作会议上披露了2023年全市商务工作预期目标,今年北京市场总消费预计增长5.5%左右。\n" +
      "市商务局相关负责人介绍,2022年,市场总消费超3万亿元,服务消费在总消费中占比达55%左右。";
    expect(read(doc)).toEqual(["5.5|%|2023"]);
  });
  it("自2024年起至2029年止 in one task's sentence is no horizon of the year's work", () => {
    const doc = "汉阴县2024年十项重点水利工作敲定\n2024-03-09 12:57:17\n会议明确,2024年全县水利工作要紧扣防灾减灾。\n" +
      "二是全年谋划储备项目15个。\n五是完成全县户表改造1万块,各镇村自行管理的供水工程自2024年起至2029年止用五年时间完成并购。";
    expect(extract(doc).document.horizon).not.toBe(2029);
    expect(read(doc)).toEqual(["15|个|2024", "1|万块|2024"]);
  });
});

describe("what a sentence says of the past", () => {
  it("水质不低于2021年现状值: the year a goal must not fall below is a base, not the time of the sentence", () => {
    expect(read("全市15个国考断面优Ⅲ水体比例达到86.7%,达标断面水质不低于2021年现状值。", 2022)).toEqual(["86.7|%|2022"]);
  });
  it("明确了2026年GDP增长5.5%左右的目标: a verb with 了 before a year states the goal, it reports nothing done", () => {
    const got = extract("西安,作为中国西部中心城市,明确了2026年GDP增长5.5%左右的目标。").targets.map((t) => `${t.indicator}|${t.value}|${t.year}`);
    expect(got).toEqual(["GDP|5.5|2026"]);
  });
  it("全年共完成… in a plan's list is its goal: the words of a total are no sign of a result", () => {
    expect(read("2024年林业工作目标任务:全年共完成人工造林5000亩,森林抚育3000亩。", 2024)).toEqual(["5000|亩|2024", "3000|亩|2024"]);
    expect(read("力争2024年全年共完成植树造林1万亩,新建农村公路100公里。", 2024)).toEqual(["1|万亩|2024", "100|公里|2024"]);
  });
});

describe("the parts of a total, and a goal restated for a later year", () => {
  it("建设体育惠民工程900处,包括200个…、400个…: the parts a total is made of are built by its verb", () => {
    const got = extract("2024年,河北省将建设体育惠民工程900处,包括200个体育公园示范工程、400个行政村(社区)场地设施提升工程、300个乡镇(街道)场地设施补短板工程。")
      .targets.map((t) => `${t.value}${t.unit}|${t.kind}|${t.confidence}`);
    expect(got).toEqual(["900处|increment|high", "200个|increment|high", "400个|increment|high", "300个|increment|high"]);
  });
  it("…but 包括 after no count of work lists what something holds", () => {
    expect(read("本市共有12个区,包括200个社区。", 2024)).toEqual([]);
  });
  it("…省级以上创新平台达到300家;到2027年,达到400家左右: the same indicator at the later year", () => {
    const got = extract("到2025年,省级以上创新平台达到300家;到2027年,达到400家左右。", { docYear: 2024 }).targets.map((t) => `${t.indicator}|${t.value}|${t.year}`);
    expect(got).toEqual(["省级以上创新平台|300|2025", "省级以上创新平台|400|2027"]);
  });
  it("改造46座四、五类危桥: grades listed before the noun part no items; the counts after hand the verb on past 和", () => {
    expect(kinds("项目计划在2026年实施改造46座四、五类危桥,24座漫水桥和775公里农村公路安全生命防护工程。", 2026))
      .toEqual(["四、五类危桥|46|increment", "漫水桥|24|increment", "农村公路安全生命防护工程|775|increment"]);
  });
});

describe("work measured on an area, a length or in cases", () => {
  it("tending, improving, sowing more, inspecting and raising a grade are work of the period", () => {
    expect(kinds("计划完成森林抚育3000亩,林分优化3.195万亩,全年扩种大豆3万亩,检验评估城镇燃气管网200公里以上,提档升级中小学校食堂80家。"))
      .toEqual(["森林抚育|3000|increment", "林分优化|3.195|increment", "扩种大豆|3|increment", "检验评估城镇燃气管网|200|increment", "提档升级中小学校食堂|80|increment"]);
  });
  it("people helped into work, cases treated, parks newly created are flows", () => {
    expect(kinds("全年援助就业困难人员1200人,实现就业困难人员就业10万人以上。")).toEqual(["援助就业困难人员|1200|increment", "就业困难人员就业|10|increment"]);
    expect(kinds("为白内障患者实施免费手术2000例。")[0]).toMatch(/\|2000\|increment$/);
    expect(kinds("2024年新创产业园区3个。")).toEqual(["新创产业园区|3|increment"]);
  });
});

describe("a figure's spacing and a unit without its slash", () => {
  it("经济增长6 . 5%左右: spaces around a decimal point are closed up", () => {
    expect(findNumberSpacing("经济增长6 . 5%左右").length).toBe(2);
    expect(read("主要预期目标是:经济增长6 . 5%左右,研发经费投入强度2%以上。", 2025)).toEqual(["6.5|%|2025", "2|%|2025"]);
  });
  it("…but a list number before a heading keeps its space (1 . 总体要求)", () => {
    expect(findNumberSpacing("1 . 2 总体要求")).toEqual([]);
  });
  it("PM2.5平均浓度不超过39微克立方米: the concentration's unit with its slash dropped", () => {
    expect(read("2023年,PM2.5平均浓度不超过39微克立方米、PM10平均浓度不超过70微克立方米。")).toEqual(["39|微克立方米|2023", "70|微克立方米|2023"]);
  });
});

describe("a share before the verb it measures, and a page's small punctuation", () => {
  it("﹔ parts clauses as ; does (…覆盖率100%﹔市控以上断面水质100%达到或优于Ⅲ类)", () => {
    const got = extract("总河长令还明确2023年河湖长制工作目标:国家级节水型社会达标县覆盖率100%﹔市控以上断面水质100%达到或优于Ⅲ类。")
      .targets.map((t) => `${t.indicator}|${t.value}|${t.confidence}`);
    expect(got).toEqual(["国家级节水型社会达标县覆盖率|100|high", "市控以上断面水质达到或优于Ⅲ类|100|high"]);
  });
  it("…高校毕业生100%就业, 随迁子女在家长常住地100%保障入学: the share of the people the verb is for", () => {
    expect(read("2023年,有就业意愿困难家庭高校毕业生100%就业。")).toEqual(["100|%|2023"]);
    expect(read("2023年,符合条件的义务教育段随迁子女在家长常住地100%保障入学,就读公办学校达85%。")).toEqual(["100|%|2023", "85|%|2023"]);
  });
});

describe("a news page's date, its lead and its asides", () => {
  it("来源:央视网 | 2021年03月13日 09:48: the date of a news page after its source, with the time", () => {
    expect(extract("展望“十四五” 建设美丽中国\n来源:央视网 | 2021年03月13日 09:48\n到2025年,我国森林覆盖率将达到24.1%。").document.issueDate).toBe("2021-03-13");
  });
  it("明年仓山区将…: a lead telling what next year will bring dates the paragraphs after it", () => {
    const doc = "福州新闻网12月22日讯 20日上午,仓山区第十八届人民代表大会第一次会议开幕。记者从会上获悉,明年仓山区将加大民生投入,通过实施为民办实事项目,新办7所公办幼儿园。\n" +
      "加快教育项目建设,建成金闽小学、永南中学2所新校,新增学位5490个。";
    expect(read(doc, 2021)).toEqual(["7|所|2022", "2|所|2022", "5490|个|2022"]);
  });
  it("…占比力争达到60%以上(2022年为54%): the past year's value in the aside is the base, not the time of the goal", () => {
    const r = extract("《意见》明确,到2027年,学前教育阶段,公办园在园幼儿占比力争达到60%以上(2022年为54%);适龄残疾儿童义务教育入学率保持在97%以上(2022年为96%)。", { docYear: 2023, mentions: true });
    expect(r.targets.map((t) => `${t.value}|${t.year}`)).toEqual(["60|2027", "97|2027"]);
    expect(r.mentions?.filter((m) => m.role === "baseline").map((m) => m.value)).toEqual([54, 96]);
  });
  it("落实2030年…国家自主贡献目标: a goal of another year that the plan carries out sets no time", () => {
    const doc = "而在落实2030年应对气候变化国家自主贡献目标方面,“十四五”规划还提出,单位国内生产总值能耗和二氧化碳排放分别降低13.5%、18%。";
    expect(read(doc, 2021)).toEqual(["13.5|%|2025", "18|%|2025"]);
  });
  it("在2019年至2021年完成…的基础上,继续推进…: the years of the base built on are no time of the clause", () => {
    expect(read("今年全市要启动编制实用性村庄规划。在2019年至2021年完成10.7万户农村户厕改造的基础上,继续推进1.6万户农村户厕改造和提档升级,完成0.36万座厕所的整改修复。", 2022))
      .toEqual(["1.6|万户|2022", "0.36|万座|2022"]);
  });
});

describe("lines of goals with no end marks, and values the scanner missed", () => {
  it("one goal a line: a line closing on its amount, or a line opening with a verb of work, starts a new goal", () => {
    const doc = "今年,龙岗区定下这些具体目标:\n产业◢\n完成先进制造业园区启动区260公顷产业空间保障\n新增规上工业企业超300家\n新增国家级专精特新“小巨人”企业20家、省级专精特新企业50家以上\n整备连片产业用地1.5平方公里以上\n新增国高企业300家以上";
    expect(read(doc, 2022)).toEqual(expect.arrayContaining(["300|家|2022", "20|家|2022", "50|家|2022", "1.5|平方公里|2022"]));
    expect(read(doc, 2022).filter((x) => x.startsWith("300|家")).length).toBe(2);
  });
  it("two lines that each close on an amount are two goals, commas and all (…增长4.3%以上 / …保持在9%以上,规上工业企业突破1000家)", () => {
    const doc = "产业发展目标\n2025年\n全市地区生产总值增长5.6%\n农林牧渔业总产值增长4.3%以上\n规上工业增加值增速保持在9%以上,规上工业企业突破1000家\n第三产业占比达到53%,生产性服务业占服务业增加值比重突破57%\n全社会研发投入占地区生产总值比重达2.4%";
    expect(read(doc, 2025).map((x) => x.split("|")[0])).toEqual(["5.6", "4.3", "9", "1000", "53", "57", "2.4"]);
  });
  it("…but the lines of a sentence, holding its commas, still join (中心城35%左右 / 面积达到3-5年一遇…)", () => {
    const doc = "12.3.2 全面提升防洪除涝能力。持续推进海绵城市建设,\n到2025年40%建成区达到海绵城市建设要求,中心城35%左右\n面积达到3-5年一遇雨水排水能力。加快吴淞江等\n流域骨干水利工程建设。";
    expect(extract(doc, { docYear: 2021 }).targets.some((t) => t.value === 35 && t.comparator === "~")).toBe(true);
  });
  it("数字中国发展指数从2020年的85提高到95: an index's start and end have no unit", () => {
    const r = extract("《规划》要求到2025年数字中国发展指数从2020年的85提高到95,并明确数字设施。", { docYear: 2021, mentions: true });
    expect(r.targets.map((t) => `${t.indicator}|${t.value}|${t.year}`)).toEqual(["数字中国发展指数|95|2025"]);
    expect(r.mentions?.find((m) => m.value === 85)?.role).toBe("baseline");
  });
  it("旅游投资总额2万亿元人民币, 40微克/ 立方米: a currency after the amount, a space after the slash", () => {
    expect(read("到2020年,旅游市场总规模达到67亿人次,旅游投资总额2万亿元人民币,旅游业总收入达到7万亿元。", 2016)).toEqual(["67|亿人次|2020", "2|万亿元|2020", "7|万亿元|2020"]);
    expect(read("到2025年,细颗粒物(PM2.5)年均浓度达到40微克/ 立方米。", 2023)).toEqual(["40|微克/立方米|2025"]);
  });
});

describe("places listed before the target each sets", () => {
  it("开封、洛阳、…等市也将2023年GDP增速目标定为7%: one target for each place, named with it", () => {
    const got = extract("开封、洛阳、平顶山、鹤壁、焦作、许昌等市也将2023年GDP增速目标定为7%。").targets.map((t) => `${t.indicator}|${t.value}|${t.confidence}`);
    expect(got).toEqual(["开封", "洛阳", "平顶山", "鹤壁", "焦作", "许昌"].map((p) => `${p}GDP增速|7|high`));
  });
  it("郑州市、洛阳市地区生产总值增长7%以上: places each named as one", () => {
    expect(extract("郑州市、洛阳市地区生产总值增长7%以上。", { docYear: 2023 }).targets.map((t) => t.indicator)).toEqual(["郑州市地区生产总值", "洛阳市地区生产总值"]);
  });
});

describe("guards from the review of the round's change", () => {
  it("明年 in passing, or as a noun, dates nothing after it; a heading's year holds", () => {
    expect(read("全市新建学校10所,明年将继续推进。\n城镇新增就业5万人。", 2024)).toEqual(["10|所|2024", "5|万人|2024"]);
    expect(read("一、2024年工作安排\n全市新建学校10所,对明年计划实施的项目提前开展前期工作。\n城镇新增就业5万人,新增停车位3000个。", 2024))
      .toEqual(["10|所|2024", "5|万人|2024", "3000|个|2024"]);
  });
  it("a review's 2023年全年预计… and 2023年…工作计划确定的…全部完成 do not date a report of the year after", () => {
    const doc = "政府工作报告\n一、2023年工作回顾\n2023年全年预计实现地区生产总值增长5.8%。2023年全区环保工作计划确定的28项任务全部完成。\n二、今年工作安排\n地区生产总值增长6%左右,城镇新增就业5000人。";
    expect(extract(doc).document.docYear).toBe(2024);
  });
  it("a year opening a sentence of a result (…确保了经济平稳运行) dates nothing", () => {
    expect(extract("2023年全市固定资产投资增长6%,确保了经济平稳运行。\n今年,全市固定资产投资增长8%,新开工项目200个。").document.docYear).not.toBe(2023);
  });
  it("an aside of a later year is a milestone, not a base: 95%(2030年为98%)", () => {
    expect(read("到2025年,全市城镇污水处理率达到95%(2030年为98%)。", 2024)).toEqual(["95|%|2025", "98|%|2030"]);
  });
  it("the people and places a work reaches (包括3000户居民, 包括3个区县) are no parts of it", () => {
    expect(read("实施城镇老旧小区改造120个,包括3000户居民。新建保障性租赁住房5000套,包括3个区县。", 2024)).toEqual(["120|个|2024", "5000|套|2024"]);
  });
  it("after a semicolon, an amount in another unit restates none of the targets before it", () => {
    expect(read("到2025年,全市地区生产总值达到1万亿元,人均地区生产总值达到12万元;到2027年,达到1.2万亿元。", 2024)).toEqual(["1|万亿元|2025", "12|万元|2025"]);
  });
  it("a plan's own span (从2021年至2025年) stays its horizon", () => {
    expect(extract("从2021年至2025年,全市累计新建中小学校100所,新增学位10万个。", { docYear: 2021 }).document.horizon).toBe(2025);
  });
  it("a space after a slash before 年均 leaves the amount and the rate apart; a bare 微克 is no unit", () => {
    expect(read("全年完成投资1000万元/ 年均增长10%。", 2024)).toEqual(["1000|万元|2024", "10|%|2024"]);
    expect(read("每名儿童每日补充维生素D不少于400微克。", 2024)).toEqual([]);
  });
  it("创新创意 is no 新创; a capped count of people served and a yearly volume of operations stay levels", () => {
    expect(kinds("培育创新创意设计企业达到50家。")).toEqual(["培育创新创意设计企业|50|level"]);
    expect(kinds("全市就业援助对象动态管理人数控制在1万人以内。")[0]).toMatch(/\|level$/);
    expect(kinds("县级医院年手术量达到10万例。")[0]).toMatch(/\|level$/);
  });
});

describe("a news page's lead-in and its date alone on a line (dev107–dev110)", () => {
  it("an arrow closing a lead (要点速读↓) ends it: the review heading after it opens its section", () => {
    const doc = "十四届全国人大三次会议5日上午开幕,国务院总理李强向大会作政府工作报告。要点速读↓\n2024年工作回顾\n国内生产总值达到134.9万亿元,增长5%。\n城镇新增就业1256万人。\n2025年发展主要预期目标\n国内生产总值(GDP)增长5%左右。";
    expect(read(doc, 2025)).toEqual(["5|%|2025"]);
  });
  it("[2023.01.31] 發表: a date in figures alone on its line dates the page", () => {
    expect(extract("大湾区GBA新闻:仅广州调高增长目标\n\n[2023.01.31] 發表\n\n广州市将今年GDP目标调高至6%以上。").document.issueDate).toBe("2023-01-31");
  });
  it("海南、西藏均将2024年增速目标设为8%左右; 经济成长率 (Taiwan's and Hong Kong's word for growth)", () => {
    expect(extract("海南、西藏均将2024年增速目标设为8%左右。", { docYear: 2024 }).targets.map((t) => `${t.indicator}|${t.kind}`)).toEqual(["海南增速|growth", "西藏增速|growth"]);
    expect(kinds("河北的经济成长目标为5.5%左右,今年的经济成长率目标为6%。")).toEqual(["河北的经济成长目标|5.5|growth", "经济成长率目标|6|growth"]);
  });
});

describe("a count after 等 sized by a verb of work, and a value in quotes after 目标为", () => {
  it("拓宽畅通新民路等8条道路, 修缮提升文化路等9条道路: roads widened and repaired, counted after an example", () => {
    expect(read("2025年,拓宽畅通新民路等8条道路,修缮提升文化路等9条道路。", 2025)).toEqual(["8|条|2025", "9|条|2025"]);
  });
  it("经济成长目标为「6%」, GDP增长目标为“6%”: the growth is named without the 为 and the quote", () => {
    expect(kinds("河南省今年经济成长目标为「6%」,GDP增长目标为“6%”。")).toEqual(["河南省今年经济成长目标|6|growth", "GDP增长目标|6|growth"]);
  });
});

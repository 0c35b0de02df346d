// Shapes of real sentences from news reports of plans and from short notes (an air-quality note's monthly targets,
// a city's 民生实事 list) that no rule read before.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";
import { POSSIBLE_REASONS } from "../../src/core/extract/roles/possible";
import { allTargetsOf, brief, targetsOf } from "./targets-of";

const roleOf = (text: string, raw: string): string | undefined =>
  extract(text, { docYear: 2026, mentions: true }).mentions?.find((m) => m.text.startsWith(raw))?.role;

describe("numbers beside Latin letters", () => {
  it("a count after an acronym and before a measure word counts what the acronym names (配置AED1100台)", () => {
    expect(targetsOf("组织应急救护培训1万人,在主城区配置AED1100台。", 2026).map((t) => `${t.value}${t.unit}`)).toEqual(["1万人", "1100台"]);
    expect(targetsOf("全市道路安装LED500盏。", 2026).map((t) => `${t.value}${t.unit}`)).toEqual(["500盏"]);
  });
  it("a code stays a name: one letter (K3列车), no measure word (G60科创走廊, ISO9001认证), a decimal (PM2.5)", () => {
    expect(roleOf("开行K3列车。", "3")).toBe("name");
    expect(roleOf("建设G60科创走廊。", "60")).toBe("name");
    expect(roleOf("推进ISO9001认证。", "9001")).toBe("name");
    expect(roleOf("PM2.5浓度下降。", "2.5")).toBe("name");
  });
  it("μg/m3 is the unit of a concentration (PM2.5月均值不高于66μg/m3)", () => {
    const t = targetsOf("2026年2月市定目标值PM10月均值不高于75μg/m3,PM2.5月均值不高于55μg/m3,优良天不低于18天。", 2026);
    expect(t.map((x) => `${x.comparator}${x.value}${x.unit}`)).toEqual(["<=75μg/m3", "<=55μg/m3", ">=18天"]);
  });
});

describe("a note's monthly targets and the month's figures", () => {
  const note = "2026年1月市定目标值PM10月均值不高于99μg/m3,优良天不低于20天。1月份优良天15天,PM10平均浓度106μg/m3。" +
    "2026年2月市定目标值优良天不低于18天。2月截至2日,优良天1天,重度及以上污染天气0天。";
  it("a sentence opening with a month (1月份…, 2月截至2日,…) reports that month; the targets set for it stay", () => {
    expect(targetsOf(note, 2026).map((t) => `${t.value}${t.unit}`)).toEqual(["99μg/m3", "20天", "18天"]);
  });
  it("…not when it sets something to come (1月份,力争…)", () => {
    expect(targetsOf("1月份,力争新签约项目10个。", 2026).map((t) => t.value)).toEqual([10]);
  });
});

describe("how a news report of a plan dates itself and its goals", () => {
  it("a feed's date line (RFC 2822) or an ISO timestamp dates the page", () => {
    expect(extract("中部省会竞逐数字经济新赛道\nFri, 24 Sep 2021 09:40:57 GMT\n今年全市新增企业100家。").document.docYear).toBe(2021);
    expect(extract("2021-07-21T09:00:43Z\n\n路透北京7月21日 - 上海市表示,今年新增企业100家。").document.docYear).toBe(2021);
  });
  it("未来N年 in figures or words, with or without a comma, counts the document's year as the first", () => {
    expect(targetsOf("报告提出,未来5年,长沙经济总量达1.7万亿元。", 2021).map((t) => t.year)).toEqual([2025]);
    expect(targetsOf("未来三年武汉全市数字经济增加值占GDP比重超过50%。", 2021).map((t) => t.year)).toEqual([2023]);
    expect(targetsOf("未来五年是发展的关键时期,全市新增企业100家。", 2021).map((t) => t.year)).toEqual([2021]);
  });
  it("a plan period opening the sentence spans its semicolons (“十四五”期间,…;引进…100个)", () => {
    expect(targetsOf("“十四五”期间,累计实际利用外资1000亿美元;引进世界500强项目100个。", 2022).map((t) => t.year)).toEqual([2025, 2025]);
  });
  it("通过3年攻坚 counts the document's year as the first, as the plan the page names with its span does (…行动方案(2021—2023年))", () => {
    const doc = "浙江省印发《制造业攻坚行动方案(2021—2023年)》。方案提出,通过3年攻坚,全省规上工业亩均税收达到37万元。";
    expect(targetsOf(doc, 2021).map((t) => t.year)).toEqual([2023]);
    expect(targetsOf("方案提出,通过3年攻坚,全省规上工业亩均税收达到37万元。", 2021).map((t) => t.year)).toEqual([2023]);
  });
});

describe("what a news report's numbers are", () => {
  it("a growth named as a rate or its target (GDP增速目标是6%以上, GDP增长速度6%以上) is a growth", () => {
    expect(targetsOf("今年确定的GDP增速目标是6%以上。GDP增长速度6%以上。", 2021).map((t) => t.kind)).toEqual(["growth", "growth"]);
  });
  it("land or energy freed and emissions cut by an amount are increments; 减少到… is the level reached", () => {
    const t = targetsOf("腾出低效工业用地100平方公里,减少碳排放800万吨。全市碳排放减少到500万吨。", 2021);
    expect(t.map((x) => `${x.value}${x.unit} ${x.kind}`)).toEqual(["100平方公里 increment", "800万吨 increment", "500万吨 level"]);
  });
  it("a rule's norms are parameters: a clause in principle, what a measure mainly is, a capped share, revenue set aside", () => {
    expect(targetsOf("新开工的保障性租赁住房,原则上应独立成栋、可封闭管理、建筑面积不少于3000平方米且不少于50套。", 2021)).toEqual([]);
    expect(targetsOf("新开工建设的保障性租赁住房,以建筑面积不超过70平方米的小户型为主。", 2021)).toEqual([]);
    expect(targetsOf("占项目总用地面积的比例上限由7%提高到15%,建筑面积占比上限相应提高到30%。", 2021)).toEqual([]);
    expect(targetsOf("统筹从土地出让收益(10%以上)中提取的保障性住房建设资金。取土地出让收入的0.5%以上作为专项经费。", 2021)).toEqual([]);
  });
  it("…while a goal stays: 原则上 in another clause, a share raised with no cap (比例提高到15%)", () => {
    expect(targetsOf("原则上每年评估一次,全市保障性住房占比提高到15%。", 2021).map((t) => t.value)).toEqual([15]);
  });
  it("an estimate or a forecast (或达, 有望, 可能) is offered unticked with its reason; with a goal's word it stays ticked", () => {
    const all = allTargetsOf("保障性住房建设投资或达2.34万亿元,有望实现投资5600亿元。", 2022);
    expect(all.map((t) => `${t.value} ${t.confidence} ${t.reason}`)).toEqual([
      `2.34 low ${POSSIBLE_REASONS.hedged}`, `5600 low ${POSSIBLE_REASONS.hedged}`]);
    expect(targetsOf("力争全年投资有望达到5600亿元。", 2022).map((t) => t.value)).toEqual([5600]);
  });
  it("a change on the same period of an earlier year reports, as 同比 does (比去年同期增长28.6%); with a bound or a will it is a goal", () => {
    expect(targetsOf("根据上半年经济数据,武汉市GDP比去年同期增长28.6%,比2019年同期增长3.5%。", 2021)).toEqual([]);
    expect(targetsOf("一季度,全市地区生产总值力争比去年同期增长8%以上。", 2021).map((t) => t.value)).toEqual([8]);
  });
  it("当下 and 现阶段 state the present as 目前 does; 此前 opening a clause tells what came before", () => {
    expect(targetsOf("据报道,当下,浙江制造业增加值率比发达国家低15个百分点。", 2021)).toEqual([]);
    expect(targetsOf("此前全国31个省份三季报出炉。", 2021)).toEqual([]);
  });
  it("the count of a set a rank is taken in qualifies the rank (跻身全国169个国家级新区第11位)", () => {
    expect(roleOf("长沙高新区综合实力跻身全国169个国家级新区第11位。", "169")).toBe("qualifier");
    expect(targetsOf("新建169个国家级新区。", 2021).map((t) => t.value)).toEqual([169]);
  });
  it("a year in a bracketed remark of its own value dates the remark, not what follows (…达30万亩(2020年为13.9万亩),建成30个…)", () => {
    const t = targetsOf("到2025年,中医药种植面积达30万亩(2020年为13.9万亩),建成30个中医药特色小镇。", 2021);
    expect(t.map((x) => `${x.value}|${x.year}`)).toEqual(["30|2025", "30|2025"]);
    expect(targetsOf("近期(到2025年)规划总量指标为:建成不少于17.8万张养老床位。", 2022).map((x) => x.year)).toEqual([2025]);
  });
  it("a fraction in words or kept at a level is a share (占比超三分之一, 比重稳定在1/3左右); 三分之一的企业 counts no share", () => {
    const t = targetsOf("高技术产业外资占比超三分之一。制造业增加值占生产总值比重稳定在1/3左右。", 2022);
    expect(t.map((x) => `${x.comparator}${x.value}${x.unit}|${x.kind}`)).toEqual([">0.3333|share", "~0.3333|share"]);
    expect(targetsOf("三分之一的企业完成改造。", 2022)).toEqual([]);
  });
  it("a change by an amount after its subject is an increment (农村贫困人口减少5万人); by a rate it stays a growth", () => {
    const t = targetsOf("全年农村贫困人口减少5万人,化学需氧量排放量减少1000吨,单位GDP能耗下降3%。", 2022);
    expect(t.map((x) => `${x.value}${x.unit} ${x.kind}`)).toEqual(["5万人 increment", "1000吨 increment", "3% growth"]);
  });
  it("what is brought in from somewhere is added (从省外引进…项目500个, 其中超20亿元项目200个)", () => {
    const t = targetsOf("“十四五”期间,从省外引进总投资超10亿元的内资产业项目500个,其中超20亿元项目200个。", 2022);
    expect(t.map((x) => `${x.value}${x.unit} ${x.kind}`)).toEqual(["500个 increment", "200个 increment"]);
  });
  it("a quote holding only a percentage quotes a value (为实现经济增长“5.5%左右”的预期目标); “633”, “3个100万” stay names", () => {
    expect(targetsOf("为实现经济增长“5.5%左右”的预期目标,今年要着重做好以下方面。", 2022).map(brief)).toEqual(["经济增长|~|5.5|%|growth"]);
    expect(roleOf("推进“633”工程,实施“3个100万”行动。", "633")).toBe("name");
    expect(roleOf("推进“633”工程,实施“3个100万”行动。", "100")).toBe("name");
  });
});

describe("what the rules of news reports leave to plans (guards from the review)", () => {
  it("a goal for each place in principle stays a goal (原则上每个乡镇建成1个…); only a clause in principle listing norms is one", () => {
    expect(targetsOf("到2025年,原则上每个乡镇(街道)建成1个综合性养老服务中心。", 2022).map((t) => t.value)).toEqual([1]);
    expect(targetsOf("到2025年,各地原则上实现每千人口拥有3岁以下婴幼儿托位数4.5个。", 2022).map((t) => t.value)).toEqual([4.5]);
  });
  it("a month's scheduled work stays a target (1月份,全市新开工项目30个; 3月份起…; 6月份前…)", () => {
    expect(targetsOf("1月份,全市新开工项目30个。3月份起,全市新增公交线路10条。6月份前,完成老旧小区改造50个。", 2022).map((t) => t.value)).toEqual([30, 10, 50]);
  });
  it("N years of work in a plan issued within its period end no later than the plan (通过五年努力 in a 十四五 plan of 2022)", () => {
    const doc = "某区养老服务体系建设规划(2021—2025年)\n通过五年努力,全区养老床位达到1000张。";
    expect(extract(doc, { docYear: 2022 }).targets.map((t) => t.year)).toEqual([2025]);
  });
  it("有望 after a goal year is the plan's goal; a method of measuring (按可比价格测算) hedges nothing", () => {
    expect(targetsOf("到2025年,全市数字经济核心产业增加值有望突破1000亿元。", 2022).map((t) => t.value)).toEqual([1000]);
    expect(targetsOf("全市地区生产总值按可比价格测算年均增长6%左右。", 2022).map((t) => t.value)).toEqual([6]);
  });
  it("此前 with a plan's words (此前印发的《方案》明确,…) and a list of the present stage's tasks (现阶段重点任务是:) set goals", () => {
    expect(targetsOf("此前印发的《方案》明确,2025年全市新增充电桩5000个。", 2022).map((t) => t.value)).toEqual([5000]);
    expect(targetsOf("现阶段重点任务是:新建学校10所,新增学位5000个。", 2022).map((t) => t.value)).toEqual([10, 5000]);
  });
  it("提取物, 提取额 and a sum granted as a fund are no share set aside from revenue", () => {
    expect(targetsOf("到2025年,中药提取物产业产值达到50亿元。", 2022).map((t) => t.value)).toEqual([50]);
    expect(targetsOf("全年住房公积金归集额50亿元、提取额40亿元。", 2022).map((t) => t.value)).toEqual([50, 40]);
  });
  it("a count of those that reach a rank is no ranked set (全市5家企业进入全国500强第100位以内)", () => {
    expect(roleOf("到2025年,全市5家企业进入全国500强第100位以内。", "5")).not.toBe("qualifier");
  });
  it("the year's own words outweigh a plan period before the semicolon (“十四五”期间,…;全年新增企业100家)", () => {
    expect(targetsOf("“十四五”期间,累计新增就业50万人;全年新增企业100家。", 2022).map((t) => t.year)).toEqual([2025, 2022]);
  });
  it("a plan named with its span and issued takes the span's end (印发《…攻坚行动方案(2021—2023年)》)", () => {
    expect(extract("近日,印发《某市制造业攻坚行动方案(2021—2023年)》。新增企业100家。", { docYear: 2021 }).targets.map((t) => t.year)).toEqual([2023]);
  });
  it("ug/m3 is a concentration as μg/m3 is", () => {
    expect(targetsOf("PM2.5年均浓度控制在35ug/m3以下。", 2022).map((t) => `${t.value}${t.unit}`)).toEqual(["35ug/m3"]);
  });
});


describe("a work plan's shares of work done and its own count of tasks", () => {
  it("a percentage of a project's work (60%工程量, 60%的工程量) done by a date is a share to reach", () => {
    const t = targetsOf("年内完成艺宿西川景区100%工程量;徒步城二期项目60%工程量;精品古道项目60%的工程量。", 2018);
    expect(t.map((x) => `${x.value}${x.unit} ${x.kind}`)).toEqual(["100% share", "60% share", "60% share"]);
  });
  it("…not what is done so far (目前已完成60%工程量)", () => {
    expect(targetsOf("目前,徒步城二期项目已完成60%工程量。", 2018)).toEqual([]);
  });
  it("the tasks a department splits its goals into, and the set a part of them is taken from, count no target", () => {
    const text = "我厅将全年的目标任务分解成50项具体工作任务。现将50项工作任务中涉及我厅的工作目标任务分解给你们。全年城镇新增就业100万人。";
    expect(targetsOf(text, 2007).map((x) => `${x.value}${x.unit}`)).toEqual(["100万人"]);
    expect(roleOf("将全年的目标任务分解成50项具体工作任务。", "50")).toBe("other");
  });
});

describe("the horizon of a page reporting a plan", () => {
  it("a plan it says was issued, with a span inside its name, dates the undated goals — not its headline's year", () => {
    const page = "到2022年垫江县森林覆盖率达45%以上\n\n垫江日报2019-01-09 12:26\n\n" +
      "近日,我县印发《垫江县国土绿化提升行动(2018-2020年)实施方案》,统筹推进大规模国土绿化行动。\n\n" +
      "通过退耕还林、疏林地培育等措施,新造和改造林31.81万亩。到2022年,全县森林覆盖率达到45%以上。\n";
    expect(extract(page).targets.map((t) => `${t.value}${t.unit} ${t.year}`)).toEqual(["45% 2022", "31.81万亩 2020", "45% 2022"]);
  });
});

describe("a yearly average growth shared by two amounts joined by 和", () => {
  it("each amount is an indicator of its own (财政总收入和地方财政收入年均增长13%)", () => {
    expect(targetsOf("到2010年,全区财政总收入和地方财政收入年均增长13%。", 2006).map((t) => `${t.indicator} ${t.value}${t.unit}`))
      .toEqual(["全区财政总收入 13%", "全区地方财政收入 13%"]);
  });
  it("the year's own growth shared by two amounts joined by 和 (全年接待游客和旅游收入增长10%以上)", () => {
    expect(targetsOf("全年接待游客和旅游收入增长10%以上,入境游客和旅游收入增长30%以上。", 2025).map((t) => `${t.indicator} ${t.value}${t.unit}`))
      .toEqual(["接待游客 10%", "旅游收入 10%", "入境游客 30%", "旅游收入 30%"]);
    // (not two things that are no amounts: 城镇和农村居民人均可支配收入 is one indicator of two scopes)
    expect(targetsOf("科技和产业融合水平增长10%。", 2025).map((t) => t.indicator)).toEqual(["科技和产业融合水平"]);
  });
  it("…not a name holding 与, nor a list with 、 (研究与试验发展经费投入年均增长10%)", () => {
    expect(targetsOf("到2025年,研究与试验发展经费投入年均增长10%。", 2021).map((t) => t.indicator)).toEqual(["研究与试验发展经费投入"]);
  });
});

describe("one value after two whole measures joined by 和", () => {
  it("each measure has it (城镇调查失业率和登记失业率稳定在4.3%左右); with a value each, each keeps its own", () => {
    expect(targetsOf("城镇调查失业率和登记失业率稳定在4.3%左右。", 2019).map((t) => `${t.value}${t.unit}`)).toEqual(["4.3%", "4.3%"]);
    expect(targetsOf("城镇调查失业率和登记失业率分别控制在5.5%和4%以内。", 2019).map((t) => `${t.value}${t.unit}`)).toEqual(["5.5%", "4%"]);
    expect(targetsOf("到2025年,森林覆盖率和林木绿化率达到45%。", 2021).map((t) => t.indicator)).toEqual(["森林覆盖率", "林木绿化率"]);
  });
});

describe("a list of counts closed by a verb of completion", () => {
  it("the first count shares the verb the last one ends on (确保80个…场所、100个…活动室投入使用)", () => {
    expect(targetsOf("实施乡村便民服务工程,确保80个村级便民服务场所、100个村级老年活动室投入使用。", 2020).map((t) => `${t.value}${t.unit} ${t.kind}`))
      .toEqual(["80个 increment", "100个 increment"]);
    expect(targetsOf("三要不断完善供水、供热、排污等城市基础设施,确保中心城区68公里供水、15公里雨水管网二期工程按期竣工。", 2014).map((t) => `${t.value}${t.unit}`))
      .toEqual(["68公里", "15公里"]);
  });
  it("…not a list of what exists (现有80个村级便民服务场所、100个村级老年活动室投入使用)", () => {
    expect(targetsOf("目前,全县已有80个村级便民服务场所、100个村级老年活动室投入使用。", 2020)).toEqual([]);
  });
});

describe("a price index stated in percent", () => {
  it("a few percent is how much prices rise (控制在3.5%以内, a growth); near 100 it is the index (102%, a level)", () => {
    expect(targetsOf("居民消费价格指数控制在3.5%以内。", 2013).map((t) => t.kind)).toEqual(["growth"]);
    expect(targetsOf("居民消费价格指数控制在102%以内。", 2013).map((t) => t.kind)).toEqual(["level"]);
  });
});

describe("shapes of a county's notices and plans", () => {
  it("the share of places a verb of reaching reaches (覆盖所有城市社区、90%以上乡镇和60%以上行政村)", () => {
    const t = targetsOf("力争至2020年,养老服务设施覆盖所有城市社区、90%以上乡镇和60%以上行政村。", 2016);
    expect(t.map((x) => `${x.indicator} ${x.value}${x.unit} ${x.kind}`)).toEqual(["乡镇 90% share", "行政村 60% share"]);
  });
  it("the tasks a plan carries out (落实…30项重点任务, 抓好21项重点工作) count no target; work done (完成10项) may", () => {
    expect(targetsOf("落实国企党建30项重点任务。突出抓好21项重点工作落实。", 2022)).toEqual([]);
    expect(targetsOf("年内完成10项重点任务。", 2022).map((x) => x.value)).toEqual([10]);
  });
  it("under a heading of work to start or finish, a project's count is the work it adds", () => {
    const text = "一、2016年新开工建设目标任务\n1.中原安置小区(五组团)1052套,责任单位:国投公司。\n2.吉钓安置小区1860套,责任单位:交投公司。\n";
    expect(targetsOf(text, 2016).map((x) => `${x.value}${x.unit} ${x.kind}`)).toEqual(["1052套 increment", "1860套 increment"]);
  });
});

describe("a plant's capacity before its name", () => {
  it("sizes the project and counts no work, though a verb of completion closes the clause (大唐700万吨露天矿…开工建设)", () => {
    expect(targetsOf("大唐700万吨露天矿一季度完成核准并开工建设,2万平方米仓储库建成并投入使用。", 2014).map((t) => `${t.value}${t.unit}`)).toEqual(["2万平方米"]);
  });
});

// Shapes of real sentences from reports, city action plans and department plans that no rule read before: years a
// report's paragraphs and clauses give (力争2025年…, “十五五”开局之年, 今明两年, 3年内), words around counts and names
// (…等一系列举措, 将, 了), kinds of counted firms (形成, 集聚, 引育), and plans' own section lines.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";
import { allTargetsOf, targetsOf } from "./targets-of";

describe("a goal year of one clause in the year's report", () => {
  it("力争2025年… dates its own sentence; the next sentences are the year's work", () => {
    const doc = "报告围绕2023年的发展目标,提出加快建设制造业强省。\n\n着力提升产业基础能力。力争2025年材料产业规模突破2万亿元。推进50项延链补链强链项目。";
    expect(targetsOf(doc, 2023).map((t) => `${t.value}|${t.year}`)).toEqual(["2|2025", "50|2023"]);
  });
  it("到2025年 still spans the paragraph, and 力争到2025年, with its comma", () => {
    expect(targetsOf("到2025年材料产业规模突破2万亿元。推进50项延链补链强链项目。", 2023).map((t) => t.year)).toEqual([2025, 2025]);
    expect(targetsOf("力争2025年,材料产业规模突破2万亿元。推进50项延链补链强链项目。", 2023).map((t) => t.year)).toEqual([2025, 2025]);
  });
  it("a summary whose headline quotes a goal of another year keeps the year its opening names", () => {
    const doc = "政府工作报告速读丨2025年制造业增加值\n占生产总值比重超30%\n\n报告围绕2023年的发展目标,提出加快建设制造业强省。\n\n新建150个智能工厂。";
    expect(targetsOf(doc, 2023).find((t) => t.value === 150)?.year).toBe(2023);
  });
});

describe("a plan period's first year named as such", () => {
  it("“十五五”开局之年 is 2026, not the period's last year", () => {
    const doc = "2026年是“十五五”开局之年,全市经济社会发展主要预期目标为:地区生产总值增长5%左右。";
    expect(targetsOf(doc, 2026).map((t) => t.year)).toEqual([2026]);
  });
  it("a year written without 年 before 开局之年 dates its clause (2026开局之年,兰州将…)", () => {
    const doc = "到2030年经济总量将达到5000亿元以上。2026开局之年,全市将实施盘活低效用地1.3万亩、完成营造林51万亩等举措。";
    expect(targetsOf(doc, 2026).map((t) => `${t.value}|${t.year}`)).toEqual(["5000|2030", "1.3|2026", "51|2026"]);
  });
});

describe("a count closing a list item before 等", () => {
  it("counts the noun before it; what follows 等 sums the list up (新增学位8000个以上等一系列举措)", () => {
    const doc = "今年,全市将实施新增楼宇10幢、新增学位8000个以上等一系列可量化的具体举措。";
    const found = targetsOf(doc, 2026);
    expect(found.map((t) => t.value)).toEqual([10, 8000]);
    expect(found[1].indicator).toBe("新增学位");
  });
  it("a size inside a project's name before 等项目 stays unsure (一期2GW等项目)", () => {
    const all = allTargetsOf("实施东方日升源网荷储一期2GW等项目。", 2022);
    expect(all.every((t) => t.confidence === "low")).toBe(true);
  });
});

describe("a report's paragraph that reviews last year and turns to this one by name", () => {
  it("…总结回顾2025年工作…。会议指出,2026年全市将…确保完成…: the turn and what follows are targets", () => {
    const doc = "财联社1月30日电,市政府召开2026年人力资源和社会保障工作会议,总结回顾2025年工作,深入部署2026年各项任务。会议透露,2025年全年新增就业人数64.1万人。会议指出,2026年全市人社系统将加快构建就业友好型发展方式,确保完成全年新增就业60万人以上。加大重点群体就业支持力度,帮助2万名长期失业人员实现再就业。";
    expect(targetsOf(doc, 2026).map((t) => t.value)).toEqual([60, 2]);
  });
  it("今年1-8月,…同比增长12.8%: a period so far reports, whatever 今年 says", () => {
    expect(allTargetsOf("今年1-8月,财政总收入511.6亿元,同比增长12.8%;工业固定资产投资106.5亿元,同比增长62.4%。", 2023)).toEqual([]);
  });
});

describe("names of indicators and counted nouns", () => {
  it("a word of will before the verb is no part of the name (产业规模将超过1000亿元, 森林覆盖率要达到)", () => {
    expect(targetsOf("到2025年,临港新区集成电路产业规模将超过1000亿元,森林覆盖率要达到25%。", 2022).map((t) => t.indicator)).toEqual([
      "临港新区集成电路产业规模", "森林覆盖率",
    ]);
  });
  it("a clause opening with a count bounded through 的 goes on with the verb before it (5家年收入超过20亿元的装备材料企业)", () => {
    const doc = "到2025年,新区将形成5家国内外领先的芯片制造企业,5家年收入超过20亿元的装备材料企业,10家以上独角兽企业和10家以上上市企业。";
    expect(targetsOf(doc, 2022).slice(1).map((t) => `${t.value}|${t.indicator}`)).toEqual([
      "5|年收入超过20亿元的装备材料企业", "10|独角兽企业", "10|上市企业",
    ]);
  });
  it("a page run into one line names its plan at its head (闵行区数字化转型“十四五”规划 一、总体思路…)", () => {
    const doc = "闵行区数字化转型“十四五”规划 一、 总体思路(一) 指导思想…。二、 转型基础 累计建设5000个5G基站。";
    expect(targetsOf(doc, 2021).map((t) => t.year)).toEqual([2025]);
  });
});

describe("firms and clusters a plan forms are a stock", () => {
  it("形成5家…企业, and the counts that go on with it, are levels; 培育形成 adds them", () => {
    const doc = "到2025年,新区将形成5家国内外领先的芯片制造企业,5家年收入超过20亿元的装备材料企业,10家以上独角兽企业和10家以上上市企业。";
    expect(targetsOf(doc, 2022).map((t) => t.kind)).toEqual(["level", "level", "level", "level"]);
    expect(targetsOf("到2025年,培育形成6个千亿产业集群。", 2022).map((t) => t.kind)).toEqual(["increment"]);
  });
  it("形成 N of products made within the period stays an increment (形成50个大模型产品)", () => {
    expect(targetsOf("到2025年,形成50个大模型产品。", 2022).map((t) => t.kind)).toEqual(["increment"]);
  });
});

describe("bandwidth written with a bare M or G", () => {
  it("家庭宽带平均接入带宽超过500M is a target; 4G网络 and G60 stay names", () => {
    expect(targetsOf("到2025年,家庭宽带平均接入带宽超过500M。", 2021).map((t) => `${t.value}|${t.unit}`)).toEqual(["500|M"]);
    expect(allTargetsOf("推进农村宽带网络和4G网络覆盖,建设G60科创走廊。", 2021)).toEqual([]);
  });
  it("computing power written with a bare P after words of 算力 is a target (新增智能算力规模5000P); a P elsewhere stays a name", () => {
    expect(targetsOf("到2025年,新增智能算力规模5000P。", 2023).map((t) => `${t.value}|${t.unit}`)).toEqual(["5000|P"]);
    expect(targetsOf("到2025年,全市智能算力达到300E以上。", 2023).map((t) => `${t.value}|${t.unit}|${t.comparator}`)).toEqual(["300|E|>="]);
    expect(allTargetsOf("到2025年,建成3P实验室,推广5000P纸张。", 2023)).toEqual([]);
    // (after a scale: 1.2万P)
    expect(targetsOf("到2025年,全市算力规模达到1.2万P以上。", 2023).map((t) => `${t.value}|${t.unit}|${t.comparator}`)).toEqual(["1.2|万P|>="]);
  });
});

describe("years, kinds and sections of large cities' action plans", () => {
  it("3年内 in a plan whose horizon is the document's year and two more ends with the plan (2020 → 2022)", () => {
    const doc = "南京出台《数字经济发展三年行动计划(2020-2022年)》。行动计划提出,到2022年,数字经济增加值达到10000亿元。3年内,电子信息制造业收入达到2750亿元。";
    expect(targetsOf(doc, 2020).map((t) => t.year)).toEqual([2022, 2022]);
    expect(targetsOf("3年内新建公园10个。", 2024).map((t) => t.year)).toEqual([2027]);
  });
  it("the one year named in 今年's paragraph is the document's year (在今年,…。同时,开展2024年…评价)", () => {
    const doc = "到2026年,西安市将投资约262亿元。\n《方案》要求,在今年,安排部署重点任务。全市热电机组采暖季热电比平均达到110%。同时,开展2024年减污降碳协同度评价。";
    expect(extract(doc).document.docYear).toBe(2024);
    expect(extract("崇明从2010年起展开生态岛建设,2013年9月开工的工程将于今年底完工一期工程。").document.docYear ?? null).toBe(null);
  });
  it("a plan's own section names alone on a line head sections (发展基础和面临形势 … 总体要求和主要目标)", () => {
    const doc = "发展基础和面临形势\n二是产业创新能力持续提升。国家企业技术中心达到68家。\n总体要求和主要目标\n到2025年,工业增加值年均增长6%以上。";
    expect(targetsOf(doc, 2021).map((t) => t.value)).toEqual([6]);
  });
  it("firms a place gathers are a stock (集聚50家…企业); 引育 and 催生 add them", () => {
    expect(targetsOf("到2026年,集聚50家人工智能大模型创新企业。", 2024).map((t) => t.kind)).toEqual(["level"]);
    expect(targetsOf("到2026年,催生头部企业10家以上,引育产业链相关企业600家以上。", 2024).map((t) => t.kind)).toEqual(["increment", "increment"]);
  });
  it("a verb with 了 before 其中的 and its count tells what is done (覆盖了其中的35个)", () => {
    expect(allTargetsOf("苏州在41个工业大类中覆盖了其中的35个。", 2023)).toEqual([]);
  });
});

describe("approvals, supplies and sand control within the period are amounts added", () => {
  it("获批 and 新获批 (三年新获批自主创新1类新药15个以上, 获批国家高新技术企业80家)", () => {
    expect(targetsOf("到2027年,三年新获批自主创新1类新药15个以上。", 2025).map((t) => t.kind)).toEqual(["increment"]);
    expect(targetsOf("2021年,获批国家高新技术企业80家。", 2021).map((t) => t.kind)).toEqual(["increment"]);
  });
  it("供应建设用地35万亩以上, 治沙面积7.2万亩以上", () => {
    expect(targetsOf("2025年,供应建设用地35万亩以上。计划治沙面积7.2万亩以上。", 2025).map((t) => t.kind)).toEqual(["increment", "increment"]);
  });
});

describe("a district's five-year outline, county investment drives and city measures", () => {
  it("a paragraph reporting what a plan from the document's year sets is dated by its period (红桥区“十五五”规划纲要…明确…)", () => {
    const doc = "人民网天津1月27日电 红桥区“十五五”规划纲要已获通过,明确地区生产总值年均增长5%以上核心目标。\n今年,全区新建公园3个。";
    expect(targetsOf(doc, 2026).map((t) => `${t.value}|${t.year}`)).toEqual(["5|2030", "3|2026"]);
  });
  it("保持在35万人以上 states the level; 在17个乡镇 still sizes where work is done", () => {
    expect(targetsOf("到2030年,全市每年城镇新增就业规模保持在35万人以上、扶持创业3万人以上。", 2025).map((t) => t.value)).toEqual([35, 3]);
    expect(targetsOf("在17个乡镇硬化道路10万平方米。", 2025).map((t) => t.value)).toEqual([10]);
  });
  it("what lands, arrives or moves in within the year is added (落地项目5个,到位资金1.5亿元,入驻标准厂房1万平方米)", () => {
    expect(targetsOf("2025年,落地项目5个,到位资金1.5亿元,入驻标准厂房1万平方米。", 2025).map((t) => t.kind)).toEqual(["increment", "increment", "increment"]);
  });
  it("the tasks a plan sets out for itself are its parts (提出通过三大方向18项重点任务)", () => {
    expect(allTargetsOf("行动计划提出通过三大方向18项重点任务,推动产业发展。", 2025)).toEqual([]);
  });
  it("the present state and what has landed are no targets (目前全市总算力规模突破5.4万, 已落地大型数据中心44个)", () => {
    expect(allTargetsOf("目前全市总算力规模突破5.4万标准机架,已落地大型数据中心44个。", 2025)).toEqual([]);
  });
  it("a phase's capacity before its project is unsure (推进一期110万千瓦新能源项目建设); 落实800万平方米…项目 is work", () => {
    expect(allTargetsOf("推进一期110万千瓦新能源项目建设。", 2025).map((t) => t.confidence)).toEqual(["low"]);
    expect(targetsOf("到2025年,落实800万平方米超低能耗建筑项目。", 2023).map((t) => t.value)).toEqual([800]);
  });
});

describe("what an independent review of this round's rules found, and mended", () => {
  it("a plan's goal year with 发展目标 is no year of work (到2025年发展目标, 展望2035年发展目标)", () => {
    const doc = "XX区“十四五”现代服务业发展规划\n二、发展目标\n到2025年发展目标:全区服务业增加值达到800亿元。\n三、重点任务\n2023年底前,建成3个现代服务业集聚区。";
    expect(extract(doc).document.docYear ?? null).toBe(null);
    expect(allTargetsOf(doc).map((t) => t.value)).toEqual([800, 3]);
    expect(extract("展望2035年发展目标,全县将基本实现现代化。到2025年,地区生产总值达到500亿元。").document.docYear ?? null).toBe(null);
  });
  it("a budget's or plan's outturn stays past (收入完成72388万元,为调整预算安排70000万元的103.4%,比上年增长8.1%)", () => {
    expect(allTargetsOf("报告显示,全县一般公共预算收入完成72388万元,为调整预算安排70000万元的103.4%,比上年增长8.1%。", 2024)).toEqual([]);
    expect(allTargetsOf("报告指出,全市固定资产投资完成402亿元,完成年度计划投资的115%,比上年增长30%以上。", 2024)).toEqual([]);
    expect(targetsOf("今年全市计划完成投资402亿元,比上年增长27%左右。", 2023).map((t) => t.value)).toEqual([402, 27]);
  });
  it("a heading of how goals went (主要目标实现情况) heads a review", () => {
    const doc = "XX市“十四五”规划纲要实施中期评估报告\n一、主要目标实现情况\n(一)经济发展\n全市地区生产总值达到5000亿元,比上年增长5.5%。";
    expect(allTargetsOf(doc, 2023)).toEqual([]);
  });
  it("a 分别 list of whole measures keeps each name (森林覆盖率、非化石能源占一次能源消费比重; 研发经费投入强度、…)", () => {
    expect(targetsOf("到2025年,森林覆盖率、非化石能源占一次能源消费比重分别达到65%、20%。", 2022).map((t) => t.indicator)).toEqual(["森林覆盖率", "非化石能源占一次能源消费比重"]);
    expect(targetsOf("到2025年,研发经费投入强度、高新技术产业增加值占规上工业增加值比重分别达到2.5%、45%。", 2022)[0].indicator).toBe("研发经费投入强度");
  });
  it("a word of will sets a quarter's goal (一季度,…力争同比增长8%以上)", () => {
    expect(targetsOf("一季度,全市规上工业增加值力争同比增长8%以上。", 2024).map((t) => t.value)).toEqual([8]);
  });
  it("a task line is no section name (夯实农业发展基础)", () => {
    expect(targetsOf("XX县农业农村现代化规划\n夯实农业发展基础\n加快高标准农田建设,新建高标准农田10万亩。", 2021).map((t) => t.value)).toEqual([10]);
  });
  it("a past year's subheading stops at a paragraph that says what will be done", () => {
    const doc = "我市召开经济工作会议\n2023年全市经济社会发展亮点纷呈\n全市地区生产总值增长5.5%。\n会议强调,要坚定信心。全市将新建5G基站1000个,新增城镇就业2万人。";
    expect(targetsOf(doc, 2024).map((t) => t.value)).toEqual([1000, 2]);
  });
  it("the weak signs of a page's year pass over bases, events, yearly reviews and December meetings", () => {
    expect(extract("今年,全市计划新建公园10个,与2023年持平。").document.docYear ?? null).toBe(null);
    expect(extract("今年,全市将继续实施2022年启动的城中村改造三年行动,完成改造项目30个。").document.docYear ?? null).toBe(null);
    expect(extract("县委召开2023年度抓基层党建工作述职评议工作会议。\n会议要求,全县将新建党群服务中心10个。").document.docYear ?? null).toBe(null);
    expect(extract("会议传达学习了2023年中央经济工作会议精神。\n会议要求,今年全县将新建高标准农田5万亩。").document.docYear ?? null).toBe(null);
  });
  it("4G and 5G after 宽带网络和 name network generations", () => {
    expect(allTargetsOf("实现城乡宽带网络和4G、5G信号全覆盖。", 2024).map((t) => t.unit)).not.toContain("G");
  });
  it("每年 keeps a yearly amount yearly (今明两年每年改造…; 每年集聚1000名…)", () => {
    expect(targetsOf("今明两年每年改造老旧小区100个。", 2024).map((t) => t.period)).toEqual(["annual"]);
    expect(targetsOf("每年集聚1000名以上高层次人才。", 2024).map((t) => t.kind)).toEqual(["increment"]);
  });
  it("a clause that says its own work after 形成… keeps its kind (…,100家企业实施技术改造)", () => {
    expect(targetsOf("到2025年,形成3个千亿级产业集群,100家企业实施技术改造。", 2022).map((t) => t.kind)).toEqual(["level", "increment"]);
  });
  it("纪要 keeps its 要; a period prepared for is no time (为“十五五”开局之年打下坚实基础); 2026首年 dates its clause", () => {
    expect(targetsOf("全年编发会议纪要30期。", 2024)[0].indicator).toBe("编发会议纪要");
    expect(targetsOf("今年要全面完成“十四五”目标任务,为“十五五”开局之年打下坚实基础,全年新增城镇就业2万人以上。", 2025).map((t) => t.year)).toEqual([2025]);
    expect(targetsOf("2026首年,全市新增城镇就业2万人以上。", 2025).map((t) => t.year)).toEqual([2026]);
  });
});

describe("what a second review of this round's rules found, and mended", () => {
  it("a plan the year's goals follow does not date them (锚定“十五五”规划纲要确定的目标任务; 围绕“十四五”规划纲要提出的目标)", () => {
    expect(targetsOf("XX市人民政府工作报告\n2026年主要预期目标\n锚定“十五五”规划纲要确定的目标任务,全市地区生产总值增长5.5%左右。", 2026).map((t) => t.year)).toEqual([2026]);
    expect(targetsOf("XX县2021年政府工作报告\n围绕“十四五”规划纲要提出的目标,重点做好以下工作:新建高标准农田5万亩。", 2021).map((t) => t.year)).toEqual([2021]);
  });
  it("a budget compared with last year's expected outturn, and a share of revenue, are targets; exceeding the plan is an outturn", () => {
    expect(targetsOf("2024年全县一般公共预算收入安排80000万元,比上年预计完成数增长5%。", 2024).map((t) => `${t.indicator}|${t.value}`)).toEqual(["全县一般公共预算收入|80000", "全县一般公共预算收入|5"]);
    const share = targetsOf("2024年全县一般公共预算收入安排80000万元,其中税收收入安排60000万元,占一般公共预算收入的75%,比上年增长5%。", 2024);
    expect(share.find((t) => t.value === 75)?.indicator).toBe("税收收入占一般公共预算收入的比重");
    expect(allTargetsOf("报告指出,全市固定资产投资402亿元,超年度计划投资12个百分点,比上年增长30%以上。", 2024)).toEqual([]);
  });
  it("a plan released or an agreement signed at the event still sets what is to come (会上发布的…明确到2027年…)", () => {
    expect(targetsOf("会上发布了《XX市算力基础设施高质量发展行动方案》,明确到2027年全市算力规模达到10EFLOPS,新建智算中心5个。", 2025).map((t) => t.value)).toEqual([10, 5]);
    expect(targetsOf("会上,市政府与省电力公司签署战略合作协议,双方明确今年完成电网投资50亿元。", 2025).map((t) => t.value)).toEqual([50]);
  });
  it("a past meeting and a year's commendation give no year of work (召开2024年…推进会3次; …总结表彰暨推进会)", () => {
    expect(extract("过去一年,我们召开2024年重点项目集中开工推进会3次,新开工项目180个。\n今年全年新开工项目200个。").document.docYear ?? null).toBe(null);
    expect(extract("全县召开2024年度重点项目建设总结表彰暨推进会。\n会议要求,今年全县将新开工项目50个。").document.docYear ?? null).toBe(null);
  });
  it("a plan's section of the present state heads a review (产业发展现状)", () => {
    const doc = "XX市新能源汽车产业发展规划\n产业发展现状\n全市新能源汽车产量达到10万辆,规上企业50家。\n发展目标\n到2025年,产量达到30万辆。";
    expect(targetsOf(doc, 2021).map((t) => t.value)).toEqual([30]);
  });
  it("争取 funds and 计划 met in a half-year's report stay past; 已投产的 names which firms", () => {
    expect(allTargetsOf("上半年,全市累计争取上级资金15亿元,同比增长20%以上。", 2024)).toEqual([]);
    expect(targetsOf("确保已投产的20家企业产值增长15%以上。", 2024).map((t) => t.value)).toContain(15);
  });
  it("the present state in a comma form and a sentence (目前,…; 目前,共收到…,共计11103人参与); 目前…年内 is a target", () => {
    expect(allTargetsOf("目前,全市总算力规模突破5.4万P。", 2025)).toEqual([]);
    expect(allTargetsOf("目前,共收到市民意见1712条,同时广泛发动市民参与票选,共计11103人参与。", 2025)).toEqual([]);
    expect(targetsOf("目前正在推进的30个重大项目年内完成投资达到200亿元。", 2025).map((t) => t.value)).toContain(200);
  });
  it("a heading's count of its items and a norm followed set nothing (一、促进就业(3项); 按照…至少建设1个…的原则)", () => {
    expect(allTargetsOf("一、促进就业(3项)\n1.新增城镇就业2万人。", 2025).map((t) => t.value)).toEqual([2]);
    expect(allTargetsOf("按照每10万常住人口以上的城区至少建设1个公益性零工市场的原则,布局建设零工市场。", 2025)).toEqual([]);
  });
  it("work of the year counted after 围绕 is a target (围绕乡村振兴年内完成10项重点任务); a period prepared for after 为实现 is no time", () => {
    expect(targetsOf("围绕乡村振兴年内完成10项重点任务。", 2025).map((t) => t.value)).toEqual([10]);
    expect(targetsOf("今年要完成目标任务,为实现“十五五”开局之年目标打下基础,全年新增城镇就业2万人以上。", 2025).map((t) => t.year)).toEqual([2025]);
  });
});

describe("an amount over years after a goal year, and the present state through a sentence", () => {
  it("年均新增…, 累计培育… after 力争2025年… go on to 2025; a plain next sentence is the year's", () => {
    const doc = "2023年政府工作报告\n今后三年,我们将全力建设制造业强市。力争2025年全市规上工业总产值突破5000亿元。年均新增专精特新企业30家以上,累计培育国家级专精特新“小巨人”企业20家。新建5G基站1000个。";
    expect(targetsOf(doc, 2023).map((t) => `${t.value}|${t.year}`)).toEqual(["5000|2025", "30|2025", "20|2025", "1000|2023"]);
  });
  it("a sentence whose clause opens with 目前 states the present through its semicolons (…,目前…突破5.4万P,…;…带宽达5.898Gbps;)", () => {
    expect(allTargetsOf("呼和浩特市是国家枢纽节点,目前全市总算力规模突破5.4万P,绿色算力指数全国第一;建成投用国际互联网数据专用通道,省际互联网总出口带宽达5.898Gbps。", 2025)).toEqual([]);
    expect(targetsOf("目前正在推进的30个重大项目年内完成投资达到200亿元。", 2025).map((t) => t.value)).toContain(200);
  });
  it("a plan period opening a name leaves it, the year keeps it (到“十四五”末全市养老床位总量, “十四五”期间新增…)", () => {
    expect(targetsOf("到“十四五”末全市养老床位总量达到17.8万张,“十四五”期间新增社区养老服务设施1200处。", 2021).map((t) => `${t.indicator}|${t.year}`)).toEqual([
      "全市养老床位总量|2025", "新增社区养老服务设施|2025",
    ]);
  });
});

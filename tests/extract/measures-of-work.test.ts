// Shapes of real sentences no rule read before: a second measure of the same work after 、, a count set by 突破,
// cubic metres written without 米, and a 同比 rate in a part of a sentence after parts that set targets.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";
import { allTargetsOf, brief, targetsOf } from "./targets-of";

describe("a second measure of the same work", () => {
  it("450个、4200栋 and 68处、36.6公里 are two targets of one indicator", () => {
    const doc = "2024年,新开工改造城镇老旧小区450个、4200栋;实施城镇老旧供热管网改造68处、36.6公里、更新改造换热站20处。";
    expect(targetsOf(doc, 2024).map(brief)).toEqual([
      "新开工改造城镇老旧小区|=|450|个|increment", "新开工改造城镇老旧小区|=|4200|栋|increment",
      "实施城镇老旧供热管网改造|=|68|处|increment", "实施城镇老旧供热管网改造|=|36.6|公里|increment",
      "更新改造换热站|=|20|处|increment",
    ]);
  });
  it("a second value in the same unit is not a second measure (it stays unsure)", () => {
    const all = allTargetsOf("2024年,新开工改造城镇老旧小区450个、120个。", 2024);
    expect(all.find((t) => t.value === 120)?.confidence).toBe("low");
  });
});

describe("突破 before a counted noun", () => {
  it("sets how many (突破5项大模型应用项目), as the verbs of work do", () => {
    const doc = "力争到2027年,培育5家人工智能高新技术企业,突破5项大模型应用项目,形成5个标志性智能产品。";
    expect(targetsOf(doc, 2025).map((t) => `${brief(t)}|${t.year}`)).toEqual([
      "人工智能高新技术企业|=|5|家|increment|2027", "大模型应用项目|>|5|项|increment|2027", "标志性智能产品|=|5|个|increment|2027",
    ]);
  });
  it("before an amount it stays a level's bound (产值突破100亿元)", () => {
    expect(targetsOf("到2027年,人工智能产业产值突破100亿元。", 2025).map(brief)).toEqual(["人工智能产业产值|>|100|亿元|level"]);
  });
});

describe("cubic metres written without 米", () => {
  it("天然气产量420亿立方 is 420 亿立方; 亿立方米 stays whole", () => {
    expect(targetsOf("2023年,天然气产量420亿立方,用水总量控制在11.35亿立方米以内。", 2023).map(brief)).toEqual([
      "天然气产量|=|420|亿立方|level", "用水总量|<=|11.35|亿立方米|level",
    ]);
  });
});

describe("a 同比 rate after a semicolon", () => {
  it("goes on with the plan of the parts before it", () => {
    const doc = "2024年,全省交通基础设施计划投资1400亿元以上,水运货运量同比增长6%;新改建干线公路600公里;多式联运货运量同比增长15%;邮政寄递业务量持续快速增长。";
    expect(targetsOf(doc, 2024).map((t) => `${t.value}|${t.unit}|${t.kind}`)).toEqual(["1400|亿元|increment", "6|%|growth", "600|公里|increment", "15|%|growth"]);
  });
  it("and stays the past after parts that state results", () => {
    const doc = "2023年,全省完成货运量24.8亿吨,同比增长7%;多式联运货运量同比增长15%。";
    expect(targetsOf(doc, 2024)).toEqual([]);
  });
});

describe("a growth rate after a list of indicators", () => {
  it("is each one's when every item is a whole indicator", () => {
    expect(targetsOf("今年力争旅游人次、旅游花费增长15%。", 2025).map(brief)).toEqual(["旅游人次|=|15|%|growth", "旅游花费|=|15|%|growth"]);
  });
  it("short items name kinds of one indicator (货物、服务进出口总额)", () => {
    expect(targetsOf("推动货物、服务进出口总额增长10%以上。", 2025).map(brief)).toEqual(["货物、服务进出口总额|>=|10|%|growth"]);
  });
  it("a level after a list is offered item by item for review", () => {
    const all = allTargetsOf("到2025年,受污染耕地、污染地块安全利用率不低于92%。", 2021);
    expect(all.map((t) => t.confidence)).toEqual(["high", "low"]);
  });
});

describe("a round scale before a noun", () => {
  it("names a class of firms or trades (新增百亿企业10家, 千亿产业集群), not an amount", () => {
    expect(targetsOf("力争全年新增百亿企业10家、省级以上专精特新中小企业800家。打造千亿产业集群3个。", 2024).map((t) => `${t.value}|${t.unit}`))
      .toEqual(["10|家", "800|家", "3|个"]);
  });
  it("still states an amount before 大关 and after 突破 at a clause's end", () => {
    expect(targetsOf("2024年,地区生产总值突破万亿大关,一般公共预算收入突破千亿。", 2024).map((t) => `${t.value}|${t.unit}`)).toEqual(["10000|亿", "1000|亿"]);
  });
});

describe("counts of a text's parts and 提升 as a rise", () => {
  it("分为六部分24项内容, 等18项措施, 8项重点工作中 say how the text is divided", () => {
    const doc = "《方案》分为六部分24项内容,提出发展工商业储能应用场景等18项措施。在2024年的8项重点工作中,新增储能装机200万千瓦。";
    expect(targetsOf(doc, 2024).map((t) => `${t.value}|${t.unit}`)).toEqual(["200|万千瓦"]);
  });
  it("较2020年提升30% of a volume is a growth rate; 提升2个百分点 of a rate is a rise; 改造提升10处 stays the work's name", () => {
    const doc = "到2025年,铁路货运到发量较2020年提升30%,森林覆盖率较2020年提升2个百分点,完成智慧停车场改造提升10处。";
    expect(targetsOf(doc, 2022).map(brief)).toEqual([
      "铁路货运到发量|=|30|%|growth", "森林覆盖率|=|2|个百分点|increment", "智慧停车场改造提升|=|10|处|increment",
    ]);
  });
});

describe("a plan's sure and stretch values, forecasts and work already started", () => {
  it("确保2600亿元、力争2800亿元 gives two targets of one indicator, without the word of will in its name", () => {
    expect(targetsOf("2025年公路水路交通投资确保2600亿元、力争2800亿元,高速公路开工1000公里。", 2025).map(brief)).toEqual([
      "公路水路交通投资|=|2600|亿元|level", "公路水路交通投资|=|2800|亿元|level", "高速公路开工|=|1000|公里|increment",
    ]);
  });
  it("预计全年 after a word of the plan is the plan's expected amount; a forecast alone sets nothing", () => {
    expect(targetsOf("2023年,我市将持续加大交通基础设施建设力度,预计全年交通建设工程总投资约5亿元。", 2023).map(brief)).toEqual(["交通建设工程总投资|~|5|亿元|level"]);
    expect(targetsOf("预计今年高校毕业生超过1170万人。", 2023)).toEqual([]);
  });
  it("a start already made, closing its clause, is done (…28所建设项目均已开工); 已开工的 names which", () => {
    const doc = "2024年,计划新改扩建中小学28所,1月份28所建设项目均已开工;推动已开工的30个项目加快建设。";
    expect(targetsOf(doc, 2024).map((t) => `${t.value}|${t.unit}`)).toEqual(["28|所", "30|个"]);
  });
});

describe("a line wrapped before its number", () => {
  it("joins when the lines hold a sentence's punctuation, though they end like names of organisations", () => {
    const doc = "2024年教育工作要点\n普通高中在校生比例达到 65%。全市新增特殊教育资源教室\n30 个。义务教育课后服务学校覆盖率达到100%。\n";
    expect(targetsOf(doc, 2024).map((t) => `${t.indicator}|${t.value}|${t.unit}`)).toContain("全市新增特殊教育资源教室|30|个");
  });
});

describe("争取 before a counted noun", () => {
  it("sets how many, as the verbs of work do (争取30家央企二三级子公司落户新区)", () => {
    expect(targetsOf("2023年,争取30家央企二三级子公司落户新区,争取中央预算内投资50亿元。", 2023).map((t) => `${t.value}|${t.unit}|${t.indicator}`))
      .toEqual(["30|家|央企二三级子公司落户新区", "50|亿元|中央预算内投资"]);
  });
});

describe("how a report sets the years of its five-year goals", () => {
  it("a goal year on the line right before a run of headings holds for the parts it introduces", () => {
    const doc = ["2026年杭州任务书", "今年的政府工作报告介绍了“十五五”发展规划。", "到2030年,地区生产总值力争迈上3万亿元新台阶。",
      "(一)推动创新活力之城迈上新台阶。", "科技型中小企业突破5万家。", "(二)推动现代化产业体系焕发新活力。", "服务业增加值突破2万亿元。",
      "2026年工作:", "今年地区生产总值增长5.5%。"].join("\n\n");
    expect(targetsOf(doc, 2026).map((t) => `${t.value}|${t.year}`)).toEqual(["3|2030", "5|2030", "2|2030", "5.5|2026"]);
  });
  it("a heading that closes the section of a vision line starts something else (展望二〇三五年… / 三、主要任务)", () => {
    const doc = ["一、主要目标", "到2025年,森林覆盖率达到36.5%。", "展望二〇三〇年,非化石能源消费比重达到三成左右。", "二、主要任务",
      "(一)深入打好碧水保卫战。新建改造城镇污水管网320公里。"].join("\n");
    expect(targetsOf(doc, 2021).find((t) => t.value === 320)?.year).toBe(2025);
  });
  it("a paragraph opening with a plan period as its time (“十五五”时期是…) dates what it sets", () => {
    const doc = "“十五五”时期是芜湖迈向更高质量发展的攻坚突破期。报告明确,力争期间地区生产总值年均增长5.5%—6%。";
    expect(targetsOf(doc, 2026).map((t) => `${t.value}-${t.valueMax}|${t.year}`)).toEqual(["5.5-6|2030"]);
  });
});

describe("from-to targets, totals of a list, rankings and last year", () => {
  it("由2020年的3139.78亿元增加到7000亿元: the year is the start's, the target is the plan's", () => {
    const doc = "规划提出,至2025年,旅游年总收入由2020年的3139.78亿元增加到7000亿元,旅游产业增加值占GDP比重由2020年的3.4%增加到6%左右。";
    expect(targetsOf(doc, 2021).map((t) => `${t.value}|${t.unit}|${t.year}|${t.kind}`)).toEqual(["7000|亿元|2025|level", "6|%|2025|share"]);
  });
  it("a count summing up a list names one total (集成电路、生物医药、人工智能三大产业规模), and a headline's place leaves the name", () => {
    expect(allTargetsOf("上海:2023年集成电路、生物医药、人工智能三大产业规模力争增长50%左右。", 2021).map((t) => `${t.indicator}|${t.year}`))
      .toEqual(["集成电路、生物医药、人工智能三大产业规模|2023"]);
  });
  it("how many of a kind enter a ranking is a count to reach (力争4家企业进入制造业世界500强)", () => {
    expect(targetsOf("到2023年,力争4家企业进入制造业世界500强,10家医院进入全国医院排行榜百强。", 2021).map((t) => `${t.indicator}|${t.value}|${t.unit}`))
      .toEqual(["企业进入制造业世界500强|4|家", "医院进入全国医院排行榜百强|10|家"]);
  });
  it("去年 is the year before the document's: what it reports is past; 比去年 is a base", () => {
    const doc = "去年全年,上海工业机器人产量达到7.5万台,实现了6%的正增长。到2025年,产业规模达到1000亿元,产量比去年增长20%。";
    expect(targetsOf(doc, 2023).map((t) => `${t.value}|${t.year}`)).toEqual(["1000|2025", "20|2025"]);
  });
});

describe("asides, headings of the year's work and thresholds inside a share", () => {
  it("a year in a bracketed aside qualifies a name and dates nothing", () => {
    const doc = "2023年经济社会发展的主要预期目标建议为:地区生产总值增长8%以上;一般公共预算支出(扣除2022年灾后恢复重建专项资金支出外)增长3%以上;规模以上工业增加值增长15%以上。";
    expect(targetsOf(doc, 2023).map((t) => `${t.value}|${t.year}`)).toEqual(["8|2023", "3|2023", "15|2023"]);
  });
  it("三、2024年主要工作安排 names the document's year", () => {
    const doc = "今年经济社会发展主要预期目标是:全县地区生产总值增长8%左右。\n三、2024年主要工作安排\n完成耕地修复2000亩。\n";
    expect(extract(doc).document.docYear).toBe(2024);
  });
  it("an amount bounding the noun a share counts is part of it (实现20%的村集体年收入超30万元)", () => {
    expect(targetsOf("2024年,实现20%的村集体年收入超30万元。", 2024).map((t) => `${t.value}|${t.unit}|${t.kind}`)).toEqual(["20|%|share"]);
  });
});

describe("a plan's own framework and its grants", () => {
  it("the parts of a formula the plan is summed up in, and its one overall aim, are no targets", () => {
    const doc = "规划用“1+4+20”概括,即1个总目标、4大主要任务、20项重点工程。将“城市大脑”作为建设的1个总抓手。到2025年,新建学校20所。";
    expect(targetsOf(doc, 2022).map((t) => `${t.value}|${t.unit}`)).toEqual(["20|所"]);
  });
  it("a grant's share of the cost and its cap are the grant's (给予最高30%且不超过5000万元支持)", () => {
    expect(targetsOf("按照核定项目总投资,给予最高30%且不超过5000万元支持。到2027年,培育企业50家。", 2025).map((t) => `${t.value}|${t.unit}`)).toEqual(["50|家"]);
  });
});

describe("the year so far", () => {
  it("what 今年以来 has brought is a result; 今年 alone sets a target", () => {
    const doc = "近期,企业今年以来签约订单总额逾150亿美元。\n今年以来,全市新增就业5万人。\n今年新增就业10万人。";
    expect(targetsOf(doc, 2025).map((t) => `${t.value}|${t.unit}`)).toEqual(["10|万人"]);
  });
});

describe("years in news summaries of a year's report", () => {
  it("a line that is only a past year heads results (2025年—— / …增长5.5%), the document's year heads targets", () => {
    const doc = ["咸阳市政府工作报告", "2025年——", "全市生产总值增长5.5%,一般公共预算收入增长3.1%", "2026年——", "今年全市生产总值增长5.5%以上。"].join("\n");
    expect(targetsOf(doc, 2026).map((t) => `${t.value}|${t.year}`)).toEqual(["5.5|2026"]);
  });
  it("a line that is only the year, with nothing after 年, heads what follows as 2025年—— does", () => {
    const doc = ["二、报告原文:持续扩大内需", "辽宁亮点", "2025年", "社会消费品零售总额增长1.4%,限上单位网上零售额增长18.1%",
      "辽宁落点", "2026年", "社会消费品零售总额增长4%左右"].join("\n\n");
    expect(targetsOf(doc, 2026).map((t) => `${t.value}|${t.year}`)).toEqual(["4|2026"]);
  });
  it("the document's year on a line of its own ends the review a heading of results opened", () => {
    const doc = ["一、报告原文:东北全面振兴取得新突破", "辽宁亮点", "2025年", "城镇新增就业48万人", "辽宁落点", "2026年",
      "一般公共预算收入增长2.5%左右", "城镇新增就业45万人以上"].join("\n\n");
    expect(targetsOf(doc, 2026).map((t) => `${t.value}|${t.year}`)).toEqual(["2.5|2026", "45|2026"]);
  });
  it("the year as the subject of its sentence dates the goals after it, also after the words that report it (报告指出,2021年是…)", () => {
    const doc = ["未来五年主要预期目标:确保GDP超过2500亿元、力争达到3000亿元。",
      "报告指出,2021年是实施“十四五”规划的第一年。经济社会发展的主要预期目标是:地区生产总值增长11%;规模以上工业增加值增长12%。"].join("\n\n");
    expect(targetsOf(doc, 2021).map((t) => `${t.value}|${t.year}`)).toEqual(["2500|2025", "3000|2025", "11|2021", "12|2021"]);
  });
  it("a page that explains a plan, or says it was drawn up, takes the plan's end for its undated goals", () => {
    const explained = ["3月7日,国务院新闻办公室举行吹风会,解读“十五五”规划《纲要(草案)》。",
      "在教育方面,新建改扩建1000所优质的普通高中。"].join("\n\n");
    expect(targetsOf(explained, 2026).map((t) => `${t.value}|${t.year}`)).toEqual(["1000|2030"]);
    const drawnUp = ["记者了解到,《泉州市“十四五”保障和改善公共服务专项规划》近日编制完成。",
      "泉州将初步建成…医疗服务体系,实现每千人口医疗机构床位6.1张,县域内就诊率达到90%。"].join("\n\n");
    expect(targetsOf(drawnUp, 2022).map((t) => `${t.value}|${t.year}`)).toEqual(["6.1|2025", "90|2025"]);
  });
  it("a summary of the year's report gives its undated work the year, not the five-year goals' 2030", () => {
    const doc = ["研读2026年政府工作报告,今年的工作部署条目明晰。", "“十五五”时期是加快动能转换的重要窗口期,提出经济社会发展的主要目标。",
      "推进制造业延链强链。实施100个重点工业和技改项目,完成年度投资500亿元。"].join("\n");
    expect(targetsOf(doc, 2026).map((t) => `${t.value}|${t.year}`)).toEqual(["100|2026", "500|2026"]);
  });
  it("锚定“十五五” names what work is aimed at, not the time of the clause", () => {
    expect(targetsOf("锚定“十五五”,生产总值预期目标增长5.5%以上", 2026).map((t) => `${t.value}|${t.year}`)).toEqual(["5.5|2026"]);
  });
  it("已经 in a noun's qualifier reports nothing done (对于已经开启的新的五年征程,…到“十四五”末…要达到300亿元)", () => {
    const doc = "对于已经开启的新的五年征程,市长表示,到“十四五”末,全市地区生产总值要达到300亿元。\n同时,城区常住人口达到20万人。到2035年,地区生产总值突破600亿元。";
    expect(targetsOf(doc, 2021).map((t) => `${t.value}|${t.year}`)).toEqual(["300|2025", "20|2025", "600|2035"]);
  });
});

describe("from a plan period's start, lists of counted things", () => {
  it("由“十三五”的1.753万亿元,发展到2.568万亿元: the period dates the start, the rest is the plan's", () => {
    const doc = "根据意见,到2025年,建成一批绿色食品产业。全省绿色食品产业全产业链由“十三五”的1.753万亿元,发展到2.568万亿元,年均增长7.9%。";
    expect(targetsOf(doc, 2022).map((t) => `${t.value}|${t.unit}|${t.year}`)).toEqual(["2.568|万亿元|2025", "7.9|%|2025"]);
  });
  it("each bounded count of a list of counted things is a target (5个左右…、50个左右…和300个以上…)", () => {
    expect(targetsOf("到2025年,建设5个左右省级区域中心、50个左右省级行业中心和300个以上边缘级中心。", 2022).map((t) => `${t.value}|${t.indicator}`))
      .toEqual(["5|省级区域中心", "50|省级行业中心", "300|边缘级中心"]);
  });
  it("a bounded count heading a list of counts of its own (惠及30万名以上妇女儿童、10万户家庭) is a target too", () => {
    expect(targetsOf("开展24个项目建设,惠及30万名以上妇女儿童、10万户家庭。", 2025).map((t) => `${t.value}|${t.unit}|${t.kind}`)).toEqual(["24|个|increment", "30|万名|level", "10|万户|level"]);
  });
  it("a count closing a list a verb of building opens is how many it builds; a count of measures is not", () => {
    expect(targetsOf("到2025年,建成稻米、小麦、玉米、茶叶等10个千亿级绿色食品产业。", 2022).map((t) => `${t.value}|${t.unit}|${t.kind}`)).toEqual(["10|个|increment"]);
    expect(targetsOf("推出旨在优化战略布局、培育市场主体、擦亮文旅品牌等24条举措。", 2023)).toEqual([]);
  });
});

describe("what an independent review of these rules found, and mended", () => {
  const valuesYears = (doc: string, year = 2024): string[] => targetsOf(doc, year).map((t) => `${t.value}|${t.year}`);
  it("a round scale before 余, 多 or 的 still states an amount (两万余人, 迈上一万亿的新台阶)", () => {
    expect(valuesYears("全年新增城镇就业两万余人。")).toEqual(["2|2024"]);
    expect(valuesYears("到2025年,全市地区生产总值迈上一万亿的新台阶。")).toEqual(["1|2025"]);
  });
  it("去年 as a comparison is a base (规模超过去年, 与去年持平)", () => {
    expect(valuesYears("力争全年进出口总额增长5%,规模超过去年。")).toEqual(["5|2024"]);
    expect(valuesYears("全年粮食产量稳定在100万吨,与去年持平。")).toEqual(["100|2024"]);
  });
  it("the year's work under headings after a goal year stays the year's when it says 全年", () => {
    const doc = "三、重点任务\n到2025年,全市地区生产总值达到1万亿元。\n(一)加快产业升级\n全年新建5G基站1000个。\n";
    expect(valuesYears(doc)).toEqual(["1|2025", "1000|2024"]);
  });
  it("“十四五”时期是… in a report of a year inside that period dates nothing", () => {
    expect(valuesYears("“十四五”时期是我市加快转型的关键时期。地区生产总值增长6%左右,新增城镇就业3万人。")).toEqual(["6|2024", "3|2024"]);
  });
  it("a period so far before a semicolon carries no plan (1-6月,…;…同比增长8%)", () => {
    expect(valuesYears("1-6月,全市完成固定资产投资100亿元;社会消费品零售总额同比增长8%;规上工业增加值同比增长6.5%。")).toEqual([]);
  });
  it("a quoted formula's number names its parts only where the text says so (实施“1+5”行动计划,…建成5个…)", () => {
    expect(valuesYears("实施“1+5”行动计划,到2025年建成5个省级示范园区。")).toEqual(["5|2025"]);
  });
  it("a result dated in brackets stays a result; measures issued are a deliverable; 由2026年起 dates its sentence", () => {
    expect(valuesYears("全市地区生产总值达到1200亿元(2023年)。")).toEqual([]);
    expect(valuesYears("年内出台10条具体措施。")).toEqual(["10|2024"]);
    expect(allTargetsOf("由2026年起,全市新建住宅100%执行绿色建筑标准。", 2024).map((t) => t.year)).toEqual([2026]);
  });
  it("提升 in the name of work stays in it (职业技能提升5万人次)", () => {
    expect(targetsOf("全年完成职业技能提升5万人次。", 2024).map((t) => t.indicator)).toEqual(["职业技能提升"]);
  });
});

describe("what a second review of these rules found, and mended", () => {
  const valuesYears = (doc: string, year: number): string[] => targetsOf(doc, year).map((t) => `${t.value}|${t.year}`);
  it("a paragraph opening with the new plan period that turns to the year's work keeps the year's targets the year's", () => {
    expect(valuesYears("“十五五”时期是基本实现现代化的关键时期,做好今年工作意义重大。全年地区生产总值增长5%左右,新增城镇就业3万人。", 2026)).toEqual(["5|2026", "3|2026"]);
  });
  it("提升 before a rate of any indicator is a rise (全社会研发投入提升15%)", () => {
    expect(targetsOf("全社会研发投入提升15%。", 2026).map(brief)).toEqual(["全社会研发投入|=|15|%|growth"]);
  });
  it("a price base in an aside is no time (增长6%(2020年可比价)); 于去年 is a time; 由2020年1000亿元 is a start", () => {
    expect(valuesYears("全年地区生产总值增长6%(2020年可比价)。", 2026)).toEqual(["6|2026"]);
    expect(valuesYears("全市于去年建成5G基站1000个。", 2026)).toEqual([]);
    expect(valuesYears("到2025年,旅游收入由2020年1000亿元增加到2500亿元。", 2021)).toEqual(["2500|2025"]);
  });
  it("a plan that only follows the year's report keeps its own horizon", () => {
    expect(valuesYears("为贯彻落实《2024年市政府工作报告》部署,制定本方案。\n到2027年,全市地区生产总值达到1万亿元。\n新建5G基站1000个。\n", 2024)).toEqual(["1|2027", "1000|2027"]);
  });
  it("a list of fields with 建设 inside a noun builds nothing (加强基础设施建设、…等5个领域投入)", () => {
    expect(targetsOf("加强基础设施建设、公共服务、生态环境等5个领域投入。", 2026)).toEqual([]);
  });
});

describe("a trend since a time that the plan keeps", () => {
  it("巩固今年以来…向好态势 opens no review; 今年以来, opening a paragraph, still does", () => {
    expect(targetsOf("巩固今年以来经济回升向好态势,全年地区生产总值增长5%左右。", 2024).map((t) => t.value)).toEqual([5]);
    expect(targetsOf("今年以来,全市新增就业5万人。", 2024)).toEqual([]);
  });
});

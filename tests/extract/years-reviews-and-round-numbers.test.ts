// Forms met on real pages of round 42, each rule with its example sentences. Sentences written for these tests (unit
// tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const all = (text: string, docYear?: number) => extract(text, { docYear }).targets;
const read = (text: string, docYear?: number): string[] =>
  all(text, docYear).filter((t) => t.confidence !== "low").map((t) => `${t.indicator}|${t.value}${t.unit}|${t.year}|${t.kind}`);

describe("the year a page speaks in", () => {
  it("is the year a paragraph opens with after a word going on from before, with what is planned (此外,2023年,…计划投资)", () => {
    const text = "12月30日,县长作政府工作报告。\n过去一年,全县城镇新增就业10316人。\n此外,2023年,全县计划投资20亿元,推进县医院新院建设。";
    expect(extract(text).document.docYear).toBe(2023);
  });
});

describe("a paragraph after one opening with the year just past", () => {
  const review = "过去一年,全县大力发展文体事业,城镇新增就业10316人。\n";
  it("goes on with its review when it names no year and sets nothing (脱贫人口人均纯收入达到14976元)", () => {
    const text = review + "全县持续巩固脱贫成果,脱贫人口人均纯收入达到14976元、增长13.9%。着力优化生态环境,主要污染物减排超额完成任务。\n" +
      "2023年,全县坚持就业优先,城镇新增就业7500人。";
    expect(read(text, 2023)).toEqual(["城镇新增就业|7500人|2023|increment"]);
  });
  it("but not when that paragraph itself turns to this year (…全部按期建成。今年,…)", () => {
    const text = "过去的一年,20项民生实事项目全部按期建成。今年,全区围绕安居乐业办好实事。\n就业服务方面,新增两个零工小站,提供就业岗位1000个。";
    expect(read(text, 2025)).toEqual(["零工小站|2个|2025|increment", "提供就业岗位|1000个|2025|increment"]);
  });
  it("nor when it sets a bound (地区生产总值增长5%左右)", () => {
    expect(read(review + "全县地区生产总值增长5%左右。", 2023)).toEqual(["全县地区生产总值|5%|2023|growth"]);
  });
});

describe("a line opening with a year as its time", () => {
  it("starts a paragraph of its own in a page not wrapped at a width, though the line before ends on a comma", () => {
    const text = "过去一年,全县新增就业10316人。着力优化生态环境,主要污染物减排超额完成任务,水质达标率100%,\n" +
      "2023年,全县坚持就业优先,着力完善就业公共服务体系,城镇新增就业7500人;推进居家适老化改造。";
    expect(read(text, 2023)).toEqual(["城镇新增就业|7500人|2023|increment"]);
  });
});

describe("round numbers in words", () => {
  it("spaced off like figures are read closed up (新建改建污水收集管线 一千 公里)", () => {
    expect(read("到2025年,污水处理率达到 98%;新建改建污水收集管线 一千 公里;建立 一百 处生物多样性保护示范区。", 2021)).toEqual([
      "污水处理率|98%|2025|share", "新建改建污水收集管线|1000公里|2025|increment", "生物多样性保护示范区|100处|2025|increment",
    ]);
  });
  it("count after a verb of work, a round hundred or thousand (开展一百个…示范)", () => {
    expect(read("到2025年,开展一百个大宗固体废弃物综合利用示范。", 2021)).toEqual(["大宗固体废弃物综合利用示范|100个|2025|increment"]);
  });
  it("but not in a set phrase or a programme's name (千家万户, 实施千村示范工程)", () => {
    expect(read("到2025年,惠及千家万户,实施一千个村示范工程。", 2021)).toEqual([]);
  });
});

describe("kinds", () => {
  it("a stock held is a level, 累计 or not (新能源汽车累计保有量力争达到200万辆)", () => {
    expect(read("到2025年,新能源汽车累计保有量力争达到200万辆。", 2021)).toEqual(["新能源汽车累计保有量|200万辆|2025|level"]);
  });
  it("the built-up area a measure is of builds nothing (建成区人均公园绿地面积达到16.7平方米, 建成区面积达到500平方公里)", () => {
    expect(read("到2025年,建成区人均公园绿地面积达到16.7平方米,建成区面积达到500平方公里。", 2021)).toEqual([
      "建成区人均公园绿地面积|16.7平方米|2025|level", "建成区面积|500平方公里|2025|level",
    ]);
  });
  it("while district-level centres built are work of the period (建成区级体育中心23个)", () => {
    expect(read("到2020年,建成区级体育中心23个。", 2017).map((t) => t.split("|").pop())).toEqual(["increment"]);
  });
  it("a fall said with 累计 after its verb is a rate of change (能源消耗降低累计14.5%)", () => {
    expect(read("到2025年,单位地区生产总值能源消耗降低累计14.5%。", 2022)).toEqual(["单位地区生产总值能源消耗|14.5%|2025|growth"]);
  });
});

describe("a goal's label then a word of will", () => {
  it("sets the value for the label (GDP增长预期目标:确保22%,力争30%)", () => {
    expect(read("兰州新区今年GDP增长预期目标:确保22%,力争30%", 2020)).toEqual([
      "兰州新区今年GDP增长预期目标|22%|2020|growth", "兰州新区今年GDP增长预期目标|30%|2020|growth",
    ]);
  });
});

describe("a month that dates a text issued", () => {
  it("opens no report of the months so far when the text is named (今年8月,…联合发布《…》,…到2025年,…打造500个左右…)", () => {
    const text = "今年8月,商务部等九部门联合发布《县域商业三年行动计划(2023—2025年)》,重点提出了“三个一批”,到2025年,在全国打造500个左右的县域商业“领跑县”。";
    expect(read(text, 2023).map((t) => t.split("|").slice(1, 3).join("|"))).toEqual(["500个|2025"]);
  });
  it("while the months so far still report (今年1-8月,全市完成投资500亿元)", () => {
    expect(read("今年1-8月,全市完成固定资产投资500亿元。", 2023)).toEqual([]);
  });
});

describe("money raised or laid out for funds named after it", () => {
  it("is an amount set by its verb (筹措60亿元专项资金, 安排5000万元奖补资金)", () => {
    expect(read("广西将筹措60亿元专项资金重点支持农村基础设施。今年将安排5000万元奖补资金,支持企业技改。", 2018).map((t) => t.split("|").slice(1).join("|"))).toEqual([
      "60亿元|2018|increment", "5000万元|2018|increment",
    ]);
  });
});

describe("a lead-in naming the goals, then 是", () => {
  it("is no part of the first goal's name (今年…的主要指标安排是生产总值增长百分之九以上)", () => {
    expect(read("今年上海经济社会发展的主要指标安排是生产总值增长百分之九以上。", 2007)).toEqual(["生产总值|9%|2007|growth"]);
  });
  it("but one indicator's goal keeps its name (粮食产量目标为500亿斤左右), as does a question (增长目标为何设为5.5%左右)", () => {
    expect(read("今年粮食产量目标为500亿斤左右。", 2024).map((t) => t.split("|")[0])).toEqual(["粮食产量目标"]);
    expect(read("今年GDP增长目标为何设为5.5%左右?", 2022).map((t) => t.split("|")[0])).toEqual(["GDP增长目标为何设"]);
  });
});

describe("an item that says how its own amount moves", () => {
  it("is a clause, no item of a list sharing the value (能耗进一步下降、完成“十一五”期间下降20%左右)", () => {
    expect(read("2010年上海目标万元生产总值综合能耗进一步下降、完成“十一五”期间下降百分之二十左右的目标。", 2010)).toHaveLength(1);
  });
  it("while whole indicators listed share a growth (旅游人次、旅游花费增长15%)", () => {
    expect(read("今年旅游人次、旅游花费增长15%。", 2024)).toHaveLength(2);
  });
});

describe("a paragraph opened by a past year", () => {
  it("reviews it only until a sentence sets the document year's goals (2018年,…。2019年,…预期目标是…;申报认定…6家)", () => {
    const text = "2018年,高新区全年技工贸总收入同比增长37.94%。2019年,高新区全年经济增长的预期目标是实现技工贸总收入增长30%,一般公共预算收入增长10%;" +
      "申报认定国家高新技术企业6家,高新技术企业占规模企业比例达到30%。";
    expect(read(text, 2019).map((t) => t.split("|")[1])).toEqual(["30%", "10%", "6家", "30%"]);
  });
  it("and goes on reviewing across its sentences before that (2018年,…。新认定国家高新技术企业7家。)", () => {
    expect(read("2018年,高新区全年技工贸总收入同比增长37.94%。新认定国家高新技术企业7家。", 2019)).toEqual([]);
  });
});

describe("a goal aimed at, set against last year", () => {
  it("is read whole (今年将瞄准规模工业产值200亿元目标,力争比上年增长50亿元)", () => {
    expect(read("今年将瞄准规模工业产值200亿元目标,力争比上年增长50亿元。", 2013)).toEqual([
      "规模工业产值|200亿元|2013|level", "规模工业产值|50亿元|2013|increment",
    ]);
  });
  it("while a comparison with last year with no will stays a result (全年工业产值比上年增长50亿元)", () => {
    expect(read("全年工业产值比上年增长50亿元。", 2013)).toEqual([]);
  });
});

describe("a task's area", () => {
  it("is work of the period (落实“四旁”种植油茶工作任务2000亩), a harvest's the year's level (粮食播种面积目标任务31.2万亩)", () => {
    expect(read("今年落实“四旁”种植油茶工作任务2000亩,全年粮食播种面积目标任务31.2万亩。", 2026).map((t) => t.split("|").slice(1).join("|"))).toEqual([
      "2000亩|2026|increment", "31.2万亩|2026|level",
    ]);
  });
});

describe("a heading of results achieved", () => {
  const body = "\n力争90%以上的村生活垃圾得到治理,卫生厕所普及率达85%左右。\n";
  it("in a plan of work is what the plan aims at ((二)取得人居环境整治新成绩 under …2020年工作计划)", () => {
    expect(extract("平昌县农业农村局2020年工作计划\n\n(一)推动农业产业高质量发展。新建农产品加工厂房10个。\n(二)取得人居环境整治新成绩。" + body).targets
      .filter((t) => t.confidence !== "low").map((t) => `${t.value}${t.unit}|${t.year}`)).toEqual(["10个|2020", "90%|2020", "85%|2020"]);
  });
  it("but reviews in a report on a plan carried out (…2019年计划执行情况…的报告)", () => {
    expect(extract("关于2019年计划执行情况的报告\n\n(二)取得人居环境整治新成绩。\n全县90%以上的村生活垃圾得到治理,卫生厕所普及率达85%。\n").targets
      .filter((t) => t.confidence !== "low")).toEqual([]);
  });
});

describe("trade completed", () => {
  it("is the year's level, as an output completed (进出口额完成5亿美元)", () => {
    expect(read("2019年,保税物流中心进出口额完成5亿美元。", 2019).map((t) => t.split("|").pop())).toEqual(["level"]);
  });
});

describe("a plan of some years the page says will now be carried out", () => {
  it("dates the page's goals to its last year (广西将…实施乡村振兴三年行动计划 on a page of 2018 → 2020)", () => {
    const text = "1月15日,自治区召开全区农村工作会议时宣布,广西将围绕基础设施、公共服务、特色产业三个方面,大力实施乡村振兴三年行动计划。\n广西将筹措60亿元专项资金重点支持农村基础设施建设。";
    expect(read(text, 2018).map((t) => t.split("|").slice(1, 3).join("|"))).toEqual(["60亿元|2020"]);
  });
  it("but not on a page of the year's own work (今年,…将实施…三年行动计划)", () => {
    const text = "今年,全区将大力实施乡村振兴三年行动计划,筹措60亿元专项资金支持农村基础设施建设。";
    expect(read(text, 2018).map((t) => t.split("|").slice(1, 3).join("|"))).toEqual(["60亿元|2018"]);
  });
});

describe("cases an independent review of round 42 found", () => {
  const ticked = (text: string, docYear: number): string[] =>
    extract(text, { docYear }).targets.filter((t) => t.confidence !== "low").map((t) => `${t.value}${t.unit}@${t.year}`);
  it("a plan's heading of what the past years achieved still reviews (过去五年取得的显著成就, 上半年取得的成效)", () => {
    expect(ticked("某县国民经济和社会发展第十四个五年规划纲要\n第一章 过去五年取得的显著成就\n新建农村公路320公里,新增城镇就业2.1万人。\n第二章 主要目标\n到2025年,新增城镇就业2.5万人。", 2021)).toEqual(["2.5万人@2025"]);
    expect(ticked("某镇2021年工作计划\n一、上半年取得的成效\n完成农村改厕300户,新建垃圾收集点20个。\n二、下半年工作计划\n完成农村改厕200户。", 2021)).toEqual(["200户@2021"]);
  });
  it("an amount added to a stock is an increment (新增普惠小微贷款余额), and 建成区域性… builds", () => {
    expect(read("全年新增普惠小微贷款余额60亿元以上,建成区域性医疗中心2个。", 2023).map((t) => t.split("|").pop())).toEqual(["increment", "increment"]);
  });
  it("one indicator's goal named with 的目标为 keeps its name (粮食生产的目标为总产量…)", () => {
    expect(read("今年粮食生产的目标为总产量稳定在120万吨以上。", 2023).map((t) => t.split("|")[0])).toEqual(["粮食生产的目标为总产量"]);
    // (a field's development named before its goals leads them in: 工业发展的目标为…)
    expect(read("今年工业发展的目标为规上工业总产值突破300亿元。", 2024).map((t) => t.split("|")[0])).toEqual(["规上工业总产值"]);
  });
  it("the whole place's total added from January is a result (…发布《…》,1-6月全市新增市场主体1.2万户)", () => {
    expect(read("今年6月,我市发布《营商环境报告》,1-6月全市新增市场主体1.2万户,同比增长12%。", 2023)).toEqual([]);
  });
  it("a reward to whoever meets a condition is no amount set (对年度考核优秀的乡镇,下达50万元奖补资金)", () => {
    expect(read("对年度考核优秀的乡镇,下达50万元奖补资金。", 2023)).toEqual([]);
  });
  it("what a year added, after a word going on from before, does not date the page (此外,2023年,…新增城镇就业10316人)", () => {
    expect(extract("此外,2023年,浠水县新增城镇就业10316人,城镇登记失业率为2.8%。").document.docYear).toBeNull();
  });
});

describe("a year's list of projects", () => {
  it("issued dates the page, works too (下达2022年省重大工程项目名单和推进计划)", () => {
    expect(extract("2月14日记者获悉,近日,领导小组办公室下达2022年省重大工程项目名单和推进计划,共安排省重大工程和重点项目3347个。\n今年省重大工程项目计划安排更加聚焦“四化”。").document.docYear).toBe(2022);
  });
  it("started at today's event is news, its planned investment theirs (本次全省集中开工…900个,…年度计划投资2176亿元)", () => {
    expect(read("本次全省集中开工亿元以上重大项目900个,较去年增加159个,年度计划投资2176亿元,同比增长17%。", 2023)).toEqual([]);
  });
  it("while the year's plan of projects stays a goal (2023年,全省将重点推进…287个省列重大项目建设,…年度计划投资2511亿元)", () => {
    expect(read("2023年,全省将重点推进8大领域287个省列重大项目建设,总投资16512亿元,年度计划投资2511亿元。", 2023).map((t) => t.split("|")[1])).toContain("2511亿元");
  });
});

describe("a page on a period's plan", () => {
  const page = "新华社北京3月7日电 题:“十五五”蓝图是我们共同的未来\n春天的盛会,吹响奋进的号角。日前,备受关注的“十五五”规划纲要草案呈现在代表委员面前。" +
    "在草案提出的6方面109项重大工程中,围绕产业基础能力提升等提出28项工程。\n人均预期寿命从79.25岁提高到80岁……“十五五”规划纲要草案12项预期性指标中,多项民生领域指标聚焦百姓关切。";
  it("dates its goals to the period's end, and counts of the plan's parts set nothing (109项重大工程, 28项工程, 12项预期性指标)", () => {
    expect(read(page, 2026)).toEqual(["人均预期寿命|80岁|2030|level"]);
  });
  it("but a year's report that only drafts the plan keeps its year (做好“十五五”规划编制工作)", () => {
    expect(read("做好“十五五”规划编制工作,促进发展规划与国土空间规划高效协同。完成198万平方米老旧小区改造。", 2025).map((t) => t.split("|").slice(1, 3).join("|"))).toEqual(["198万平方米|2025"]);
  });
});

describe("a goal after a long clause naming its topic", () => {
  it("takes its name from the clause's last noun after 的 (以…为支撑的“一化一海五优特”产业集群,力争“十五五”末突破万亿元)", () => {
    const text = "揭阳将加快打造以绿色石化、海洋经济两大新兴支柱产业为引擎,以服装制鞋、五金机电、食品加工、物流电商、大健康五大优势特色产业为支撑的“一化一海五优特”产业集群,力争“十五五”末突破万亿元。";
    expect(read(text, 2026)).toEqual(["“一化一海五优特”产业集群|10000亿元|2030|level"]);
  });
});

describe("a place's field said to flourish", () => {
  it("opens present figures (我市现代港航物流蓬勃发展,…通达全国50多个港口,…覆盖国内152个城市)", () => {
    expect(read("我市现代港航物流蓬勃发展,5000吨级轮船、万吨级船队通达全国50多个港口,物流贸易覆盖国内152个城市及19个国家。", 2025)).toEqual([]);
  });
  it("but not a field a plan makes flourish (全市推动数字经济蓬勃发展,新增…企业100家)", () => {
    expect(read("全市推动数字经济蓬勃发展,新增数字经济企业100家。", 2025)).toHaveLength(1);
  });
});

describe("分别 then a verb and quoted names", () => {
  it("gives each name the noun they share (分别打造“人工智能+”、“数据要素×”典型应用场景20个、100个)", () => {
    expect(read("2026年底,分别打造“人工智能+”、“数据要素×”典型应用场景20个、100个。", 2026)).toEqual([
      "人工智能+典型应用场景|20个|2026|increment", "数据要素×典型应用场景|100个|2026|increment",
    ]);
  });
});

describe("cases a second independent review of round 42 found", () => {
  it("works a plan builds count, though a verb of naming comes first (明确今年建设20项重点工程, 全县今年规划20个重点工程)", () => {
    expect(read("报告明确今年建设20项重点工程。全县今年规划20个重点工程,总投资85亿元。", 2025).map((t) => t.split("|")[1])).toEqual(["20项", "20个"]);
  });
  it("a year's report that follows the period's plan or opens it keeps its year (贯彻落实…“十五五”规划建议, 开局之年)", () => {
    expect(read("全区上下要深入贯彻落实党的二十届四中全会精神和“十五五”规划建议,奋力实现开门红:地区生产总值增长6%。", 2026).map((t) => t.split("|")[2])).toEqual(["2026"]);
    expect(read("作为“十五五”规划纲要的开局之年,全市将确保地区生产总值增长5.5%。", 2026).map((t) => t.split("|")[2])).toEqual(["2026"]);
  });
  it("an action plan carried out since, or a page of the year's quarters, keeps the page's year (实施三年行动计划以来, 一季度…)", () => {
    expect(read("要持续巩固实施三年行动计划以来取得的成果,确保全市空气质量优良天数比例达到85%。", 2021).map((t) => t.split("|")[2])).toEqual(["2021"]);
    expect(read("要纵深实施项目攻坚三年行动,一季度新开工项目不少于40个。", 2023).map((t) => t.split("|")[2])).toEqual(["2023"]);
  });
  it("a field a place works to make flourish sets goals (全省上下奋力推动现代农业蓬勃发展,粮食产量稳定在700亿斤以上)", () => {
    expect(read("全省上下奋力推动现代农业蓬勃发展,粮食产量稳定在700亿斤以上。", 2024)).toHaveLength(1);
  });
  it("a list's results published do not date the page (公布了2023年重大工程项目完成情况)", () => {
    expect(extract("2024年3月,市发改委公布了2023年重大工程项目完成情况。").document.docYear).not.toBe(2023);
  });
  it("money for a work, or for a need, is no reward (针对…的改造需求,今年安排3亿元专项资金; 对…的提档升级,统筹安排5000万元专项资金)", () => {
    expect(read("针对全市老旧小区的改造需求,今年安排3亿元专项资金。对全县农村公路的提档升级,统筹安排5000万元专项资金。", 2025).map((t) => t.split("|")[1])).toEqual(["3亿元", "5000万元"]);
  });
});

describe("statistics a sentence opens with", () => {
  it("report the present (据统计,…老年人已达总人口的21.64%,80岁及以上老年人81.9万)", () => {
    expect(read("据统计,山西省60岁及以上老年人已达总人口的21.64%,80岁及以上老年人81.9万,失能老年人87万。", 2025)).toEqual([]);
  });
  it("but not where the sentence sets what is to come (据测算,到2027年全市…将达到…)", () => {
    expect(read("据测算,到2027年全市养老床位将达到5万张。", 2025)).toHaveLength(1);
  });
});

describe("people counted at the head of their clause, then what they attain", () => {
  it("are a goal's count (年培训2万人次以上,1.7万人取得证书)", () => {
    expect(read("到2025年,先进制造业年培训2万人次以上,1.7万人取得证书。", 2021).map((t) => t.split("|").slice(0, 2).join("|"))).toEqual([
      "先进制造业年培训|2万人次", "取得证书|1.7万人",
    ]);
  });
  it("but not people who did in a review (去年,全市1.2万人取得证书)", () => {
    expect(read("去年,全市1.2万人取得证书。", 2021)).toEqual([]);
  });
});

describe("a progress table written one cell per line, each cell closed by its bar", () => {
  const table = "2025年上半年国民经济和社会发展计划主要预期目标完成情况\n|\n指标名称 |\n预期增长(%) |\n上半年完成(%) |\n|\n地区生产总值 |\n6左右 |\n4 |\n|\n" +
    "城镇新增就业 |\n2.7万人以上 |\n1.34万人 |\n";
  it("reads the expected rise as the year's target and the half year's figures as done (预期增长(%) | 上半年完成(%))", () => {
    expect(read(table, 2025)).toEqual(["地区生产总值|6%|2025|growth", "城镇新增就业|2.7万人|2025|increment"]);
  });
});

describe("cases a third independent review of round 42 found", () => {
  it("已达 in a compound or in a clause before the year's goal sets no review (已达产项目…,全年新增工业产值20亿元)", () => {
    expect(read("推动已达产项目满负荷生产,全年新增工业产值20亿元。全市规上工业企业已达1200家,今年新增规上企业100家以上。", 2025).map((t) => t.split("|")[1])).toEqual(["20亿元", "100家"]);
  });
  it("people who attained a certificate in an exam's result are no goal (经考核,326人取得资格证书)", () => {
    expect(read("经考核,326人取得资格证书,合格率达92%。", 2025).filter((t) => t.includes("326"))).toEqual([]);
  });
  it("a row's own unit in a column of the expected rise with no % makes its value an amount (城镇新增就业 | 万人 | 2.5)", () => {
    const table = "2025年主要预期目标\n| 指标 | 单位 | 预期增长 |\n| --- | --- | --- |\n| 城镇新增就业 | 万人 | 2.5 |\n| 社会消费品零售总额 | % | 6 |\n";
    expect(read(table, 2025).map((t) => t.split("|").slice(1).join("|"))).toEqual(["2.5万人|2025|increment", "6%|2025|growth"]);
  });
});

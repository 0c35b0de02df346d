// Forms met on real pages of round 52, each rule with its example sentences. Sentences written for these tests (unit
// tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const all = (text: string, docYear?: number) => extract(text, { docYear, mentions: true });
const ticked = (text: string, docYear?: number) => all(text, docYear).targets.filter((t) => t.confidence !== "low");
const roleOf = (text: string, raw: string, docYear?: number) => all(text, docYear).mentions?.find((m) => m.text === raw)?.role;

describe("households, then their people right after them", () => {
  it("count one group wherever a noun follows both (实施6乡镇7村596户3523人的易地扶贫搬迁工程)", () => {
    const text = "今年实施6乡镇7村596户3523人的易地扶贫搬迁工程。";
    expect(ticked(text, 2015).map((t) => [t.value, t.unit, t.kind])).toEqual([[596, "户", "increment"], [3523, "人", "increment"]]);
  });
  it("after a count of places too (实施20村2890户1.38万人的整村推进项目)", () => {
    const text = "今年实施20村2890户1.38万人的整村推进项目。";
    expect(ticked(text, 2015).map((t) => [t.value, t.kind])).toEqual([[20, "increment"], [2890, "increment"], [1.38, "increment"]]);
  });
  it("but not a size each counted thing has (新建养老机构3个200张床位 stays two readings of its own)", () => {
    const text = "今年新建养老机构3个,新增床位200张。";
    expect(ticked(text, 2020).map((t) => t.value)).toEqual([3, 200]);
  });
});

describe("a count after 这", () => {
  it("refers back to things already named wherever 这 stands (会议决定批准这6个报告)", () => {
    expect(ticked("会议决定批准这6个报告。", 2022)).toEqual([]);
    expect(roleOf("会议决定批准这6个报告。", "6个", 2022)).toBe("other");
  });
  it("while 该 after a word ending in it stays a word (应该建成3个站点 is no reference)", () => {
    expect(roleOf("今年每个镇应该建成3个站点。", "3个", 2022)).not.toBe("other");
  });
});

describe("a countdown's days", () => {
  it("are no amount to reach (距离2020年还有4天, 距春节只剩10天, 倒计时30天)", () => {
    for (const [text, raw] of [["距离2020年还有4天,各区纷纷召开两会。", "4天"], ["今年距春节只剩10天。", "10天"], ["进博会倒计时30天。", "30天"]]) {
      expect(roleOf(text, raw, 2019)).toBe("other");
    }
  });
  it("while days a plan sets stay targets (审批时限压缩至4天)", () => {
    expect(ticked("今年企业开办审批时限压缩至4天。", 2019).map((t) => t.value)).toEqual([4]);
  });
});

describe("how many items of a list are of one sort", () => {
  it("is no target (今年的10项民生实事,有4项是“老面孔”,…其余6项则是“新成员”)", () => {
    const text = "今年的10项民生实事,有4项是“老面孔”,分别为:推进城市窨井设施改造提升;其余6项则是“新成员”,分别为:实施残疾儿童康复救助。";
    expect(ticked(text, 2022)).toEqual([]);
    expect(roleOf(text, "4项", 2022)).toBe("other");
  });
  it("while items a plan will carry out stay targets (今年要完成10项改革任务)", () => {
    expect(ticked("今年要完成10项改革任务。", 2022).map((t) => t.value)).toEqual([10]);
  });
});

describe("kinds", () => {
  it("a length opened to traffic is work of the period (高速公路建成通车207公里), the network's length its level (通车里程达到7500公里)", () => {
    const text = "今年高速公路建成通车207公里,高速公路通车里程达到7500公里。";
    expect(ticked(text, 2025).map((t) => [t.value, t.kind])).toEqual([[207, "increment"], [7500, "level"]]);
  });
  it("people who find work again are counted within the period (失业人员再就业25万人)", () => {
    expect(ticked("今年失业人员再就业25万人。", 2019).map((t) => t.kind)).toEqual(["increment"]);
  });
});

describe("a full stop written for a decimal point", () => {
  it("is read as the point between digits before a share's or an amount's unit (達到92。6%, 381。7亿元)", () => {
    const text = "到2025年,空气质量优良天数比率达到92。6%,品牌价值达到381。7亿元。";
    expect(ticked(text, 2022).map((t) => [t.value, t.unit])).toEqual([[92.6, "%"], [381.7, "亿元"]]);
  });
  it("but still ends a sentence before a year or a count (完成任务1。2026年…)", () => {
    const text = "今年全市新建学校1所。2026年新建幼儿园3所。";
    expect(ticked(text, 2025).map((t) => t.value)).toEqual([1, 3]);
  });
});

describe("a table of places with a year's task", () => {
  const table = [
    "附件: 2023年临河区小麦种植任务分解表 | |||",
    "面积:万亩 | |||",
    "乡镇(农场) | 可种植面积 | 2023年小麦任务面积 | 备注 |",
    "八一乡 | 8.44 | 0.91 | |",
    "白脑包镇 | 32.01 | 3.89 | |",
  ].join("\n");
  it("reads places named with others in brackets (乡镇(农场)), a task column naming its crop, and the unit a note above the header gives", () => {
    expect(ticked(table, 2022).map((t) => [t.value, t.unit, t.year])).toEqual([[0.91, "万亩", 2023], [3.89, "万亩", 2023]]);
  });
  it("takes a crop's area to sow as the year's level, not work added", () => {
    expect(ticked(table, 2022).map((t) => t.kind)).toEqual(["level", "level"]);
  });
  it("while a task of work keeps its kind (2023年高标准农田任务面积: work of the year)", () => {
    const works = table.replace("2023年小麦任务面积", "2023年高标准农田任务面积");
    expect(ticked(works, 2022).map((t) => t.kind)).toEqual(["increment", "increment"]);
  });
});

describe("units", () => {
  it("枚 counts things one by one (销售乌鸡蛋4000万枚)", () => {
    expect(ticked("力争全年销售乌鸡蛋4000万枚。", 2020).map((t) => [t.value, t.unit])).toEqual([[4000, "万枚"]]);
  });
  it("项次 counts items held or tested as often as done, within the period (开展全民健身活动30项次)", () => {
    expect(ticked("今年开展全民健身活动30项次。", 2025).map((t) => [t.value, t.unit, t.kind])).toEqual([[30, "项次", "increment"]]);
  });
});

describe("a ratio to population", () => {
  it("stays a level after a count added (…培训社会体育指导员4500名以上,…实现每千人拥有社会体育指导员2.8名)", () => {
    const text = "每年培训社会体育指导员4500名以上,力争到2025年,实现每千人拥有社会体育指导员2.8名。";
    expect(ticked(text, 2022).map((t) => [t.value, t.kind])).toEqual([[4500, "increment"], [2.8, "level"]]);
  });
});

describe("how many indicators or measures a plan holds", () => {
  it("named before their total is no target (本次…双控目标量化指标共有5个)", () => {
    const text = "本次下达的用水总量和强度双控目标量化指标共有5个。";
    expect(ticked(text, 2022)).toEqual([]);
    expect(roleOf(text, "5个", 2022)).toBe("other");
  });
});

describe("more kinds", () => {
  it("a verb of adding between 分别 and the values adds them all (…、科技型中小企业分别新增 60家、150家)", () => {
    const text = "到2025年,国家高新技术企业、科技型中小企业分别新增 60家、150家。";
    expect(ticked(text, 2022).map((t) => [t.value, t.kind])).toEqual([[60, "increment"], [150, "increment"]]);
  });
  it("a place and its plan before a yearly verb of adding leave it the verb (航空港区计划每年新增…团队5个)", () => {
    const text = "航空港区计划每年新增高层次人才领衔的创新创业团队5个、优秀教育医疗人才50名。";
    expect(ticked(text, 2022).map((t) => t.kind)).toEqual(["increment", "increment"]);
  });
  it("what the work just named involves is its size (改造老旧小区53处,涉及面积110万平方米)", () => {
    expect(ticked("今年改造老旧小区53处,涉及面积110万平方米。", 2022).map((t) => t.kind)).toEqual(["increment", "increment"]);
  });
  it("a will to build opens the verb (今年将建设供水管网11295公里)", () => {
    expect(ticked("今年全市将建设供水管网11295公里、供水厂26个。", 2023).map((t) => t.kind)).toEqual(["increment", "increment"]);
  });
  it("a total of what is added is added (全年共计增加义务教育学位约4170个)", () => {
    expect(ticked("2019年,全年共计增加义务教育学位约4170个。", 2019).map((t) => t.kind)).toEqual(["increment"]);
  });
  it("things that also have work done on them count the work (还有20所新建改扩建幼儿园开工)", () => {
    expect(ticked("今年全市还有20所新建改扩建幼儿园开工。", 2021).map((t) => [t.value, t.kind])).toEqual([[20, "increment"]]);
  });
});

describe("a sum of money before a verb of work", () => {
  it("is the money the work takes, spent within the period (拟投资30余亿元改造农村公路2000公里)", () => {
    expect(ticked("今年拟投资30余亿元改造农村公路2000公里。", 2022).map((t) => [t.value, t.unit, t.kind])).toEqual([[30, "亿元", "increment"], [2000, "公里", "increment"]]);
  });
  it("while a project named by its kind of work is sized by it (建成30亿元改造项目2个)", () => {
    expect(ticked("今年建成30亿元改造项目2个。", 2022).map((t) => t.value)).toEqual([2]);
  });
});

describe("the months so far", () => {
  it("from January with the year or to a month's end report results (2020年1月至11月底,全市通组公路共开工建设14000公里)", () => {
    const text = "2020年全市通组公路计划完成投资65亿元。2020年1月至11月底,全市通组公路共开工建设14000公里,共完工13633公里。";
    expect(ticked(text, 2020).map((t) => t.value)).toEqual([65]);
  });
  it("but a later year's months are a plan's schedule (2021年1月至6月,开展专项整治行动3次, in a page of 2020)", () => {
    expect(ticked("2021年1月至6月,开展专项整治行动3次。", 2020).map((t) => t.value)).toEqual([3]);
  });
  it("and years counted after a year gone by look back (2018年以来,4年内累计改造农村公路5800多公里)", () => {
    expect(ticked("张振博表示,2018年以来,4年内累计改造农村公路5800多公里。", 2022)).toEqual([]);
  });
});

describe("a page run together into one line", () => {
  it("is dated by its timestamp before its source (…至少60个 2022年10月13日 23:27:37 来源:川观新闻)", () => {
    const text = "决战四季度 投资四川攻坚行动启动,力争四季度新落地10亿元以上项目至少60个 2022年10月13日 23:27:37 来源:川观新闻 记者 陈碧红 行动方案提出,力争第四季度新开工55个以上。";
    expect(all(text).document.docYear).toBe(2022);
  });
});

describe("parts and new things", () => {
  it("a sentence opening with 其中 lists the parts of the amount the sentence before closed on (计划完成投资136.87亿元。其中,高速公路投资69.1亿元)", () => {
    const text = "2019年,绵阳计划实施公路水路交通项目172个,计划完成投资136.87亿元。其中,高速公路投资69.1亿元,建设里程313公里。";
    expect(ticked(text, 2019).map((t) => [t.value, t.kind])).toEqual([[172, "increment"], [136.87, "increment"], [69.1, "increment"], [313, "increment"]]);
  });
  it("a length opened to traffic, the verb first, is work of the period (建成通车高速公路207公里)", () => {
    expect(ticked("今年建成通车高速公路207公里。", 2025).map((t) => t.kind)).toEqual(["increment"]);
  });
  it("a verb of adding opening with 新 inside the name counts new things (10亿元以上项目新落地60个以上)", () => {
    expect(ticked("力争第四季度10亿元以上项目新落地60个以上。", 2022).map((t) => [t.value, t.kind])).toEqual([[60, "increment"]]);
  });
});

describe("the year and the page", () => {
  it("next year opening a full sentence dates its 全年 parts after semicolons (明年我市将…;…,全年计划建成…30条)", () => {
    const text = "据了解,明年我市将以确保安全度汛为第一目标,实施新孟河工程建设;推进城乡水网完善,全面实现省定目标;构建河湖长制新亮点,全年计划建成示范幸福河湖30条。";
    expect(ticked(text, 2021).map((t) => t.year)).toEqual([2022]);
  });
  it("an amount beyond the year's plan is what was done (…河道综合整治完成123.16公里,均超年度计划的200%)", () => {
    expect(ticked("全年完成高效节水灌溉面积3.41万亩,河道综合整治完成123.16公里,均超年度计划的200%。", 2019)).toEqual([]);
  });
  it("an information-disclosure page's 公开日期 dates it (| 公开日期 | 2022-01-19 |)", () => {
    expect(all("| 来   源 | 玉溪网 | 公开日期 | 2022-01-19 |\n报告提出,今后五年生产总值年均增长8%左右。").document.docYear).toBe(2022);
  });
});

describe("work on land and tasks", () => {
  it("an area planted, tended or restored is work of the period (人工造林6万亩, 抚育森林10000亩, 干果经济林提质增效16.9万亩) — not a total (屋顶绿化总面积)", () => {
    expect(ticked("今年人工造林6万亩,抚育森林10000亩,干果经济林提质增效16.9万亩。", 2024).map((t) => t.kind)).toEqual(["increment", "increment", "increment"]);
    expect(ticked("到2015年,全市屋顶绿化总面积达到135万平方米。", 2012).map((t) => t.kind)).toEqual(["level"]);
  });
  it("a task's size counted before it, completed by the clause's verb, is a target (完成国家和省级下达的11.89万亩造林绿化任务)", () => {
    expect(ticked("2020年,长治市将完成国家和省级下达的11.89万亩造林绿化任务。", 2020).map((t) => [t.value, t.kind])).toEqual([[11.89, "increment"]]);
  });
  it("a place and its forecast before a verb of building leave it the verb (福州市预计建设公用充电桩14288个)", () => {
    expect(ticked("到2025年,福州市预计建设公用充电桩14288个。", 2023).map((t) => t.kind)).toEqual(["increment"]);
  });
});

describe("a task list's year", () => {
  it("is the year of the event it plans to hold, when nothing else dates it (精心策划2019年汉中油菜花海略阳观花活动)", () => {
    const text = "序号\n指标\n工作任务\n1\n公共文化服务\n全年组织开展文化下乡等惠民演出不少于100场。\n2\n旅游宣传\n精心策划2019年汉中油菜花海略阳观花活动。\n";
    expect(all(text).document.docYear).toBe(2019);
    expect(ticked(text).map((t) => t.year)).toEqual([2019]);
  });
});

describe("two amounts sharing one change", () => {
  it("each fall or rise against last year is a target of its own (事故数和死亡人数同比下降10%以上, 游客接待量和旅游收入年均增长率不低于15%)", () => {
    expect(ticked("年内全县各类生产安全事故数和死亡人数同比下降10%以上。", 2021).map((t) => t.indicator)).toEqual(["全县各类生产安全事故数", "全县死亡人数"]);
    expect(ticked("到2026年,游客接待量和旅游收入年均增长率不低于15%。", 2024).map((t) => t.indicator)).toEqual(["游客接待量", "旅游收入"]);
  });
  it("but not one amount of two groups (城镇和农村居民人均可支配收入同比增长8%)", () => {
    expect(ticked("今年城镇和农村居民人均可支配收入同比增长8%。", 2021)).toHaveLength(1);
  });
});

describe("a document's own parts", () => {
  it("named after it in one clause are no amounts (《规划》共分三大板块、四章十四节)", () => {
    expect(ticked("《规划》共分三大板块、四章十四节,提出到2025年新增市场主体10万户。", 2021).map((t) => t.value)).toEqual([10]);
  });
});

describe("goals inside a paragraph that opened on the past", () => {
  it("a clause opening with the year's will sets a goal (今年以来,…截至目前,已策划…4个招商项目,…确保全年引进10个优质项目,力争总投资额超45亿元)", () => {
    const text = "今年以来,永和镇围绕市委工作要求,推进项目建设再提速。截至目前,已策划4个招商项目,总投资达15.2亿元,确保全年引进10个优质项目,力争总投资额超45亿元。";
    expect(ticked(text, 2024).map((t) => t.value)).toEqual([10, 45]);
  });
});

describe("a round-up of places' goals", () => {
  it("with each value in brackets after its place, under a growth goal, gives each place's growth goal (湖北(10%以上)、海南(10%以上))", () => {
    const text = "31省份2021年GDP增长目标为:湖北(10%以上)、海南(10%以上)、西藏(9%以上)。";
    expect(all(text).document.docYear).toBe(2021);
    expect(ticked(text).map((t) => [t.indicator, t.kind, t.year])).toEqual([["湖北GDP增长目标", "growth", 2021], ["海南GDP增长目标", "growth", 2021], ["西藏GDP增长目标", "growth", 2021]]);
  });
  it("and a growth goal said of several places at once is a growth (广东和江苏设定的GDP增长目标都超过6%)", () => {
    expect(ticked("广东和江苏设定的GDP增长目标都超过6%。", 2021).map((t) => t.kind)).toEqual(["growth"]);
  });
});

describe("the document's own year compared with last year", () => {
  it("sets what it plans or expects to reach (2021年我镇预计实现全口径税收收入20558万元,比上年18033万元增长14%)", () => {
    expect(ticked("2021年我镇预计实现全口径税收收入20558万元,比上年18033万元增长14%。", 2021).map((t) => t.value)).toEqual([20558, 14]);
  });
  it("while a year gone by still reports (2020年预计完成地区生产总值500亿元,比上年增长8%)", () => {
    expect(ticked("2020年预计完成地区生产总值500亿元,比上年增长8%。", 2021)).toEqual([]);
  });
});

describe("a goal set with the perfective", () => {
  it("is set, not done (上海将GDP增长的预期目标定在了6%以上), while work with it is done (今年全市新建了3所学校)", () => {
    expect(ticked("今年上海将GDP增长的预期目标定在了6%以上。", 2021).map((t) => [t.value, t.kind])).toEqual([[6, "growth"]]);
    expect(ticked("今年全市新建了3所学校。", 2021)).toEqual([]);
  });
});

describe("a sentence after a heading, in a paragraph that opened on the past", () => {
  it("keeps the goals its will clauses set (强化招商引资。…截至目前,已策划4个招商项目,…,确保全年引进10个优质项目,力争总投资额超45亿元)", () => {
    const text = "强化招商引资增资扩产。坚持“走出去招、引进来扶”,开展精准招商,截至目前,已策划4个招商项目,总投资达15.2亿元,确保全年引进10个优质项目,力争总投资额超45亿元。";
    expect(ticked(text, 2024).map((t) => t.value)).toEqual([10, 45]);
  });
});

// Example sentences of the mechanisms that read a department's year plan or a multi-year action plan: bases a target
// builds on, norms a plan lays down, batches of projects, counts of measures, units of fisheries, and values shared by
// a list. Texts written for these tests are unit tests of one rule each, not evidence that the engine generalises.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";
import { allTargetsOf, targetsOf } from "./targets-of";

const read = (body: string, year: number): string[] => targetsOf(body, year).map((t) => `${t.value}|${t.unit}|${t.kind}|${t.year}`);
const roleOf = (body: string, year: number, text: string): string | undefined =>
  (extract(body, { mentions: true, docYear: year }).mentions ?? []).find((m) => m.text === text)?.role;

describe("what a target builds on", () => {
  it("a base year named by the time it was (较疫情前2019年) dates nothing: the sentence's targets stand", () => {
    expect(read("力争入境游客超8万人次,较疫情前2019年(5.2万人次)增长54%。", 2024)).toEqual(["8|万人次|level|2024", "54|%|growth|2024"]);
  });
  it("a clause opening 在…基础上 holds what is already there; the count after it is the target", () => {
    expect(read("在城区已建5家便民驿站的基础上,再建4家。", 2024)).toEqual(["4|家|increment|2024"]);
    expect(roleOf("在城区已建5家便民驿站的基础上,再建4家。", 2024, "5家")).toBe("past");
    // (a base year however its work is named: 在2023年的创建基础上)
    expect(read("在2023年的创建基础上,再创建6个示范社区。", 2024)).toEqual(["6|个|increment|2024"]);
  });
  it("a count right after 现有 is what exists, unless the clause does work on it", () => {
    expect(read("利用现有12名专家坐诊优势,拓展服务内容。", 2024)).toEqual([]);
    expect(read("推进现有9个托育点扩容提质。", 2024)).toEqual(["9|个|increment|2024"]);
  });
  it("a verb with 了 before a list its count closes tells what was done (引进了A、B等3家)", () => {
    expect(read("全市先后引进了甲公司、乙公司等3家龙头企业。", 2024)).toEqual([]);
  });
});

describe("the years of a plan issued after its span began", () => {
  const plan = (sentence: string): string =>
    `关于印发《农村饮水安全三年行动方案(2023-2025年)》的通知\n2024年3月1日\n一、主要目标\n${sentence}\n`;
  it("a year of the plan before the document's is the plan's own, not a review", () => {
    expect(read(plan("2023年农村自来水普及率达到90%以上,2025年达到95%以上。"), 2024)).toEqual(["90|%|share|2023", "95|%|share|2025"]);
  });
  it("(a guard) a year before the plan's span is still the past", () => {
    expect(read(plan("2022年农村自来水普及率为86%。"), 2024)).toEqual([]);
  });
});

describe("norms a plan lays down for what it builds", () => {
  it("what a thing should not fall short of (不应少于, 不应低于) is a standard; 不得 binds a target", () => {
    expect(read("每个基地钓位不应少于30个,接待能力不应低于80人/天。", 2024)).toEqual([]);
    expect(read("企业研发投入强度不得低于2.5%。", 2024)).toEqual(["2.5|%|share|2024"]);
  });
  it("the least area or length a facility is to have (面积不小于) and what each unit is to be equipped with", () => {
    expect(read("船钓钓场面积不小于80公顷。每个示范点应配备不少于6艘游船。", 2024)).toEqual([]);
  });
  it("a floor in the part of a sentence a clause ending in 的 opens is the norm of those it names", () => {
    expect(read("配备池钓设施的,池钓面积不少于3公顷;建设观光步道1.5公里。", 2024)).toEqual(["1.5|公里|increment|2024"]);
  });
  it("a unit price, and an insurance scheme's deductible, are settings, not outcomes", () => {
    expect(read("购买耕地占补平衡指标600亩(单价12万元)。对低保对象降低起付线50%。", 2024)).toEqual(["600|亩|increment|2024"]);
  });
  it("a voucher's discount after the spend that earns it (满100元减40元) is how a coupon works; the year's total is a target", () => {
    expect(read("餐饮消费券设置了单笔消费满100元减40元、满300元减100元等满减额度。全年发放消费券总计约1800万元。", 2025)).toEqual(["1800|万元|increment|2025"]);
  });
  it("the share of costs a scheme covers is an indicator, not a subsidy's setting", () => {
    expect(read("政策范围内住院费用救助比例不低于75%。", 2024)).toEqual(["75|%|share|2024"]);
  });
});

describe("batches of projects and counts that sum up a list", () => {
  it("a clause naming a batch of work, then its size (开工一批,共N个项目); a reserve or pre-work batch is a stock", () => {
    expect(read("开工一批,共24个项目。储备一批,共11个项目。", 2024)).toEqual(["24|个|increment|2024", "11|个|level|2024"]);
  });
  it("a count after 等 sizes the work when a verb of work opens the list, however long it is", () => {
    expect(read("一季度开工滨海步道、游客中心提升、海岛民宿集群、星空营地等6个项目。", 2024)).toEqual(["6|个|increment|2024"]);
    expect(read("策划举办海岛音乐节、沙滩运动会、民谣之夜等30多场文旅活动。", 2024)).toEqual(["30|场|increment|2024"]);
  });
  it("how many measures a plan takes is its means, not an aim (3个方面20项举措)", () => {
    expect(read("实施业态提升、体验精品、管家服务等3个方面18项举措。", 2024)).toEqual([]);
    expect(roleOf("实施业态提升、体验精品、管家服务等3个方面18项举措。", 2024, "18项")).toBe("other");
  });
});

describe("amounts of fisheries, verbs and values a list shares", () => {
  it("fish released (尾) and reefs laid (空方) are amounts of work within the period", () => {
    expect(read("共投放人工鱼礁4万空方,在示范区海域增殖放流鱼苗800万尾。", 2024)).toEqual(["4|万空方|increment|2024", "800|万尾|increment|2024"]);
  });
  it("组 opening 组织 or 组建 is no measure word (a table's row number before its task)", () => {
    expect(roleOf("完成时间2024年12月5组织开展商标评选。", 2024, "5组")).toBeUndefined();
  });
  it("a named ratio after the verb that sets it (实现普职比6.5)", () => {
    expect(read("争取实现普职比6.5。", 2024)).toEqual(["6.5||level|2024"]);
  });
  it("a full rate after a list is each item's; a list that 等 sums up is one group", () => {
    expect(read("基本医保、大病保险覆盖率达到100%。", 2024)).toEqual(["100|%|share|2024", "100|%|share|2024"]);
    expect(targetsOf("独居、空巢等特殊困难老年人月探访率达到100%。", 2024).filter((t) => t.confidence === "high")).toHaveLength(1);
  });
  it("a clause that only names what it counts goes on with the verb of adding before it", () => {
    expect(read("计划新增学位数1800个,医疗床位数120张。", 2024)).toEqual(["1800|个|increment|2024", "120|张|increment|2024"]);
  });
});

describe("a special plan's table run together, and its shares and years", () => {
  it("an attribute cell run into a value ends its row: values and names read as in a table", () => {
    const glued = "核心指标类别序号指标内容规划目标属性安全成效1事故起数同比不得上升预期性2十万人事故死亡率低于0.3预期性队伍建设3专职队员总量达420人以上预期性4志愿队员达900人以上预期性";
    expect(targetsOf(glued, 2023).map((t) => `${t.indicator}|${t.value}|${t.unit}`)).toEqual(["十万人事故死亡率|0.3|", "专职队员总量|420|人", "志愿队员|900|人"]);
  });
  it("a row number run into 十万人 is no figure scaled by 十", () => {
    expect(roleOf("2十万人事故死亡率低于0.3预期性", 2023, "2十万人")).toBeUndefined();
  });
  it("an excerpt opening on a heading of goals is no review, whatever its table's words (安全成效)", () => {
    const excerpt = "(三)规划目标到2025年,治理能力大幅提升,取得更大防控成效。专职队员总量达420人以上。\n四、主要任务\n建设训练基地2个。";
    expect(read(excerpt, 2023)).toEqual(["420|人|level|2025", "2|个|increment|2025"]);
  });
  it("a share before the standard its verb meets (100%按标准完成…, 100%持证上岗), and places a service covers", () => {
    expect(read("到2025年,训练基地100%按国家标准完成建设,操作人员100%持证上岗。", 2023)).toEqual(["100|%|share|2025", "100|%|share|2025"]);
    expect(read("2025年底前全区80%以上行政村覆盖污水处理设施。", 2023)).toEqual(["80|%|share|2025"]);
  });
  it("a span of as many years as values gives each value its year; the next 分别 of the sentence goes on with it", () => {
    expect(read("2023年至2025年站点建成率分别达到40%、70%、100%,人员派驻率分别达到50%、80%、100%。", 2023))
      .toEqual(["40|%|share|2023", "70|%|share|2024", "100|%|share|2025", "50|%|share|2023", "80|%|share|2024", "100|%|share|2025"]);
  });
  it("a five-year plan issued within its period keeps its first years' goals (an excerpt naming the plan near its start)", () => {
    // (a goal of its first year, or what that year reached: offered for review, ticked where a bound says it is a goal)
    const excerpt = "表1 “十四五”应急救援事业发展专项规划指标\n2021年,全区30%的乡镇完成应急队伍达标建设。\n";
    expect(allTargetsOf(excerpt, 2023).map((t) => `${t.value}|${t.year}|${t.confidence}`)).toEqual(["30|2021|low"]);
    expect(read("表1 “十四五”应急救援事业发展专项规划指标\n2021年,全区30%以上的乡镇完成应急队伍达标建设。\n", 2023)).toEqual(["30|%|share|2021"]);
    // (a report citing a plan, 落实“十四五”规划, reviews its first year)
    expect(read("落实人社“十四五”规划实现开门红。2021年,全省完成职业培训30万人次。\n", 2023)).toEqual([]);
  });
  it("a list of members in brackets names one group, not items that each have the value", () => {
    expect(read("公益类企业(城投集团、交通集团)的营业总收入同比增长8%以上。", 2023)).toEqual(["8|%|growth|2023"]);
  });
  it("a stock sized for so many people, and a time a capability acts within, are its specification", () => {
    expect(read("具备1小时内集结30人所需应急物资的能力。", 2023)).toEqual([]);
  });
  it("a time per day or week, or a limit on an activity's time, is a rule of conduct", () => {
    expect(read("小学生每天睡眠10个小时;书面作业完成时间不得超过60分钟,初中不得超过90分钟;高中每周2课时。", 2023)).toEqual([]);
  });
  it("what the context dates before the document's year is a past state (a list under …任务2013年底前开工建设的…)", () => {
    expect(read("二、分配目标任务2013年底前开工建设的公租房,2023年底前要完成分配90%;具体有:1.翠园小区公租房120套;2.竹园小区公租房300套。", 2023))
      .toEqual(["90|%|share|2023"]);
  });
});

describe("what an independent review of these rules found, and mended (guards: the engine before the round read most right)", () => {
  it("a report on a plan, and a text that only cites one, review its earlier years; a plan's earlier year is offered for review", () => {
    expect(read("关于XX区“十四五”规划纲要实施情况的中期评估报告\n2023年5月1日\n2021年,全区地区生产总值达到520亿元,新建5G基站1200个。\n", 2023)).toEqual([]);
    expect(read("全面落实“十四五”发展规划,经济运行稳中向好。2021年,全市地区生产总值增长8.5%。", 2022)).toEqual([]);
    expect(read("按照“十四五”发展规划部署,2021年,全市地区生产总值增长8.5%。", 2022)).toEqual([]);
    const plan = allTargetsOf("XX县“十四五”综合交通运输发展规划\n2021年,全县公路总里程达到3200公里。\n", 2022);
    expect(plan.map((t) => `${t.value}|${t.confidence}`)).toEqual(["3200|low"]);
  });
  it("现有 marks only the count right after it: the target built on it stands", () => {
    expect(read("四是在现有8个中心基础上新增6个区域医疗中心。", 2025)).toEqual(["6|个|increment|2025"]);
    expect(read("在现有60个示范区基础上新建30个。", 2025)).toEqual(["30|个|increment|2025"]);
  });
  it("an indicator's time cap or a service's frequency is no rule of a child's day", () => {
    expect(read("城区居民平均通勤时间不超过40分钟,120急救平均反应时间不超过12分钟。", 2025)).toEqual(["40|分钟|level|2025", "12|分钟|level|2025"]);
    expect(read("推行每周“无作业日”,全市急救平均反应时间缩短至12分钟以内。", 2025)).toEqual(["12|分钟|level|2025"]);
    expect(read("每年组织综合应急演练不少于4次。", 2025)).toHaveLength(1);
  });
  it("floors of land and coast, after a hedge (具备条件的), and with a scope of their own are targets", () => {
    expect(read("永久基本农田保护面积不小于320万亩,大陆自然岸线长度不小于280公里。", 2025)).toHaveLength(2);
    expect(read("具备条件的,农村互助养老服务设施覆盖率不低于60%。", 2025)).toEqual(["60|%|share|2025"]);
    expect(read("建有污水处理设施的,出水水质达标率不低于95%,全县新建农村污水处理设施不少于30座。", 2025)).toEqual(["30|座|increment|2025"]);
  });
  it("a heading of how the goals went is a review; a span of years reaches no list of places", () => {
    expect(read("(一)指标完成情况全区地区生产总值达到850亿元,取得显著成效。城镇新增就业1.2万人,成绩喜人。\n二、2026年目标\n地区生产总值增长6%。\n", 2025)).toEqual(["6|%|growth|2026"]);
    expect(read("2024—2026年垃圾分类覆盖率分别达到60%、80%、100%,城区、近郊、远郊公交站点覆盖率分别达到100%、95%、90%。", 2024).map((t) => t.split("|")[3]))
      .toEqual(["2024", "2025", "2026", "2026", "2026", "2026"]);
    expect(read("2024年至2026年,全市新建充电桩分别达到1000个、1500个、2000个。", 2024).map((t) => t.split("|")[3])).toEqual(["2024", "2025", "2026"]);
  });
  it("people counted before 用 are counted; a subsidy's rate is a setting; 组织 is no verb of work in a noun", () => {
    expect(read("年内培训1000名用人单位人力资源管理人员。", 2025)).toEqual(["1000|名|increment|2025"]);
    expect(read("对购置农机具给予补贴,补贴比例不超过30%;财政奖补比例为20%。", 2025)).toEqual([]);
    expect(read("依托党组织、群团组织、社会组织等3类组织,开展志愿服务。", 2025)).toEqual([]);
  });
  it("a full rate after a list names each item with the rate; a list of places stays one", () => {
    expect(targetsOf("小学、初中入学率达到100%。", 2025).map((t) => t.indicator)).toEqual(["小学入学率", "初中入学率"]);
    expect(targetsOf("全市各乡镇、街道综合文化站覆盖率达到100%。", 2025)).toHaveLength(1);
  });
  it("a growth on a base year in an aside names the indicator just named; a deductible lowered to an amount is a setting", () => {
    expect(targetsOf("力争接待游客1200万人次,较疫情前2019年(980万人次)增长22%。", 2023).map((t) => t.indicator)).toEqual(["接待游客", "接待游客"]);
    expect(read("大病保险起付线降低至1万元。", 2023)).toEqual([]);
  });
  it("a total after a count added is a stock; 了望 is a tower's name", () => {
    expect(read("新建城市公园5个,公园总数30个。", 2025)).toEqual(["5|个|increment|2025", "30|个|level|2025"]);
    expect(read("新建森林防火了望塔、视频监控点等20处。", 2025)).toEqual(["20|处|increment|2025"]);
  });
});

describe("a public-services action plan and a sanitation plan", () => {
  it("how many items a part of the document lists counts nothing (本领域服务项目共8项)", () => {
    expect(read("本领域服务项目共8项。", 2019)).toEqual([]);
  });
  it("who bears a cost, a norm per head, and the ages a measure is extended to are settings", () => {
    expect(read("所需经费由省级财政承担80%。", 2019)).toEqual([]);
    expect(read("居住区按照室内人均建筑面积不低于0.1平方米配置。", 2019)).toEqual([]);
    expect(read("康复服务补贴制度推广到7-14岁。", 2019)).toEqual([]);
    // (a per-head target with no 按照 stays: 人均体育场地面积不少于2平方米)
    expect(read("人均体育场地面积不少于2平方米。", 2019)).toHaveLength(1);
  });
  it("what a plan means to build is an increment (拟建…150座); buses in standard units (260标台)", () => {
    expect(read("拟建公园附属公厕150座左右。全区公交车要突破260标台。", 2019)).toEqual(["150|座|increment|2019", "260|标台|level|2019"]);
  });
});

// Mechanisms round 37's first scores (dev154–dev156) and residual failures showed missing: a year opening a sentence dating
// the sentences after it; a page's year from a meeting held or a next year's work planned; a plan's later stage as its
// horizon; a period looked to; parts of an amount after semicolons; places listed with one size each; headlines restating
// a reported figure; then (dev157–dev159) a report's news of two years, goals moved from last year's, a year's months so
// far, deeds done, scores, a start year named with its span, a plan's tasks and divisions. Sentences written for these
// tests (unit tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const yearOf = (text: string): number | null => extract(text).document.docYear ?? null;
const read = (text: string, docYear?: number): string[] =>
  extract(text, { docYear }).targets.filter((t) => t.confidence !== "low").map((t) => `${t.value}${t.unit}|${t.year}|${t.kind}`);

describe("a year opening a sentence", () => {
  it("dates the sentences after it in its paragraph that name no year, where it is later than the page's year", () => {
    expect(read("3、推进和美乡村建设。2023年编制完成321个村庄规划。支持100个村创建乡村振兴示范村。", 2022)).toEqual(["321个|2023|increment", "100个|2023|increment"]);
    // (a sentence stating nothing still opens its year: 2023年实施…项目。实现…)
    expect(read("4、加大截污治污力度。2023年实施城区污水综合治理项目。新建污水管网20公里。", 2022)).toEqual(["20公里|2023|increment"]);
  });
  it("not the next paragraph, nor past a sentence naming another year", () => {
    expect(read("2023年编制完成321个村庄规划。\n支持100个村创建示范村。", 2022)).toEqual(["321个|2023|increment", "100个|2022|increment"]);
    expect(read("2023年启动10所学校新建,2025年全部建成。新增学位5000个。", 2022)).toEqual(["10所|2023|increment", "5000个|2022|increment"]);
  });
  it("not where it is a milestone before the plan's horizon (2024年完成…。…达到100%。到2025年,…)", () => {
    expect(read("到2025年,建成旅游强县。\n2024年完成景区游客中心改造提升10处。A级旅游景区厕所达标率达到100%。", 2024).at(-1)).toBe("100%|2025|share");
  });
});

describe("the page's year and the plan's horizon", () => {
  it("what a plan still running sets, told after its name with its span, is for the span's end (《…(2020-2022年)》,计划三年推动建设100家…)", () => {
    const text = "早在2020年,市经信委等6部门发布了《上海市建设100+智能工厂专项行动方案(2020-2022年)》,计划三年推动建设100家智能工厂,打造10家标杆性智能工厂。";
    expect(read(text, 2022)).toEqual(["100家|2022|increment", "10家|2022|increment"]);
    // (a plan whose span has ended is past)
    expect(read(text, 2024)).toEqual([]);
  });
  it("from a year's list of projects said published (正式发布 / 2026年江苏省重大项目清单)", () => {
    expect(yearOf("1月9日\n江苏省发展改革委官网正式发布\n2026年江苏省重大项目清单\n今年江苏拟安排省重大项目670个。")).toBe(2026);
  });
  it("from the vote on a year's works announced (2025年“温暖宣汉”十大行动票决结果出炉)", () => {
    expect(yearOf("3月3日,2025年“温暖宣汉”十大行动票决结果出炉。建成10所示范性寄宿学校。")).toBe(2025);
  });
  it("a headline's goal naming no year takes the year the page states for the same figure of the same thing", () => {
    const text = "无锡布局未来产业发展体系 未来三年整体规模突破2000亿元\n\n市长表示,力促到2027年,未来产业整体规模突破2000亿元。";
    expect(read(text, 2024)).toEqual(["2000亿元|2027|level", "2000亿元|2027|level"]);
    // (not another thing's figure: 地区生产总值年均增长6% over 进出口总额增长6%)
    expect(read("地区生产总值年均增长6%以上\n\n“十五五”任务目标。2026年,进出口总额增长6%。", 2026)[0]).not.toBe("6%|2026|growth");
  });
  it("a lead that opens with a period as what it speaks of (“十五五”时期是…的关键阶段) dates the goals after it; a comparison with the end of a period not yet over is a base", () => {
    const text = "“十五五”时期是我国城市轨道交通迈向高质量发展的关键阶段。\n核心目标:列车正点率稳定在99.98%以上,运维成本较“十四五”末期下降20%。";
    expect(read(text, 2025)).toEqual(["99.98%|2030|share", "20%|2030|growth"]);
  });
  it("from a year's goals or budgets a roundup says are published (31省份2023年GDP目标公布); not a plan's vision", () => {
    expect(yearOf("题:31省份2023年GDP目标公布 多地表态力争更好结果\n其中,海南为9.5%左右。")).toBe(2023);
    expect(yearOf("泉州“十四五”规划和2035年远景目标纲要发布\nGDP力争达2.8万亿元。")).not.toBe(2035);
  });
  it("from a year's work meeting named after 召开的 (从今天召开的2026年…工作会议上获悉)", () => {
    expect(yearOf("记者从今天(1月14日)召开的2026年内蒙古自治区交通运输工作会议上获悉,今年计划推进73个重大项目。")).toBe(2026);
  });
  it("from the next year's work a year-end meeting plans (总结2025年经济工作,…谋划2026年经济工作)", () => {
    expect(yearOf("12月30日,成都召开市委经济工作会议,总结2025年经济工作,分析当前经济形势,谋划2026年经济工作。要打造30个特色制造业园区。")).toBe(2026);
  });
  it("a plan's goals in stages run to the later one (到2024年底,…;到2026年底,…): its tasks with no year are for it", () => {
    const text = "聚焦主体,实施五大行动。到2024年底,全市出口额提升至650亿元;到2026年底,全市出口总量提升到1400亿元以上。\n1.壮大主体。遴选16个特色产业带进行分类培育。";
    expect(read(text, 2024)).toEqual(["650亿元|2024|level", "1400亿元|2026|level", "16个|2026|increment"]);
  });
  it("a paragraph opening with the period it looks to (聚焦“十五五”,北京将…) is dated by it; 聚焦“十五五”重大工程 is not", () => {
    expect(read("聚焦“十五五”,北京将推动城市更新年均投资达到2000亿元以上。", 2025).map((t) => t.split("|")[1])).toEqual(["2030"]);
    expect(read("聚焦“十五五”重大工程,今年完成投资500亿元。", 2025).map((t) => t.split("|")[1])).toEqual(["2025"]);
  });
});

describe("kinds and lists", () => {
  it("parts of an amount added, listed after 其中, stay amounts added past a semicolon", () => {
    expect(read("今年计划完成投资521亿元,其中,铁路195亿元;公路320亿元;民航6亿元。", 2026)).toEqual(["521亿元|2026|increment", "195亿元|2026|increment", "320亿元|2026|increment", "6亿元|2026|increment"]);
  });
  it("work started or resumed and burdens lifted are amounts added; a size a verb of support drives toward is a level", () => {
    expect(read("全年开复工重点项目3000个以上。", 2025)).toEqual(["3000个|2025|increment"]);
    expect(read("为经营主体减负700亿元以上。", 2025)).toEqual(["700亿元|2025|increment"]);
    expect(read("推动规上工业企业营业收入突破5000亿元。", 2025)).toEqual(["5000亿元|2025|level"]);
  });
  it("a count after a sized noun shares the verb of the count before (…200亿元区2个,100亿元区4个)", () => {
    expect(read("培育跨境电子商务交易额200亿元区2个,100亿元区4个。", 2025)).toEqual(["2个|2025|increment", "4个|2025|increment"]);
  });
  it("places listed with one size give one target each; an amount added may be their joint one", () => {
    expect(extract("支持萧山区、余杭区出口规模超200亿元。", { docYear: 2025 }).targets.map((t) => t.indicator)).toEqual(["萧山区出口规模", "余杭区出口规模"]);
    expect(read("东城区、西城区新建养老床位500张。", 2025)).toEqual(["500张|2025|increment"]);
  });
  it("the last two items of a list joined by 及 are two indicators when each is named whole", () => {
    expect(extract("地区生产总值、工业增加值、固定资产投资及社会消费品零售总额均增长5%左右。", { docYear: 2025 }).targets.map((t) => t.indicator))
      .toEqual(["地区生产总值", "工业增加值", "固定资产投资", "社会消费品零售总额"]);
    expect(extract("规上工业增加值、白酒及保健酒产业产值均增长10%。", { docYear: 2025 }).targets).toHaveLength(2);
  });
  it("a value raised from a rate per head (由每人每月1800元提高到2200元) starts from a base, and the name is the standard's", () => {
    const t = extract("孤儿基本生活最低养育标准由每人每月1800元统一提高到2200元。", { docYear: 2025 }).targets;
    expect(t.map((x) => `${x.value}|${x.indicator}`)).toEqual(["2200|孤儿基本生活最低养育标准"]);
  });
});

describe("no targets", () => {
  it("a plan's tasks counted by kind after their list (…完整社区建设等8类重点任务)", () => {
    expect(read("北京将重点实施老旧小区整治改造、完整社区建设等8类重点任务。", 2025)).toEqual([]);
  });
  it("what a subject has already done (人才公租房已配租10余万户次)", () => {
    expect(read("人才公租房已配租10余万户次", 2025)).toEqual([]);
  });
  it("a headline restating a figure its page reports as done, but not a headline's goal", () => {
    const page = "贵州省能源工作会:完成能源投资4200亿元\n\n“十四五”贵州省能源投资累计完成4200亿元。到2030年,电源总装机达1.4亿千瓦。";
    expect(read(page, 2026)).toEqual(["1.4亿千瓦|2030|level"]);
    const goal = "新疆2026年地区生产总值预期目标增长5.5%\n\n2025年,全区地区生产总值增长5.5%。2026年,地区生产总值预期增长5.5%。";
    expect(read(goal, 2026)[0]).toBe("5.5%|2026|growth");
  });
});

describe("round 37's later sets: years", () => {
  it("a report's news reviewing one year and planning the next is dated by the later (2023年,…新增…。2024年四川将…)", () => {
    expect(yearOf("2023年,四川启动农机装备补短板行动,新增农机装备30万台(套)。\n报告指出,2024年四川将加快建设和美乡村。确保粮食播面稳定在9600万亩以上。")).toBe(2024);
  });
  it("a meeting held (举行的2021年…工作会议) and a campaign week launched (2021年…宣传周活动正式启动) date a page", () => {
    expect(yearOf("记者从29日举行的2021年上海市商务工作会议上了解到,2020年上海社会消费品零售总额1.59万亿元。")).toBe(2021);
    expect(yearOf("2020年,上海食品安全总体监测合格率为99.4%。6月18日上午,2021年上海市食品安全宣传周活动正式启动。")).toBe(2021);
  });
  it("N years from a start year named with them (从2023年开始,用三年时间新造…), whatever the page's year", () => {
    expect(read("从2023年开始,用三年时间新造油茶林276万亩。")).toEqual(["276万亩|2025|increment"]);
  });
  it("N years opening a clause before its work (3年建10万个智能充电桩) run from the page's year", () => {
    expect(read("上海新基建行动方案出台\n\n3年建10万个智能充电桩\n\n市交通委说,将持续完善设施。", 2020)).toEqual(["10万个|2022|increment"]);
  });
  it("the same with 利用 and an approximate span (自2024年起,利用三年时间; 用三年左右时间 from the page's year)", () => {
    expect(read("自2024年起,利用三年时间,新建改建农村公路500公里。", 2023)).toEqual(["500公里|2026|increment"]);
    expect(read("力争用三年左右时间,建成10个特色小镇。", 2025)).toEqual(["10个|2027|increment"]);
  });
  it("a campaign named for a year of work (开展重大项目投资攻坚年行动,…) dates what follows it with the page's year", () => {
    const text = "力争到2027年,全省经济总量突破7万亿元。\n积极扩大有效投资,开展重大项目投资攻坚年行动,完成各类投资超3000亿元。";
    expect(read(text, 2025)).toEqual(["7万亿元|2027|level", "3000亿元|2025|increment"]);
    // (not a span of years, nor work it repeats each year of the plan)
    expect(read("力争到2027年,全省经济总量突破7万亿元。\n实施制造业三年行动,完成投资超3000亿元。", 2025).at(-1)).toBe("3000亿元|2027|increment");
    expect(read("到2025年,外资企业达到120家。\n开展“招商引资攻坚年”活动,每年举办专题招商推介会8场以上。", 2023).at(-1)).toBe("8场|2025|increment");
  });
});

describe("round 37's later sets: results and no targets", () => {
  it("the year's months so far named with it (今年1至5月, 今年5月) report results", () => {
    expect(read("今年1至5月,可回收物日分出量7627吨、湿垃圾日分出量9111吨。今年将建成惠民回收服务点300个。", 2024)).toEqual(["300个|2024|increment"]);
    expect(read("今年5月,全市湿垃圾分出量9796吨/日。", 2020)).toEqual([]);
  });
  it("deeds counted after one said done go on with it in its sentence (已检查…,查处…,侦破…)", () => {
    expect(read("开展专项整治,已检查食品企业62万余户次,查处食品违法案件6944起,侦破危害食品安全犯罪案件118起。", 2021)).toEqual([]);
    expect(read("已检查食品企业62万户次,今年将新建食品药品科普站250个。", 2021)).toEqual(["250个|2021|increment"]);
  });
  it("how far goals are moved from last year's (分别上调0.5个、5个、4个百分点; 增长目标则下调1个百分点)", () => {
    expect(read("与上年相比,今年调高了GDP、固定资产投资的增速目标,分别上调0.5个、4个百分点,社会消费品零售总额增长目标则下调1个百分点。", 2023)).toEqual([]);
  });
  it("a plan's work tasks counted after the list it is built around, or carried out (抓实…17项重点任务)", () => {
    expect(read("全市将围绕推动文旅项目投资建设、促进重点景区品质提升等18项重点工作任务以及推进文化数字化战略等14项工作任务,实现蓝图。", 2023)).toEqual([]);
    expect(read("2023年四川将抓实县城补短板、强弱项17项重点任务。", 2023)).toEqual([]);
  });
  it("the whole a plan divides into groups (将安徽省104个县(市、区)分成…), and a base with its subject first (我市将在去年11个…的基础上)", () => {
    expect(read("将安徽省104个县(市、区)分成先行示范区、正常推进区、持续攻坚区。", 2021)).toEqual([]);
    expect(read("我市将在去年11个试点社区的基础上,新增30个便民生活圈。", 2022)).toEqual(["30个|2022|increment"]);
  });
  it("a score of what is measured (知晓度评分91分以上), not a weight in brackets (平台建设(3分))", () => {
    expect(read("市民食品安全基本知识知晓度评分91分以上。", 2024)).toEqual(["91分|2024|level"]);
    expect(read("一体化政务服务平台建设(3分)", 2024)).toEqual([]);
  });
  it("works a will builds this year and work raised to a standard are amounts added (今年将建成…300个, 高水平建设…1000个)", () => {
    expect(read("高水平建设千亩高产示范片1000个。", 2024)).toEqual(["1000个|2024|increment"]);
  });
});

describe("round 37's last sets", () => {
  it("a year's plan named as issued after the name of its place (出台的《石狮市“…”2024年专项行动方案》) dates a page", () => {
    expect(yearOf("力争全年实现新签招商项目150个以上。这是我市日前出台的《石狮市“抓开放招商促项目落地”2024年专项行动方案》提出的。")).toBe(2024);
  });
  it("the time from a start up to now is looked back on (从2019年8月20日揭牌成立至今,…累计签约…)", () => {
    expect(read("从2019年8月20日揭牌成立至今,临港新片区累计签约前沿产业项目超300个,总投资超过4200亿元。", 2022)).toEqual([]);
  });
  it("what a building will hold once built is its size, not places added (建成后可容纳15个班级、300名学生)", () => {
    expect(read("新建一所幼儿园,建成后可容纳15个班级、300名学生。", 2021)).toEqual([]);
  });
  it("a count of 个 introducing a list of 实事 is the list's length (南郑区2024年10个民生实事项目具体如下)", () => {
    expect(read("汉中市南郑区2024年10个民生实事项目具体如下:", 2024)).toEqual([]);
  });
  it("what is bought for those served, counted, and new deals signed are amounts added", () => {
    expect(read("为大河坎镇九年制学校、江南小学购置午餐午休座椅670套。", 2024)).toEqual(["670套|2024|increment"]);
    expect(read("力争全年实现新签招商项目150个以上。", 2024)).toEqual(["150个|2024|increment"]);
  });
});

describe("near misses an independent review found", () => {
  it("a year naming an event (2022年北京冬奥会将在…举办) dates no sentence after it", () => {
    expect(read("2022年北京冬奥会将在北京和张家口举办。全市新建冰雪运动场地20个。", 2021)).toEqual(["20个|2021|increment"]);
  });
  it("the year's months so far with a goal word set a goal (今年1至5月,全市要完成…)", () => {
    expect(read("今年1至5月,全市要完成固定资产投资200亿元。", 2025)).toEqual(["200亿元|2025|increment"]);
    expect(read("今年1至4月,全市完成固定资产投资200亿元,同比增长6.1%。", 2025)).toEqual([]);
  });
  it("the pupils a school will hold once built are its size too (建成后可容纳36个班级、学生1600人)", () => {
    expect(read("该学校建成后可容纳36个班级、学生1600人。", 2021)).toEqual([]);
  });
});

describe("round 38's later sets: the year's plan beside a review", () => {
  it("a sentence of the year's work going on or planned turns a paragraph that opened with a review (2022年以来,…。今年…继续推进…,计划新建…)", () => {
    const text = "2022年以来,天津市大力推动养老服务综合体建设,共建成街镇级养老服务综合体180个。今年天津市继续推进社区嵌入式养老服务设施建设,计划新建社区型养老服务综合体30个。";
    expect(read(text, 2025)).toEqual(["30个|2025|increment"]);
  });
  it("the year's plan before what is done of it stays the year's goal (今年计划新增1180个普惠托位,目前已完成大半任务)", () => {
    expect(read("区教委负责人介绍,今年计划新增1180个普惠托位,目前已完成大半任务。", 2025)).toEqual(["1180个|2025|increment"]);
  });
  it("a progress note's figures are results: the share of a plan done (完成1-4月投资计划的132.1%), starts counted in the months so far (1-4月开工7个); a count heading the projects whose plan follows is their subject", () => {
    const text = "(1)15个重点新建项目,全年计划完成投资17.2亿元,完成1-4月投资计划的144.7%,完成年度投资计划的6.7%。1-4月开工7个,开工率46.7%。";
    expect(read(text, 2025)).toEqual(["17.2亿元|2025|increment"]);
  });
  it("what was signed or launched on a day of the year's start just past is news of it (北京亦庄开年签约22个重点项目)", () => {
    expect(read("北京亦庄开年签约22个重点项目,未来产业项目占比超过80%。上海杨浦区新年首个工作日便启动18个都市工业项目。全年计划新开工项目100个。", 2026)).toEqual(["100个|2026|increment"]);
  });
});

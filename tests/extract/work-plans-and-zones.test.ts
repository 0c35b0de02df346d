// Shapes of real sentences from the year's work plans of development zones, townships and bureaus, a project's
// progress page and special plans' tables that no rule read before: how such pages set their year (a dateline, a
// zone's 重点工作 list, a 现场会), plans and progress in one sentence, and table rows whose blank cells moved.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";
import { allTargetsOf, targetsOf } from "./targets-of";

const docYearOf = (text: string): number | null => extract(text).document.docYear ?? null;

describe("the year of a zone's, a township's or a bureau's page", () => {
  it("a dateline labelled 时间: in a line of page furniture dates the page", () => {
    expect(docYearOf("激扬争先锐气\n新闻 时间:2025年02月20日 来源:今日高密\n力争全年新招引项目15个以上。")).toBe(2025);
  });
  it("a zone's list of the year's work (2025年开发区重点工作及责任清单)", () => {
    expect(docYearOf("2025年开发区重点工作及责任清单\n力争全年盘活僵尸企业10家。")).toBe(2025);
  });
  it("the year's 现场会 and the work it deploys (部署了2025年…春季农业生产工作); not a meeting held in the past", () => {
    expect(docYearOf("近日,2025年龙门县春耕生产现场会召开。今年全县粮食播种面积31.2万亩。")).toBe(2025);
    expect(docYearOf("会议部署了2025年龙门县春季农业生产工作。今年全县粮食播种面积31.2万亩。")).toBe(2025);
    expect(docYearOf("2024年春耕生产现场会总结表彰大会召开。")).toBe(null);
  });
  it("a first quarter to open well names the year (誓保2025第一季度经济“开门红”)", () => {
    expect(docYearOf("全年工业增加值增速不低于20%,誓保2025第一季度经济“开门红”。")).toBe(2025);
  });
  it("用N年时间 and N~M年时间 count the document's year as the first (a range to its last year)", () => {
    expect(targetsOf("力争用3年时间,全镇税收过千万元企业达到17家。", 2025).map((t) => t.year)).toEqual([2027]);
    expect(targetsOf("利用3-5年时间,力争培训约1000名家庭医生。", 2023).map((t) => t.year)).toEqual([2027]);
    expect(targetsOf("用五年时间,全市新建5G基站1万个。", 2020).map((t) => t.year)).toEqual([2025]);
    expect(targetsOf("力争2~3年时间,全镇税收过千万元企业达到17家。", 2025).map((t) => t.year)).toEqual([2027]);
    expect(targetsOf("工作满3年时间的教师达到500名。", 2025).map((t) => t.year)).toEqual([2025]);
  });
  it("a plan to be drawn up, named with its span, is no time of the clause (编制…规划(2021—2035年))", () => {
    const doc = "到2025年,经常参加体育锻炼人数比例超过39.3%。\n河北省将编制公共体育设施空间布局规划(2021—2035年),衔接国土空间规划。全省新建体育公园不少于105个。";
    expect(targetsOf(doc, 2021).map((t) => `${t.value}|${t.year}`)).toEqual(["39.3|2025", "105|2025"]);
    expect(targetsOf("全省实施体育发展规划(2021—2035年),新建体育公园不少于105个。", 2021).map((t) => t.year)).toEqual([2035]);
    expect(targetsOf("全省编制体育发展规划(2021—2035年),新建体育公园不少于105个。", 2021).map((t) => t.year)).toEqual([2021]);
  });
});

describe("the plan and the progress of one project", () => {
  it("a clause opening with the plan sets it, beside what the months so far have done", () => {
    const line = "2.小型病险水库除险加固项目(新增蓄水能力):计划新增蓄水能力2万方,1-5月实际完成新增蓄水能力0.88万方,已完成投资61.6万元;";
    expect(allTargetsOf(line, 2025).map((t) => t.value)).toEqual([2]);
    expect(allTargetsOf("1.灌区改造项目:计划恢复和改善灌溉面积0.3万亩,1-5月实际完成恢复和改善灌溉面积0.12万亩;", 2025).map((t) => t.value)).toEqual([0.3]);
  });
  it("what a work brings once done turns a paragraph on the progress so far to the time ahead (项目建成后,可…)", () => {
    const doc = "截至目前,全区已完成总工程量的43.9%,预计十月底前全部竣工。项目建成后,可恢复和改善灌溉面积0.3万亩,新增蓄水能力10万方。";
    expect(targetsOf(doc, 2025).map((t) => t.value)).toEqual([0.3, 10]);
    expect(allTargetsOf("截至目前,全区已完成总工程量的43.9%。项目建成后,发挥了很好作用,灌溉面积0.3万亩。", 2025)).toEqual([]);
  });
  it("a project's 任务安排 sets, its 落实情况 reports; a table header of the same names heads nothing", () => {
    const doc = "光明区2025年民生实事:教育优质行动(4项)\n任务安排\n新建、改扩建中小学校13所,新增义务教育学位17490座。\n落实情况\n第一季度:4所学校已基本完工,其余9所学校正加快推进建设。";
    expect(allTargetsOf(doc, 2025).map((t) => t.value)).toEqual([13, 17490]);
    const table = "序号\n\n内容与要求\n\n进展情况\n\n责任单位\n\n1\n\n确保地区生产总值增长7%左右。\n\n1-2月,金融机构存贷款余额实现正增长。\n\n市发改委";
    expect(targetsOf(table, 2020).map((t) => t.value)).toEqual([7]);
  });
  it("a count in brackets closing a title line counts its items (教育优质行动(4项))", () => {
    expect(allTargetsOf("光明区2025年民生实事:教育优质行动(4项)\n新建中小学校13所。", 2025).map((t) => t.value)).toEqual([13]);
    expect(allTargetsOf("全年完成重点改革任务(不少于20项),推进有力。", 2025).map((t) => t.value)).toContain(20);
  });
});

describe("counts and kinds of a zone's work", () => {
  it("work on land in stock (盘活460亩低效土地, 收储300亩土地, 腾退200亩低效用地) is work of the year", () => {
    for (const s of ["盘活460亩低效土地。", "收储300亩土地。", "腾退200亩低效用地。"]) {
      expect(targetsOf(s, 2025).map((t) => t.kind)).toEqual(["increment"]);
    }
  });
  it("verbs sharing their 建 (新、扩建…125所) add, also after a place and 将", () => {
    expect(targetsOf("全市新、扩建义务教育学校125所。", 2021).map((t) => t.kind)).toEqual(["increment"]);
    expect(targetsOf("长沙将新、扩建义务教育学校125所。", 2021).map((t) => t.kind)).toEqual(["increment"]);
  });
});

describe("a table whose blank cells were moved to the row's end", () => {
  const table = [
    "表 1:“十四五”时期卫生健康事业发展主要指标",
    "类别 | 序号 | 指标名称 | 单位 | 2025年 |",
    "健康水平 指标 | 1 | 人均期望寿命 | 岁 | 83 |",
    "2 | 婴儿死亡率 | ‰ | <5 | |",
    "3 | 孕产妇死亡率 | 1/10万 | <7 | |",
    "15 | 出生人口性别比 | <109 | ||",
  ].join("\n");
  it("fits each row's cells to the columns they can be (a 序号 is no category, a unit column holds a unit)", () => {
    expect(targetsOf(table, 2022).map((t) => `${t.indicator}|${t.value}|${t.unit}|${t.comparator}`)).toEqual([
      "人均期望寿命|83|岁|=", "婴儿死亡率|5|‰|<", "孕产妇死亡率|7|1/10万|<", "出生人口性别比|109||<",
    ]);
  });
  it("leaves a full row where it stands", () => {
    const full = "指标名称 | 单位 | 2020年 | 2025年 |\n地区生产总值 | 亿元 | 300 | 450 |\n研发投入强度 | % | 2.1 | |";
    expect(targetsOf(full, 2021).map((t) => `${t.indicator}|${t.value}|${t.year}`)).toEqual(["地区生产总值|450|2025"]);
  });
});

describe("fractions of a whole", () => {
  it("a fraction after words of a share is a share, its value a decimal (占全市1/8 → 0.125); after 减少, a fall", () => {
    expect(targetsOf("规模工业应税销售占全市1/8,培育“小巨人”企业占全市1/3。", 2024).map((t) => `${t.value}|${t.unit}|${t.kind}`)).toEqual(["0.125||share", "0.3333||share"]);
    expect(targetsOf("骨干河道上游污染物减少1/3以上。", 2021).map((t) => `${t.kind}|${t.decrease === true}`)).toEqual(["growth|true"]);
    expect(allTargetsOf("日期1/3/5,编号3/2。", 2024)).toEqual([]);
  });
});

describe("progress reports: the task beside what is done", () => {
  it("a task's count before what is done of it (15个农村幸福院建设已完成8个(53%)) is the target; the rest is past", () => {
    const doc = "萧县9月份民生工程进展情况\n剩余8项中,2个嵌入式养老机构建设已完成1个(50%)、15个农村幸福院建设已完成8个(53%),263场送戏进万村已送230场(87%)。";
    expect(allTargetsOf(doc, 2025).map((t) => `${t.value}|${t.kind}`)).toEqual(["2|increment", "15|increment", "263|increment"]);
  });
  it("an item after its 序号 cell in a table written one cell per line is read, its progress cell is past", () => {
    const doc = "2018年6月民生实事进展情况\n序号\n\n实事内容\n\n牵头单位\n\n进展情况\n\n1\n\n推进下山异地搬迁工程,完成生态搬迁1.5万人。\n\n市委农办\n\n已完成搬迁20612人,完成率137%。";
    expect(allTargetsOf(doc, 2018).map((t) => t.value)).toEqual([1.5]);
  });
  it("what was actually done and the share of the plan done are results (实际完成, 占全年计划投资的56.6%)", () => {
    expect(allTargetsOf("上半年实际完成投资156.92亿元,占全年计划投资的56.6%。寄宿制学校实际开工199所。", 2015)).toEqual([]);
    expect(targetsOf("实际利用外资增长10%。", 2025).map((t) => t.value)).toEqual([10]);
  });
  it("an item of a programme of several years, named by its count and span, is a target of the span's end", () => {
    expect(targetsOf("2606个撤并村通公路(2013—2017年)。上半年已完成建设4022公里。", 2015).map((t) => `${t.value}|${t.year}|${t.kind}`)).toEqual(["2606|2017|increment"]);
  });
  it("a plan clause after a project's quoted name and a quarter (“…项目”二季度计划完成…9场,实际完成11场)", () => {
    expect(targetsOf("“信阅读及智慧书吧项目”二季度计划完成“阅见南山”活动9场,实际完成11场。", 2021).map((t) => t.value)).toEqual([9]);
  });
});

describe("a news summary of a report", () => {
  it("展望2026年发展目标 after a review of 2025 dates the summary; a label of results opens a past paragraph", () => {
    const doc = "梳理过去一年“成绩单”的同时,展望2026年发展目标。\n数据亮点:2025年,全区地区生产总值实现530亿元。\n产业亮点:集聚总部型企业231家、增长22.9%。\n新年目标:地区生产总值增长5%左右。";
    expect(docYearOf(doc)).toBe(2026);
    expect(extract(doc).targets.filter((t) => t.confidence !== "low").map((t) => `${t.value}|${t.year}`)).toEqual(["5|2026"]);
    expect(docYearOf("展望2035年远景目标,全市地区生产总值增长5%。")).toBe(null);
  });
  it("a grant's list (救助标准0—6岁每人每年2万元、7—15岁每人每年1万元) and the ages a measure covers are parameters", () => {
    expect(allTargetsOf("将残疾儿童康复救助年龄范围扩展至0—15岁,康复救助标准0—6岁每人每年2万元、7—15岁每人每年1万元。", 2026)).toEqual([]);
    expect(targetsOf("全年新增就业2万人、培训3000人。人均预期寿命达到80岁。", 2026).map((t) => t.value)).toEqual([2, 3000, 80]);
  });
});

describe("what the rules of this round must not reach", () => {
  it("what a work brings once done looks ahead in its own sentence only", () => {
    const doc = "今年以来,全县新建水库3座,总库容1000万方。青山水库建成后,可新增灌溉面积5万亩。全县新建道路50公里,改造农房300户。";
    expect(allTargetsOf(doc, 2025).map((t) => t.value)).toEqual([5]);
  });
  it("a numbered heading after a project's 进展情况 (（一）下一步工作) sets targets again", () => {
    const doc = "2025年某县水利项目实施方案\n一、青山水库项目\n进展情况\n目前已完成主体工程,新增蓄水能力0.88万方。\n（一）下一步工作\n全年新建道路10公里,新增蓄水能力2万方。";
    expect(targetsOf(doc, 2025).map((t) => t.value)).toEqual([10, 2]);
  });
  it("a past 现场会 hosted, and a year's work reviewed or done, do not date the page", () => {
    expect(docYearOf("县长讲话\n过去一年,我们成功承办2024年全省高标准农田建设现场会、2024年全市文旅融合发展现场会。\n二、2025年重点工作\n全年新建道路60公里。")).toBe(2025);
    expect(docYearOf("城关镇召开工作会议\n来源：今日高密 2025-02-20 10:00\n会议总结了2024年全镇重点工作。今年将新建道路12公里。")).toBe(2025);
    expect(docYearOf("高新区召开工作会议\n来源：今日高密 2025-02-20 10:00\n2024年高新区重点工作全面完成,全年新建道路10公里。今年将新建道路12公里。")).toBe(2025);
  });
  it("a meeting's or a sign-up's labelled time is no date of the page", () => {
    expect(docYearOf("关于召开全市项目建设推进工作会议的通知\n各县区：\n会议时间：2026年1月15日 地点：市政府三楼报告厅\n今年全市将新建道路12公里。")).toBe(null);
    expect(docYearOf("关于开展技能培训的公告\n报名时间：2026年1月5日至1月20日\n今年全市将培训技能人才1000人。")).toBe(null);
  });
  it("a category's indicators and a grade's criteria after a target keep the targets", () => {
    expect(targetsOf("经济发展类的指标为:到2027年,地区生产总值年均增长6%,一般公共预算收入增长5%。", 2025).map((t) => t.value)).toEqual([6, 5]);
    expect(targetsOf("到2027年,全市建成增强型智慧社区50个,增强型的标准是至少配备3个智慧应用场景。", 2025).map((t) => t.value)).toEqual([50]);
  });
  it("计划生育, 计划内 and 确保了 open no plan against last year's figures", () => {
    for (const s of ["计划生育奖励扶助对象1.5万人,比上年增加1200人。", "确保了全市粮食播种面积稳定在100万亩,比上年增加2万亩。", "计划内项目完成投资50亿元,比上年增长10%。"]) {
      expect(allTargetsOf(s, 2025)).toEqual([]);
    }
  });
  it("a row with no 序号 under a category header fits its name to the indicator", () => {
    const table = "表 1:主要指标\n类别 | 指标名称 | 单位 | 2025年 |\n生态环境 | 森林覆盖率 | % | 45 |\n空气质量优良天数比率 | % | 90 | |";
    expect(targetsOf(table, 2022).map((t) => `${t.indicator}|${t.value}`)).toEqual(["森林覆盖率|45", "空气质量优良天数比率|90"]);
  });
  it("经过N年时间的努力 looks back; 用10年时间 counts on; a plan made and carried out (制定实施…(2025—2027年)) dates the clause", () => {
    expect(targetsOf("经过3年时间的努力,全市新建5G基站1万个。", 2025).map((t) => t.year)).toEqual([2025]);
    expect(targetsOf("用10年时间,全市新建5G基站1万个。", 2025).map((t) => t.year)).toEqual([2035]);
    expect(targetsOf("制定实施充电基础设施建设三年行动方案(2025—2027年),新建充电桩1000个。", 2025).map((t) => t.year)).toEqual([2027]);
  });
  it("a line of work with its verb and a count in brackets (全年实施省市重点项目(50项)) counts what it does", () => {
    expect(targetsOf("2025年某区工作要点\n全年实施省市重点项目(50项)\n新开工亿元以上项目(30项)", 2025).map((t) => t.value)).toEqual([50, 30]);
  });
});

describe("a news page's furniture and years counted from now", () => {
  it("a comment box (我来说两句 0人参与,0条评论) states nothing", () => {
    const page = "济宁新闻网讯 今年起,任城区将新改扩建公办幼儿园20所。\n\n我来说两句 0人参与,0条评论\n发表\n已有0人参与,点击查看更多精彩评论";
    expect(allTargetsOf(page, 2024).map((t) => t.value)).toEqual([20]);
  });
  it("今年起,…将2年新改扩建… counts this year as the first; 每2年 is no span", () => {
    expect(targetsOf("今年起,任城区将2年新改扩建公办幼儿园20所,增加学位5400个。", 2024).map((t) => t.year)).toEqual([2025, 2025]);
    expect(targetsOf("今年起,全区每2年新建公园1个。", 2024).map((t) => t.year)).toEqual([2024]);
  });
});

describe("a share of places", () => {
  it("a percent of places that have something (全市70%街(镇)建有…) is a share named by what follows", () => {
    expect(targetsOf("到2025年,全市70%街(镇)建有公建民营普惠托育机构。", 2024).map((t) => `${t.value}|${t.kind}|${t.indicator}`)).toEqual(["70|share|街(镇)建有公建民营普惠托育机构"]);
  });
});

describe("a stock named by what will have been built", () => {
  it("the total of what will be built (将建成的养老服务床位总量达2.3万张) is a level", () => {
    expect(targetsOf("到2025年,厦门将建成的养老服务床位总量达2.3万张。", 2023).map((t) => t.kind)).toEqual(["level"]);
    expect(targetsOf("到2025年,新建养老服务床位2000张。", 2023).map((t) => t.kind)).toEqual(["increment"]);
  });
});

describe("how rural and ecology pages set their year", () => {
  it("a list of horizons (到2025年、2030年和2060年的主要目标) is no year of work; a numbered heading's year is", () => {
    const doc = "《江苏省林业行业碳达峰碳中和实施方案(2021-2060年)》正式印发\n2024-01-23 14:14:37来源:江苏省林业局\n方案提出了到2025年、2030年和2060年的主要目标,到2025年,全省林木覆盖率达到24.1%。";
    expect(docYearOf(doc)).toBe(2024);
    expect(docYearOf("过去一年的成绩来之不易。\n二、2017年工作安排\n全年新增就业岗位5000个。")).toBe(2017);
  });
  it("the year's work in a field and a meeting that plans it (做好2024年和今后一个时期…三农工作, 就2023年工作进行安排部署)", () => {
    expect(docYearOf("《意见》明确了做好2024年和今后一个时期成都市三农工作的总目标。新培育农业职业经理人1万名。")).toBe(2024);
    expect(docYearOf("区委书记主持召开区委农村工作会议,总结全区2022年“三农”工作,并就2023年工作进行安排部署。")).toBe(2023);
  });
  it("the year's goals named as such (2024年的目标中) and a 年度 plan (特制定2024年度工作要点)", () => {
    expect(docYearOf("会上介绍,2024年的目标中,集体经济稳健增长,“达标村”创建率达到30%以上。")).toBe(2024);
    expect(docYearOf("为扎实做好巩固拓展脱贫攻坚成果工作,特制定2024年度工作要点。")).toBe(2024);
  });
  it("未来五年的目标是: counts five years from the document's", () => {
    expect(targetsOf("人均可支配收入增长5%。未来五年的目标是:农业基础更加稳固,打造10个百亿级产业大县。", 2023).map((t) => t.year)).toEqual([2023, 2027]);
  });
});

describe("what the progress and summary rules must not reach", () => {
  it("a rate per so many is no fraction (9/10万)", () => {
    expect(targetsOf("孕产妇死亡率达到9/10万以下。", 2025).map((t) => `${t.value}|${t.unit}`)).toEqual(["9|/10万"]);
  });
  it("实际完成 and 占…计划的N% after a word of will, and 实际开工率, stay targets", () => {
    expect(targetsOf("力争全年实际完成固定资产投资100亿元,确保重点项目实际开工率达到90%以上,力争上半年完成投资占全年计划投资的55%以上。", 2025).map((t) => t.value)).toEqual([100, 90, 55]);
  });
  it("a value cell before a progress cell is no 序号: the progress stays past", () => {
    const doc = "2018年6月民生实事进展情况\n序号\n\n实事内容\n\n年度计划(个)\n\n进展情况\n\n1\n\n新建城市书房20个。\n\n20\n\n1-6月新建城市书房12个,完成率60%。\n\n2\n\n新建公厕30座。\n\n30\n\n新建公厕18座,开工25座。";
    expect(allTargetsOf(doc, 2018).map((t) => t.value)).toEqual([20, 30]);
  });
  it("展望 a far year dates nothing; a plan's labels of highlights keep their targets", () => {
    expect(docYearOf("回顾过去一年,成绩来之不易。展望2035年发展目标,基本实现社会主义现代化。")).toBe(null);
    expect(targetsOf("工作亮点:全年新建道路10公里,改造农房300户。", 2025).map((t) => t.value)).toEqual([10, 300]);
  });
  it("only a grant's own later items, and only ages a measure is widened to, are parameters; whom a measure is for too", () => {
    expect(targetsOf("补助标准提高到每人每年30元、新增参保人数3000人。", 2025).map((t) => t.value)).toEqual([3000]);
    expect(targetsOf("各年龄段达标率达到92%,平均年龄降至50岁。", 2025).map((t) => t.value)).toEqual([92, 50]);
    expect(targetsOf("以全市就业年龄段的7600多名持证残疾人为主要对象,新增残疾人就业500人。", 2023).map((t) => t.value)).toEqual([500]);
  });
  it("a class's standard is a parameter; a plan drawn up with its span, and a plan's own span in brackets, date nothing", () => {
    expect(allTargetsOf("A类的标准为服务人口不少于3万人。", 2025)).toEqual([]);
    expect(targetsOf("制定体育发展规划(2021—2035年),新建体育公园105个。", 2021).map((t) => t.year)).toEqual([2021]);
    expect(targetsOf("完成30个村庄规划(2021—2035年)编制。", 2023).map((t) => t.year)).toEqual([2023]);
  });
  it("a short body line with 已有…人参与 is no comment box", () => {
    expect(targetsOf("今年全市已有3000人参与培训。全年新增技能人才2万人。", 2025).map((t) => t.value)).toEqual([2]);
  });
  it("a table whose header opens with 序号 fits a row whose 序号 was merged away", () => {
    const table = "序号 | 指标名称 | 单位 | 2025年 |\n1 | 人均期望寿命 | 岁 | 80 |\n婴儿死亡率 | ‰ | 3.5 | |";
    expect(targetsOf(table, 2022).map((t) => `${t.indicator}|${t.value}`)).toEqual(["人均期望寿命|80", "婴儿死亡率|3.5"]);
  });
});

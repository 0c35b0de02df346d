// Forms met on real pages of round 45, each rule with its example sentences. Sentences written for these tests (unit
// tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const all = (text: string, docYear?: number) => extract(text, { docYear }).targets;
const ticked = (text: string, docYear?: number) => all(text, docYear).filter((t) => t.confidence !== "low");
const values = (text: string, docYear?: number): number[] => ticked(text, docYear).map((t) => t.value);

describe("a count right after 提升 or 提高", () => {
  it("counts the things upgraded (提升445个村级卫生所综合功能)", () => {
    const [t] = ticked("加快镇村卫生服务一体化,提升445个村级卫生所综合功能。", 2021);
    expect(t).toMatchObject({ value: 445, unit: "个", kind: "increment", year: 2021 });
  });
  it("but 提升 before a rate is still growth to a level, not a count (提升至95%)", () => {
    expect(ticked("今年,群众满意度提升至95%。", 2021).map((t) => [t.value, t.kind])).toEqual([[95, "share"]]);
  });
});

describe("a report of a 2026 work report", () => {
  const text = "  浙江经济成绩单中,创新驱动成效明显。去年全省科技创新投入7232亿元、增长5.6%;新增高新技术企业超6000家,省重大科技计划项目中企业牵头或参与占比超过80%。\n\n" +
    "  聚焦今后五年,到2030年,全社会研发投入强度达到3.5%以上。\n\n" +
    "  2026年是“十五五”开局之年,浙江将“生产总值增长5%-5.5%”列为建议主要预期目标;将加大科技创新投入,力争全社会研发投入强度达到3.35%。\n";
  it("keeps the clauses after last year's semicolon in the past: a 科技计划 named is no plan's word", () => {
    expect(values(text, 2026)).not.toContain(6000);
    expect(values(text, 2026)).not.toContain(80);
  });
  it("dates a paragraph opening 2026年是…之年 by that year, not by the 2030 before it", () => {
    expect(ticked(text, 2026).map((t) => [t.value, t.year])).toEqual([[3.5, 2030], [5, 2026], [3.35, 2026]]);
  });
  it("reads a quoted goal made one after the quote (将“生产总值增长5%-5.5%”列为…目标), named without its subject", () => {
    const t = ticked(text, 2026).find((x) => x.value === 5);
    expect(t).toMatchObject({ indicator: "生产总值", valueMax: 5.5, kind: "growth" });
  });
  it("but a quoted work item keeps its reading (已将“建成500个…站点”列入…实事项目)", () => {
    const t = all("今年已将“建成500个‘15分钟就业服务圈’社区站点”列入市政府为民办实事项目。", 2025).find((x) => x.value === 500);
    expect(t?.indicator).not.toBe("");
  });
});

describe("how many items a meeting released", () => {
  it("is no target (…、45项重点攻坚项目“揭榜挂帅”任务在会上发布)", () => {
    const text = "近日,市市场监督管理局召开部署会,49项重点业务KPI、45项重点攻坚项目“揭榜挂帅”任务在会上发布。会上,45项重点攻坚项目“揭榜挂帅”任务同步发布。";
    expect(values(text, 2024)).toEqual([]);
  });
  it("but releasing as the work of the year is one (年内发布10项地方标准)", () => {
    expect(values("年内发布10项地方标准。", 2024)).toEqual([10]);
  });
});

describe("an amount right before the work's task", () => {
  it("sizes the task, in a list of crops (确保大豆16.2万亩、油料3.4万亩种植任务落地见效)", () => {
    expect(ticked("确保大豆16.2万亩、油料3.4万亩种植任务落地见效。", 2025).map((t) => [t.indicator, t.value])).toEqual([["大豆", 16.2], ["油料", 3.4]]);
  });
  it("and after a verb the task names the indicator (全面完成3.5万亩造林任务)", () => {
    expect(ticked("全面完成3.5万亩造林任务。", 2025).map((t) => [t.indicator, t.value])).toEqual([["造林", 3.5]]);
  });
});

describe("an indicator table run together with no serial numbers", () => {
  const table = "表1 某区基本公共服务主要发展指标指 标2016年2020年基本公共教育学前教育毛入园率(%)97.5>98义务教育巩固率(%)100100" +
    "城镇新增就业人数(万人)*0.20.4孕产妇死亡率(1/10万)0低于全国平均值养老床位中护理型床位比例(%)030注:带*号的为期间累计数。\n";
  it("reads each row's name, its unit in brackets and one value per year column (2016 the base, 2020 the target)", () => {
    expect(ticked(table, 2019).map((t) => [t.value, t.unit, t.year, t.baseValue])).toEqual([
      [98, "%", 2020, 97.5], [100, "%", 2020, 100], [0.4, "万人", 2020, 0.2], [30, "%", 2020, 0],
    ]);
  });
  it("reads a starred row as cumulative, and a text cell as no target (0低于全国平均值)", () => {
    const jobs = ticked(table, 2019).find((t) => t.value === 0.4);
    expect(jobs?.kind).toBe("increment");
    expect(ticked(table, 2019).some((t) => t.indicator.includes("孕产妇"))).toBe(false);
  });
  it("reads rows with the unit after each value, and leaves rows of text cells (…低于全区平均值的50%或年降低率5%)", () => {
    const text = "节水达标建设目标分解表指标预期值2016年2017年2018年万元GDP用水量低于全区平均值的50%或年降低率5%" +
      "再生水回用率30%40%55%农田灌溉水有效利用系数0.720.750.78\n";
    expect(ticked(text, 2016).map((t) => [t.value, t.year])).toEqual([[30, 2016], [40, 2017], [55, 2018], [0.72, 2016], [0.75, 2017], [0.78, 2018]]);
  });
});

describe("a deadline for all the items a lead names", () => {
  it("dates the paragraph listing them (…十大项目,预计2020年底前全部落实。 / …为100名老年人提供安宁疗护服务)", () => {
    const text = "本报讯 昨天,西城区发布2019-2020年养老服务为民十大项目,预计2020年底前全部落实。\n据介绍,十大项目包括为100名老年人提供安宁疗护服务,全区养老餐桌建设达到300家。\n";
    expect(ticked(text, 2019).map((t) => [t.value, t.year])).toEqual([[100, 2020], [300, 2020]]);
  });
});

describe("a paragraph opening with last year", () => {
  it("turns ahead at a sentence naming this year, even one stating no figure (…据了解,今年我市将出台…。新建…120家以上)", () => {
    const text = "去年,全市消费实际增幅达17.3%,创下15年来新高。据了解,今年我市将出台乡镇商贸中心建设的促进政策。新建农村连锁便利店120家以上。\n";
    expect(values(text, 2010)).toEqual([120]);
  });
  it("but stays in the review while its sentences name no time ahead (去年,…。新建…120家)", () => {
    expect(values("去年,全市消费实际增幅达17.3%,创下15年来新高。新建农村连锁便利店120家。\n", 2010)).toEqual([]);
  });
});

describe("places opened within the period", () => {
  it("are an amount added (开放企事业单位、社区停车场所400处、泊位5000个)", () => {
    expect(ticked("开放企事业单位、社区停车场所400处、泊位5000个。", 2011).map((t) => [t.value, t.kind])).toEqual([[400, "increment"], [5000, "increment"]]);
  });
});

describe("the mends after the round's review", () => {
  it("a year said to be a year of a plan period is the time of its sentence, not the period's end (2027年是“十五五”…之年,…)", () => {
    expect(ticked("2027年是“十五五”承上启下的关键之年,全区固定资产投资增长6%。", 2026).map((t) => t.year)).toEqual([2027]);
  });
  it("a lead's deadline for all its items dates numbered items too ((一)新建…)", () => {
    const text = "市政府发布2019-2020年养老服务为民十大项目,预计2020年底前全部落实。\n(一)新建社区养老服务中心20个。\n(二)改造提升农村敬老院15所。\n";
    expect(ticked(text, 2019).map((t) => t.year)).toEqual([2020, 2020]);
  });
  it("an amount before 任务的 says whose task, no target (承担1.2万亩复垦任务的乡镇要加快进度)", () => {
    expect(values("承担1.2万亩复垦任务的乡镇要加快进度。", 2026)).toEqual([]);
  });
  it("the items released are all counted in the list before the release (49项…任务、45项…任务在会上发布)", () => {
    expect(all("会上,49项重点改革任务、45项重点攻坚项目“揭榜挂帅”任务在会上发布。", 2026)).toEqual([]);
  });
});

describe("people a grant reaches and years inside a noun", () => {
  it("counts the people a plan funds (计划资助5000名农民工…参加学历继续教育)", () => {
    expect(values("今年计划资助5000名农民工、一线职工和产业工人参加学历继续教育。", 2025)).toEqual([5000]);
  });
  it("but a grant's amount stays a term of the policy (每人资助2000元)", () => {
    expect(values("对参加学历继续教育的农民工,每人资助2000元。", 2025)).toEqual([]);
  });
  it("a past year inside the noun worked on dates nothing (对2017年整治出新的107个小区…;…完成70部电梯安装)", () => {
    const text = "对2017年整治出新的107个小区实行物业管理全覆盖;继续推进既有老旧小区电梯增设工作,完成70部电梯安装或许可手续办理。";
    expect(values(text, 2018)).toEqual([70]);
  });
});

describe("a newspaper's masthead or edition line", () => {
  it("dates the page (工人日报 2025年05月16日 星期一; 《工人日报》(2025年05月16日 04版))", () => {
    expect(extract("工人日报 2025年05月16日 星期一\n\n本报讯 今年力争新增就业岗位18万个以上。\n").document.docYear).toBe(2025);
    expect(extract("标题\n《工人日报》(2025年05月16日 04版)\n本报讯 今年力争新增就业岗位18万个以上。\n").document.docYear).toBe(2025);
  });
  it("but not a sentence naming a paper and a day (据人民日报2025年5月16日报道,…)", () => {
    expect(extract("据人民日报2025年5月16日报道,今年力争新增就业岗位18万个以上。\n").document.issueDate).toBeNull();
  });
});

describe("terms of a grant in a list of the year's projects", () => {
  it("a bound on whom a measure is for is no target (为家庭人均耕地低于0.3亩、满60周岁的…农民,…发放…)", () => {
    expect(values("强化居民养老保障,为家庭人均耕地低于0.3亩、满60周岁的新郑籍农民,按照城镇居民最低生活标准发放社会养老保障金。", 2012)).toEqual([]);
  });
  it("nor is money paid per head (每人每年发放奖励扶助金1000元)", () => {
    expect(values("为独生子女父母年满60周岁的城镇居民,每人每年发放奖励扶助金1000元;新建经济适用房500套。", 2012)).toEqual([500]);
  });
  it("but a bound the plan sets on a share stays one (…人均纯收入低于2300元的贫困人口减少5000人)", () => {
    expect(values("全年使农村居民人均纯收入低于2300元的贫困人口减少5000人。", 2012)).toEqual([5000]);
  });
});

describe("an indicator's name in a report's own words", () => {
  it("leaves out a lead-in before the list's first number (今年将办好十件民生实事:1.新增普惠性托位5000个)", () => {
    expect(ticked("今年将办好十件民生实事:1.新增普惠性托位5000个。2.改造老旧小区300个。", 2026).map((t) => t.indicator)).toEqual(["新增普惠性托位", "改造老旧小区"]);
  });
  it("and the speakers before their will (我们还将新建改建农村公路1万公里)", () => {
    expect(ticked("今后五年,我们还将新建改建农村公路1万公里。", 2026)[0].indicator).toBe("新建改建农村公路");
  });
});

describe("the mends after the second review", () => {
  it("a sentence of last year's paragraph naming this year only as a time past goes on with the review (在今年初召开的…会议上,…)", () => {
    const text = "去年,全区生产总值增长6.2%。在今年初召开的全区经济工作会议上,这些成绩得到充分肯定。固定资产投资增长10.3%。\n";
    expect(values(text, 2026)).toEqual([]);
    expect(values("去年,全市新增城镇就业5.2万人。这些成绩为今年的发展打下了坚实基础。城镇调查失业率控制在5.5%以内。\n", 2026)).toEqual([]);
  });
  it("one project's deadline dates no other line (…二期工程2029年全部建成通车 / 三、… / 新增城镇就业4万人)", () => {
    const text = "二、重点项目\n城市快速路二期工程2029年全部建成通车。\n三、民生保障\n新增城镇就业4万人。\n";
    expect(ticked(text, 2026).map((t) => t.year)).toEqual([2026]);
  });
  it("but a batch of projects' deadline does (全市谋划实施的重大交通项目,2028年全部建成通车。/ 新建高速公路120公里)", () => {
    expect(ticked("全市谋划实施的重大交通项目,2028年全部建成通车。\n新建高速公路120公里。\n", 2026).map((t) => t.year)).toEqual([2028]);
  });
  it("a past year inside the noun still dates a sentence saying the work was done (对2025年新建的120个小区开展了验收;…)", () => {
    expect(values("对2025年新建的120个小区开展了验收;全市新增物业服务企业30家。", 2026)).toEqual([]);
  });
  it("a per-head standard raised to a new level stays a target (高龄津贴每人每月补贴提高到300元)", () => {
    expect(values("2026年,高龄津贴每人每月补贴提高到300元。", 2026)).toEqual([300]);
  });
});

describe("budget reports and the year's targets of a notice", () => {
  it("a lead naming goals makes 实际完成 part of a measure's name (一、全市总体目标任务:…实际完成固定资产投资350亿元)", () => {
    const text = "一、全市总体目标任务:2006年合同利用外资17亿美元,引进市外境内资金实际完成固定资产投资350亿元,外贸出口12亿美元。";
    expect(values(text, 2006)).toEqual([17, 350, 12]);
  });
  it("but 实际完成 in a review stays past (全年实际完成固定资产投资350亿元)", () => {
    expect(values("去年,全市实际完成固定资产投资350亿元。", 2006)).toEqual([]);
  });
  it("a budget's line arranged for the year with 同比 is a plan (一般财政支出预算安排387,200万元,同比增长10%)", () => {
    expect(values("一般财政支出预算安排387,200万元,同比增长10%。", 2012)).toEqual([387200, 10]);
  });
  it("the value a change is measured from is a base (…231,000万元,比2011年预计完成210,000万元增长10%)", () => {
    const r = extract("2012年,一般财政收入预算安排231,000万元,比2011年预计完成210,000万元增长10%。", { docYear: 2012, mentions: true });
    expect(r.targets.filter((t) => t.confidence !== "low").map((t) => [t.value, t.indicator])).toEqual([[231000, "一般财政收入"], [10, "一般财政收入"]]);
    expect(r.mentions?.find((m) => m.value === 210000)?.role).toBe("baseline");
  });
  it("an election's result, its groups of members and how long it took are no targets", () => {
    const text = "据了解,历时3个多月,我区依法选举出185名区第十五届人民代表大会代表。185名代表中,基层一线代表115名,妇女代表56人,连任代表78人。";
    expect(values(text, 2012)).toEqual([]);
  });
});

describe("one value for each of the places listed and counted before it", () => {
  it("gives each place its target (济南和青岛两市各新开工35000套)", () => {
    expect(ticked("济南和青岛两市各新开工35000套。", 2023).map((t) => [t.indicator, t.value, t.kind])).toEqual([
      ["新开工(济南)", 35000, "increment"], ["新开工(青岛)", 35000, "increment"],
    ]);
  });
  it("with the places in the clause before, named by what it says of them (…主要集中于济南和青岛,两市各35000套)", () => {
    expect(ticked("其中,新开工保障性租赁住房主要集中于济南和青岛,两市各35000套。", 2023).map((t) => t.indicator)).toEqual(["新开工保障性租赁住房(济南)", "新开工保障性租赁住房(青岛)"]);
  });
  it("but not when the count said differs from the places listed, nor without a count (济南、青岛均…)", () => {
    expect(ticked("济南、青岛三市各新开工35000套。", 2023)).toHaveLength(1);
    expect(ticked("济南、青岛均新开工35000套。", 2023)).toHaveLength(1);
  });
});

describe("building carried on", () => {
  it("is work of the period (续建200万平方米, 其中续建10个项目)", () => {
    expect(ticked("今年新开工保障性住房100万平方米,续建200万平方米。", 2012).map((t) => [t.value, t.kind])).toEqual([[100, "increment"], [200, "increment"]]);
    expect(ticked("全年实施重点项目30个,其中续建10个项目。", 2019).map((t) => t.value)).toContain(10);
  });
});

describe("a will before the work (还要, 还将)", () => {
  it("is no part of the name and hides no verb of adding (今年还要提升示范型老年食堂20家)", () => {
    expect(ticked("今年还要提升示范型老年食堂20家。", 2019).map((t) => [t.indicator, t.kind])).toEqual([["提升示范型老年食堂", "increment"]]);
  });
});

describe("planting within the period", () => {
  it("is an amount added (全省植树造林90万亩)", () => {
    expect(ticked("2019年,全省植树造林90万亩。", 2019).map((t) => t.kind)).toEqual(["increment"]);
  });
});

describe("the year of a sentence going on from the one before, and a day-first date with dots", () => {
  it("其中 and 届时 take the year the sentence before named (…规划在2017—2020年内…。其中新建88所…。届时,…新增学位9810个)", () => {
    const text = "2017年,市教育局编制了第三期行动计划,规划在2017—2020年内,全市新建、改扩建275所幼儿园。其中新建88所,改扩建187所。届时,城区将新增学位9810个。\n";
    expect(ticked(text, 2017).map((t) => [t.value, t.year])).toEqual([[275, 2020], [88, 2020], [187, 2020], [9810, 2020]]);
  });
  it("30.06.2020  09:32 dates the page", () => {
    expect(extract("今年龙华区将新建义务教育学位8000个\n\n30.06.2020  09:32\n\n今年将新建学位8000个。\n").document.docYear).toBe(2020);
  });
});

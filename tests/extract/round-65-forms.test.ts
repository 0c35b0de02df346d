// Forms met on real pages of round 65, each rule with its example sentences. Sentences written for these tests (unit
// tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";
import { ticked as tickedOnly } from "./targets-of";

const all = (text: string, docYear?: number) => extract(text, { docYear, mentions: true });
const ticked = (text: string, docYear?: number) => tickedOnly(all(text, docYear).targets);
const kinds = (text: string, docYear?: number) => ticked(text, docYear).map((t) => t.kind);

describe("a size a verb of work has reached (种植规模达到…)", () => {
  it("is a level", () => {
    expect(kinds("到2025年,全省种植规模达到10万亩。", 2022)).toEqual(["level"]);
    expect(kinds("到2025年,力争新增酿酒葡萄种植基地50.8万亩,规模达到100万亩。", 2022)).toEqual(["increment", "level"]);
  });
  it("but the size of work built or added stays work of the period (改造规模595公里, 新增种植规模)", () => {
    expect(kinds("全年全区整治改造提升城市背街小巷2836条,改造规模595.73公里。", 2023)).toEqual(["increment", "increment"]);
    expect(kinds("到2025年,全县新增种植规模5万亩。", 2022)).toEqual(["increment"]);
  });
});

describe("an area planted anew (营造, 新植, 补植)", () => {
  it("is work of the period", () => {
    expect(kinds("今年全省将营造红树林2000公顷。", 2023)).toEqual(["increment"]);
    expect(kinds("今年全县新植芒果4.6万亩。", 2012)).toEqual(["increment"]);
  });
});

describe("years of effort with 的 after a word of hope (希望通过3年的时间)", () => {
  it("are the years from the document's, as after 力争", () => {
    expect(ticked("“希望通过3年的时间扶持10个以上总部企业。”区长说。", 2013).map((t) => t.year)).toEqual([2015]);
    expect(ticked("力争通过3年的时间扶持10个以上总部企业。", 2013).map((t) => t.year)).toEqual([2015]);
  });
  it("but not a review's (通过3年的时间,全区已扶持10个总部企业)", () => {
    expect(ticked("通过3年的时间,全区已扶持总部企业10个。", 2013).map((t) => t.year)).not.toContain(2015);
  });
});

describe("a verb alone naming the last clause's goal", () => {
  it("is no name for the generic head after it (到2022年发展4.5万亩,产值突破20亿元)", () => {
    const r = ticked("到2022年发展4.5万亩,产值突破20亿元。", 2020);
    expect(r.map((t) => [t.indicator, t.kind])).toEqual([["发展", "increment"], ["产值", "level"]]);
  });
  it("while a named thing still is (种植面积达到10万亩,产值达到5亿元)", () => {
    expect(ticked("到2022年樱桃种植面积达到10万亩,产值达到5亿元。", 2020)[1].indicator).toMatch(/^樱桃.*产值$/);
  });
});

describe("a month's deadline opening a name (3月15号前, 6月中旬前)", () => {
  it("is no part of the name", () => {
    expect(ticked("确保3月15号前完成樱桃栽植1.5万亩。", 2020)[0].indicator).not.toMatch(/月/);
    expect(ticked("力争6月中旬前完成夏播面积20万亩。", 2020)[0].indicator).not.toMatch(/月/);
  });
});

describe("匹, the measure word of horses", () => {
  it("is a unit, and a breakdown after 其中 gives each its target", () => {
    const r = ticked("到2020年,全市马匹存栏达到10万匹,其中:产品用马4万匹,役用马1万匹。", 2018);
    expect(r.map((t) => [t.value, t.unit, t.indicator])).toEqual([[10, "万匹", "全市马匹存栏"], [4, "万匹", "产品用马"], [1, "万匹", "役用马"]]);
  });
  it("but not in 匹配", () => {
    expect(ticked("到2020年,建成与10匹配套的设施。", 2018).map((t) => t.unit)).not.toContain("匹");
  });
});

describe("a bare 达到 after an amount added each year (每年新增2.5万亩、达到90万亩以上)", () => {
  it("reaches the indicator's level, not a yearly amount", () => {
    const r = ticked("到2027年,其中设施蔬菜播种面积每年新增2.5万亩、达到90万亩以上。", 2025);
    expect(r.map((t) => [t.value, t.kind, t.indicator])).toEqual([[2.5, "increment", "设施蔬菜播种面积每年"], [90, "level", "设施蔬菜播种面积"]]);
  });
  it("…and after an amount added, the stock's level (新增制种园700亩,达到1200亩)", () => {
    const r = ticked("到2025年,新增制种园700亩,达到1200亩。", 2021);
    expect(r.map((t) => [t.value, t.kind, t.indicator])).toEqual([[700, "increment", "新增制种园"], [1200, "level", "制种园"]]);
  });
});

describe("a clause of rates alone after a 分别 list", () => {
  it("gives each item of the list its rate (肉、蛋、奶产量分别达到…,年均递增6.8%、6.2%、20%)", () => {
    const r = ticked("到2015年,全市肉、蛋、奶产量分别达到50万吨、15万吨和70万吨,年均递增6.8%、 6.2%、20%。", 2011);
    expect(r.filter((t) => t.kind === "growth").map((t) => [t.indicator, t.value])).toEqual([["全市肉产量", 6.8], ["全市蛋产量", 6.2], ["全市奶产量", 20]]);
  });
  it("but not when the counts differ, nor a clause naming its own indicator", () => {
    const two = ticked("到2015年,全市肉、蛋、奶产量分别达到50万吨、15万吨和70万吨,年均递增6.8%、6.2%。", 2011);
    expect(two.filter((t) => t.kind === "growth").map((t) => t.indicator)).not.toContain("全市蛋产量");
    const own = ticked("到2015年,全市肉、蛋、奶产量分别达到50万吨、15万吨和70万吨,产值年均递增6.8%、6.2%、20%。", 2011);
    expect(own.filter((t) => t.kind === "growth").map((t) => t.indicator)).not.toContain("全市蛋产量");
  });
});

describe("the time left of the year, with a will, after what is done", () => {
  it("sets the rest of the year's work (已完成473.87万亩…,剩下的100天将…造林526.47万亩)", () => {
    const r = ticked("今年1至8月底,全省已完成473.87万亩的造林任务,剩下的100天将高标准造林526.47万亩。", 2017);
    expect(r.map((t) => [t.value, t.year])).toEqual([[526.47, 2017]]);
  });
  it("but not the time left told as done (剩下的100天已造林…)", () => {
    expect(ticked("今年1至8月底,全省已完成473.87万亩的造林任务,剩下的100天里已造林526.47万亩。", 2017)).toEqual([]);
  });
});

describe("a sentence of work said brought about with 了, setting nothing to come", () => {
  it("is past (形成了, 实现了…的目标, 获得了)", () => {
    expect(ticked("风电整机、关键部件和配套企业达到50家,从业人员24760人,在全国风电行业形成了最完整的产业体系。", 2008)).toEqual([]);
    expect(ticked("合作社在全县建立15家乡镇级服务站、203家村级综合服务网点,实现了农民外出打工、供销社帮农民种地的目标。", 2017)).toEqual([]);
  });
  it("but a goal set beside it stays (形成了…,力争到2025年达到100家)", () => {
    expect(ticked("全县形成了完整的产业体系,力争到2025年配套企业达到100家。", 2020).map((t) => t.value)).toEqual([100]);
    expect(ticked("全县配套企业达到50家,实现了…,今年目标是达到60家。".replace("…", "产业升级"), 2020).map((t) => t.value)).toContain(60);
  });
});

describe("progress against the year's plan", () => {
  it("an amount the next clause tells as a share of the plan done is progress (累计完成投资11.75亿元,完成全年目标35.1%)", () => {
    expect(ticked("据介绍,6个列入年度产业链重大项目,累计完成投资11.75亿元,完成全年目标35.1%。", 2023)).toEqual([]);
  });
  it("but a goal with its will stays (力争完成投资20亿元,完成全年目标的100%)", () => {
    expect(ticked("今年力争完成投资20亿元,完成全年目标的100%。", 2023).map((t) => t.value)).toContain(20);
  });
  it("a running total up to now opening a clause is the present (截至目前…累计建设…基地3.3万亩,预计到…)", () => {
    const r = ticked("截至目前宿迁市累计建设酿酒高粱生产基地3.3万亩,预计到“十四五”末,全市酿酒专用高粱种植面积达12万亩。", 2023);
    expect(r.map((t) => [t.value, t.year])).toEqual([[12, 2025]]);
  });
});

describe("十 before a scale and a unit (十万亩)", () => {
  it("is an amount", () => {
    const r = ticked("“十四五”期间计划新增椰子种植面积25万亩,其中省内种植面积15万亩,境外种植面积十万亩。", 2021);
    expect(r.map((t) => [t.value, t.unit])).toEqual([[25, "万亩"], [15, "万亩"], [10, "万亩"]]);
  });
  it("but not a name (十万大山)", () => {
    expect(all("十万大山,风景秀丽。", 2021).mentions!.filter((m) => m.role === "target" || m.role === "possible")).toEqual([]);
  });
});

describe("a place named as a great producer of its trade", () => {
  it("is described, not set goals (漳州市是福建省水果生产大市,果树种植面积达17万亩)", () => {
    expect(ticked("漳州市是福建省水果生产大市,果树种植面积达17万亩,水果年产量逾300万吨。", 2016)).toEqual([]);
    expect(ticked("大兴安岭是全国蓝莓主产区之一,蓝莓资源占全国产量的90%。", 2012)).toEqual([]);
  });
  it("but not when the sentence sets what is to come (是…大市,力争到2020年…)", () => {
    expect(ticked("漳州市是水果生产大市,力争到2020年果树种植面积达到20万亩。", 2016).map((t) => t.value)).toEqual([20]);
  });
});

describe("a plan period opening what is said as its time (…说,“十二五”时期我国…)", () => {
  it("dates the sentence's parts after semicolons too", () => {
    const r = ticked("陈雷在会议上说,“十二五”时期我国农村水电工作将坚持治水与办电结合,增加代燃料装机140万千瓦;建成300个水电新农村电气化县。", 2011);
    expect(r.map((t) => [t.value, t.year, t.kind])).toEqual([[140, 2015, "increment"], [300, 2015, "increment"]]);
  });
  it("but not a period named in passing mid-sentence (…按照“十二五”时期的要求…;今年建成…)", () => {
    const r = ticked("全省按照“十二五”时期的部署推进建设;今年建成电气化县30个。", 2011);
    expect(r.map((t) => t.year)).toEqual([2011]);
  });
});

describe("the whole area of what is built (全国建成…基地总面积)", () => {
  it("is a stock reached, the area of work stays work", () => {
    expect(kinds("到2025年,全国建成道地药材生产基地总面积2500万亩以上。", 2018)).toEqual(["level"]);
    expect(kinds("到2020年,全省完成矿山生态修复总面积1324公顷。", 2018)).toEqual(["increment"]);
  });
});

describe("a page's count of clicks as a field of its own line (点击:644次)", () => {
  it("is page furniture, no target", () => {
    const r = all("龙港印刷小镇项目\n时间:2020-03-04\n点击:644次\n项目规划建设28个产业类项目。", 2020);
    expect(tickedOnly(r.targets).map((t) => t.value)).toEqual([28]);
    expect(r.mentions!.find((m) => m.text.startsWith("644"))?.role).not.toBe("target");
  });
});

describe("what a read of this round's rules found, and mended", () => {
  it("a share of the year's plan with a will or a bound stays a goal (确保全部完成年度投资计划100%以上)", () => {
    expect(ticked("今年全市重点项目确保全部完成年度投资计划100%以上。", 2021).map((t) => t.value)).toEqual([100]);
    expect(ticked("今年力争完成投资20亿元,完成全年目标100%。", 2021).map((t) => t.value)).toEqual([20, 100]);
    expect(ticked("2023年重点工作\n全年完成投资20亿元,完成年度计划110%以上。", 2023).map((t) => t.value)).toEqual([20, 110]);
  });
  it("what work brought about is no past where it is the basis of a goal, under a heading of the year's work, or beside a year ahead", () => {
    expect(ticked("在实现了“十三五”圆满收官的基础上,2022年全县地区生产总值增长7%左右。", 2021).map((t) => t.value)).toEqual([7]);
    expect(ticked("三、2022年工作安排\n在取得了显著成绩的基础上,新引进企业20家,新增规上企业10家。", 2021).map((t) => t.value)).toEqual([20, 10]);
    expect(ticked("三、2022年工作安排\n围绕主导产业,形成了“一园三区”格局,新引进企业20家。", 2021).map((t) => t.value)).toEqual([20]);
  });
  it("the size of work or of money brought in stays an amount of work (招商引资规模, 治理水土流失规模)", () => {
    expect(kinds("全年招商引资规模达到300亿元。", 2021)).toEqual(["increment"]);
    expect(kinds("今年治理水土流失规模达到200平方公里。", 2021)).toEqual(["increment"]);
  });
  it("新建成 keeps its whole verb (新建成高标准农田10万亩,达到50万亩)", () => {
    expect(ticked("到2025年,新建成高标准农田10万亩,达到50万亩。", 2021).map((t) => t.indicator)).not.toContain("成高标准农田");
  });
  it("the time left with a will but no work is no plan (剩余3个月将有约3000名…返乡就业)", () => {
    expect(ticked("今年1至10月,全市已新增就业1.2万人,剩余3个月将有约3000名高校毕业生返乡就业。", 2021)).toEqual([]);
  });
  it("points a list of shares rises by are no rates of growth (分别达到60%、45%,提高5%、3%)", () => {
    expect(ticked("到2025年,城镇化率、森林覆盖率分别达到60%、45%,提高5%、3%。", 2021).filter((t) => t.kind === "growth")).toEqual([]);
  });
});

describe("a clause of the next year's work, with its year in figures and a will, after what is done up to now", () => {
  it("is a plan (截至目前,…已全部完成,2021年将新建和改造7个菜市场)", () => {
    const r = ticked("截至目前,列入本市2020年20项民心工程的14个菜市场项目已全部完成,2021年将新建和改造7个菜市场。", 2020);
    expect(r.map((t) => [t.value, t.year])).toEqual([[7, 2021]]);
  });
});

describe("a verb joined by 和 to the verb before a count", () => {
  it("is no part of the name (将新建和改造7个菜市场, 新建和改扩建25所学校)", () => {
    expect(ticked("2021年将新建和改造7个菜市场。", 2020)[0].indicator).toBe("菜市场");
    expect(ticked("今年新建和改扩建25所学校。", 2024)[0].indicator).toBe("学校");
  });
});

describe("an item number glued to the item's first figure (2.印发…;3.100%比例…)", () => {
  const s = "1.印发健康口腔行动科普宣传方案;2.100%比例二级综合医院(含中医院)单独设置口腔科;3.启动健康口腔进校园活动。";
  it("is the item's number, the figure after its point the item's own", () => {
    const ms = all(s, 2023).mentions!;
    expect(ms.map((m) => [m.text, m.role])).toEqual([["1", "ordinal"], ["2", "ordinal"], ["100%", "possible"], ["3", "ordinal"]]);
    expect(all(s, 2023).targets.map((t) => t.indicator)).toEqual(["比例二级综合医院(含中医院)单独设置口腔科"]);
  });
  it("but a decimal stays a decimal where no item before it is numbered one less (增长3.5%, 1.…增长5.5%)", () => {
    expect(ticked("今年全市地区生产总值增长3.5%。", 2023).map((t) => t.value)).toEqual([3.5]);
    expect(ticked("1.全年地区生产总值增长5.5%;2.城镇新增就业1.2万人。", 2023).map((t) => t.value)).toEqual([5.5, 1.2]);
  });
});

describe("a table of the task each city or body is given, its places' column headed by the level alone (市(林局))", () => {
  it("gives each place's cell its target", () => {
    const t = "2020年度防治任务\n序号 市(林局) 松林监测面积(万亩) 林业鼠(兔)害防治面积(万亩次)\n1 太原市 144.21 0.50\n2 杨树局 26.64 4.80\n";
    expect(ticked(t, 2020).map((x) => [x.value, x.unit, x.indicator])).toEqual([
      [144.21, "万亩", "松林监测面积(太原市)"], [0.5, "万亩次", "林业鼠兔害防治面积(太原市)"],
      [26.64, "万亩", "松林监测面积(杨树局)"], [4.8, "万亩次", "林业鼠兔害防治面积(杨树局)"]]);
  });
});

describe("counts of firms passing a sum, listed with 、 (1家企业主营收入过千亿、…)", () => {
  it("are the goals, the sums their class", () => {
    expect(ticked("到2015年,培育5家企业营收过百亿、10家企业营收过10亿。", 2011).map((t) => [t.value, t.unit])).toEqual([[5, "家"], [10, "家"]]);
    expect(ticked("到2015年,培育1家企业主营收入过千亿。", 2011).map((t) => [t.value, t.unit])).toEqual([[1, "家"]]);
  });
});

describe("money raised or put into a body", () => {
  it("is an amount of the period (增资20亿元, 筹集资金10亿元)", () => {
    expect(kinds("今年市财政将为国有担保机构增资20亿元。", 2009)).toEqual(["increment"]);
    expect(kinds("全市各级工会筹集送温暖活动资金1000万元以上。", 2023)).toEqual(["increment"]);
  });
  it("a span of years opening the raising dates it (3年筹集资金10亿元 in 2016 → 2018)", () => {
    expect(ticked("设立省级再担保基金,3年筹集资金10亿元。", 2016).map((t) => [t.value, t.year])).toEqual([[10, 2018]]);
  });
  it("income gained per year is an amount added (实现农民增收250元/年)", () => {
    expect(kinds("项目建成后实现农民增收250元/年。", 2012)).toEqual(["increment"]);
  });
  it("a count for each member of a group, of bodies set up, is work of the period (每个市州设立1家)", () => {
    expect(kinds("三年内,每个市州设立1家政府性融资担保机构。", 2019)).toEqual(["increment"]);
  });
});

describe("a dateline with the page's counter of views glued after its seconds (2012-11-14 09:11:301585)", () => {
  it("dates the page", () => {
    const r = all("阜阳印刷包装产业园获批为安徽省级园区\n- 2012-11-14 09:11:301585\n根据初步规划,该园区2015年产值将达50亿元,2020年将达100亿元。");
    expect(r.document.docYear).toBe(2012);
    expect(tickedOnly(r.targets).map((t) => [t.value, t.year])).toEqual([[50, 2015], [100, 2020]]);
  });
});

describe("a bound written with 及 before the noun it bounds (500万元及以下的小微企业)", () => {
  it("is a condition on the noun, no goal", () => {
    expect(ticked("重点支持单户担保金额500万元及以下的小微企业。", 2019)).toEqual([]);
  });
  it("but a share with 及以上 of a whole stays the goal (80%及以上的村达到标准)", () => {
    expect(ticked("到2020年,全市80%及以上的村达到标准。", 2019).map((t) => t.value)).toEqual([80]);
  });
});

describe("what is already done of a count, closing its clause (75栋已投入使用)", () => {
  it("is past", () => {
    expect(ticked("目前,项目一期已建成肉鸭圈舍275栋,其中75栋已投入使用,200栋肉鸭圈舍基础已完工。", 2023)).toEqual([]);
  });
});

describe("the goal work is finally to reach, after what is built so far (…已建成13个,…,最终达到…的预定目标)", () => {
  it("is a goal", () => {
    const r = ticked("全县已建成13个,还有部分正在建设,最终达到养殖小区面积18万平方米、日存栏量70万-80万只的预定目标。", 2024);
    expect(r.map((t) => t.value)).toEqual([18, 70]);
  });
  it("but the count already built stays past", () => {
    expect(all("全县已建成13个,还有部分正在建设,最终达到养殖小区面积18万平方米的预定目标。", 2024).mentions!.find((m) => m.text === "13个")?.role).toBe("past");
  });
});

describe("a place and 要 before a verb of starting or building (河南省要开建…61公里)", () => {
  it("leave the verb the work's, an amount of the period", () => {
    expect(kinds("今年河南省要开建地下综合管廊61公里。", 2016)).toEqual(["increment"]);
    expect(kinds("今年我省要开工建设地下综合管廊61公里。", 2016)).toEqual(["increment"]);
  });
});

describe("the year of a party congress (今年是党的十九大召开之年)", () => {
  it("is the document's year, before a plan period's year said of something else", () => {
    const r = all("今年是党的十九大召开之年,也是全面实施“十三五”规划和市区城中村改造的攻坚之年。全市完成拆迁8787户。");
    expect(r.document.docYear).toBe(2017);
  });
});

describe("what a second read of this round's rules found, and mended", () => {
  it("a place named as a great producer stays a goal's place under goals, beside a time ahead or with work (我县是…生猪养殖大县,新建…)", () => {
    expect(ticked("一、发展目标\n我县是全省生猪养殖大县,新建规模养殖场20个,生猪出栏达到100万头。", 2021).map((t) => t.value)).toEqual([20, 100]);
    expect(ticked("我县是全省蔬菜生产大县,“十四五”期间新建蔬菜基地5万亩。", 2021).map((t) => [t.value, t.year])).toEqual([[5, 2025]]);
  });
  it("a share of the plan done past the whole, or after 主要, is progress (完成全年目标112%, 主要项目完成年度计划85.3%)", () => {
    expect(ticked("全县重点项目完成投资48亿元,完成全年目标112%。", 2021)).toEqual([]);
    expect(ticked("目前,全县主要项目完成年度计划85.3%。", 2021)).toEqual([]);
  });
  it("rates falling after a list of amounts are theirs (分别控制在…,年均下降3%、4%)", () => {
    const r = ticked("到2025年,万元GDP能耗、万元GDP用水量分别控制在0.5吨标准煤、30立方米,年均下降3%、4%。", 2021).filter((t) => t.kind === "growth");
    expect(r.map((t) => [t.indicator, t.value])).toEqual([["万元GDP能耗", 3], ["万元GDP用水量", 4]]);
  });
  it("a list's items wait for the first clause of rates (…,其中优质粮食占比60%,年均增长3%、5%)", () => {
    const r = ticked("到2025年,粮食、蔬菜产量分别达到50万吨、80万吨,其中优质粮食占比60%,年均增长3%、5%。", 2021).filter((t) => t.kind === "growth");
    expect(r.map((t) => t.indicator)).toEqual(["粮食产量", "蔬菜产量"]);
  });
  it("新建成 leaves the level's name whole (新建成污水管网200公里、达到1500公里)", () => {
    expect(ticked("到2025年,新建成污水管网200公里、达到1500公里。", 2021).map((t) => [t.indicator, t.kind])).toEqual([["新建成污水管网", "increment"], ["污水管网", "level"]]);
  });
  it("what is newly built within the year stays work (今年全市新建成设施农业总面积2万亩)", () => {
    expect(kinds("今年全市新建成设施农业总面积2万亩。", 2021)).toEqual(["increment"]);
  });
  it("a county's firms together keep their revenue as the goal (全县30家规上企业主营业务收入超过200亿元、利税20亿元)", () => {
    expect(ticked("到2025年,全县30家规上企业主营业务收入超过200亿元、利税20亿元。", 2021).map((t) => t.value)).toEqual([200, 20]);
  });
  it("all done by a deadline stays a goal (到2025年,全部20个安置小区均已交付使用)", () => {
    expect(ticked("到2025年,全部20个安置小区均已交付使用。", 2021).map((t) => t.value)).toEqual([20]);
  });
  it("years since a founding date nothing (该公司成立3年募集资金5亿元)", () => {
    expect(ticked("该公司成立3年募集资金5亿元,发展势头良好。", 2021).map((t) => t.year)).not.toContain(2023);
  });
  it("a whole place and 要 before a verb of building (今年全省要开建保障性住房10万套)", () => {
    expect(kinds("今年全省要开建保障性住房10万套。", 2021)).toEqual(["increment"]);
  });
  it("续建和 is no part of a name either (将续建和新建25个重点项目)", () => {
    expect(ticked("今年将续建和新建25个重点项目。", 2021)[0].indicator).toBe("重点项目");
  });
  it("要素 holds no will (“十四五”期间全市要素保障能力持续增强;新增建设用地1万亩)", () => {
    expect(ticked("“十四五”期间全市要素保障能力持续增强;新增建设用地1万亩。", 2021).map((t) => t.year)).toEqual([2021]);
  });
});

// Forms met on real pages of round 64, each rule with its example sentences. Sentences written for these tests (unit
// tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";
import { ticked as tickedOnly } from "./targets-of";

const all = (text: string, docYear?: number) => extract(text, { docYear, mentions: true });
const ticked = (text: string, docYear?: number) => tickedOnly(all(text, docYear).targets);

describe("an estimate of 今年 with a will after it, on a page of the year's first months", () => {
  const lead = "2022-01-15 09:02:54 来源:都市报\n\n";
  it("is the year's plan (预计今年全省将新增高铁里程约370公里)", () => {
    const r = ticked(`${lead}预计今年全省将新增高铁里程约370公里,高铁总里程达2060公里左右。`);
    expect(r.map((t) => [t.value, t.year])).toEqual([[370, 2022], [2060, 2022]]);
  });
  it("but not without the will (预计今年高校毕业生超过1170万人)", () => {
    expect(ticked(`${lead}预计今年高校毕业生超过1170万人。`)).toEqual([]);
  });
  it("nor on a page of the year's last months (dated 2022-11-15)", () => {
    expect(ticked("2022-11-15 09:02:54 来源:都市报\n\n预计今年全省将新增高铁里程约370公里。")).toEqual([]);
  });
});

describe("a list of items, its starting values after 由 and its targets after a verb, without 分别", () => {
  const s = "3年内将高端稀土磁性材料、储氢材料、特种合金的国内市场占有率由2014年的10%、12%、15%提高到30%、30%、40%以上。";
  it("gives each item its target, the measure after the last item's 的 shared by all", () => {
    const r = ticked(s, 2015);
    expect(r.map((t) => [t.indicator, t.value])).toEqual([["高端稀土磁性材料的国内市场占有率", 30], ["储氢材料的国内市场占有率", 30], ["特种合金的国内市场占有率", 40]]);
  });
  it("and reads the values after 由 as where each starts", () => {
    const m = all(s, 2015).mentions!.filter((x) => x.role === "baseline").map((x) => x.value);
    expect(m).toEqual([10, 12, 15]);
  });
});

describe("a count of years to run opening a name", () => {
  it("is no part of it (3年内将…占有率, 五年内要…)", () => {
    expect(ticked("3年内将全市稀土材料国内市场占有率提高到30%。", 2015)[0].indicator).toBe("全市稀土材料国内市场占有率");
    expect(ticked("力争五年内要全县森林覆盖率达到60%。", 2015)[0].indicator).toBe("全县森林覆盖率");
  });
});

describe("values after a verb of cutting, as many as the items listed before it", () => {
  it("go one to each item (化肥、农药使用量平均减少30%和50%以上)", () => {
    const r = ticked("到2027年,单位面积化肥、农药使用量平均减少30%和50%以上。", 2023);
    expect(r.map((t) => [t.indicator, t.value, t.comparator])).toEqual([["单位面积化肥使用量", 30, "="], ["农药使用量", 50, ">="]]);
  });
});

describe("what material or data show, in a sentence that sets nothing to come", () => {
  it("is statistics reported (资料显示,…产区拥有…达11.6万亩; 数据显示,2024年…突破1200亿元)", () => {
    expect(ticked("资料显示,天山北麓产区拥有百余公里葡萄酒产业带,酿酒葡萄种植面积达11.6万亩,葡萄酒企业达到38家。", 2021)).toEqual([]);
    expect(ticked("数据显示,2024年全市旅游总收入突破1200亿元。", 2025)).toEqual([]);
  });
  it("but not a plan the material shows (发布会资料显示,计划到2025年…)", () => {
    expect(ticked("发布会资料显示,计划到2025年,产区酿酒葡萄种植面积达到30万亩。", 2021).map((t) => t.value)).toEqual([30]);
  });
});

describe("a forum post's own time", () => {
  it("dates the page before a poster's profile dates above it (发表于 2018-10-14 10:53:00)", () => {
    const page = "[资讯] 2020年,小龙虾将为农民增收100亿元\n\n  • TA的每日心情\n    开心\n    2021-10-13 16:10\n    发表于 2018-10-14 10:53:00 | 显示全部楼层 |阅读模式\n    小编获悉,到2020年,全市养殖面积达到400万亩。\n";
    const r = all(page);
    expect(r.document.docYear).toBe(2018);
    expect(tickedOnly(r.targets).map((t) => [t.value, t.year])).toEqual([[100, 2020], [400, 2020]]);
  });
});

describe("a page's bar of fields opening with 发布:", () => {
  it("dates the page (发布: 2016-01-21 |  作者: 佚名)", () => {
    const page = "辽宁盘锦养大蟹工程稳步发展\n\n发布: 2016-01-21 |  作者: 佚名 |   来源: 转载\n\n  2015年,盘锦市河蟹养殖面积达到160万亩。\n\n  2016年,海淡水养殖规模计划260万亩。\n";
    const r = all(page);
    expect(r.document.docYear).toBe(2016);
    expect(tickedOnly(r.targets).map((t) => [t.value, t.year])).toEqual([[260, 2016]]);
  });
});

describe("years listed at a statement's opening, a part with no figure before the 分别 list", () => {
  it("still give each value its year (到2022年和2030年,成人肥胖增长率持续减缓,…分别低于7%和5%)", () => {
    const r = ticked("意见明确,到2022年和2030年,成人肥胖增长率持续减缓,5岁以下儿童生长迟缓率分别低于7%和5%。", 2019);
    expect(r.map((t) => [t.value, t.year])).toEqual([[7, 2022], [5, 2030]]);
  });
});

describe("years listed at a statement's opening, then 城乡 or a value list with no 分别", () => {
  const s = "到2022年和2030年,城乡居民达到《国民体质测定标准》合格以上的人数比例分别不少于90.86%和92.17%,经常参加体育锻炼人数比例达到37%及以上和40%及以上。";
  it("pair the values with the years, not town and country", () => {
    expect(ticked(s, 2019).map((t) => [t.value, t.year])).toEqual([[90.86, 2022], [92.17, 2030], [37, 2022], [40, 2030]]);
  });
  it("while 城乡 with no years listed still names town and country", () => {
    expect(ticked("到2022年,城乡居民人均可支配收入分别增长6%、8%。", 2019).map((t) => t.indicator)).toEqual(["城镇居民人均可支配收入", "农村居民人均可支配收入"]);
  });
});

describe("a paragraph reporting a plan for a period from the document's year", () => {
  it("dates the goals of the next paragraph, whose own time is only the plan's span (《餐饮业“十二五”发展规划》发布 / 未来5年,…)", () => {
    const page = "日前,西安市《餐饮业“十二五”发展规划》发布,提出扶持和培育一批特色企业。\n据悉,未来5年,全市餐饮业销售总额力争实现400亿元。重点培育一批知名品牌餐饮企业,特色餐饮街区将达到20个以上。\n";
    expect(ticked(page, 2011).map((t) => [t.value, t.year])).toEqual([[400, 2015], [20, 2015]]);
  });
});

describe("a project's completion, named only by the sentence opening on it", () => {
  it("dates what the project does once built (计划2015年建设完成。项目建成后,年可接待游客300万人次)", () => {
    const r = ticked("据悉,国际红酒城总投资80亿元,计划2015年建设完成。项目建成后,年可接待游客300万人次,年产值2亿元以上。", 2010);
    expect(r.filter((t) => t.value !== 80).map((t) => [t.value, t.year])).toEqual([[300, 2015], [2, 2015]]);
  });
  it("but not without a project named (计划2015年建设完成。建成后,…)", () => {
    expect(ticked("全市总投资80亿元,计划2015年建设完成。建成后,年可接待游客300万人次。", 2010).find((t) => t.value === 300)?.year).toBe(2010);
  });
});

describe("goods counted as they are packed or sown", () => {
  it("take their measure word as the unit (瓶, 袋, 粒, 件套)", () => {
    const r = ticked("到2015年,年产葡萄酒800万瓶,年生产原原种2亿粒以上,发展袋料香菇8000万袋,服装1500万件套。", 2010);
    expect(r.map((t) => t.unit)).toEqual(["万瓶", "亿粒", "万袋", "万件套"]);
  });
});

describe("a headline's figure the page states as past", () => {
  it("is its echo though the headline writes only the scale (产量突破17亿 / 已经突破17亿袋)", () => {
    const page = "海林市食用菌产量突破17亿\n发布时间:2014-07-16\n今年全市食用菌生产规模总量已经突破17亿袋,比去年增长13.3%。\n";
    expect(ticked(page).map((t) => t.value)).toEqual([]);
  });
});

describe("a headline's plan for 今年 that the lead gives a year, with the same figure", () => {
  const page = "广东今年计划营造红树林2600公顷\n\n广州4月10日电 据广东省林业局10日消息,2024年广东计划营造红树林2600公顷,修复现有红树林1200公顷。\n";
  it("dates the page (今年计划…2600公顷 / 2024年广东计划…2600公顷)", () => {
    const r = all(page);
    expect(r.document.docYear).toBe(2024);
    expect(tickedOnly(r.targets).every((t) => t.year === 2024)).toBe(true);
  });
  it("but not a figure the lead gives a past year without a plan (2023年…增长5.8%)", () => {
    expect(all("今年计划增长5.8%\n\n据介绍,2023年全市地区生产总值增长5.8%。\n").document.docYear).not.toBe(2023);
  });
});

describe("years of effort with 的 before the effort", () => {
  it("after a will, are the years ahead (力争通过5年的努力,实现三大目标:)", () => {
    const r = ticked("晋江将力争通过5年的努力,实现三大目标:\n——内外贸更加高效。新建超100个海外仓、50个海外展销中心。\n", 2025);
    expect(r.map((t) => [t.value, t.year])).toEqual([[100, 2030], [50, 2030]]);
  });
  it("but not in a review (2015年,…开展…改革,通过5年的努力,上市公司19家)", () => {
    expect(ticked("2015年,上虞区开展示范区建设试点改革,通过5年的努力,上虞区A股上市公司19家,总市值约2600亿元。", 2021)).toEqual([]);
  });
});

describe("a change from one figure to another", () => {
  it("is no range (产值从5000亿元到10000亿元)", () => {
    const m = all("到2030年,实现产业产值从5000亿元到10000亿元翻番。", 2025).mentions!.filter((x) => x.unit === "亿元");
    expect(m.map((x) => [x.value, x.role])).toEqual([[5000, "baseline"], [10000, "possible"]]);
  });
  it("while a range keeps its joiner (3至5家, 80亿—100亿元)", () => {
    expect(ticked("到2025年,培育省级创新平台3至5家。", 2021)[0].valueMax).toBe(5);
  });
});

describe("a work's completion N years on, after a will or an estimate", () => {
  it("dates what follows it with 届时 (预计1年后投入运营,届时…将拥有100家制鞋企业和1000家…厂商)", () => {
    const r = ticked("二期工程于5月18日破土动工,预计1年后投入运营,届时整个西部鞋都将拥有100家制鞋企业和1000家鞋材配套经营厂商。", 2007);
    expect(r.map((t) => [t.value, t.year])).toEqual([[100, 2008], [1000, 2008]]);
  });
  it("while a working day of 8小时工作制 is no target", () => {
    expect(all("推行8小时工作制。", 2020).mentions!.find((m) => m.value === 8)?.role).not.toBe("target");
  });
});

describe("years of time with 的, after a will", () => {
  it("are the years ahead (计划用5年的时间,…带进1000家企业)", () => {
    const r = ticked("目前,梧州正着力打造珠宝玉石文化创意产业园,计划用5年的时间,在梧州建设国际宝石资源交易中心,带进1000家企业聚集。", 2017);
    expect(r[0].year).toBeGreaterThan(2017);
  });
});

describe("a long line ending in a colon", () => {
  it("sets the year of its list from its last sentence (“…。”市长表示,…,力争通过5年的努力,实现三大目标:)", () => {
    const page = "“打造这一全球供应链创新中心是创新发展‘晋江经验’的生动实践。”晋江市委副书记、市长王明元表示,晋江将锚定“四链融合”,全方位推进产业强链、补链、延链,全力构建“以一中心为驱动,以多区域联动为支撑,以N个平台和机构为保障”的立体供应链体系,力争通过5年的努力,实现三大目标:\n——内外贸一体化发展更加高效。新建超100个海外仓、50个海外展销中心。\n";
    expect(ticked(page, 2025).map((t) => t.year)).toEqual([2030, 2030]);
  });
});

describe("a reporter told at a year's forum held", () => {
  it("dates the page (记者从…召开的2007西部皮革产业发展论坛上获悉)", () => {
    const page = "西部鞋都成国内最大皮革产业集群\n日前,记者从“中国西部鞋都——重庆璧山召开的2007西部皮革产业发展论坛”上获悉,二期工程于5月18日破土动工,预计1年后投入运营。\n";
    expect(all(page).document.docYear).toBe(2007);
  });
});

describe("what a place spans or holds, as reported after 据了解", () => {
  it("is present fact (据了解,…涉及…12个县(区),总面积1.4万平方公里,占…74.7%)", () => {
    expect(ticked("据了解,黄河粗泥沙集中来源区涉及陕西省榆林、延安两市所辖的12个县(区),总面积1.4万平方公里,占整个黄河流域粗泥沙集中来源区总面积的74.7%。", 2010)).toEqual([]);
  });
  it("but not a relocation planned this time (据悉,此次搬迁涉及…拟搬迁…22408户)", () => {
    expect(ticked("据悉,此次搬迁涉及16个县拟搬迁建档立卡贫困户22408户。", 2016).map((t) => t.value)).toContain(22408);
  });
});

describe("a bounded count right after its verb, then an amount closed by 的", () => {
  it("is the goal, the amount its class (培育3家以上产值5至10亿元的核心骨干企业、5家以上…)", () => {
    const r = ticked("力争到2017年,培育3家以上产值5至10亿元的核心骨干企业、5家以上产值1至5亿元的骨干企业、10家以上产值过2000万元的中小企业。", 2014);
    expect(r.map((t) => t.value)).toEqual([3, 5, 10]);
  });
});

describe("energy units in other cases", () => {
  it("are units (电芯产能达到60Gwh/年)", () => {
    expect(ticked("到2025年,锂电池电芯产能达到60Gwh/年。", 2020).map((t) => [t.value, t.unit])).toEqual([[60, "Gwh"]]);
  });
});

describe("a table of places and the work each is tasked with", () => {
  it("gives each place's task as a target (乡镇 | 新种任务(亩) | 备注)", () => {
    const page = "融安县2023年金桔生产任务分解表\n乡镇 | 新种任务(亩) | 备注 |\n全县合计 | 7000 | |\n长安镇 | 2150 | |\n板榄镇 | 600 | |\n";
    const r = ticked(page, 2023);
    expect(r.map((t) => [t.value, t.unit, t.year])).toEqual([[7000, "亩", 2023], [2150, "亩", 2023], [600, "亩", 2023]]);
  });
});

describe("points a rate moves by, written as a Chinese numeral", () => {
  it("are stated amounts (机械化率提高五个百分点以上, 自给率提高三至五个百分点)", () => {
    const r = ticked("到2020年,主要油料作物耕种收综合机械化率提高五个百分点以上,食用植物油自给率提高三至五个百分点。", 2016);
    expect(r.map((t) => [t.value, t.valueMax, t.unit])).toEqual([[5, null, "个百分点"], [3, 5, "个百分点"]]);
  });
});

describe("amounts gained over a base year or added to output", () => {
  it("are amounts added (分别比2014年增加3,800万亩、675万吨; 增产食用植物油约230万吨)", () => {
    expect(ticked("到2020年,油菜播种面积和产量分别比2014年增加3,800万亩、675万吨。", 2016).map((t) => t.kind)).toEqual(["increment", "increment"]);
    expect(ticked("到2020年,增产食用植物油约230万吨。", 2016)[0].kind).toBe("increment");
  });
});

describe("a count 把 takes, then the verb of work done to it", () => {
  it("is an amount of work (抢抓时节把210万亩辣椒种下去)", () => {
    const r = ticked("今年,遵义市将抢抓时节把210万亩辣椒种下去。", 2020);
    expect(r.map((t) => [t.value, t.kind, t.confidence])).toEqual([[210, "increment", "high"]]);
  });
});

describe("a grant's thresholds and sums", () => {
  it("are rules, not goals (对建设规模在200亩以上,…的种质资源圃,每年给予运作补助费10万元; 规模在300亩以上的采穗圃…,分别给予30万元和50万元的以奖代补)", () => {
    const r = all("在良种繁育方面,对建设规模在200亩以上,并得到国家相关部门认可的国家级种质资源圃,每年给予运作补助费10万元;对在核心产区建设的,规模在300亩以上的采穗圃、规模在500亩以上的繁育基地,经验收,分别给予30万元和50万元的以奖代补。", 2016);
    expect(tickedOnly(r.targets)).toEqual([]);
    expect(r.mentions!.filter((m) => m.unit !== "").map((m) => m.role)).toEqual(["parameter", "parameter", "parameter", "parameter", "parameter", "parameter"]);
  });
});

describe("years of time or effort with 的, a plan named before or a will after", () => {
  it("are the years ahead (根据规划,利用五年的时间,…; 通过五年的努力,全县…力争实现…)", () => {
    expect(ticked("根据规划,利用五年的时间,重点发展立体养殖1000亩。", 2013)[0].year).toBeGreaterThan(2013);
    expect(ticked("通过五年的努力,全县冷水养殖业力争实现年收入6188万元。", 2013)[0].year).toBeGreaterThan(2013);
  });
});

describe("a news lead on a year's review just done", () => {
  it("dates the page (近日,全省2020年产油大县项目评审工作顺利完成)", () => {
    expect(all("近日,全省2020年产油大县项目评审工作顺利完成。根据规划,到2021年,油料总产量达到8.52万吨。\n").document.docYear).toBe(2020);
  });
});

describe("a count after a verb of building a whole", () => {
  it("is an amount of work (在北部地区构建5000亩…示范带, 搭建3个平台)", () => {
    expect(ticked("规划明确,到2020年在北部地区构建5000亩冷水鱼类养殖产业集群示范带。", 2017).map((t) => [t.value, t.kind])).toEqual([[5000, "increment"]]);
    expect(ticked("到2025年,搭建3个公共服务平台。", 2022).map((t) => t.value)).toEqual([3]);
  });
});

describe("a year's goals named with its place and field", () => {
  it("date the page (2010年,阜阳市渔业工作的目标任务是:)", () => {
    const r = all("据了解,去年,全市水产养殖面积40.38万亩。2010年,阜阳市渔业工作的目标任务是:实现水产品产量8.6万吨,养殖面积45万亩。\n");
    expect(r.document.docYear).toBe(2010);
    expect(tickedOnly(r.targets).map((t) => t.value)).toEqual([8.6, 45]);
  });
});

describe("spindles and cases of goods produced", () => {
  it("are units (棉纺环锭600—700万锭; 年产10万箱紫菜)", () => {
    expect(ticked("到2010年,棉纺环锭达到600—700万锭。", 2005).map((t) => [t.value, t.valueMax, t.unit])).toEqual([[600, 700, "万锭"]]);
    expect(all("园区全部投产后可形成年产10万箱紫菜的生产能力。", 2016).mentions!.find((m) => m.value === 10)?.unit).toBe("万箱");
  });
});

describe("a capacity formed with no yearly output named", () => {
  it("is the capacity, named as the page names it (形成5000—10000吨洗净毛和毛条加工能力,600万米精纺面料生产能力)", () => {
    const r = ticked("到2010年,毛纺形成5000—10000吨洗净毛和毛条加工能力,600万米精纺面料生产能力。", 2005);
    expect(r.map((t) => [t.value, t.indicator, t.kind])).toEqual([[5000, "洗净毛和毛条加工能力", "level"], [600, "精纺面料生产能力", "level"]]);
  });
});

// Counterexamples from a read of the round's change, each now held.
describe("the round's rules, narrowed where a read of the change found them too wide", () => {
  it("a range after 从事, 从而, 自由 or a subject's 由 stays a range", () => {
    expect(ticked("2025年,海南自由贸易港将新引进企业20至30家。", 2024)[0].valueMax).toBe(30);
    expect(ticked("力争2025年,从事跨境电商的企业达到100至150家。", 2024)[0].valueMax).toBe(150);
    expect(ticked("力争到2026年,由各县区培育3至5家产值超亿元的龙头企业。", 2024)[0].valueMax).toBe(5);
  });
  it("work done to a group a grant later names stays a target (对全县300户农村危房进行改造,对验收合格的农户,给予…补助)", () => {
    expect(ticked("今年,对全县300户农村危房进行改造,对验收合格的农户,给予每户2万元补助。", 2024).map((t) => t.value)).toEqual([300]);
  });
  it("data or reports of a year ahead stay targets (数据显示,2025年…; 据悉,…达产后年产值20亿元)", () => {
    expect(ticked("有关数据显示,2025年全市数字经济规模突破1万亿元。", 2024).map((t) => t.value)).toEqual([1]);
    expect(ticked("据悉,二期工程占地200亩,拥有生产线10条,达产后年产值20亿元。", 2024).map((t) => t.value)).toContain(20);
  });
  it("a budget's grant sum, counts a grant helps and a size that is no class stay targets", () => {
    expect(ticked("今年全市计划发放就业补助金1.5亿元。", 2024).map((t) => t.value)).toEqual([1.5]);
    expect(ticked("今年,市、县两级财政分别资助家庭经济困难学生5000名、1万名。", 2024).map((t) => t.value)).toEqual([5000, 1]);
    expect(ticked("到2025年,全市设施农业面积达到20万亩以上的规模,对新建大棚给予每亩1000元补助。", 2024).map((t) => t.value)).toEqual([20]);
  });
  it("a rate moved per point is no target (利率每下降一个百分点); a share 把 takes stays a share", () => {
    expect(all("研究表明,贷款利率每下降一个百分点,可减少企业利息支出约50亿元。", 2024).targets.find((t) => t.unit === "个百分点")).toBeUndefined();
    expect(ticked("到2025年,把80%的行政村建成美丽乡村示范村。", 2024)[0].kind).toBe("share");
  });
  it("a completion estimated in a look back dates nothing (该项目于2019年开工,当时预计3年后建成投产)", () => {
    expect(ticked("该项目于2019年开工,当时预计3年后建成投产,年产值可达50亿元。", 2024).find((t) => t.year === 2027)).toBeUndefined();
  });
  it("a January page's estimate of traffic or weather is no plan (预计今年春运期间全省将发送旅客5000万人次)", () => {
    expect(ticked("2024-01-15 09:00 来源:日报\n\n预计今年春运期间全省将发送旅客5000万人次,增长15%。\n")).toEqual([]);
  });
  it("a headline's figure echoed for several years dates the page by the latest", () => {
    expect(all("全省今年计划造林100万亩\n\n2022年全省计划造林100万亩,实际完成115万亩。2023年,全省将完成造林100万亩。\n").document.docYear).toBe(2023);
  });
  it("incomes of town and country stay two after listed years (到2025年和2035年,…城乡居民人均可支配收入分别达到6万元和3.5万元)", () => {
    expect(ticked("规划明确,到2025年和2035年,全市发展水平显著提升,城乡居民人均可支配收入分别达到6万元和3.5万元。", 2024).map((t) => t.indicator)).toEqual(["城镇居民人均可支配收入", "农村居民人均可支配收入"]);
  });
  it("瓶颈 is no bottle; the casings of watt-hours are units; effort with 的 reads its will after it", () => {
    expect(all("全市打通1个瓶颈路段。", 2024).mentions!.some((m) => m.unit.includes("瓶"))).toBe(false);
    expect(ticked("到2025年,电池产能达到60gwh。", 2024)[0].unit).toBe("gwh");
    expect(ticked("经过5年的努力,要把全县建成生态县,森林覆盖率达到60%。", 2024)[0].year).toBeGreaterThan(2024);
  });
});

// Counterexamples from a second read of the round's change, each now held.
describe("the round's rules, narrowed again after a second read", () => {
  it("a count before 制造业 is a count (培育10家制造业单项冠军企业)", () => {
    expect(ticked("到2025年,培育10家制造业单项冠军企业。", 2024).map((t) => t.value)).toEqual([10]);
  });
  it("a planned start year does not block a completion N years on; a look back's 当时 does", () => {
    expect(ticked("该项目计划于2024年5月开工建设,预计3年后建成投产,届时年产值可达50亿元。", 2024)[0].year).toBe(2027);
  });
  it("statistics of what a completed site has done stay past (据统计,景区建成后累计接待游客300万人次)", () => {
    expect(ticked("据统计,景区建成后累计接待游客300万人次,实现旅游收入5亿元。", 2024)).toEqual([]);
  });
  it("已将 is no will (通过五年的努力,我们已将2万亩荒山全部绿化)", () => {
    expect(ticked("回顾十三五,通过五年的努力,我们已将2万亩荒山全部绿化,森林覆盖率提高到65%。", 2021)).toEqual([]);
  });
  it("a grant's thresholds and sums stay rules (对实施技术改造且设备投资在500万元以上…给予补助; 面积在30亩以上的集中连片大棚; 一次性奖励金5万元)", () => {
    expect(ticked("对实施技术改造且设备投资在500万元以上,并通过验收的工业企业,按设备投资额的10%给予补助。", 2024)).toEqual([]);
    expect(ticked("新建设施蔬菜,面积在30亩以上的集中连片大棚,每亩给予2000元补助。", 2024)).toEqual([]);
    expect(ticked("对认定的省级示范合作社,一次性奖励金5万元。", 2024)).toEqual([]);
  });
  it("a change from a figure named some words after 从 and closed by 的 (从目前全县的30万吨到35万吨)", () => {
    expect(ticked("到2025年,全县粮食产量从目前全县的30万吨到35万吨稳步提升。", 2024).map((t) => t.value)).toEqual([35]);
  });
  it("incomes rising over listed years stay the years' (分别达到4.5万元和9万元)", () => {
    expect(ticked("到2025年和2035年,城乡居民人均可支配收入分别达到4.5万元和9万元。", 2024).map((t) => t.year)).toEqual([2025, 2035]);
  });
  it("a capacity newly formed is added (全市新形成50万吨农产品加工能力)", () => {
    expect(ticked("全市新形成50万吨农产品加工能力。", 2024)[0].kind).toBe("increment");
  });
  it("a January page's estimate of projects begun and invested is the year's plan (预计今年全省将新开工重大项目500个)", () => {
    expect(ticked("2024-01-15 09:00 来源:日报\n\n预计今年全省将新开工重大项目500个,完成投资3000亿元。\n").map((t) => t.value)).toEqual([500, 3000]);
  });
  it("a year since which work has run names no year of work (2018年以来阜阳市渔业工作的主要任务是…)", () => {
    expect(all("2018年以来阜阳市渔业工作的主要任务是调结构。今年,全市水产品产量力争达到9万吨。\n").document.docYear).not.toBe(2018);
  });
});

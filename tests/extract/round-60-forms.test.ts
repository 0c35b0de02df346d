// Forms met on real pages of round 60, each rule with its example sentences. Sentences written for these tests (unit
// tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";
import { ticked as tickedOnly } from "./targets-of";

const all = (text: string, docYear?: number) => extract(text, { docYear, mentions: true });
const ticked = (text: string, docYear?: number) => tickedOnly(all(text, docYear).targets);
const roleOf = (text: string, number: string, docYear?: number) => all(text, docYear).mentions!.find((m) => m.text.startsWith(number))?.role;

describe("an amount shared out to places", () => {
  const text = "全市将建设筹集保障性租赁住房30万套(间)。\n规划区域分布:即在西咸新区7万套(间),高新区6万套(间),曲江新区、航天基地、未央各1万套(间)。";
  it("is an amount added where the total before it is (即在西咸新区7万套(间),高新区6万套(间))", () => {
    expect(ticked(text, 2021).map((t) => [t.value, t.kind])).toEqual([[30, "increment"], [7, "increment"], [6, "increment"], [1, "increment"], [1, "increment"], [1, "increment"]]);
  });
  it("but not a count of areas that are things, reached by a verb of level (特色夜游街区达到30个)", () => {
    expect(ticked("到2020年,完成夜景亮化工程10项,特色夜游街区达到30个。").map((t) => [t.value, t.kind])).toEqual([[10, "increment"], [30, "level"]]);
  });
});

describe("the plan a page reports", () => {
  it("dates a page of no year of its own by the period of a plan put out for comment (《…“十四五”…规划(征求意见稿)》向社会进行公示)", () => {
    const text = "近日《西安市“十四五”保障性租赁住房发展规划(征求意见稿)》向社会进行公示。\n《规划》明确,力争新增保障性租赁住房达到30万套(间)。";
    expect(ticked(text).map((t) => [t.value, t.year])).toEqual([[30, 2025]]);
  });
});

describe("the document's year", () => {
  it("is the year whose task list a meeting shows (团市委亮出2022年任务书)", () => {
    const r = all("在日前召开的全市群团工作会议上,团市委亮出2022年任务书。\n今年,团市委将组织青年论坛4场次以上。");
    expect(r.document.docYear).toBe(2022);
    expect(tickedOnly(r.targets).map((t) => t.year)).toEqual([2022]);
  });
  it("dates what its clause calls this year's project, over a later goal year of its paragraph (…工作室为今年省必检项目。…到2022年,…)", () => {
    const text = "据悉,五华县建立7个公共法律服务工作站为今年省必检项目。同时,对剩余镇级服务站分批打造。到2022年,基本实现覆盖城乡的现代公共法律服务体系。";
    expect(ticked(text, 2019).map((t) => [t.value, t.year])).toEqual([[7, 2019]]);
  });
});

describe("yearly steps toward a goal", () => {
  it("give one target per step with its own year (2021年实现4个县(市)通高速(秦安、环县)、2022年2个(通渭、文县)、2023年5个(…))", () => {
    const text = "预计到2025年,实现县县通高速目标,具体步骤为,2021年实现4个县(市)通高速(秦安、环县、华亭、肃南)、2022年2个(通渭、文县)、2023年5个(积石山、清水)、2024年4个(漳县、岷县)。";
    expect(ticked(text, 2021).map((t) => [t.value, t.year, t.kind, t.indicator])).toEqual([
      [4, 2021, "increment", "县(市)通高速"], [2, 2022, "increment", "县(市)通高速"], [5, 2023, "increment", "县(市)通高速"], [4, 2024, "increment", "县(市)通高速"],
    ]);
  });
  it("but not one year's amounts listed (2021年新建学校4所、改造10所)", () => {
    expect(ticked("2021年新建学校4所、改造10所。", 2021).map((t) => t.year)).toEqual([2021, 2021]);
  });
});

describe("the years of a plan counted in order", () => {
  it("count from the document's year (其中第一年…不低于30%、第二年不低于60%、第三年不低于90%)", () => {
    const text = "前3年基本完成目标任务,其中第一年完成总体工作的比例不低于30%、第二年不低于60%、第三年不低于90%。";
    expect(ticked(text, 2016).map((t) => [t.value, t.year])).toEqual([[30, 2016], [60, 2017], [90, 2018]]);
  });
  it("but not the year after something, alone (第二年起每年补助500元)", () => {
    expect(ticked("到2025年,新建养老床位1000张,第二年起每年补助500元。", 2021).map((t) => t.year)).not.toContain(2022);
  });
});

describe("figures a report tells of, not goals", () => {
  it("a number in the name of an event held on a day (四川省高速公路突破10000公里暨…慰问活动12日上午在蓉举行)", () => {
    const text = "四川省高速公路突破10000公里暨天邛高速公路建成通车慰问活动12日上午在蓉举行。";
    expect(roleOf(text, "10000", 2024)).toBe("name");
    expect(ticked(text, 2024)).toEqual([]);
  });
  it("what makes a place the Nth of its kind (四川成为中国第三个高速公路通车里程突破1万公里的省份)", () => {
    const text = "四川成为中国第三个高速公路通车里程突破1万公里的省份。";
    expect(roleOf(text, "1万", 2024)).toBe("qualifier");
  });
  it("what the day reported saw done (当日四川有5条高速公路(路段)、共计163公里建成通车)", () => {
    expect(ticked("当日四川有5条高速公路(路段)、共计163公里建成通车,并将于13日起陆续向社会开放通行。", 2024)).toEqual([]);
  });
  it("…but not a day's plan (当日将新开工项目12个)", () => {
    expect(ticked("当日将新开工项目12个。", 2024).map((t) => t.value)).toEqual([12]);
  });
});

describe("a news page's subheads of a year and its figure", () => {
  const text = "日前,省政府印发《山东省人口发展“十三五”规划》。\n\n2015年末人口9847万\n\n2015年末,全省常住人口达到9847万人。劳动年龄人口占比持续下降,社会总抚养比由34.4%提高至40.4%。\n\n全省学前三年毛入园率达到81.97%。\n\n2020年全省10250万人\n\n到2020年,全省常住人口总量达到10250万人左右。";
  it("head the part on that year: a year gone by reviews (2015年末人口9847万 … 毛入园率达到81.97%)", () => {
    expect(roleOf(text, "40.4", 2017)).toBe("past");
    expect(roleOf(text, "81.97", 2017)).toBe("past");
    expect(ticked(text, 2017).map((t) => [t.value, t.year])).toEqual([[10250, 2020], [10250, 2020]]);
  });
  it("but the page's own headline, before any sentence, heads nothing (2022年我区对外贸易额达46亿元)", () => {
    const page = "2022年我区对外贸易额达46亿元\n\n本报拉萨2月9日讯 记者在全区商务工作会议上获悉,2022年,我区对外贸易额达46亿元。\n\n今年,全区商务系统要力争社会消费品零售总额增长10%左右。";
    expect(ticked(page, 2023).map((t) => t.value)).toEqual([10]);
  });
});

describe("a count of things entering a ranking", () => {
  it("is the goal, and the ranking's bar qualifies it (6个以上的学科领域进入ESI全球同类学科前1‰,70个以上学科进入前1%)", () => {
    const text = "到2020年,6个以上的学科领域进入ESI全球同类学科前1‰,70个以上学科进入前1%。";
    expect(ticked(text, 2017).map((t) => [t.value, t.unit, t.kind])).toEqual([[6, "个", "level"], [70, "个", "level"]]);
    expect(roleOf(text, "1‰", 2017)).toBe("qualifier");
  });
  it("a count of the year, or at least so many, to reach a list is a level (2020年10所高校进百强,至少5所列入…一流大学建设)", () => {
    expect(ticked("意见提出,2020年10所高校进百强,至少5所列入国家层面的一流大学建设。", 2017).map((t) => [t.value, t.kind])).toEqual([[10, "level"], [5, "level"]]);
  });
  it("but a count of the year's work is added (2020年新建10所学校)", () => {
    expect(ticked("2020年新建10所学校。", 2017).map((t) => [t.value, t.kind])).toEqual([[10, "increment"]]);
  });
});

describe("tenths of the things a clause opens on", () => {
  it("are a share of them, kept in tenths as written (九成以上老字号企业实现“触网”,七成以上开展直播销售)", () => {
    expect(ticked("到2025年,九成以上老字号企业实现“触网”,七成以上开展直播销售。").map((t) => [t.value, t.unit, t.comparator])).toEqual([[9, "成", ">="], [7, "成", ">="]]);
  });
  it("but not 成 opening a word (九年成为…, 三成果)", () => {
    expect(all("到2025年,三成果转化平台建成。").mentions!.some((m) => m.unit === "成")).toBe(false);
  });
});

describe("the year of a total broken down by years", () => {
  it("is the last year of its parts when it names none before it (…道路300公里,其中2020年建成50公里,2021年建成250公里)", () => {
    expect(ticked("《方案》计划建设道路300公里,其中2020年建成50公里,2021年建成250公里。", 2020).map((t) => [t.value, t.year, t.kind, t.indicator])).toEqual([
      [300, 2021, "increment", "建设道路"], [50, 2020, "increment", "建设道路"], [250, 2021, "increment", "建设道路"],
    ]);
  });
  it("but a total's own year before it stays (到2025年,建设道路300公里,其中2023年建成100公里)", () => {
    expect(ticked("到2025年,建设道路300公里,其中2023年建成100公里,2024年建成200公里。", 2020).map((t) => t.year)).toEqual([2025, 2023, 2024]);
  });
});

describe("a span of months into a later year", () => {
  it("runs to its end (通过3年(2020年6月至2023年6月)努力,…受害率控制在0.6‰以下)", () => {
    expect(ticked("《方案》指出,通过3年(2020年6月至2023年6月)努力,厦门市要将森林火灾受害率控制在0.6‰以下。", 2020).map((t) => t.year)).toEqual([2023]);
  });
});

describe("a share standing as the adverb of a verb of handling records", () => {
  it("is a share of the records (信用信息按目录100%归集共享, 行政许可信息100%上网公示)", () => {
    expect(ticked("到2025年,信用信息按目录100%归集共享,行政许可信息100%上网公示。", 2022).map((t) => [t.value, t.kind])).toEqual([[100, "share"], [100, "share"]]);
  });
});

describe("a will before the period word", () => {
  it("leaves the amount of each year as the period opens it (将年均筹集建设保障性租赁住房6万套(间))", () => {
    expect(ticked("方案表示,将年均筹集建设保障性租赁住房6万套(间)。", 2022).map((t) => [t.value, t.kind])).toEqual([[6, "increment"]]);
  });
});

describe("a bounded size after a ban", () => {
  it("says which things are banned (不得新建产能在50万吨/年以下的磷矿)", () => {
    const text = "到2020年,不得新建产能在50万吨/年以下的磷矿。";
    expect(roleOf(text, "50", 2017)).toBe("qualifier");
    expect(ticked(text, 2017)).toEqual([]);
  });
  it("but a cap set with a bound is a target (磷矿开采总量控制在1300万吨以内)", () => {
    expect(ticked("到2020年,磷矿开采总量控制在1300万吨以内。", 2017).map((t) => t.value)).toEqual([1300]);
  });
});

describe("a plan's count of tasks settled on", () => {
  it("is how many it sets out (以“到2024年,…”为目标,确定14项具体任务)", () => {
    expect(roleOf("近日,成都市印发《实施方案》,以“到2024年,打造示范区”为目标,确定14项具体任务。", "14", 2022)).toBe("other");
  });
});

describe("a table's progress columns", () => {
  const table = [
    "类别 | 民生事项名称 | 2022年度任务目标 | 责任单位 | 1-9月份工作完成情况 | 1-9月份工作取得成效 | 监督电话 |",
    "四、教育文化 | 14.改扩建泉山学校 | 完成泉山学校一期2座教学楼建设。 | 教育体育局 | 整体钢结构施工完成70%。 | 两处学校改扩建项目正在加速推进。 | 0535-8246306 |",
    "15.推进学校塑胶运动场地建设 | 完成13处农村学校塑胶运动场地建成并投入使用。 | 教育体育局 | 罗峰学校:完成基础施工30%。 | 实际参与课后服务的学生32402人。 | 0535-8246306 | |",
  ].join("\n");
  it("are past, each of them, under a header of months and results (1-9月份工作完成情况 | 1-9月份工作取得成效)", () => {
    expect(ticked(table, 2022).map((t) => t.value)).toEqual([2, 13]);
  });
  it("even in a row whose first cell a merged cell covers, padded at its end instead (15.推进… | … | |)", () => {
    expect(roleOf(table, "30", 2022)).toBe("past");
    expect(roleOf(table, "32402", 2022)).toBe("past");
  });
});

describe("a paragraph opening with a plan period", () => {
  it("is a stage of the plan when the period is still ahead of the document (a plan of 2009: “十二五”期间,…至少建成3个应急避难场所)", () => {
    const text = "三、规划建设目标和任务\n(一)目标。\n“十二五”期间,20万人口以上城市在市区至少建成3个应急避难场所;百万以上人口城市在市区至少建设10个应急避难场所,有效应急避难总面积至少达到100万平方米。\n2020年,全省城镇逐步建设应急避难场所。";
    expect(ticked(text, 2009).map((t) => [t.value, t.year])).toEqual([[3, 2015], [10, 2015], [100, 2015]]);
  });
  it("but reviews a period ended by the document's year (a page of 2021: “十三五”期间,…全面完成)", () => {
    const text = "据介绍,“十三五”期间,农村饮水安全巩固提升规划任务全面完成,累计解决了711万人饮水安全问题。\n到2025年底,农村集中供水率达到98%以上。";
    expect(ticked(text, 2021).map((t) => t.value)).toEqual([98]);
  });
});

describe("households moved and land reclaimed", () => {
  it("are work of the period (搬迁集聚农户6000户, 垦造耕地800亩)", () => {
    expect(ticked("计划到2024年末,搬迁集聚农户6000户,垦造耕地800亩。", 2022).map((t) => [t.value, t.kind])).toEqual([[6000, "increment"], [800, "increment"]]);
  });
});

describe("parts of a total by size band", () => {
  it("count the total's things in each band, the band qualifying them (其中市值1000亿元以上10家、500亿—1000亿元70家)", () => {
    const text = "到2025年,全省境内外上市公司达到1000家,其中市值1000亿元以上10家、500亿—1000亿元70家。";
    expect(ticked(text, 2021).map((t) => [t.value, t.unit, t.kind])).toEqual([[1000, "家", "level"], [10, "家", "level"], [70, "家", "level"]]);
    expect(roleOf(text, "1000亿", 2021)).toBe("qualifier");
  });
});

describe("what a place has now already", () => {
  it("is the present state, no goal (石柱县如今已培育了…本地辣椒加工企业26家)", () => {
    expect(roleOf("石柱县如今已培育了以“谭妹子”为代表的本地辣椒加工企业26家。", "26", 2017)).toBe("past");
  });
});

describe("the plan's end a page speaks of (规划期末)", () => {
  it("is the end of a span of months named before it (通过3年(2020年6月至2023年6月)努力,… 在规划期末,…新增防火道路500公里)", () => {
    const text = "《方案》指出,通过3年(2020年6月至2023年6月)努力,森林火灾受害率控制在0.6‰以下。\n此外,还要推进林区防火道建设。在规划期末,厦门计划新增防火道路500公里。";
    expect(ticked(text, 2020).map((t) => [t.value, t.year])).toEqual([[0.6, 2023], [500, 2023]]);
  });
});

describe("people and households moved", () => {
  it("are moved within the period, a will before the verb or the verb closing the name (拟搬迁建档立卡贫困户22408户, 贵州今年将易地扶贫搬迁75万人)", () => {
    expect(ticked("拟搬迁建档立卡贫困户22408户。", 2016).map((t) => [t.value, t.kind])).toEqual([[22408, "increment"]]);
    expect(ticked("贵州今年将易地扶贫搬迁75万人。", 2017).map((t) => [t.value, t.kind])).toEqual([[75, "increment"]]);
  });
  it("but a scope a will raises is a level (将筛查病种范围增加至20余类)", () => {
    expect(ticked("今年将筛查病种范围增加至20余类。", 2026).map((t) => [t.value, t.kind])).toEqual([[20, "level"]]);
  });
});

describe("values listed for years listed", () => {
  it("give each value its year, the years opening the sentence (到2020年、2023年,…纱线产量达到200万吨、220万吨)", () => {
    const text = "到2020年、2023年,全疆纱线产量达到200万吨、220万吨;服装产量达到6亿件、8亿件。";
    expect(ticked(text, 2018).map((t) => [t.value, t.year, t.indicator])).toEqual([[200, 2020, "全疆纱线产量"], [220, 2023, "全疆纱线产量"], [6, 2020, "服装产量"], [8, 2023, "服装产量"]]);
  });
  it("…or the first item's values each with its year (到2020年…将达到1000亿元、到2023年达到2000亿元,纱线产量达到200万吨、220万吨)", () => {
    const text = "根据规划,到2020年纺织工业总产值将达到1000亿元、到2023年达到2000亿元,纱线产量达到200万吨、220万吨。";
    expect(ticked(text, 2018).map((t) => [t.value, t.year])).toEqual([[1000, 2020], [2000, 2023], [200, 2020], [220, 2023]]);
  });
  it("but a list of one year's values keeps that year (2023年新建学校4所、幼儿园10所)", () => {
    expect(ticked("2023年新建学校4所、幼儿园10所。", 2023).map((t) => t.year)).toEqual([2023, 2023]);
  });
});

describe("a title's amount", () => {
  it("is no year of the document (目标2000亿!赣州市出台…工作方案)", () => {
    expect(all("目标2000亿!赣州市出台纺织服装产业链链长制工作方案\n2021-03-01\n到2025年,全市纺织服装产业产值达到2000亿元。").document.docYear).toBe(2021);
  });
});

describe("the present state after its subject", () => {
  it("is past wherever 目前 stands, reaching or passing a value (甘肃省建制村目前通客车率超过95%)", () => {
    expect(ticked("甘肃省建制村目前通客车率超过95%。明年建制村通客车率力争达到98%。", 2017).map((t) => t.value)).toEqual([98]);
  });
});

describe("a range written with its unit at both ends", () => {
  it("is one range (5年达到200亿元至300亿元, 增加值将达到3100亿元至3400亿元)", () => {
    expect(ticked("到2025年,成都文创产业增加值将达到3100亿元至3400亿元。").map((t) => [t.value, t.valueMax, t.unit])).toEqual([[3100, 3400, "亿元"]]);
  });
  it("but not years (2021年至2025年,新建学校10所)", () => {
    expect(ticked("2021年至2025年,新建学校10所。", 2021).map((t) => [t.value, t.year])).toEqual([[10, 2025]]);
  });
});

// Forms met on real pages of round 48, each rule with its example sentences. Sentences written for these tests (unit
// tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const all = (text: string, docYear?: number) => extract(text, { docYear, mentions: true });
const ticked = (text: string, docYear?: number) => all(text, docYear).targets.filter((t) => t.confidence !== "low");

describe("a bare year opening a clause on the whole place", () => {
  it("dates the review it opens (报告指出,2018全市经济社会发展稳中有进,…一般公共预算收入完成385.23亿元)", () => {
    const r = all("报告指出,2018全市经济社会发展稳中有进,一般公共预算收入完成385.23亿元。2019年主要预期目标是:一般公共预算收入增长5%左右。");
    expect(r.targets.map((t) => [t.value, t.year])).toEqual([[5, 2019]]);
    expect(r.mentions?.find((m) => m.value === 385.23)?.role).toBe("past");
  });
  it("but not a number run into the words before it (文件编号2018全市统一)", () => {
    expect(ticked("文件编号2018全市统一,今年新建公园5个。").map((t) => t.year)).toEqual([null]);
  });
});

describe("the end of an earlier period compared with, after a later year the sentence set", () => {
  const text = "日前,福建省交通运输厅表示,到2015年末,全省公路网通车总里程超过10万公里,比“十一五”末新增15000公里;等级公路比重达到85%,二级及以上公路里程达到2万公里,比“十一五”末翻番;高速公路通车里程突破5000公里。";
  it("is the base of the change, not the time of what follows (比“十一五”末新增15000公里;等级公路比重达到85%)", () => {
    expect(ticked(text, 2011).map((t) => [t.value, t.year])).toEqual([[10, 2015], [15000, 2015], [85, 2015], [2, 2015], [5000, 2015]]);
  });
  it("while a review's comparison with that end still dates the review (2010年…比“十五”末增长32%)", () => {
    expect(ticked("2010年,全省广电行业总收入389.6亿元,比“十五”末增长32%;今年力争收入增长10%。", 2011).map((t) => t.value)).toEqual([10]);
  });
});

describe("the people a problem is solved for, counted before them", () => {
  it("is how many the work reaches (解决95万农村居民饮水安全问题; 解决30万城乡中低收入家庭住房困难)", () => {
    expect(ticked("今年要解决95万农村居民饮水安全问题。", 2015).map((t) => [t.value, t.unit, t.kind])).toEqual([[95, "万", "increment"]]);
    expect(ticked("今年解决30万城乡中低收入家庭住房困难。", 2011).map((t) => t.value)).toEqual([30]);
  });
  it("but not a count with no problem named after it (解决3万人的…)", () => {
    expect(ticked("今年要解决3万农村居民的就近入学。", 2015)).toEqual([]);
  });
});

describe("a numbered meeting of the year whose words go on to 今年", () => {
  it("dates the page (领导小组2015年第一次全体会议透露,我省今年计划新增城镇就业70万人)", () => {
    const text = "记者从市就业服务局获悉,今年全市将实现城镇新增就业5.2万人。据悉,全省就业工作领导小组2015年第一次全体会议透露,我省今年计划新增城镇就业70万人。";
    expect(all(text).document.docYear).toBe(2015);
    expect(ticked(text).map((t) => [t.value, t.year])).toEqual([[5.2, 2015], [70, 2015]]);
  });
  it("but not a meeting whose words never reach 今年 (2014年第一次全体会议召开。)", () => {
    expect(all("领导小组2014年第一次全体会议召开。会议要求做好就业工作。").document.docYear).not.toBe(2014);
  });
});

describe("a scope's year restated inside one of its clauses", () => {
  it("does not end the scope for the clauses after it (十三五期间的交通建设目标:实现“十三五”末…1000公里;普通国道提级改造达360公里)", () => {
    const text = "省交通运输厅与毕节市政府签订了协议,确定了十三五期间的交通建设目标:实现“十三五”末高速公路总量达1000公里;普通国道提级改造达360公里;三级以上公路比重达到60%以上。";
    expect(ticked(text, 2016).map((t) => [t.value, t.year])).toEqual([[1000, 2020], [360, 2020], [60, 2020]]);
  });
  it("while a year of its own dates only its clause (到2020年,…;2017年新建…;改造…)", () => {
    const text = "到2020年,全市高速公路总量达1000公里;2017年新建农村公路300公里;改造危桥20座。";
    expect(ticked(text, 2016).map((t) => [t.value, t.year])).toEqual([[1000, 2020], [300, 2017], [20, 2020]]);
  });
  it("and a scope that sets no year for what follows gives none (2016年已建成…;实现“十三五”末…;改造…)", () => {
    const text = "全市已建成高速公路800公里。实现“十三五”末高速公路总量达1000公里;改造危桥20座。";
    expect(ticked(text, 2016).map((t) => [t.value, t.year])).toEqual([[1000, 2020], [20, 2016]]);
  });
});

describe("a forum's noise against copying", () => {
  const page = "本报讯 2012年的最后一天,市委全会召开,为今年的发展制定目标。市长讲话。* w- A- G8 i7 b4 X8 ~\" i\n2013预期目标; P1 |( q\" ~6 S( i\n" +
    "●力争全市地区生产总值增长14%以上,力争达296亿元7 M& T\" a+ {* Q3 b( I7 J' D\n●财政总收入增长18%以上\n4 o* d, v6 G: p ●城镇居民人均可支配收入增长15%以上\n";
  it("is read as no text, and the lines it closed stay apart (…讲话。* w- A- G8 / 2013预期目标)", () => {
    const r = all(page);
    expect(r.document.docYear).toBe(2013);
    expect(r.targets.map((t) => [t.indicator, t.value, t.year])).toEqual([
      ["全市地区生产总值", 14, 2013], ["全市地区生产总值", 296, 2013], ["财政总收入", 18, 2013], ["城镇居民人均可支配收入", 15, 2013]]);
  });
  it("while its digits are still listed as mentions left out of the text (G8, i7)", () => {
    const m = all(page).mentions!.find((x) => x.text === "8" && page.slice(x.start - 1, x.start) === "G");
    expect(m?.role).toBe("other");
  });
  it("but a row of figures or of letters is no such noise (1 2 3 4; A B C D)", () => {
    const figures = all("今年完成以下任务:\n新建学校5所 1 2 3 4\n改造道路20公里。", 2020);
    expect(figures.mentions!.filter((m) => /left out of the clean text/.test(m.reason))).toEqual([]);
    expect(all("评定等级 A B C D 四档,今年新建学校5所。", 2020).targets.map((t) => t.value)).toEqual([5]);
  });
});

describe("a sentence opening on the main goals expected, with its colon", () => {
  it("turns a review paragraph to the year's goals (…进行了简要回顾,对2012年各项工作做出了全面部署。主要预期目标是:…)", () => {
    const text = "会上,书记作经济工作报告。报告对我区2011年经济工作进行了简要回顾,对2012年各项工作做出了全面部署。主要预期目标是:地区生产总值实现44.64亿元,增长20%;地方财政一般预算收入实现10亿元,增长42.9%。";
    expect(ticked(text, 2012).map((t) => [t.value, t.year])).toEqual([[44.64, 2012], [20, 2012], [10, 2012], [42.9, 2012]]);
  });
  it("but not goals said met (主要预期目标全面完成)", () => {
    expect(ticked("报告回顾了2011年工作。主要预期目标全面完成,地区生产总值实现44.64亿元,增长20%。", 2012)).toEqual([]);
  });
});

describe("a report on last year's budget and this year's, no 草案 said", () => {
  it("dates the page by the year budgeted (鸿山镇2020年财政预算执行情况和2021年财政预算的报告)", () => {
    const text = "会议听取和审议镇人民政府工作报告、鸿山镇2020年财政预算执行情况和2021年财政预算的报告。2020年,全年实现财政总收入10.3亿元。今年,鸿山镇争取实现财政总收入11亿元,比增7%。";
    expect(all(text).document.docYear).toBe(2021);
    expect(ticked(text).map((t) => [t.value, t.year])).toEqual([[11, 2021], [7, 2021]]);
  });
});

describe("a 分别 list of changes from values to values", () => {
  it("takes the values after 从 as where each starts (分别从每月631元、286元提高到653元、300元)", () => {
    const r = all("城乡低保对象最低生活保障人均补差水平分别从每月631元、286元提高到653元、300元。", 2022);
    expect(r.targets.map((t) => [t.indicator, t.value])).toEqual([["城镇低保对象最低生活保障人均补差水平", 653], ["农村低保对象最低生活保障人均补差水平", 300]]);
    expect(r.mentions!.filter((m) => m.role === "baseline").map((m) => m.value)).toEqual([631, 286]);
  });
  it("while a plain 分别 list keeps every value (分别达到653元、300元)", () => {
    expect(ticked("城乡低保人均补差水平分别达到653元、300元。", 2022).map((t) => t.value)).toEqual([653, 300]);
  });
});

describe("tonnes written as a Latin t", () => {
  it("are the amount's unit, of coal equivalent too (1655万t标准煤, 500万t)", () => {
    expect(ticked("省内能源年综合生产能力达到1655万t标准煤以上,原煤产能达到500万t。", 2023).map((t) => `${t.value}${t.unit}`)).toEqual(["1655万t标准煤", "500万t"]);
  });
  it("but not the first letter of a Latin word (5 trillion yuan)", () => {
    expect(all("the first city to surpass the GDP mark of 5 trillion yuan", 2026).mentions!.find((m) => m.value === 5)?.unit).not.toBe("t");
  });
});

describe("the age a thing counted must have", () => {
  it("is a condition, no time of the clause (对建成于2000年以前、…的住宅小区进行改造,全年完成改造不少于50万户)", () => {
    const text = "对建成区范围内,建成于2000年以前、失养失修失管严重的住宅小区进行改造,全年完成改造不少于50万户。";
    expect(ticked(text, 2020).map((t) => [t.value, t.year])).toEqual([[50, 2020]]);
  });
  it("while a year the work is done in still dates it (于2000年以前完成改造5000户)", () => {
    expect(ticked("全市于2000年以前完成改造5000户。", 2020)).toEqual([]);
  });
});

describe("a share of places a road or a service reaches", () => {
  it("is the target (实现所有具备条件的行政村 100%通客车; 建制村100%通硬化路)", () => {
    expect(ticked("到2020年,实现所有具备条件的行政村 100%通客车。", 2019).map((t) => [t.value, t.unit, t.kind])).toEqual([[100, "%", "share"]]);
    expect(ticked("到2020年,具备条件的建制村100%通硬化路。", 2019).map((t) => t.value)).toEqual([100]);
  });
  it("but not 通 opening another word (专项资金30%通过竞争性分配方式下达)", () => {
    expect(all("到2020年,专项资金30%通过竞争性分配方式下达。", 2019).mentions!.find((m) => m.value === 30)?.reason).not.toMatch(/share-of-places/);
  });
});

describe("a count after its verb, then a sum bounded after it that sizes the noun", () => {
  it("counts the noun; the sum qualifies it (培育10家左右营业收入100亿元以上的本土跨国公司; …100亿元人民币以上的…)", () => {
    for (const text of ["到2020年,培育10家左右营业收入100亿元以上的本土跨国公司。", "到2020年,培育10家左右营业收入100亿元人民币以上的本土跨国公司。"]) {
      const r = all(text, 2016);
      expect(r.targets.map((t) => [t.value, t.unit, t.comparator])).toEqual([[10, "家", "~"]]);
      expect(r.mentions!.find((m) => m.value === 100)?.role).toBe("qualifier");
    }
  });
});

describe("the offices a session fills by election", () => {
  it("are no target (会议补选镇政府副镇长1名)", () => {
    const r = all("会议补选镇政府副镇长1名。今年全镇新增就业500人。", 2014);
    expect(r.targets.map((t) => t.value)).toEqual([500]);
    expect(r.mentions!.find((m) => m.value === 1)?.role).toBe("other");
  });
});

describe("a dimension bounded as a rule", () => {
  it("is a design norm, 一般 or 原则上 before its bound (路面宽度一般不低于6米)", () => {
    expect(ticked("新改建农村公路的路面宽度一般不低于6米。", 2018)).toEqual([]);
    expect(all("新改建农村公路的路面宽度原则上不低于6米。", 2018).mentions!.find((m) => m.value === 6)?.role).toBe("parameter");
  });
});

describe("a service to people listed and closed by 等 and their count", () => {
  it("counts the people it reaches (培训失业人员和高校毕业生等5000人)", () => {
    expect(ticked("今年培训失业人员和高校毕业生等5000人。", 2020).map((t) => [t.value, t.unit])).toEqual([[5000, "人"]]);
  });
  it("while a list of places closed by 等 and a count is no target (在市南、市北等3个区开展)", () => {
    expect(ticked("组织市南、市北等3个区开展试点。", 2020)).toEqual([]);
  });
});

describe("amounts as speech counts them", () => {
  it("reads a hundred million said as a count (产值突破30个亿), not the size of projects counted (6000个亿元以上项目)", () => {
    expect(ticked("今年园区产值突破30个亿。", 2016).map((t) => `${t.value}${t.unit}`)).toEqual(["30个亿"]);
    expect(ticked("今年推进6000个亿元以上项目建设。", 2025).map((t) => `${t.value}${t.unit}`)).toEqual(["6000个"]);
  });
  it("reads orders counted in 单 where the count closes (以旧换新2万单), not 单 opening a word (建成单位100个)", () => {
    expect(ticked("推动家电以旧换新2万单,新增设备更新项目15个以上。", 2025).map((t) => `${t.value}${t.unit}`)).toEqual(["2万单", "15个"]);
    expect(ticked("今年建成示范单位100个。", 2025).map((t) => `${t.value}${t.unit}`)).toEqual(["100个"]);
  });
});

describe("a year opening its clause with what it plans", () => {
  it("dates a page with no other sign (获悉,2022年我省计划安排省重点项目152个)", () => {
    const text = "记者从新闻发布会上获悉,2022年我省计划安排省重点项目152个,总投资4274亿元,年度计划投资856亿元。\n新开工项目32个,年度计划投资188亿元";
    expect(all(text).document.docYear).toBe(2022);
    expect(ticked(text).map((t) => t.year)).toEqual([2022, 2022, 2022, 2022]);
  });
  it("but not on a page that plans for 明年 (山东省明年计划新开工…。…2023年,全省计划新开工…)", () => {
    const text = "山东省明年计划新开工保障性租赁住房83881套\n据介绍,2023年,全省计划新开工保障性租赁住房83881套。2022年,国家下达山东省保障性租赁住房8.9万套。";
    expect(all(text).document.docYear).not.toBe(2023);
  });
});

describe("the share of the year's plan done so far", () => {
  it("is a result, and names no plan of the sentence (其中,27个省属重点项目完成投资57.13亿元,为年度计划投资的36.4%,同比增长20%)", () => {
    expect(ticked("其中,27个省属重点项目完成投资57.13亿元,为年度计划投资的36.4%,同比增长20%。", 2015)).toEqual([]);
    expect(ticked("今年1—4月,该市重点项目完成投资79.74亿元,占年度计划投资的33.5%。", 2015)).toEqual([]);
  });
  it("while a goal of it stays a goal (力争完成年度计划投资的100%)", () => {
    expect(ticked("全年力争完成年度计划投资的100%。", 2015).map((t) => t.value)).toEqual([100]);
  });
});

describe("a deadline on a line of its own", () => {
  it("dates the goals under it, up to the next (到2025年 / …58万辆 / 到2027年 / …80万辆左右)", () => {
    const text = "力争:\n\n到2025年\n\n全省报废汽车回收量达58万辆。\n\n到2027年\n\n全省报废汽车回收量达80万辆左右,二手车年交易量超400万辆。\n";
    expect(ticked(text, 2024).map((t) => [t.value, t.year])).toEqual([[58, 2025], [80, 2027], [400, 2027]]);
  });
});

describe("a change told as a multiple of a base", () => {
  it("gives no amount, as 翻一番 gives none, and the level after it keeps the indicator (较2023年增加1倍,达80万辆左右)", () => {
    const r = all("到2027年,全省报废汽车回收量较2023年增加1倍,达80万辆左右。", 2024);
    expect(r.targets.map((t) => [t.indicator, t.value, t.unit])).toEqual([["全省报废汽车回收量", 80, "万辆"]]);
    expect(r.mentions!.find((m) => m.unit === "倍")?.role).toBe("other");
  });
  it("while a multiple of a level stays a target (不低于最低生活保障标准的1.6倍)", () => {
    expect(ticked("特困人员基本生活标准不低于当地最低生活保障标准的1.6倍。", 2024).map((t) => t.value)).toEqual([1.6]);
  });
});

describe("the measures a named plan puts forth", () => {
  it("count the plan's own parts (印发《…实施方案》,…推出八大行动、25项硬核举措)", () => {
    const r = all("我市正式印发《黄冈市“消费提振年”实施方案》,围绕“到2025年底,社会消费品零售总额力争达到1800亿元”目标,推出八大行动、25项硬核举措。", 2025);
    expect(r.targets.map((t) => t.value)).toEqual([1800]);
  });
  it("while measures still to issue are work to do (今年将推出25项硬核举措)", () => {
    expect(ticked("今年将推出25项硬核举措。", 2025).map((t) => t.value)).toEqual([25]);
  });
});

describe("the season the page is written in", () => {
  it("opens a sentence of the present state (这个冬天,…雪道从27条增至64条)", () => {
    const text = "这个冬天,位于吉林市的北大湖滑雪场,雪道从27条增至64条,接待能力大大增强。到2025年,吉林冰雪产业总规模将达2500亿元。";
    expect(ticked(text, 2023).map((t) => t.value)).toEqual([2500]);
  });
});

describe("an e-paper's source line", () => {
  it("dates the page by the day in words before its edition (来源:羊城区域     2021年11月24日        版次:ZXA13)", () => {
    const text = "经济总量突破2600亿元\n\n来源:羊城区域     2021年11月24日        版次:ZXA13    栏目:今日关注    作者:郑达\n\n区长指出,未来五年,高企数量突破1000家。";
    expect(all(text).document.issueDate).toBe("2021-11-24");
  });
});

describe("a period's plan said just drawn up", () => {
  it("sets the horizon of the goals the page reports (《…第十三个五年规划纲要》已编制完成 … 在“百姓富”方面,提出…)", () => {
    const text = "记者从新闻发布会上获悉,《江苏省国民经济和社会发展第十三个五年规划纲要》已编制完成,明确了江苏“十三五”时期经济社会发展的总体目标。\n在“经济强”方面,江苏提出“十三五”期末户籍人口城镇化率67%。\n在“百姓富”方面,提出居民人均可支配收入实现4.2万元左右。";
    expect(ticked(text, 2016).map((t) => [t.value, t.year])).toEqual([[67, 2020], [4.2, 2020]]);
  });
});

describe("a base named with what it measures", () => {
  it("is no time of the clause (以2017年黑臭水体面积为基值,消减50%以上)", () => {
    const text = "制定2018年度工作方案如下:以2017年黑臭水体面积为基值,消减50%以上;以2017年渍水点数量为基值,渍水点数量消减50%。";
    expect(ticked(text).map((t) => [t.value, t.year])).toEqual([[50, 2018], [50, 2018]]);
  });
});

describe("a headline run on without stops", () => {
  it("ends one statement where the next indicator passes its amount as this one did (人口超15万GDP超120亿)", () => {
    expect(ticked("到2025年,高竹新区人口超15万GDP超120亿。", 2021).map((t) => `${t.value}${t.unit}`)).toEqual(["15万", "120亿"]);
  });
  it("while a threshold sizing what a count counts still qualifies it (产值超10亿元企业达到30家)", () => {
    expect(ticked("到2025年,产值超10亿元企业达到30家。", 2021).map((t) => `${t.value}${t.unit}`)).toEqual(["30家"]);
  });
});

describe("a share of places whose kind is glossed in brackets", () => {
  it("is the share the service covers (服务站点覆盖全市60%以上镇(街道))", () => {
    expect(ticked("今年,服务站点覆盖全市60%以上镇(街道)。", 2023).map((t) => [t.indicator, t.value, t.kind])).toEqual([["服务站点覆盖全市镇(街道)", 60, "share"]]);
  });
});

describe("a base named with its measure, then the change alone", () => {
  it("names what the change is of (近郊区(县)以2012年可吸入颗粒物(PM10)浓度值为基准,下降25%以上)", () => {
    expect(ticked("到2017年,近郊区(县)以2012年可吸入颗粒物(PM10)浓度值为基准,下降25%以上。", 2014).map((t) => [t.indicator, t.value, t.year])).toEqual([["可吸入颗粒物(PM10)浓度", 25, 2017]]);
  });
});

describe("the year's estimate on a page of its middle months", () => {
  const page = (date: string) => `上海定下今年绿色任务\n${date} 09:50\n据市绿化委员会介绍,预计全年全市将完成绿地建设1200公顷,其中公园绿地520公顷。`;
  it("is what the year plans (dated 2016-03-11: 预计全年全市将完成绿地建设1200公顷)", () => {
    expect(ticked(page("2016-03-11")).map((t) => [t.value, t.year])).toEqual([[1200, 2016], [520, 2016]]);
  });
  it("but the outturn on a page of the year's last months (dated 2016-12-20)", () => {
    expect(ticked(page("2016-12-20"))).toEqual([]);
  });
});

describe("a list a verb of opening a route opens, closed by 等 and its count", () => {
  it("counts what is opened, its noun said or left unsaid (开通…等9个公交枢纽; 打通卫零北路、武宣路、东明路等10条,…)", () => {
    expect(ticked("今年开通动物园公交枢纽、祁华路公交枢纽、周浦东站等9个公交枢纽。", 2018).map((t) => [t.value, t.kind])).toEqual([[9, "increment"]]);
    expect(ticked("2018年,打通卫零北路、武宣路、东明路等10条,公交专用道全面贯通。", 2018).map((t) => [t.value, t.kind])).toEqual([[10, "increment"]]);
  });
  it("while a list a verb of no work opens stays unticked (涉及卫零北路、武宣路等10条)", () => {
    expect(ticked("2018年,涉及卫零北路、武宣路、东明路等10条。", 2018)).toEqual([]);
  });
});

describe("a newspaper's name and the day, no time", () => {
  it("dates the page (柳州日报  2021-07-26)", () => {
    const r = all("柳州谋划一系列“养老清单”\n柳州日报  2021-07-26\n\n今年底前,各县区街道综合养老服务中心覆盖率达到60%以上。");
    expect(r.document.issueDate).toBe("2021-07-26");
    expect(r.targets.map((t) => t.year)).toEqual([2021]);
  });
});

describe("a quota all members must have at least, in words", () => {
  it("is a count (所有街道至少建有一个养老服务中心)", () => {
    expect(ticked("到2025年,所有街道至少建有一个养老服务中心。", 2021).map((t) => [t.value, t.comparator])).toEqual([[1, ">="]]);
  });
  it("while 建有一个 alone is a phrase (建有一个良好的环境)", () => {
    expect(ticked("到2025年,全市建有一个良好的营商环境。", 2021)).toEqual([]);
  });
});

describe("work of the period named by verbs of taking up, placing and reaching", () => {
  it.each([
    ["今年消化批而未供土地600亩以上。", 600], ["今年输转城乡富余劳动力480万人。", 480], ["力争全年扩岗1500人以上。", 1500],
    ["今年免费接种流感疫苗24723人。", 24723], ["今年规划建设护理型养老床位4300张。", 4300],
  ])("adds what it counts within the period (%s)", (text, value) => {
    expect(ticked(text, 2024).map((t) => [t.value, t.kind])).toEqual([[value, "increment"]]);
  });
  it("while 规划 before no verb of building names a stock (全市规划绿地面积达到500公顷)", () => {
    expect(ticked("到2025年,全市规划绿地面积达到500公顷。", 2024).map((t) => t.kind)).toEqual(["level"]);
  });
});

describe("a project of the year's list quoted by its title, then what is done of it", () => {
  it("sets the year's target; what is done is the progress (“城镇棚户区改造27.76万套”项目,已完成17.18万套)", () => {
    const r = all("根据2018年重点民生实事项目表,上半年完成较好的有8件,包括“开展322个县级饮用水水源地环境整治”项目,已完成281个;“城镇棚户区改造27.76万套”项目,已完成17.18万套。", 2018);
    expect(r.targets.map((t) => t.value)).toEqual([322, 27.76]);
    expect(r.mentions!.filter((m) => m.role === "past").map((m) => m.value)).toEqual([281, 17.18]);
  });
});

describe("the next five years named with the year's own work", () => {
  it("leaves the list after it the year's (会议公布了今后五年及2014年水务工作重点:…)", () => {
    expect(ticked("会议公布了今后五年及2014年水务工作重点:在农田水利建设上,解决农村饮水不安全人口23万人,建设小型水源工程5000个。", 2014).map((t) => t.year)).toEqual([2014, 2014]);
  });
  it("while the next five years' goals alone date theirs (今后五年的主要目标是:…)", () => {
    expect(ticked("今后五年的主要目标是:地区生产总值年均增长7%。", 2021).map((t) => t.year)).toEqual([2025]);
  });
});

describe("this year and next named, then the first of them", () => {
  it("dates the page (明确了今明两年…的时间表。其中,2018年,开工建设…;…。2019年,主城区计划开工建设…)", () => {
    const text = "方案同时明确了今明两年主城区停车场建设的时间表。其中,2018年,开工建设停车场项目80个;年底前完成10万个停车泊位的智能化改造。\n2019年,主城区计划开工建设公共停车场80个。";
    expect(all(text).document.docYear).toBe(2018);
    expect(ticked(text).map((t) => t.year)).toEqual([2018, 2018, 2019]);
  });
});

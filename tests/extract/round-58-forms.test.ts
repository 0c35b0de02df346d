// Forms met on real pages of round 58, each rule with its example sentences. Sentences written for these tests (unit
// tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";
import { ticked as tickedOnly } from "./targets-of";

const all = (text: string, docYear?: number) => extract(text, { docYear, mentions: true });
const ticked = (text: string, docYear?: number) => tickedOnly(all(text, docYear).targets);
const values = (text: string, docYear?: number) => ticked(text, docYear).map((t) => t.value);
const roleOf = (text: string, number: string, docYear?: number) => all(text, docYear).mentions!.find((m) => m.text.startsWith(number))?.role;
const docYearOf = (text: string) => extract(text).document.docYear;

describe("the document's year", () => {
  it("is the day a message board's office replied (…局在2020-03-09回复:…今年…)", () => {
    const text = "市民建议:增加城市书房\n希望多建城市书房。\n市文化和旅游局在2020-03-09回复:您好,今年我们计划在全市新建10家城市书房。";
    expect(docYearOf(text)).toBe(2020);
    expect(ticked(text).map((t) => [t.value, t.year])).toEqual([[10, 2020]]);
  });
  it("…or the day the office answered, 于 before it (…局于2021-05-06答复:)", () => {
    expect(docYearOf("市住房和城乡建设局于2021-05-06答复:今年将新增公交站点20个。")).toBe(2021);
  });
  it("follows a year reported done when this year's work comes after it (2021年,我省完成343座…。今年,将实施227座…)", () => {
    const text = "全省7111座水库是防汛抗旱的主力军。2021年,我省完成343座小型水库除险加固,恢复库容5640万立方米。今年,将实施227座小型水库除险加固。";
    expect(docYearOf(text)).toBe(2022);
    expect(ticked(text).map((t) => [t.value, t.year])).toEqual([[227, 2022]]);
  });
  it("but not where the year itself holds work ahead (2021年,全省计划完成…。今年,将…)", () => {
    expect(docYearOf("2021年,全省计划完成343座小型水库除险加固。今年,将实施227座小型水库除险加固。")).not.toBe(2022);
  });
  it("is the year a field's work meeting is named with, its year written bare (全省2018科技工作会议)", () => {
    expect(docYearOf("记者日前从全省2018科技工作会议上获悉,今年,我省将力争高新技术企业总数达到5500家。")).toBe(2018);
  });
});

describe("a plan cited with the horizon it sets", () => {
  it("turns a paragraph of present figures to goals (…。《…行动方案》提出,到“十四五”末,…)", () => {
    const text = "据统计,截至2021年,全县茶园面积15万亩,有茶叶企业55家。《镇巴县“十四五”茶产业行动方案》提出,到“十四五”末,全县茶园面积达到18万亩,综合产值60亿元。";
    expect(ticked(text).map((t) => [t.value, t.year])).toEqual([[18, 2025], [60, 2025]]);
    expect(roleOf(text, "15万亩")).toBe("past");
  });
  it("but not as the paragraph's first sentence, when a review follows it", () => {
    const text = "湖北省能源发展“十四五”规划提出,到2025年全省充电桩达到50万个以上。截至2023年3月31日,国网湖北电力累计建成投运各类充电站1690座、充电桩9006台。";
    expect(values(text, 2023)).toEqual([50]);
  });
});

describe("a count with + between it and its unit", () => {
  it("is that many or more of the unit (推广换电车辆10+万辆、换电站1000+座)", () => {
    const ts = ticked("本次试点总体推广目标为推广换电车辆10+万辆、换电站1000+座,力争达到节省燃油70+万吨/年。");
    expect(ts.map((t) => [t.value, t.unit, t.comparator])).toEqual([[10, "万辆", ">="], [1000, "座", ">="], [70, "万吨/年", ">="]]);
  });
  it("while a + before a noun still reads as a bound with no unit (推广1000+行业特色典型场景)", () => {
    expect(all("推广1000+行业特色典型场景。").targets.map((t) => [t.value, t.unit])).toEqual([[1000, ""]]);
  });
});

describe("a count after a list of places then a verb setting it", () => {
  it("is the work's size, no count of the list (在老年公寓、幼儿园、福利院等场所安装5200个报警器)", () => {
    expect(ticked("今年泰安市将在老年公寓、幼儿园、福利院等场所安装5200个独立式感烟火灾探测报警器。", 2016).map((t) => [t.value, t.kind])).toEqual([[5200, "increment"]]);
  });
  it("while a count summing up a list with no verb of work stays no target (聚焦智能制造、生物医药等8个领域)", () => {
    expect(values("聚焦智能制造、生物医药等8个领域。", 2022)).toEqual([]);
  });
});

describe("places alone in their clause, the work and its amount in the next", () => {
  it("size where, not what (在3个街道,规划建设15个城乡书房)", () => {
    expect(values("下一步,在3个街道,规划建设15个城乡书房。", 2020)).toEqual([15]);
    expect(roleOf("下一步,在3个街道,规划建设15个城乡书房。", "3个", 2020)).toBe("qualifier");
  });
  it("but a level held with 在 is no place (网上办事年度申办量在50万件以上,…)", () => {
    expect(values("网上办事年度申办量在50万件以上,办结率达到99%。", 2024)).toEqual([50, 99]);
  });
});

describe("counts that size or divide a set", () => {
  it("the number of what a coverage takes in, in its bracket, is no goal (所有行政村全覆盖(行政村数81个))", () => {
    expect(roleOf("部署应急广播户外终端所有行政村全覆盖(行政村数81个)。", "81个", 2021)).toBe("qualifier");
  });
  it("the parts a work is divided into are no goal (改造分为连片整体改造和设施升级改造两个项目)", () => {
    expect(values("此次改造分为实施连片整体改造和推进消防设施升级改造两个项目,改造老旧小区287个。", 2021)).toEqual([287]);
  });
});

describe("years counted from the document's", () => {
  it("five years within a five-year plan end with it (“十三五”期间…在五年内新增56万亩)", () => {
    expect(ticked("“十三五”期间陕西省将实施“东扩南移”战略,在五年内新增56万亩生产面积。", 2016).map((t) => t.year)).toEqual([2020]);
  });
  it("在N年时间里 reads as 用N年时间 (力争在5年时间里全省猕猴桃面积达到150万亩)", () => {
    expect(ticked("力争在5年时间里全省猕猴桃面积达到150万亩。", 2016).map((t) => t.year)).toEqual([2020]);
  });
  it("run past a short plan's end when they are more years than it has (三年行动方案(2020-2022年)…五年内力争新增…)", () => {
    const text = "日前,新疆出台《农区畜牧业振兴三年行动方案(2020-2022年)》,五年内力争农区新增肉羊800万只。";
    expect(ticked(text, 2020).map((t) => [t.value, t.year])).toEqual([[800, 2025]]);
  });
  it("but years of work after a span opening the sentence end with the span (2023-2025年,再用两年时间,实现…新增…)", () => {
    const text = "此次《行动方案》呈阶梯状制订了发展目标。2023-2025年,再用两年时间,实现全疆新增肉羊出栏800万只。";
    expect(ticked(text, 2020).map((t) => [t.value, t.year])).toEqual([[800, 2025]]);
  });
  it("but five years said of a five-year plan are its years (《…“十四五”规划》…5年内将新建90.8万个学位)", () => {
    const text = "深圳发布教育发展“十四五”规划\n记者获悉,《深圳市教育发展“十四五”规划》近日正式颁布实施。深圳5年内将新建90.8万个基础教育学位。";
    expect(ticked(text, 2022).map((t) => [t.value, t.year])).toEqual([[90.8, 2025]]);
  });
});

describe("the last of a list of amounts in one unit before 的", () => {
  it("is a list item, not a size of the noun after 的 (石料4亿吨、灰岩7000万吨、萤石75万吨、叶蜡石70万吨的开采能力)", () => {
    expect(values("到2020年,形成年可供建筑用石料4亿吨、水泥用灰岩7000万吨、萤石75万吨、叶蜡石70万吨的开采能力。", 2017)).toEqual([4, 7000, 75, 70]);
  });
  it("while two amounts sizing what comes after 的 stay its qualifiers (年产值1亿元、税收1000万元的企业)", () => {
    expect(roleOf("培育年产值1亿元、税收1000万元的企业10家。", "1000万元", 2022)).toBe("qualifier");
  });
});

describe("a share opening its subject after a place named in full", () => {
  it("is the goal (宁夏回族自治区90%煤矿、非煤矿山将基本达到绿色矿山标准)", () => {
    expect(ticked("根据规划,到2020年,宁夏回族自治区90%煤矿、非煤矿山将基本达到国家或自治区绿色矿山标准。", 2017).map((t) => [t.value, t.kind])).toEqual([[90, "share"]]);
  });
});

describe("a bounded count heading a list of the work's amounts", () => {
  it("keeps its noun (新建13条(个)以上幸福河湖、107余公里滨水休闲岸带)", () => {
    expect(values("2026—2030年,新建13条(个)以上幸福河湖、107余公里滨水休闲岸带。", 2025)).toEqual([13, 107]);
  });
  it("a measure word with its variant in brackets counts as one (条(个), 座(处))", () => {
    expect(ticked("到2025年,新建13条(个)幸福河湖。", 2023).map((t) => t.kind)).toEqual(["increment"]);
  });
});

describe("a sum put into work, then the work", () => {
  it("is the sum invested (今年,我市计划投资2.6亿元建设农村公路)", () => {
    expect(ticked("今年,我市计划投资2.6亿元建设农村公路。", 2020).map((t) => [t.value, t.unit])).toEqual([[2.6, "亿元"]]);
  });
  it("while a project's total before 的 still describes it (总投资5亿元建设的体育馆)", () => {
    expect(values("总投资5亿元建设的体育馆将于年内投用。", 2020)).toEqual([]);
  });
});

describe("the months a news lead reports on", () => {
  it("are gone (日前,从…获悉,上半年,该公司累计完成…投资221.18亿元)", () => {
    const text = "日前,从广西电网公司获悉,上半年,该公司“十三五”累计完成农村电网投资221.18亿元,实现自然村通动力电全覆盖,国家新一轮农网“两率一户”目标值不断提升———农村电网供电可靠率从2015年的99.70%提升至99.85%,户均配变容量由1.21千伏安提升至2.02千伏安。";
    expect(values(text)).toEqual([]);
  });
});

describe("the year's planned investment in a progress report", () => {
  it("is the task the report measures against (截至7月底,列入市重大项目17个,年度计划投资24.19亿元,1-7月完成…)", () => {
    const text = "截至7月底,列入市重大项目17个,年度计划投资24.19亿元,1-7月完成投资14.9亿元,完成年度投资计划的61.62%。";
    expect(values(text, 2021)).toEqual([24.19]);
  });
  it("while a share of the year's plan done is past, about or not (占年度计划约67.8%)", () => {
    expect(values("今年上半年,该区36个重点项目完成投资约90.5亿元,占年度计划约67.8%。", 2023)).toEqual([]);
  });
});

describe("work on things dating from a time", () => {
  it("is no review (开展新中国成立以来…实物调查与征藏,…新增…藏品达到10万件以上)", () => {
    const text = "4.物证征藏工程:开展新中国成立以来反映社会生活方式变迁的重要实物调查与征藏,新增经济社会发展变迁物证藏品达到10万件以上。";
    expect(values(text, 2017)).toEqual([10]);
  });
});

describe("hours counted by the ten thousand", () => {
  it("are an amount (讲解服务10万小时以上/年, 年飞行超过8万小时)", () => {
    expect(ticked("全国国有博物馆为中小学生讲解服务10万小时以上/年。", 2017).map((t) => [t.value, t.unit])).toEqual([[10, "万小时"]]);
    expect(ticked("到2027年,通用航空年飞行力争超过8万小时。", 2024).map((t) => [t.value, t.unit])).toEqual([[8, "万小时"]]);
  });
  it("while hours alone before a noun still name a span (1小时经济圈)", () => {
    expect(values("构建1小时经济圈。", 2024)).toEqual([]);
  });
});

describe("the year's planned investment, guarded", () => {
  it("is no task where a result went beyond it (超年度计划投资12个百分点)", () => {
    expect(values("报告指出,全市固定资产投资402亿元,超年度计划投资12个百分点,比上年增长30%以上。", 2024)).toEqual([]);
  });
  it("nor where nothing done of it is told (本次集中开工…,年度计划投资2176亿元,同比增长17%)", () => {
    expect(values("本次全省集中开工亿元以上重大项目900个,较去年增加159个,年度计划投资2176亿元,同比增长17%。", 2023)).toEqual([]);
  });
});

describe("people counted by a bare scale", () => {
  it("are a count the verb sets (确保33万农村贫困人口脱贫)", () => {
    expect(ticked("今年,我省将确保33万农村贫困人口脱贫。", 2019).map((t) => [t.value, t.unit, t.kind])).toEqual([[33, "万", "increment"]]);
  });
});

describe("a streak of years opening a paragraph", () => {
  it("reviews them (我省连续5年城镇新增就业人数在40万以上,…。2016年,…将…实现城镇新增就业36万人)", () => {
    const text = "我省连续5年城镇新增就业人数在40万以上,累计新增就业超过215万人。城镇登记失业率均控制在4%以内。2016年,全省人社部门将实现城镇新增就业36万人。";
    expect(values(text, 2016)).toEqual([36]);
  });
  it("but a streak to keep is a goal (力争连续3年…保持在…以上)", () => {
    expect(values("全市力争连续3年空气质量优良天数比例保持在85%以上。", 2021)).toEqual([85]);
  });
});

describe("a length a verb of building sets before the 的 of what is built", () => {
  it("is the work's amount (新建总里程552公里的快速路及高速公路, 新建…等350公里的铁路)", () => {
    expect(values("据了解,2022年前,杭州还将新建总里程552公里的快速路及高速公路,新建杭温铁路二期、金建铁路等350公里的铁路。", 2018)).toEqual([552, 350]);
  });
  it("while one said built already stays past (已建成总长120公里的绿道)", () => {
    expect(roleOf("全市已建成总长120公里的绿道。", "120公里", 2020)).toBe("past");
  });
});

describe("a service radius", () => {
  it("bounded as a goal is one (公共充电设施平均服务半径小于3公里)", () => {
    expect(ticked("到“十四五”末,平原地区公共充电设施平均服务半径小于3公里。", 2022).map((t) => [t.value, t.comparator])).toEqual([[3, "<"]]);
  });
  it("while a planning norm stays a parameter (按照服务半径小学1公里、初中2公里规划布点)", () => {
    expect(values("按照服务半径小学1公里、初中2公里规划布点。", 2022)).toEqual([]);
  });
});

describe("what counted things reach after a will", () => {
  it("makes the count a goal, each of a list (力争15个镇(乡)、70个村入选…名录; 力争3所以上高职院校进入…)", () => {
    expect(values("到2025年,力争15个镇(乡)、70个村入选全国乡村旅游重点村镇名录。", 2022)).toEqual([15, 70]);
    expect(values("力争3所以上高职院校进入新一轮国家“双高计划”。", 2024)).toEqual([3]);
  });
});

describe("a grade opening a counted noun", () => {
  it("is part of the noun (布局65个A2级及以上通用机场)", () => {
    expect(ticked("到2030年,全省布局65个A2级及以上通用机场。", 2020).map((t) => [t.value, t.indicator])).toEqual([[65, "A2级及以上通用机场"]]);
  });
});

describe("what a selection yields", () => {
  it("is counted (明年将从中评选出10个省级示范县)", () => {
    expect(values("明年将从中评选出10个省级示范县。", 2016)).toEqual([10]);
  });
});

describe("a list written A、B和C before a rate", () => {
  it("has three items (配电自动化系统、配电通信网和智能电表覆盖率均达到100%)", () => {
    expect(ticked("到2020年,配电自动化系统、配电通信网和智能电表覆盖率均达到100%。", 2016).map((t) => t.indicator)).toEqual(["配电自动化系统覆盖率", "配电通信网覆盖率", "智能电表覆盖率"]);
  });
  it("while one industry named with 及 stays one (半导体及集成电路产业链产值)", () => {
    const ts = ticked("乘用车、太阳能光伏、半导体及集成电路产业链产值分别突破2500亿元、1800亿元、1000亿元。", 2024);
    expect(ts.length).toBe(3);
  });
});

describe("a sentence opening with the day progress is counted to", () => {
  it("reports what is done, and shares of the plan done are past (…。截至2月28日,已开工95所,占规划量的71.43%;开工建设面积143.9万平方米…)", () => {
    const text = "3月9日,市教育局公布2018年度学校重点建设项目进展情况通报,2018年全市规划新改扩建学校133所,规划新增校舍面积184万平方米,计划投资68.7亿元。截至2月28日,已开工95所,占规划量的71.43%;开工建设面积143.9万平方米,占规划量的78.17%;累计完成投资22.2亿元。";
    expect(values(text, 2018)).toEqual([133, 184, 68.7]);
  });
  it("but not where the sentence goes on to what will be (截至9月,…秋季将新开办…93所)", () => {
    expect(values("今年全市计划新建公办普高18所。截至9月,学位建设进展整体顺利,秋季将新开办中小学校、幼儿园共93所。", 2022)).toEqual([18, 93]);
  });
});

describe("a small numeral in words after 各", () => {
  it("gives each place before it that many (龙田镇、渔溪镇、镜洋镇各一座)", () => {
    expect(ticked("其中,中心城区3座,元洪投资区2座,龙田镇、渔溪镇、镜洋镇各一座。", 2017).map((t) => [t.indicator, t.value])).toEqual([["中心城区", 3], ["元洪投资区", 2], ["龙田镇", 1], ["渔溪镇", 1], ["镜洋镇", 1]]);
  });
  it("while 各一 in a phrase is no amount (各一个方面)", () => {
    expect(values("统筹发展和安全两个方面各一个重点。", 2022)).toEqual([]);
  });
});

// Forms met on real pages of round 57, each rule with its example sentences. Sentences written for these tests (unit
// tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";
import { ticked as tickedOnly } from "./targets-of";

const all = (text: string, docYear?: number) => extract(text, { docYear, mentions: true });
const ticked = (text: string, docYear?: number) => tickedOnly(all(text, docYear).targets);
const values = (text: string, docYear?: number) => ticked(text, docYear).map((t) => t.value);
const roleOf = (text: string, number: string, docYear?: number) => all(text, docYear).mentions!.find((m) => m.text.startsWith(number))?.role;

describe("a count of the things a rate is then taken over", () => {
  it("is no goal: the rate is, and keeps the count in its name (考核我县的6个断面中水质优良(…)比例达到50%)", () => {
    const ts = ticked("一、工作目标\n考核我县的6个地表水监测断面中水质优良(达到或优于Ⅲ类)比例达到50%,劣V类断面比例控制在10%以内。", 2019);
    expect(ts.map((t) => [t.value, t.kind])).toEqual([[50, "share"], [10, "share"]]);
    expect(ts[0].indicator).toContain("6个地表水监测断面");
    expect(roleOf("考核我县的6个地表水监测断面中水质优良(达到或优于Ⅲ类)比例达到50%。", "6个", 2019)).toBe("qualifier");
  });
  it("also when counts are listed with 、 and the rate opens the next clause (1.全县3个国考断面、12个省考断面水质持续改善,优良率分别达到100%和75%)", () => {
    expect(values("1.全县3个国考断面、12个省考断面水质持续改善,优良率(达到或优于Ⅲ类)分别达到100%和75%。", 2020)).toEqual([100, 75]);
  });
  it("but a count a verb builds stays a goal (建成10个示范社区,覆盖率达到80%)", () => {
    expect(values("到2025年,建成10个示范社区,覆盖率达到80%。", 2021)).toEqual([10, 80]);
  });
  it("nor does a rate on the next line take a level before it (床位数：3.2张 / 参保率：95%)", () => {
    expect(values("每千人口床位数：3.2张\n基本养老保险参保率：95%\n", 2021)).toEqual([3.2, 95]);
  });
});

describe("what is now and what data show", () => {
  it("a figure 目前达 is the present state (用户目前达300万户)", () => {
    expect(values("全省5G用户目前达300万户。到2025年,全省5G用户将达1000万户。", 2022)).toEqual([1000]);
  });
  it("a change from a year's end to this year's month is past (从2015年底到今年6月底,光缆长度由30万公里增加到80万公里)", () => {
    expect(values("据介绍 , 从2015年底到今年6月底 , 光缆线路长度由30万公里增加到80万公里 。到2025年,千兆用户将达200万户。", 2021)).toEqual([200]);
  });
  it("results a survey or the month's data show are past (检测结果显示,…视力不良率达48.5%; 1月的数据显示,目前…开工320部)", () => {
    expect(values("市疾控中心检测结果显示,全市中小学生视力不良率达48.5%。其中,小学患病率40.2%。", 2019)).toEqual([]);
    expect(values("今年1月的数据显示,目前全市老楼加装电梯开工320部、运行150部。今年计划开工300部以上。", 2019)).toEqual([300]);
  });
  it("the counts listed after 现有 exist now too (重庆现有600个乡镇、5000个行政村)", () => {
    expect(values("重庆现有600个乡镇、5000个行政村,计划建设乡镇养老服务中心580个。", 2020)).toEqual([580]);
  });
  it("what a change builds on, after 意味着 (这意味着全市在12个小区试点的基础上…)", () => {
    expect(roleOf("这意味着全市在12个小区试点垃圾分类的基础上,逐步全面实施。", "12个", 2020)).toBe("past");
  });
});

describe("a plan told with 拟 before what is done of it", () => {
  it("is the year's target (今年拟建120个街道养老服务中心,目前已验收合格6个)", () => {
    expect(values("今年拟建120个街道养老服务中心,目前已验收合格6个,正在施工建设40个。", 2020)).toEqual([120]);
  });
});

describe("the year of a deadline closing the sentence", () => {
  it("dates the amounts before it, also after 于 (…规划线路总长120.5公里,将于2027年全部建成通车)", () => {
    expect(ticked("近期,本市轨道交通四期工程顺利开工建设,规划线路总长120.5公里,将于2027年全部建成通车。").map((t) => [t.value, t.year])).toEqual([[120.5, 2027]]);
  });
});

describe("a page that prints its headline twice", () => {
  it("echoes a past figure in both (中小学生近视率达52.3% / … / 检测结果显示,…近视率达52.3%)", () => {
    const text = "全市中小学生近视率达52.3%\n\n      全市中小学生近视率达52.3%\n\n      分享\n\n市疾控中心检测结果显示,全市中小学生近视率达52.3%。今年将为全市120万名学生免费筛查。";
    expect(values(text, 2019)).toEqual([120]);
  });
  it("but keeps a headline's forecast (2025年全市回收利用率预计达40%以上 / … / 目前…已经达到35%,到2025年预计可达到40%)", () => {
    const text = "2025年全市回收利用率预计达40%以上\n\n最新信息\n\n2025年全市回收利用率预计达40%以上\n目前,全市回收利用率已经达到35%,到2025年,全市回收利用率预计可达到40%。";
    expect(ticked(text, 2023).filter((t) => t.value === 40).length).toBeGreaterThanOrEqual(2);
  });
});

describe("a plan period as the start of a change (从“十二五”末的A增长至B)", () => {
  it("is its base: the goal keeps the year of its scope", () => {
    const ts = ticked("到2020年,力争实现会展业产值从“十二五”末的15亿元增长至40亿元,年均增长率达到20%。", 2016);
    expect(ts.map((t) => [t.value, t.year])).toEqual([[40, 2020], [20, 2020]]);
  });
});

describe("the set a ranking is taken among", () => {
  it("is no goal (在70个省会城市及地级市会展竞争力排名中,本市居第8位)", () => {
    expect(values("在70个省会城市及地级市会展竞争力排名中,本市居第8位。到2020年,展览面积增长到400万平方米。", 2016)).toEqual([400]);
  });
});

describe("two amounts joined by 和 before their growth", () => {
  it("are two indicators, also an area and a count of projects (会展项目和展览总面积年均增长 15%)", () => {
    expect(ticked("到2025年,会展项目和展览总面积年均增长 15%。", 2022).map((t) => t.indicator)).toEqual(["会展项目", "展览总面积"]);
  });
  it("but a shared head stays one (林地和草地面积增长5%)", () => {
    expect(ticked("到2025年,林地和草地面积增长5%。", 2022).length).toBe(1);
  });
});

describe("the end of the plan period named in words (到规划期末)", () => {
  it("is the last year of the plan the page names (十三五期间…。到规划期末,绿色建材应用比例达到35%)", () => {
    const ts = ticked("据介绍,十三五期间本省要实现新建建筑全面执行节能标准,建成节能建筑3亿平方米以上。到规划期末,绿色建材应用比例达到35%。", 2017);
    expect(ts.find((t) => t.value === 35)?.year).toBe(2020);
  });
});

describe("a part after a semicolon that names its goal", () => {
  it("sets it although the sentence opened on what is done (截至目前,…为100%;二是…,年度目标为…大于25%)", () => {
    expect(values("一是绿色建筑发展方面。2024年度目标为绿色建筑占比大于90%。截至目前,全区绿色建筑占新建建筑面积比例为100%;二是装配式建筑发展方面,年度目标为装配式建筑占新建建筑面积比例大于25%。截至目前,全区装配式建筑占比为36.73%。", 2024)).toEqual([90, 25]);
  });
});

describe("the present told with 目前 and the thing before its figure", () => {
  it("is past (目前全省家庭农场入库数量达到12.5万家)", () => {
    expect(values("据了解,目前全省家庭农场入库(全国家庭农场名录系统)数量达到12.5万家,较2019年初增长近120%,覆盖近半数的村,是全国完成目标任务最快的省份之一。到2022年,全省家庭农场达到20万家。", 2020)).toEqual([20]);
  });
  it("but not with a word of will before the figure (目前全省将新增…达到)", () => {
    expect(values("目前全省计划新建家庭农场达到500家。", 2020)).toEqual([500]);
  });
});

describe("how many work plans a document sets out", () => {
  it("is no goal (明确提出4项主要任务和6项工作计划)", () => {
    expect(roleOf("方案明确提出4项主要任务和6项工作计划。", "6项", 2017)).toBe("other");
  });
  it("nor the tasks a list totals (土壤污染风险管控与修复等4项重点任务)", () => {
    expect(roleOf("规划提出本省要加强耕地污染源头控制、防范工矿企业新增土壤污染、有序推进建设用地土壤污染风险管控与修复等4项重点任务。", "4项", 2022)).toBe("other");
  });
});

describe("the document's year from a news lead", () => {
  it("of the year's work launched (近日,我市正式启动2019年新型职业农民培育工作)", () => {
    expect(all("从市农业农村局了解到,为培养新型职业农民,壮大人才队伍。近日,我市正式启动2019年新型职业农民培育工作。\n据了解,今年我市将计划培育新型职业农民1500余人。").document.docYear).toBe(2019);
  });
  it("or a training class of the year opened that morning (11月9日上午,…2021年高素质农民培育培训班…开班)", () => {
    expect(all("11月9日上午,本区首批2021年高素质农民培育培训班在农业公司顺利开班。").document.docYear).toBe(2021);
  });
});

describe("how long an event runs (为期5天)", () => {
  it("is a parameter", () => {
    expect(roleOf("此次培训为期6天,共培育高素质农民40人。", "6天", 2021)).toBe("parameter");
  });
});

describe("an earlier year naming which things the work is done on (对2020年已达标的…)", () => {
  it("is no time of the clause", () => {
    expect(ticked("对2020年已达标的部分无违建街(镇)进行提档升级,提档升级街(镇)比例达到40%以上。", 2021).map((t) => [t.value, t.year])).toEqual([[40, 2021]]);
  });
});

describe("a deadline of a month or the year opening a name", () => {
  it("is no part of it, and the verb after it sets the kind (12月底前开工建设150部)", () => {
    expect(ticked("继续推进既有住宅增设电梯,12 月底前开工建设 150部。", 2021).map((t) => [t.indicator, t.kind])).toEqual([["开工建设", "increment"]]);
  });
});

describe("one at least, held by each place of a set or a level", () => {
  it("is a stated count (各区至少基本建成一个示范片区; 县级以上城市将至少有一所老年大学)", () => {
    expect(values("到2020年底,各区至少基本建成一个生活垃圾分类示范片区。", 2020)).toEqual([1]);
    expect(values("到2020年,县级以上城市将至少有一所老年大学。", 2016)).toEqual([1]);
  });
  it("but not one anyone has (他们至少有一个孩子)", () => {
    expect(values("他们至少有一个孩子。", 2020)).toEqual([]);
  });
});

describe("the verb that sets the year's goal before the year (确定今年…)", () => {
  it("is no part of the name, and the work after it is an amount added", () => {
    expect(ticked("确定今年我省培育高素质农民42000人。", 2024).map((t) => [t.indicator, t.kind])).toEqual([["我省培育高素质农民", "increment"]]);
  });
});

describe("a fund's rate per head (资金标准为1万元/人)", () => {
  it("is a parameter, but an investment's sum stays a goal", () => {
    expect(roleOf("培训资金标准为1万元/人。", "1万元", 2024)).toBe("parameter");
    expect(values("到2025年,投资金额达到100亿元。", 2022)).toEqual([100]);
  });
});

describe("a paragraph opening with its year's end as a deadline (2018年底前,…)", () => {
  it("dates the sentences after it in the paragraph", () => {
    const ts = ticked("方案明确,到2017年底前,完成存栏5000头以上的拟保留生猪养殖场废弃物资源化利用设施建设;养殖废弃物处理模式基本建立。\n2018年底前,以重点养殖场为重点,完成存栏3000头以上的生猪养殖场粪污资源化利用设施建设。全市畜禽养殖废弃物综合利用率达到80%以上。\n2019年底前,全市畜禽养殖废弃物综合利用率达到85%以上。", 2017);
    expect(ts.map((t) => [t.value, t.year])).toEqual([[80, 2018], [85, 2019]]);
  });
});

describe("a measure over a bound between a count and the noun after 的", () => {
  it("sizes the things counted (建成3个以上处置能力过百万吨的建筑垃圾资源化处置基地示范项目)", () => {
    expect(values("到2021年,长沙市建成4个以上处置能力过百万吨的建筑垃圾资源化处置基地示范项目。", 2020)).toEqual([4]);
  });
});

describe("the share of a cost each party bears, and a cap per household", () => {
  it("are parameters (由省级承担3500元,市、县各承担1750元; 居民自筹800元; 每户最高补贴电量1万千瓦时)", () => {
    expect(values("设备购置安装投资按最高补贴不超过7000元/户的标准执行,由省级承担3500元,市、县各承担1750元。居民自筹800元。每户最高补贴电量1万千瓦时。", 2019)).toEqual([]);
  });
  it("but a project's funding mix in 亿元 stays (财政负担0.5亿元)", () => {
    expect(values("2023年项目建设资金拼盘如下:财政负担0.5亿元,占比1%。", 2023)).toContain(0.5);
  });
});

describe("two rates written one after the other before 均", () => {
  it("are two indicators (医疗废物集中收集率处置率均达到100%)", () => {
    expect(ticked("确保2020年底全市医疗废物集中收集率处置率均达到100%。", 2020).length).toBe(2);
  });
});

describe("a report on the months of a year so far", () => {
  it("is written within that year, no review of it (对2023年1-6月全市招商引资工作情况通报如下)", () => {
    expect(all("为了做好招商引资工作,现对2023年1-6月全市招商引资工作情况通报如下:\n1-6月份,全市引进项目资金额200亿元,完成年度目标任务500亿元的40%。").document.docYear).toBe(2023);
  });
});

describe("a year before a class of projects and their rate", () => {
  it("names which projects, not the time (力争2021年20亿元以上项目存续率90%以上)", () => {
    expect(ticked("力争 2021 年 20 亿元以上项目存续率 90%以上、存续项目开工率 95%以上。", 2022).map((t) => [t.value, t.year])).toEqual([[90, 2022], [95, 2022]]);
  });
});

describe("a class of projects over a size, with a note in brackets", () => {
  it("is no goal (签约的固定资产投资超5亿元以上项目(签约合同中须标明投资金额),纳入年度考核)", () => {
    expect(values("对2022年9月至12月期间签约的固定资产投资超5亿元以上项目(签约合同中须标明投资金额),纳入年度综合考核。", 2022)).toEqual([]);
  });
});

describe("约 closing a word (签约, 节约)", () => {
  it("is no 'about' (力争年底前签约6个项目)", () => {
    expect(ticked("力争年底前签约6个项目。", 2022).map((t) => t.comparator)).toEqual(["="]);
  });
});

describe("a rate 不到 a figure, with no will", () => {
  it("is the present (资源化利用率不到30%)", () => {
    expect(values("由于处理手段滞后,全省建筑垃圾资源化利用率不到30%。到2025年力争综合利用率达到50%。", 2020)).toEqual([50]);
  });
});

describe("a clause opening with as many years as its values", () => {
  it("gives each value its year (2019年、2020年全省…合格率不低于87%、90%)", () => {
    expect(ticked("2019年、2020年全省危险废物规范化管理抽查合格率不低于87%、90%。", 2019).map((t) => [t.value, t.year])).toEqual([[87, 2019], [90, 2020]]);
  });
});

describe("a meeting of the year held, and what was signed on site", () => {
  it("dates the page and is past (2023年…恳谈会在东莞举行,现场签约项目8个)", () => {
    const r = all("2023年某县招商引资恳谈会在东莞举行,现场签约项目8个,总签约金额50亿元。\n该县力争引进亿元以上项目30个以上。");
    expect(r.document.docYear).toBe(2023);
    expect(tickedOnly(r.targets).map((t) => [t.value, t.year])).toEqual([[30, 2023]]);
  });
});

describe("the state at a year's end reported as done (截止到2016年年底,…共…)", () => {
  it("dates the page the year after and is past", () => {
    const r = all("二是大力实施项目。截止到2016年年底,市区共新开工海绵城市示范项目15个,完工项目6个。\n三是推进示范区建设。2017年全市新建续建28项海绵城市工程。");
    expect(r.document.docYear).toBe(2017);
    expect(tickedOnly(r.targets).map((t) => t.value)).toEqual([28]);
  });
});

describe("what a place has now, told with 目前…有", () => {
  it("is past (目前全市主城区有农贸类便民市场48个,其中封闭市场12个)", () => {
    expect(values("主城区2019年便民市场建设情况汇报一、便民市场现状目前本市主城区有农贸类便民市场48个,其中封闭市场12个,占道市场28个。今年计划新建5个。", 2019)).toEqual([5]);
  });
  it("but not a plan told so (目前,全市计划新建学校有5所)", () => {
    expect(values("目前,全市计划新建学校有5所。", 2019)).toEqual([5]);
  });
});

describe("one within a walk (步行15分钟左右有1座公厕)", () => {
  it("is a service radius, no goal", () => {
    expect(roleOf("城区基本实现步行15分钟左右有1座公厕。", "1座", 2018)).toBe("parameter");
  });
});

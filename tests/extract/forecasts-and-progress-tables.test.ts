// Forms met on real pages of round 44, each rule with its example sentences. Sentences written for these tests (unit
// tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const all = (text: string, docYear?: number) => extract(text, { docYear }).targets;
const values = (text: string, docYear?: number): number[] => all(text, docYear).filter((t) => t.confidence !== "low").map((t) => t.value);

describe("the year's estimate after a clause of work done", () => {
  it("is a forecast, no goal (…调度经济运行,预计全年地区生产总值将超过1300亿元)", () => {
    const text = "区长在会上指出,全区克服多重冲击,调度经济运行,预计全年地区生产总值将超过1300亿元、增长1%,一般公共预算收入增长10%。" +
      "2023年主要预期目标是地区生产总值增长6%左右。";
    expect(values(text, 2023)).toEqual([6]);
  });
  it("but after a word of the plan it is the plan's expected amount (今年将举办…,预计全年接待游客…)", () => {
    expect(values("今年将举办各类文旅活动50场以上,预计全年接待游客达到700万人次。", 2024)).toEqual([50, 700]);
  });
  it("as is an exact rate of a subject estimated after it (…开通航线86条,预计进出口增长13%)", () => {
    expect(values("在稳外贸方面,全省开通商务定期航线86条,预计进出口增长13%,实际使用外资增长3.6%。", 2023)).toEqual([]);
  });
  it("but not a rate with a bound, nor work the plan expects (…,预计设立44个办班点; …,预计惠及…)", () => {
    expect(values("今年开办暑托班,预计设立44个办班点。", 2025)).toEqual([44]);
    expect(values("最高的是新疆,预计增长10%左右。", 2026)).toEqual([10]);
  });
  it("and under a heading of goals it is a goal (主要目标:…,预计全年…)", () => {
    expect(values("一、主要目标\n推进项目建设,预计全年完成投资120亿元。", 2024)).toEqual([120]);
  });
});

describe("a progress table of the year's assessed items, its cells parted by spaces", () => {
  const text = "某县1-9月重点民生实事落实情况\n\n序号 考核指标 单 位 工作目标 已完成数 占年任务之比 备  注\n" +
    "1 新增城镇就业 万人 1.2 1.35  112.5% 人社局\n2 改造农村公路 公里  300 280.5  93.5% 交通局\n新建村级公路 公里  40 41.2  103.0%\n";
  it("reads 考核指标 as the indicator and 工作目标 as the target, not the share done (占年任务之比)", () => {
    expect(values(text, 2023)).toEqual([1.2, 300, 40]);
  });
  it("reads a row without its own 序号 under the item above it (新建村级公路 公里 40)", () => {
    expect(all(text, 2023).map((t) => t.indicator)).toEqual(["新增城镇就业", "改造农村公路", "新建村级公路"]);
  });
  it("but 工作任务 is the work named, no target column (项目名称 | 工作任务 | 计划完成时间)", () => {
    const table = "项目名称 | 工作任务 | 计划完成时间 | 牵头单位 |\n1.城市提升项目 | 新建城市口袋公园2处; | 11月 | 建设局 |\n";
    expect(values(table, 2021)).toEqual([2]);
  });
});

describe("a goal measured on a base year (基于2020年…的1.3倍以内)", () => {
  it("takes its year from its deadline, not from the base", () => {
    const t = all("批复明确,到2035年,全省耕地保有量不低于4000万亩;城镇开发边界扩展倍数控制在基于2020年城镇建设用地规模的1.3倍以内。", 2023);
    expect(t.map((x) => [x.value, x.year])).toEqual([[4000, 2035], [1.3, 2035]]);
  });
});

describe("a web page's count of onlookers (31646人围观)", () => {
  it("is no target", () => {
    expect(values("国务院批复同意省国土空间规划\n\n才艺展示 2023-12-13 31646人围观\n\n到2035年,全省耕地保有量不低于8801万亩。", 2023)).toEqual([8801]);
  });
});

describe("land restored or planted (恢复湿地100万亩, 营造红树林13.57万亩)", () => {
  it("is work of the period", () => {
    expect(all("到2025年,恢复湿地100万亩,营造红树林13.57万亩。", 2022).map((t) => t.kind)).toEqual(["increment", "increment"]);
  });
});

describe("a 分别 list after a clause listing its years (到2025年、2035年,…分别达到26%以上、30%以上)", () => {
  it("gives each value its year", () => {
    const t = all("通过全面推行林长制,实现到2025年、2035年,全省森林覆盖率分别达到26%以上、30%以上目标。", 2020);
    expect(t.map((x) => [x.value, x.year])).toEqual([[26, 2025], [30, 2035]]);
    expect(all("到2025年和2030年,全市森林覆盖率分别达到26%和30%。", 2020).map((x) => x.year)).toEqual([2025, 2030]);
  });
  it("but not when the years are fewer than the values (到2025年,城区、近郊、远郊分别达到…)", () => {
    expect(all("到2025年,城区、近郊、远郊绿化覆盖率分别达到45%、40%、35%。", 2021).map((x) => x.year)).toEqual([2025, 2025, 2025]);
  });
});

describe("a rate with its growth straight after it (保持年均6%增长)", () => {
  it("is a growth target", () => {
    const t = all("到2025年,规上工业产值保持年均6%增长。", 2021).filter((x) => x.confidence !== "low");
    expect(t.map((x) => [x.value, x.kind])).toEqual([[6, "growth"]]);
  });
});

describe("places listed before the goal they share (濮阳、漯河、三门峡、信阳的预期目标是“增长7%以上”)", () => {
  it("gives each place its target", () => {
    const t = all("濮阳、漯河、三门峡、信阳的预期目标是“增长7%以上”。", 2023);
    expect(t.map((x) => [x.indicator, x.value, x.confidence])).toEqual([["濮阳", 7, "high"], ["漯河", 7, "high"], ["三门峡", 7, "high"], ["信阳", 7, "high"]]);
  });
});

describe("a rate held within a bound with no unit (年均十万人火灾死亡率在0.18以内)", () => {
  it("is a level target", () => {
    const t = all("到2025年末,年均十万人火灾死亡率在0.18以内,年均GDP火灾损失率低于0.06‰。", 2022);
    expect(t.map((x) => [x.value, x.comparator])).toEqual([[0.18, "<="], [0.06, "<"]]);
  });
});

describe("conditions listed before one rate (断电、断路、断网条件下应急通信保障通达率达100%)", () => {
  it("is one target, not one per condition", () => {
    expect(values("到2025年,断电、断路、断网条件下应急通信保障通达率达100%。", 2022)).toEqual([100]);
  });
});

describe("a sentence opening with what is already done (已引导…,接收…)", () => {
  it("reports it in all its clauses", () => {
    expect(values("今年计划实施援建项目21个。已引导730名农村劳动力来奉就业,接收58名农村学生来奉就读职业学校。", 2025)).toEqual([21]);
  });
  it("but not when it sets what is still to do (已完成…,力争年底前再新增…)", () => {
    expect(values("已完成改造小区12个,力争年底前再新增改造小区8个。", 2025)).toEqual([8]);
  });
});

describe("a size of the things more of which are sought (引进更多3000万美元以上和过亿美元的大项目)", () => {
  it("is no amount to reach", () => {
    expect(values("2004年,招商引资要继续保持较高增长,而且要引进更多3000万美元以上和过亿美元的大项目。", 2004)).toEqual([]);
  });
});

describe("two measures and their two falls against a base year, with no 分别 (…用水量比2015年下降26%、23%)", () => {
  it("gives each measure its value", () => {
    const t = all("到2020年,全市万元GDP用水量、万元工业增加值用水量比2015年下降26%、23%。", 2018);
    expect(t.map((x) => [x.indicator, x.value])).toEqual([["全市万元GDP用水量", 26], ["全市万元工业增加值用水量", 23]]);
  });
});

describe("money paid out, collected or drawn within the year (个人贷款计划发放2.2亿元, 计划归集额为7亿元)", () => {
  it("is an amount of the period", () => {
    const t = all("今年,住房公积金计划归集额为7亿元,个人贷款计划发放2.2亿元。", 2013);
    expect(t.map((x) => x.kind)).toEqual(["increment", "increment"]);
  });
});

describe("work done with a partner (与重庆共建20万亩稻渔综合种养基地)", () => {
  it("is set by 共建", () => {
    const t = all("2022年,与重庆共建20万亩稻渔综合种养基地。", 2022).filter((x) => x.confidence !== "low");
    expect(t.map((x) => [x.value, x.kind])).toEqual([[20, "increment"]]);
  });
});

describe("the document's year from the year's work meeting or an activity of the year", () => {
  const docYear = (text: string) => extract(text).document?.docYear ?? null;
  it("takes a sector's work meeting of the year (2025年浙江省交通运输工作会议提出…)", () => {
    expect(docYear("2025年浙江省交通运输工作会议提出,全年确保完成交通投资3500亿元。")).toBe(2025);
  });
  it("but not an economic work conference, held in December for the year after (2021年中央经济工作会议)", () => {
    expect(docYear("2021年中央经济工作会议强调,必须坚持高质量发展。")).not.toBe(2021);
  });
  it("takes an activity of the year a news lead reports (组织开展2018年农村电影公益放映展映活动)", () => {
    expect(docYear("7月2日,县文广新局组织开展2018年农村电影公益放映展映活动。今年计划在每一个村放映12场次。")).toBe(2018);
  });
});

describe("a headline closing on its line's end (湖北省力争3年培育30个超200亿元的消费强县)", () => {
  it("reads the threshold before 的 as one on the noun, as a sentence would", () => {
    expect(values("湖北省力争3年培育30个超200亿元的消费强县\n\n2021-06-08 11:17:37 来源:湖北日报\n", 2021)).toEqual([30]);
  });
});

describe("a bound inside what a share opening its clause counts (70%以上网上申办事项到现场办理次数不超过1次)", () => {
  it("is part of the share's indicator", () => {
    expect(values("到2017年,所有网上申办事项到现场办理次数不超过2次,70%以上网上申办事项到现场办理次数不超过1次。", 2015)).toEqual([2, 70]);
  });
  it("but a second share, or a standard the share reaches, is a target of its own", () => {
    expect(all("力争实现全市50%排水用户和40%排水分区达标。", 2025).map((t) => t.value)).toEqual([50, 40]);
  });
});

describe("support given to a goal after the present state (…配套资金995万元,为完成全年既定目标提供资金保障)", () => {
  it("sets nothing: the report goes on", () => {
    const text = "今年新建农村示范公厕100座。\n目前,新建农村示范公厕已开工46座,开工率近一半。其中莱西市采取以奖代补的方法,对全市12处镇街184个自然村,配套资金995万元,为完成全年既定目标提供资金保障。";
    expect(values(text, 2020)).toEqual([100]);
  });
});

describe("how many kinds a thing is divided into (生活垃圾分为有害垃圾、湿垃圾、干垃圾、可回收物4类)", () => {
  it("is no target", () => {
    expect(values("到2020年,城区生活垃圾分为有害垃圾、湿垃圾(餐厨垃圾)、干垃圾、可回收物4类,分类覆盖率达到90%。", 2018)).toEqual([90]);
  });
});
describe("the document's year from a campaign of the year carried out", () => {
  it("takes 深入开展2021年…年行动,…力争到年底…", () => {
    expect(extract("深入开展2021年推进城市生活垃圾分类提标扩面年行动,力争到年底居民知晓率达到90%以上。").document?.docYear).toBe(2021);
  });
});

describe("a page's date in the forms news sites print it", () => {
  const dated = (text: string) => extract(text).document?.issueDate ?? null;
  const body = "\n方案提出,今年全市新建学校5所。";
  it("reads a 发表时间 field", () => {
    expect(dated("作者: 小编 来源: 小编 发表时间:2024-10-01" + body)).toBe("2024-10-01");
  });
  it("reads a date after a source and a bar, a newspaper's dateline and a site's address", () => {
    expect(dated("新华社|2024年04月24日     阅读量:" + body)).toBe("2024-04-24");
    expect(dated("本报太原2024年12月31日讯(记者)今年全市新建学校5所。")).toBe("2024-12-31");
    expect(dated("http://www.CRNTT.com   2023-02-27 15:42:18" + body)).toBe("2023-02-27");
  });
  it("reads a Hong Kong page's day first (12/07/2022 11:02 is 12 July)", () => {
    expect(dated("12/07/2022 11:02 12/07/2022 11:02" + body)).toBe("2022-07-12");
  });
});

describe("the document's year of a people's congress opening in December", () => {
  it("is the year after the page's date (时间:2022-12-26 …人民代表大会第二次会议开幕。会议提出,2023年,…)", () => {
    const text = "某区第十八届人民代表大会第二次会议召开\n\n时间:2022-12-26 16:52 来源:某广电\n\n12月26日上午,某区第十八届人民代表大会第二次会议开幕。会议提出,力争全年实现规上工业总产值570亿元。";
    expect(extract(text).document?.docYear).toBe(2023);
  });
  it("and a year's list of livelihood matters names its year (2023年聊城重点民生事项出炉)", () => {
    expect(extract("30件!2023年聊城重点民生事项出炉\n来源:聊城晚报  2022-12-29 14:40:45\n新改扩建公办幼儿园11所。").document?.docYear).toBe(2023);
  });
});

describe("what the review of this round's rules found, and mended", () => {
  it("已 inside a noun's modifier names a thing, not work done (已设立的…基金, 已批未供土地)", () => {
    expect(values("已批未供土地处置率达到50%以上,闲置土地处置率达到80%。", 2024)).toEqual([50, 80]);
    expect(values("已设立的政府产业引导基金规模达到100亿元。", 2024)).toEqual([100]);
  });
  it("a growth or a goal after 的 is no noun a threshold bounds (实现超10%的增长, 冲刺超500亿元的新目标)", () => {
    expect(values("全年外贸进出口实现超10%的增长\n", 2024)).toEqual([10]);
    expect(values("县域经济冲刺超500亿元的新目标\n", 2024)).toEqual([500]);
  });
  it("the year's estimate after words looking ahead, or under a heading of the year's main work, is a goal", () => {
    expect(values("新的一年,全县上下锚定目标不放松,预计全年规上工业增加值增长8%左右。", 2024)).toEqual([8]);
    expect(values("三、2024年重点工作\n实施市级重点项目200个,预计全年完成投资300亿元。", 2024)).toEqual([200, 300]);
  });
  it("a central conference of December, a meeting reviewing the year, a time since a meeting date no page", () => {
    const docYear = (text: string) => extract(text).document?.docYear ?? null;
    expect(docYear("2023年中央农村工作会议强调,要新建高标准农田。")).toBe(null);
    expect(docYear("自2023年全县工作会议召开以来,全县新建学校5所。")).toBe(null);
  });
});

describe("the time a plan gives itself (这三年的时间里,…省里提出…)", () => {
  it("looks ahead, not back as 这三年,… does", () => {
    const text = "我省正计划用三年的时间构建现代冷链物流网络体系。\n这三年的时间里,冷链基础设施建设是重中之重,省里提出“全省冷库容量达到1000万吨,冷藏车保有量达到6000辆”等量化目标。";
    expect(values(text, 2022)).toEqual([1000, 6000]);
  });
});

describe("a bridge's length along its deck (改造农村公路危桥221延米)", () => {
  it("is a unit", () => {
    expect(all("今年,我市将改造农村公路危桥221延米。", 2012).map((t) => [t.value, t.unit])).toEqual([[221, "延米"]]);
  });
});

describe("two quoted goals side by side, the first opened a clause before (“…,冷藏车保有量达到6000辆”“…分别达到85%、30%”)", () => {
  it("part at the quotes", () => {
    const text = "省里提出“全省冷库容量达到1000万吨,冷藏车保有量达到6000辆、年均增长10%以上”“肉类、果蔬产地低温处理率分别达到85%、30%”等量化目标。";
    expect(values(text, 2022)).toEqual([1000, 6000, 10, 85, 30]);
  });
});

describe("左右 closing a statement whose punctuation a page lost (…比例达到75%左右奶牛产奶性能测定比率达到45%以上)", () => {
  it("ends the statement: the words after it name the next indicator", () => {
    expect(values("到2025年,奶牛规模养殖比例达到75%左右奶牛产奶性能测定比率达到45%以上", 2022)).toEqual([75, 45]);
    expect(values("2019年主要预期目标:全市生产总值增长8%左右居民人均可支配收入增长8%,城镇新增就业10万人。", 2019)).toEqual([8, 8, 10]);
  });
  it("but a share opening its noun still bounds it (全市85%左右县(市、区)创建成…)", () => {
    expect(all("到2025年,全市85%左右县(市、区)创建成学前教育普及普惠县。", 2023).map((t) => t.indicator)).not.toContain("全市");
  });
});

describe("a threshold on a noun that carries an aside (…过200亿元的消费强县(市、区),)", () => {
  it("still bounds the noun", () => {
    expect(values("我省力争每年培育10个社零额过200亿元的消费强县(市、区),30个商贸消费明星乡镇。", 2021)).toEqual([10, 30]);
  });
});

describe("the present state said of what is already done, stating no figure (目前,本市已基本建成了…系统)", () => {
  it("opens the figures after it, in its paragraph", () => {
    const text = "记者了解到,目前,本市已基本建成了全市统一的社区公共卫生服务系统。在教育信息化方面,初步实现教育城域网全覆盖。文化资源共享工程全面推进,建成各级网点5022个,覆盖全市。\n下一步,本市将新建WiFi接入点20万个。";
    expect(values(text, 2015)).toEqual([20]);
  });
});

describe("a quote of results closing on work done (“…”“120项民生实事顺利完成”……)", () => {
  it("reports, as the same words closing a sentence do", () => {
    expect(values("报告回顾:“全市生产总值从3875亿元增加到5786亿元”“120项民生实事顺利完成”……", 2022)).toEqual([]);
  });
});

describe("a level once reached (能源对外依存度一度高达80%)", () => {
  it("is past", () => {
    expect(values("湖南历来少煤、无油、缺气,能源对外依存度一度高达80%。", 2026)).toEqual([]);
  });
});

describe("what the second review of this round's rules found, and mended", () => {
  const docYear = (text: string) => extract(text).document?.docYear ?? null;
  it("a year-end review recalling January's session keeps its date's year", () => {
    expect(docYear("时间:2023-12-28 10:00 来源:区融媒体中心\n回顾这一年,1月召开的区第十八届人民代表大会第三次会议确定的目标任务全面完成,全年新增就业1.2万人。")).toBe(2023);
  });
  it("an update stamp dates no page (更新时间:2023-03-10)", () => {
    expect(docYear("更新时间:2023-03-10 08:00\n2021年,全县计划新建农村公路150公里。")).not.toBe(2023);
  });
  it("a thing done, named as a noun, is past unless the sentence sets its value (已建成的5G基站…; 已设立的…基金规模达到…)", () => {
    expect(values("已建成的5G基站1.2万个,实现乡镇以上区域全覆盖。", 2024)).toEqual([]);
    expect(values("已设立的政府产业引导基金规模达到100亿元。", 2024)).toEqual([100]);
  });
  it("a growth pole is a noun a threshold bounds (打造2个规模超千亿元的增长极)", () => {
    expect(values("到2025年,打造2个规模超千亿元的增长极。", 2022)).toEqual([2]);
  });
  it("a report's 全年 before the estimate looks back (全年经济运行总体平稳,预计全年…增长7%)", () => {
    expect(values("全年经济运行总体平稳,预计全年规上工业增加值增长7%。", 2024)).toEqual([]);
  });
  it("这三年的时间里 with no plan's words still looks back", () => {
    expect(values("这三年的时间里,我们累计建成农村公路1500公里,改造危桥85座。", 2024)).toEqual([]);
  });
  it("a noun whose count the next clause gives keeps that count (…超1000万元的楼宇(园区),达到20栋以上)", () => {
    expect(values("推动年税收超1000万元的楼宇(园区),达到20栋以上。", 2024)).toContain(20);
  });
  it("a document said to be made opens its goals, not a review (目前,我市已编制完成…规划。规划确定,…)", () => {
    expect(values("目前,我市已编制完成国土空间总体规划。规划确定,到2035年耕地保有量不低于350万亩。", 2024)).toEqual([350]);
  });
});

describe("the year's work meeting written 工作会 (从省电力公司2010年工作会上传来消息)", () => {
  it("dates the page", () => {
    expect(extract("今日,从省电力公司2010年工作会上传来消息,今年,我省将投资70.66亿元建设山西电网。").document?.docYear).toBe(2010);
  });
});

describe("how many tasks a text sets out, said before it lists them (主要有4项具体任务)", () => {
  it("is no target", () => {
    expect(values("《行动计划》主要有4项具体任务:一是到2027年,全区高新技术企业达到200家。", 2023)).toEqual([200]);
  });
});

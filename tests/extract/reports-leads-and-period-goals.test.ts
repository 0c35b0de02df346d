// Forms met on real pages of round 43, each rule with its example sentences. Sentences written for these tests (unit
// tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const all = (text: string, docYear?: number) => extract(text, { docYear }).targets;
const values = (text: string, docYear?: number): number[] => all(text, docYear).filter((t) => t.confidence !== "low").map((t) => t.value);

describe("a bound set against last year's level", () => {
  it("is a goal, though 上年度 is review wording (水平相对上年度增长1个百分点以上)", () => {
    const text = "会议明确,今年将完成粮食播种面积40.8万亩以上。化肥农药利用率提高到43%以上,绿色防控覆盖率48%以上,水稻耕种收综合机械化水平相对上年度增长1个百分点以上。";
    expect(values(text, 2024)).toEqual([40.8, 43, 48, 1]);
  });
  it("but an exact change from last year's is a result (比上年度增长6.2%)", () => {
    expect(values("全市农业总产值比上年度增长6.2%,农民人均收入比上年度增长7.1%。", 2024)).toEqual([]);
  });
});

describe("a paragraph opening with a past year after a news lead", () => {
  const text = "昨天,记者从开发区2022年工作会议上了解到,2021年,开发区迎难而上,规上工业增加值增长6.6%;实际利用外资增长17.8%。" +
    "固定资产投资增长10.6%,实现“十四五”良好开局。2022年,开发区将实现地区生产总值增长7%、实际利用外资增长13.5%的目标。";
  it("reviews that year: the year in the lead names a meeting, not the paragraph's time (…2022年工作会议上了解到,2021年,…)", () => {
    expect(values(text)).toEqual([7, 13.5]);
  });
  it("reads 实现“十四五”良好开局 as the period's first year", () => {
    expect(values("2021年,全区规上工业增加值增长6.6%,实现“十四五”良好开局。\n2022年,全区地区生产总值增长7%左右。", 2022)).toEqual([7]);
  });
});

describe("a paragraph opening with the year just past", () => {
  it("reviews it until a sentence sets what will be done: its 全年 is that year (去年,…。全年新增…)", () => {
    const text = "去年,开发区招商引资实现新突破,实体经济根基不断夯实。全年新增各类市场主体1.2万家,增长38%;新引进落地项目1916个。\n今年,开发区将新引进项目2000个以上。";
    expect(values(text, 2022)).toEqual([2000]);
  });
  it("and a paragraph reviewing a past year stops once a sentence turns to the work ahead (…。一是全力打造…,确保…)", () => {
    const text = "会上获悉,2024年,全市粮食产量1100万吨,肉类产量达到205万吨。一是全力打造粮仓,确保粮食播种面积达3020万亩。二是培育特色产业,数字乡村发展水平达到45%。";
    expect(values(text, 2025)).toEqual([3020, 45]);
  });
});

describe("a line ending on a plan period's goals", () => {
  it("dates the items under it to the period's last year (水利厅制定了“十三五”主要目标。 / ——…)", () => {
    const text = "“十二五”期间,全社会水利投入累计达664.58亿元。\n为了发展水利事业,水利厅制定了“十三五”主要目标。\n——全社会水利投入达到1500亿元。\n——农村自来水普及率达到75%以上。";
    expect(all(text, 2016).map((t) => `${t.value}|${t.year}`)).toEqual(["1500|2020", "75|2020"]);
  });
});

describe("counts that are no targets", () => {
  it("an age opening a range says who is served (10岁-17岁在校学生)", () => {
    expect(all("对全区10岁-17岁在校学生实施脊柱侧弯免费筛查。", 2020)).toEqual([]);
  });
  it("a web page's count of comments or views (• 0 条评论, 557次浏览)", () => {
    expect(all("全区新建公园5个。\n • 0 条评论\n557次浏览", 2020).map((t) => t.value)).toEqual([5]);
  });
  it("how many items a list of 民生大事 holds (发布2020年计划的40项民生大事)", () => {
    expect(all("新区发布2020年计划的40项民生大事。", 2020)).toEqual([]);
  });
});

describe("the year a page speaks in", () => {
  it("is the year of its 国民经济和社会发展 goals (2018年锡林郭勒盟国民经济和社会发展的主要预期目标是:…)", () => {
    const text = "按照总体部署,2018年锡林郭勒盟国民经济和社会发展的主要预期目标是:地区生产总值增长7.5%左右;全社会固定资产投资增长9%左右。";
    expect(extract(text).document.docYear).toBe(2018);
    expect(all(text).map((t) => t.year)).toEqual([2018, 2018]);
  });
  it("is the year of its sessions, quoted (2025年新疆“两会”新闻发布会…今年新疆将…)", () => {
    const text = "2025年新疆“两会”新闻发布会20日在乌鲁木齐举行。据介绍,今年新疆将力争粮食产量再增加10亿斤。";
    expect(extract(text).document.docYear).toBe(2025);
  });
});

describe("the year a page's goals are for", () => {
  it("is the year of its work report, named on its day (2015年4月27日的镇安县政府工作报告…主要目标)", () => {
    const text = "编者按:各项民生大事都在2015年4月27日的镇安县政府工作报告中做了部署。今年,镇安县牢牢把握总基调。\n主要目标\n生产总值增长11.5%左右,万元GDP能耗下降3.5%。";
    expect(all(text).map((t) => `${t.value}|${t.year}`)).toEqual(["11.5|2015", "3.5|2015"]);
  });
  it("is a period's last year on a page whose lead holds to something through it, naming no year of its own (“十四五”期间,丰润区坚持…)", () => {
    const text = "“十四五”期间,丰润区坚持稳中求进工作总基调,聚焦高质量发展。\n坚持“项目为王”,每年实施千万元以上项目不少于200个,争列省市级重点项目20个以上。";
    expect(all(text, 2021).map((t) => t.year)).toEqual([2025, 2025]);
  });
  it("but not on a page that names its own year (“十四五”期间,…坚持…。2021年,…)", () => {
    const text = "“十四五”期间,丰润区坚持稳中求进工作总基调。\n2021年,丰润区实施千万元以上项目不少于200个。";
    expect(all(text, 2021).map((t) => t.year)).toEqual([2021]);
  });
});

describe("a report of the months so far", () => {
  const text = "2024年,我县安排重点项目91宗,年度投资计划304亿元。1-4月,完成投资96.4亿元,完成年度计划投资的31.7%,低于序时进度1.6个百分点。" +
    "其中续建项目35宗,完成投资47.7亿元,完成年度计划投资的24.3%;计划投产项目17宗,完成投资16.1亿元,完成年度计划投资的39.9%。";
  it("goes on into the parts its 其中 sentence gives, and their semicolons; the plan's share done and the schedule are results", () => {
    expect(values(text)).toEqual([91, 304]);
  });
  it("but a 其中 sentence that sets what will be done is a plan (其中…力争…)", () => {
    expect(values("1-4月,完成投资96.4亿元。其中续建项目力争完成投资100亿元。", 2024)).toEqual([100]);
  });
});

describe("more counts and amounts that are no targets", () => {
  it("a cost standard per unit of land is a norm (建设标准不低于3000元/亩)", () => {
    expect(values("新建高标准农田200万亩,打造一批建设标准不低于3000元/亩的示范区。", 2020)).toEqual([200]);
  });
  it("the set something is the only one in (广州是11座城市中唯一调高GDP增速目标的城市)", () => {
    expect(all("广州是11座城市中唯一调高GDP增速目标的城市。", 2023)).toEqual([]);
  });
  it("a sum right before a noun then counted sizes the noun (新增20亿元企业1家)", () => {
    expect(values("新增20亿元企业1家、规上工业企业15家。", 2025)).toEqual([1, 15]);
  });
  it("the places a plan covers, before what it holds there (列入改造的10个区(市)涉及473个老旧小区)", () => {
    const ms = extract("青岛市列入改造的10个区(市)涉及473个老旧小区。", { docYear: 2023, mentions: true }).mentions ?? [];
    expect(ms.find((m) => m.value === 10)?.role).toBe("qualifier");
  });
  it("a formula's parts stop at a goal the sentence goes on to set (“3+1+1”…,即3个…,确保…12个,其中10亿元以上项目1个)", () => {
    const text = "完善“3+1+1”招商机制,即3个驻点招商工作组和委托招商、全员招商共同发力,确保全年新签约亿元以上制造业项目12个,其中10亿元以上项目1个。";
    expect(values(text, 2025)).toEqual([12, 1]);
  });
  it("至目前 opens the present state (至目前,全县新能源装机容量达183万千瓦)", () => {
    expect(all("至目前,全县新能源装机容量达183万千瓦,其中风电165万千瓦。", 2023)).toEqual([]);
  });
});

describe("more ways a page gives its year", () => {
  it("a date closing a line after its source in 【】 (http://m.example.cn【泉州经济网】2016-02-22)", () => {
    const doc = extract("泉州今年新增医疗机构床位2000张以上\n\nhttp://m.example.cn【泉州经济网】2016-02-22\n\n今年计划新增床位2000张。").document;
    expect(doc.issueDate).toBe("2016-02-22");
    expect(doc.docYear).toBe(2016);
  });
  it("a year after a heading's label with a will (主要目标:2024年确保全市粮食播种面积172万亩…。油料面积20.53万亩)", () => {
    const text = "主要目标:2024年确保全市粮食播种面积172万亩,产量14.2亿斤。油料面积20.53万亩、产量0.68亿斤。";
    expect(all(text).map((t) => t.year)).toEqual([2024, 2024, 2024, 2024]);
  });
  it("a year's plan of works published, the places it covers before the year (公布了16市2023年城镇老旧小区改造计划)", () => {
    expect(extract("近日,省住房和城乡建设厅公布了16市2023年城镇老旧小区改造计划,全省共计划改造老旧小区3898个。").document.docYear).toBe(2023);
  });
});

describe("a goal quoted after its name", () => {
  it("gives its value: the quote names nothing (其预期目标为“增长7.5%以上”, 均是“增长7%”)", () => {
    const text = "单从GDP增长目标来看,周口市的预期目标为“增长7.5%以上”,而商丘市的目标是“增长7.5%左右”。";
    expect(all(text, 2023).map((t) => `${t.value}|${t.kind}`)).toEqual(["7.5|growth", "7.5|growth"]);
  });
  it("but a short quote after no goal's name stays a name (打造“3个100万”)", () => {
    expect(all("全力打造“3个100万”工程。", 2023)).toEqual([]);
  });
});

describe("still more ways a page gives its year", () => {
  it("the day in the parenthesis of a report's title line, before a repost's time field (…政府工作报告(2023年1月3日 李云) / 时间: 2024-02-24)", () => {
    const doc = extract("绵阳市政府工作报告(2023年1月3日 李云)\n\n时间: 2024-02-24 12:54:11\n\n今年主要预期目标是:地区生产总值增长7.5%。").document;
    expect(doc.issueDate).toBe("2023-01-03");
    expect(doc.docYear).toBe(2023);
  });
  it("not a photo's caption (2025年11月2日傍晚,…雪山风光。江飞波 摄)", () => {
    const text = "中新网拉萨1月31日电 西藏自治区人民代表大会会议31日开幕。报告提到,2025年全区环境空气质量优良天数比例保持99%以上。\n\n2025年11月2日傍晚,拉萨布达拉宫与远处的雪山风光。江飞波 摄\n\n他说,2026年,西藏将完成营造林40万亩以上。";
    expect(values(text)).toEqual([40]);
  });
});

describe("a sentence opening with a past year after a news lead", () => {
  it("reviews that year in the sentences after it that name none (记者从报告中了解到,2024年,…。市管国企利润增长8%。)", () => {
    const text = "市长在作政府工作报告时透露,2025年预期目标增长5%左右。\n1月14日,市人民代表大会开幕。记者从报告中了解到,2024年,天津扎实推进重点改革,持续释放市场活力。市管国企利润增长8%,新设外商投资企业566家。";
    expect(values(text, 2025)).toEqual([5]);
  });
});

describe("a goal's quoted name", () => {
  it("stays a name when the quote holds no rate or bound (主要目标是“3个100万”)", () => {
    expect(all("全县的主要目标是“3个100万”。", 2023)).toEqual([]);
  });
});

describe("limits found by the round's review", () => {
  it("an age range that is itself the goal stays a target (人均预期寿命提高到79岁-80岁)", () => {
    expect(all("人均预期寿命提高到79岁-80岁。", 2025).map((t) => t.value)).toContain(79);
  });
  it("评论员, 阅读推广 in running text are no page counts (组建200人评论员队伍, 举办100次阅读推广活动)", () => {
    expect(values("组建200人评论员队伍,举办100次阅读推广活动。", 2025)).toEqual([200, 100]);
  });
  it("a plan of works a review says was published last year dates no page (去年省里公布了2023年…改造计划)", () => {
    expect(extract("去年省里公布了2023年老旧小区改造计划,全年完成改造小区380个。今年计划改造小区400个。").document.docYear).not.toBe(2023);
  });
  it("a will to beat the schedule is no progress reported (确保全年投资完成率高于序时进度5个百分点)", () => {
    expect(values("确保全年投资完成率高于序时进度5个百分点,新开工项目60个。", 2024)).toContain(60);
    expect(values("确保全年投资完成率高于序时进度5个百分点,新开工项目60个。", 2024)).toContain(5);
  });
  it("a work plan's timetable reports nothing (工作安排:1-3月,…。其中,新开工项目8个)", () => {
    const text = "工作安排:\n1-3月,完成项目前期手续办理20个。其中,新开工项目8个,续建项目12个。\n4-6月,新开工项目15个。";
    expect(values(text, 2024)).toEqual(expect.arrayContaining([8, 12]));
  });
});

describe("a table's header with a gloss", () => {
  it("reads the column without its bracketed gloss (2025年目标值(各项目标应达到的水平))", () => {
    const text = "主要指标\n指标 |\n2020年基期值(起始日期用作比较的数据) |\n2025年目标值(各项目标应达到的水平) |\n年均增(5年累计) |\n" +
      "农业科技进步贡献率(%) |\n60 |\n64 |\n[4] |\n高标准农田面积(亿亩) |\n8 |\n10.75 |\n[2.75] |\n";
    const ts = all(text).filter((t) => t.year === 2025).map((t) => `${t.value}${t.unit}`);
    expect(ts).toEqual(expect.arrayContaining(["64%", "10.75亿亩"]));
  });
});

describe("a lead naming next year's tasks", () => {
  it("dates the paragraphs after it (…明确明年全省植树造林和森林经营任务为590万亩。其中,植树造林90万亩)", () => {
    const text = "日前,省政府办公厅明确明年全省植树造林和森林经营任务为590万亩。其中,植树造林90万亩、森林抚育300万亩。\n南平市、三明市分别将完成21.05万亩、17.3万亩的植树造林任务。";
    expect(all(text, 2018).map((t) => t.year)).toEqual([2019, 2019, 2019, 2019, 2019]);
  });
});

describe("limits found by the round's second review", () => {
  it("an age range before where its people live still names them (为35岁—64岁农村适龄妇女开展宫颈癌筛查2万人)", () => {
    expect(values("为35岁—64岁农村适龄妇女开展宫颈癌筛查2万人。", 2025)).toEqual([2]);
  });
  it("a result beside what was expected is no quarter's plan (同比增长5.8%,高于预期增长5.5%的目标)", () => {
    expect(values("上半年,全县实现地区生产总值210亿元,同比增长5.8%,高于预期增长5.5%的目标。", 2024)).toEqual([]);
  });
  it("the whole place's figures after the months report them, and so do the parts after 其中 (1-3月,全市新开工项目10个。其中…)", () => {
    expect(values("1-3月,全市新开工项目10个。其中,工业项目6个,完成投资5.2亿元。", 2024)).toEqual([]);
  });
  it("预计 under a heading of goals, or of what a project brings once built, is a plan's (预计规上工业增加值增长7%)", () => {
    expect(values("今年主要预期目标:地区生产总值增长6%左右。预计规上工业增加值增长7%,固定资产投资增长8%。", 2024)).toEqual([6, 7, 8]);
    expect(values("预计项目建成后年产值达到20亿元,新增就业岗位500个。", 2024)).toEqual([20, 500]);
  });
});

describe("the year of a plan the text says it makes", () => {
  it("dates the page (…,制定2021年上海市全面深化“一网通办”改革工作要点。)", () => {
    const text = "为推动改革,制定2021年上海市全面深化“一网通办”改革工作要点。\n一、主要目标\n重点推进12个“高效办成一件事”,“随申办”月活跃用户数突破1300万。";
    expect(extract(text).document.docYear).toBe(2021);
  });
});

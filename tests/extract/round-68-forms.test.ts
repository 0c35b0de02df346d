// Forms of round 68, each rule with its example sentences. Sentences written for these tests (unit tests of the rules,
// not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";
import { ticked as tickedOnly } from "./targets-of";

const all = (text: string, docYear?: number) => extract(text, { docYear, mentions: true });
const ticked = (text: string, docYear?: number) => tickedOnly(all(text, docYear).targets);
const reasonOf = (text: string, mention: string, docYear?: number) => all(text, docYear).mentions?.find((m) => m.text === mention)?.reason ?? "";

describe("a size of each thing counted inside the count's noun (5家产值超10亿元的龙头企业, 2个年产10万吨的加工厂, 2个5000平方米的仓库)", () => {
  it("names the noun after the size, the size a qualifier", () => {
    const firms = ticked("到2025年,培育5家产值超10亿元的龙头企业。", 2024);
    expect(firms.map((t) => [t.value, t.unit, t.indicator])).toEqual([[5, "家", "产值超10亿元的龙头企业"]]);
    expect(ticked("到2025年,建成2个年产10万吨的加工厂。", 2024).map((t) => t.indicator)).toEqual(["年产10万吨的加工厂"]);
    expect(ticked("新建3个总投资10亿元的项目。", 2024).map((t) => t.indicator)).toEqual(["总投资10亿元的项目"]);
  });
  it("reads an unbounded size straight after the count as each thing's (新建2个5000平方米的仓库)", () => {
    const all2 = all("到2025年,新建2个10万平方米的标准厂房。", 2024);
    expect(tickedOnly(all2.targets).map((t) => [t.value, t.unit, t.indicator])).toEqual([[2, "个", "10万平方米的标准厂房"]]);
    expect(all2.targets.length).toBe(1);
    expect(reasonOf("到2025年,新建2个10万平方米的标准厂房。", "10万平方米", 2024)).toMatch(/size of each thing counted/);
  });
  it("but an amount of its own between the count and its noun still ends the noun (66个重点项目54亿元的投资计划)", () => {
    expect(ticked("完成今年66个重点项目54亿元的投资计划。", 2024).map((t) => [t.value, t.indicator])).toContainEqual([66, "重点项目"]);
  });
});

describe("a count written in Chinese numerals before the size of each thing counted, or as a list's next item", () => {
  it("counts 三个 before 5000平方米以上的 (新建三个5000平方米以上的物流中心)", () => {
    expect(ticked("今年新建三个5000平方米以上的物流中心。", 2024).map((t) => [t.value, t.unit])).toEqual([[3, "个"]]);
  });
  it("counts the next item after a joiner (新建三个物流中心和两个仓库)", () => {
    expect(ticked("今年新建三个物流中心和两个仓库。", 2024).map((t) => [t.value, t.indicator])).toEqual([[3, "物流中心"], [2, "仓库"]]);
    expect(ticked("今年新建三个物流中心和两个5000平方米的仓库。", 2024).map((t) => [t.value, t.indicator])).toEqual([[3, "物流中心"], [2, "5000平方米的仓库"]]);
  });
  it("and any item of such a list after the first (建成三个污水处理厂、两个垃圾中转站和四个公厕)", () => {
    expect(ticked("今年建成三个污水处理厂、两个垃圾中转站和四个公厕。", 2024).map((t) => [t.value, t.indicator])).toEqual([[3, "污水处理厂"], [2, "垃圾中转站"], [4, "公厕"]]);
  });
  it("but not a numeral in a phrase after a joiner with no count before (形成一批项目和两个方面的经验)", () => {
    expect(ticked("今年总结出一批项目和两个方面的经验。", 2024)).toEqual([]);
  });
});

describe("one bounded count in words before what each makes (培育一家以上销售额突破100亿元的LED照明企业)", () => {
  it("counts 一家以上, the sum a qualifier of the firms", () => {
    const text = "到2020年,培育一家以上销售额突破100亿元的LED照明企业。";
    expect(ticked(text, 2018).map((t) => [t.value, t.unit, t.comparator])).toEqual([[1, "家", ">="]]);
    expect(reasonOf(text, "100亿元", 2018)).toMatch(/bounds the class/);
  });
  it("but 一个 with no bound after a plain verb stays a phrase (建成一个平台)", () => {
    expect(ticked("到2020年,建成一个平台。", 2018)).toEqual([]);
  });
});

describe("分别 before one change of points shares it (苹果单产水平和优果率分别提升5个百分点)", () => {
  it("gives each item the value", () => {
    expect(ticked("到2020年,苹果单产水平和优果率分别提升5个百分点。", 2018).map((t) => [t.indicator, t.value])).toEqual([["苹果单产水平", 5], ["优果率", 5]]);
    expect(ticked("到2020年,化肥和农药使用量分别减少10%。", 2018).map((t) => t.indicator)).toEqual(["化肥使用量", "农药使用量"]);
  });
});

describe("a headline's 今年 figure the text gives a year (…今年培训3.5万人次 / 其中2019年培训3.5万人次)", () => {
  const page = "荆门实施职业技能提升行动 今年培训3.5万人次\n\n计划用三年时间开展各类补贴性职业技能提升培训10万人次以上,其中2019年培训3.5万人次。";
  it("dates the page with that year", () => {
    expect(all(page).document.docYear).toBe(2019);
  });
  it("so 今年 and the three years count from it", () => {
    expect(ticked(page).map((t) => [t.value, t.year])).toEqual([[3.5, 2019], [10, 2021], [3.5, 2019]]);
  });
  it("but not when the figure differs (今年培训4万人次 / 2019年培训3.5万人次)", () => {
    expect(all(page.replace("今年培训3.5万人次", "今年培训4万人次")).document.docYear).not.toBe(2019);
  });
});

describe("a sum a verb of reaching or creating brings, then 的 and the whole it is of (创造约2200亿元的产值, 实现100亿元的销售收入)", () => {
  it("is that whole's level, named by it", () => {
    expect(ticked("到2017年,加工利用再生资源2000万吨,创造约2200亿元的产值。", 2015).map((t) => [t.indicator, t.value, t.kind, t.comparator])).toEqual([["加工利用再生资源", 2000, "level", "="], ["产值", 2200, "level", "~"]]);
    expect(ticked("到2017年,实现100亿元的销售收入。", 2015).map((t) => [t.indicator, t.kind])).toEqual([["销售收入", "level"]]);
    expect(ticked("到2017年,带动形成1000亿元的产业规模。", 2015).map((t) => [t.indicator, t.kind])).toEqual([["产业规模", "level"]]);
  });
  it("but a sum before 的 and a goal's word stays unticked (实现100亿元的目标)", () => {
    expect(ticked("实现100亿元的目标。", 2015)).toEqual([]);
  });
});

describe("a headline in lenticular brackets run on without stops (【…将超460座平均每10万人拥有2座博物馆】)", () => {
  const text = "【到2035年北京各类博物馆将超460座平均每10万人拥有2座博物馆】";
  it("reads both statements, the average per head opening the second", () => {
    expect(ticked(text, 2023).map((t) => [t.value, t.comparator, t.indicator])).toEqual([[460, ">", "北京各类博物馆"], [2, "=", "博物馆"]]);
  });
  it("and a bracketed date before a statement names nothing (【2024年】全市新建公园5个)", () => {
    expect(ticked("【2024年】全市新建公园5个。", 2023).map((t) => [t.year, t.indicator])).toEqual([[2024, "全市新建公园"]]);
  });
});

describe("a portal's bar of fields opening with the page's date (2019-11-4| 发布者: shiyun| 查看: 1927)", () => {
  it("dates the page, so 明年 is the next year", () => {
    const page = "书香南通建设推进会召开,确保明年全市居民综合阅读率超90% ...\n\n2019-11-4| 发布者: shiyun| 查看: 1927| 评论: 0\n\n2013年到2018年,全市居民综合阅读率从76.7%上升到88.11%。";
    expect(all(page).document.issueDate).toBe("2019-11-04");
    expect(ticked(page).map((t) => [t.value, t.year])).toEqual([[90, 2020]]);
  });
});

describe("round numerals in a set phrase (送到千家万户, 千方百计)", () => {
  it("state no amount", () => {
    expect(ticked("组织科普品牌活动,把优质高效的科普服务送到千家万户。", 2016)).toEqual([]);
    expect(reasonOf("组织科普品牌活动,把优质高效的科普服务送到千家万户。", "千家", 2016)).toMatch(/set phrase/);
  });
  it("but a round count of firms is one (覆盖千家规上工业企业)", () => {
    expect(ticked("到2025年,覆盖千家规上工业企业。", 2016).map((t) => t.value)).toEqual([1000]);
  });
});

describe("what a survey found (…阅读状况调查情况显示:山东人平均每天…为77.65分钟)", () => {
  it("is a past fact", () => {
    const text = "山东省新闻出版广电局最近发布的我省公众阅读状况调查情况显示:山东人平均每天用于阅读各种媒介的时间为77.65分钟,比2015年增加13.34分钟;纸质阅读率为46.4%。";
    expect(ticked(text, 2017)).toEqual([]);
  });
  it("but a goal it reports ahead stays a goal (调查显示,到2020年…将达到90%)", () => {
    expect(ticked("调查显示,到2020年全省阅读率将达到90%。", 2017).map((t) => t.value)).toEqual([90]);
  });
});

describe("现在有 opening a statement of what a place has (我国现在有2800多个县级政府组织)", () => {
  it("states the present, its sentence's other figures too", () => {
    expect(ticked("我国现在有2800多个县级政府组织,地域广泛,常住人口约7.4亿,乡镇和村两级消费市场占全国消费市场的38%。", 2023)).toEqual([]);
  });
  it("but a goal of a sentence after it stays a goal", () => {
    expect(ticked("我国现在有2800多个县级政府组织。到2025年,在全国打造500个左右的县域商业领跑县。", 2023).map((t) => t.value)).toEqual([500]);
  });
});

describe("each member named with what sets it apart, before a quota (每个较大的建制村至少有一个农家店)", () => {
  it("reads the quota of one", () => {
    expect(ticked("到2010年,每个较大的建制村至少有一个农家店。", 2010).map((t) => [t.value, t.unit])).toEqual([[1, "个"]]);
  });
});

describe("people who settle in towns within the period (落户200万人, 年均转户1300万人)", () => {
  it("are a flow, an increment", () => {
    expect(ticked("今年实现农业转移人口在城镇落户200万人以上。", 2019).map((t) => t.kind)).toEqual(["increment"]);
    expect(ticked("到2020年,年均转户1300万人以上。", 2016).map((t) => t.kind)).toEqual(["increment"]);
  });
  it("but the stock of people who moved stays a level (农业转移人口达到500万人)", () => {
    expect(ticked("到2020年,农业转移人口达到500万人。", 2019).map((t) => t.kind)).toEqual(["level"]);
  });
});

describe("the review's probes of this round's rules", () => {
  it("a change by an amount shared by 分别 or 均 stays an increment (分别减少1200吨, 均提升10万吨以上), a level moved to stays a level", () => {
    expect(ticked("到2025年,全市二氧化硫和氮氧化物排放量分别减少1200吨。", 2023).map((t) => t.kind)).toEqual(["increment", "increment"]);
    expect(ticked("到2025年,全市粮食和油料产量均提升10万吨以上。", 2023).map((t) => t.kind)).toEqual(["increment", "increment"]);
    expect(ticked("到2020年,城乡低保标准均提高到5000元。", 2018).map((t) => t.kind)).toEqual(["level", "level"]);
  });
  it("a count after its noun, then a sum of the work's plan, keeps the sum (实施重点项目56个120亿元的投资计划)", () => {
    expect(all("今年实施重点项目56个120亿元的投资计划。", 2024).targets.map((t) => t.value)).toEqual([56, 120]);
  });
  it("a list of counts each sized ends each noun at the joiner (2个3万吨的冷库和5个1万吨的仓库)", () => {
    expect(ticked("今年建设2个3万吨的冷库和5个1万吨的仓库。", 2024).map((t) => [t.value, t.indicator])).toEqual([[2, "3万吨的冷库"], [5, "1万吨的仓库"]]);
  });
  it("a short rubric in lenticular brackets is no part of the name (【专栏3】到2025年新建城市公园10个)", () => {
    expect(ticked("【专栏3】到2025年新建城市公园10个。", 2024).map((t) => t.indicator)).toEqual(["新建城市公园"]);
  });
  it("a sum brought to a whole keeps whose whole it is (全市软件产业实现500亿元的主营业务收入, 创造约80亿元的综合收入)", () => {
    expect(ticked("全市软件产业实现500亿元的主营业务收入。", 2015).map((t) => t.indicator)).toEqual(["全市软件产业主营业务收入"]);
    expect(ticked("全市旅游业创造约80亿元的综合收入。", 2015).map((t) => t.indicator)).toEqual(["全市旅游业综合收入"]);
  });
});

describe("a project of a few years named at the page's opening (中标清河区2023-2024年水系连通…项目)", () => {
  const page = "近日,水电基础局成功中标清河区2023-2024年水系连通及水美乡村建设县项目。该项目治理河流15条,治理总长度67.60千米。";
  it("sets the horizon its works run to", () => {
    expect(all(page, 2023).document.horizon).toBe(2024);
    expect(ticked(page, 2023).map((t) => t.year)).toEqual([2024, 2024]);
  });
  it("but not a span long past (2013-2014年…项目 on a page of 2023)", () => {
    expect(all(page.replace("2023-2024", "2013-2014"), 2023).document.horizon).not.toBe(2014);
  });
});

describe("an undated news page of December on next year's work (东南网12月26日讯…明年…。2017年,厦门将继续推进…)", () => {
  const page = "东南网12月26日讯(海峡导报记者)明年,将会有更多的老小区用上管道燃气。昨日,记者获悉,2017年,厦门将继续推进老旧小区燃气管道建设,预计明年将会有28个小区完成燃气管道改造。";
  it("is dated the year before the one it announces, so 明年 is that year", () => {
    expect(all(page).document.docYear).toBe(2016);
    expect(ticked(page).map((t) => [t.value, t.year])).toEqual([[28, 2017]]);
  });
  it("but a dateline of another month leaves the year of work the page's", () => {
    expect(all(page.replace("12月26日讯", "3月26日讯")).document.docYear).toBe(2017);
  });
});

describe("a rate reached after what is already done (…已竣工,覆盖居民8635户,完成率达44.3%)", () => {
  it("is the share of it done, no goal", () => {
    const text = "2025年全市计划为434个自然村接入天然气管道,目前,192个自然村的天然气管道已竣工,覆盖居民8635户,完成率达44.3%。";
    expect(ticked(text, 2025).map((t) => t.value)).toEqual([434]);
  });
});

describe("full rates counted after their list (…达标率“三个100%”, …安装率等4个100%)", () => {
  it("give each rate of the list the value", () => {
    const text = "到2020年,实现全国中小学幼儿园专职保安员配备率、封闭化管理达标率、一键式报警和视频监控系统达标率“三个100%”。";
    expect(ticked(text, 2018).map((t) => [t.indicator, t.value, t.kind])).toEqual([
      ["全国中小学幼儿园专职保安员配备率", 100, "share"], ["封闭化管理达标率", 100, "share"], ["一键式报警和视频监控系统达标率", 100, "share"]]);
    const counted = "到2025年,实现专职保安配备率、封闭化管理率、一键式报警和视频监控安装率等4个100%。";
    expect(ticked(counted, 2023).map((t) => t.value)).toEqual([100, 100, 100]);
    expect(reasonOf(counted, "4个", 2023)).toMatch(/full rates/);
  });
  it("but a slogan of counted full marks with no list stays a name (实现“两个100%”)", () => {
    expect(ticked("到2025年,实现“两个100%”。", 2023)).toEqual([]);
  });
});

describe("a goal a clause names before what is done of it (项目目标人群为500人,我区已完成…683人)", () => {
  it("stays the year's target, the deed after it past", () => {
    const text = "1.孕产妇免费产前筛查项目目标人群为500人,我区已完成孕产妇免费产前筛查共计683人。\n2.免费新生儿筛查项目目标人群300人,我区免费新生儿筛查已完成336人。";
    expect(ticked(text, 2019).map((t) => t.value)).toEqual([500, 300]);
  });
  it("but a review clause with no goal named stays past (…已完成683人)", () => {
    expect(ticked("我区已完成孕产妇免费产前筛查共计683人。", 2019)).toEqual([]);
  });
});

// Forms met on real pages of round 41, each rule with its example sentences. Sentences written for these tests (unit
// tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const all = (text: string, docYear?: number) => extract(text, { docYear }).targets;
const read = (text: string, docYear?: number): string[] =>
  all(text, docYear).filter((t) => t.confidence !== "low").map((t) => `${t.indicator}|${t.value}${t.unit}|${t.year}`);

describe("items that each close their values in brackets", () => {
  it("name the next item after the bracket and its 、 (…率(2027年达到93%)、初中…比例(…))", () => {
    expect(all("包括学前教育毛入园率(2027年达到93%,2035年达到98%)、初中毕业年级达标学生比例(2027年达到80%)。", 2026)
      .map((t) => `${t.indicator}|${t.value}${t.unit}|${t.year}|${t.confidence}`)).toEqual([
      "学前教育毛入园率|93%|2027|high", "学前教育毛入园率|98%|2035|high", "初中毕业年级达标学生比例|80%|2027|high",
    ]);
  });
  it("and places with their amounts in brackets (北京(40万套)、上海(47万套))", () => {
    expect(read("十四五期间各地筹集保障性租赁住房:北京(40万套)、上海(47万套)。", 2022).map((t) => t.split("|")[0].replace(/[(（].*$/, ""))).toEqual(["北京", "上海"]);
  });
});

describe("words joined by a slash inside a rate's name", () => {
  it("are items as with 、: the first is read, the next offered for review (阅读/数学达标学生比例均达到80%)", () => {
    const t = all("初中毕业年级阅读/数学达标学生比例2027年均达到80%。", 2026);
    expect(t.map((x) => `${x.indicator}|${x.value}${x.unit}|${x.confidence}`)).toEqual([
      "初中毕业年级阅读/数学达标学生比例|80%|high", "数学达标学生比例|80%|low",
    ]);
  });
  it("only where 均 says each has it: 线上/线下融合发展的商贸企业占比 is one name", () => {
    expect(all("到2027年,线上/线下融合发展的商贸企业占比达到40%。", 2025).map((x) => x.indicator)).toEqual(["线上/线下融合发展的商贸企业占比"]);
  });
  it("but a unit's slash stays in the amount (每平方公里…元/平方米)", () => {
    expect(all("今年基准地价不低于3000元/平方米。", 2026).map((x) => x.unit)).toEqual(["元/平方米"]);
  });
});

describe("measure words of products and Latin milliseconds", () => {
  it("count models with 款 (涌现不少于100款智能终端产品)", () => {
    expect(read("到2025年,涌现不少于100款智能终端产品,重点打造10款以上爆款智能网联汽车。", 2022)).toEqual([
      "智能终端产品|100款|2025", "爆款智能网联汽车|10款|2025",
    ]);
  });
  it("read ms as a unit of latency, not a code (网间端到端网络时延低于 10ms)", () => {
    expect(read("到2025年,网间端到端网络时延低于 10ms。", 2023)).toEqual(["网间端到端网络时延|10ms|2025"]);
  });
});

describe("a share of what the words before it name, then what the share reaches", () => {
  it("is a share target (整车企业100%达到智能工厂水平, 主要食品安全抽查99%合格)", () => {
    expect(all("到2025年,实现整车企业100%达到智能工厂水平。到2035年,主要食品安全抽查99%合格。", 2022).map((t) => `${t.value}${t.unit}|${t.kind}|${t.confidence}`))
      .toEqual(["100%|share|high", "99%|share|high"]);
  });
  it("also where a news lead runs on with an ellipsis (…99%合格……26日,武汉发布…)", () => {
    expect(read("到2035年,主要食品安全抽查99%合格……26日,武汉发布《规划》。", 2018)).toEqual(["主要食品安全抽查合格|99%|2035"]);
  });
});

describe("two counts of one group in a row, each in its own measure word", () => {
  it("both count the noun after the second (为辖区431户684人低保对象投保)", () => {
    expect(read("今年为辖区431户684人低保对象投保意外保险。", 2018)).toEqual(["低保对象投保意外保险|431户|2018", "低保对象投保意外保险|684人|2018"]);
  });
  it("but not a count of schools or firms, then their people (为12所1.5万名农村学生提供…)", () => {
    expect(read("今年为12所1.5万名农村学生提供营养午餐。", 2025).map((t) => t.split("|")[1])).not.toContain("12所");
  });
  it("but after a name the second counts another noun (新建养老机构3个200张床位)", () => {
    expect(read("今年新建养老机构3个200张床位。", 2026)[0]).toBe("新建养老机构|3个|2026");
  });
});

describe("the document's year from a news lead and from a year's cover bought", () => {
  it("the day a meeting opens, after the lead's words (……2021年10月26日上午,…会议开幕)", () => {
    expect(extract("大洋网讯 2020年地区生产总值达1846.11亿元……2021年10月26日上午,南沙区第四届人民代表大会第一次会议开幕。").document.docYear).toBe(2021);
  });
  it("but not a date in a plan's preface (2020 年 8 月 26 日，自然资源部办公厅印发…)", () => {
    expect(extract("生态修复规划\n前言\n复工作进行了系统谋划。2020年8月26日，自然资源部办公厅印发《指南》。").document.docYear).not.toBe(2020);
  });
  it("not a year's subsidy or cover paid or bought, which may be the year before or after (兑现2024年度种粮补贴, 购买2026年度医保)", () => {
    expect(extract("及时兑现2024年度种粮补贴资金;新建停车位200个以上。").document.docYear).toBeNull();
    expect(extract("组织群众购买2026年度城乡居民基本医疗保险;新建停车位200个以上。").document.docYear).toBeNull();
  });
});

describe("what a page reports as done or gathered, and the scope a plan applies to", () => {
  it("an event of yesterday someone tells of (…透露,昨天集中开工签约的共有20项重大工程项目)", () => {
    expect(read("镇规建办主任透露,昨天集中开工签约的共有20项重大工程项目。", 2022)).toEqual([]);
  });
  it("the tasks a body answers for (…城市管理委负责10个子项任务)", () => {
    expect(read("20项民心工程涉及60个子项,天津市城市管理委负责10个子项任务。", 2025)).toEqual([]);
  });
  it("work done on a day named (…478盏路灯进行刷漆出新,该项目已于3月完成), in its clause", () => {
    expect(read("对东亭北路的478盏路灯进行刷漆出新,该项目已于3月完成。", 2025)).toEqual([]);
    expect(read("首批10个项目已于3月开工,全年将开工重点项目60个。", 2025).map((t) => t.split("|")[1])).toEqual(["60个"]);
    expect(read("新建污水处理厂已于5月开工,年内建成后新增日处理能力5万吨。", 2025).map((t) => t.split("|")[1])).toEqual(["5万吨"]);
  });
  it("the present state after a day of a year gone, which sets no deadline (该项目于2023年6月开工,目前主体完成约70%)", () => {
    expect(read("该项目于2023年6月开工,目前主体完成约70%。", 2025)).toEqual([]);
    expect(read("该项目计划于2026年6月建成,目前主体完成约70%,年内完成投资5亿元。", 2025).map((t) => t.split("|")[1])).toContain("5亿元");
  });
  it("feedback received (累计收到反馈1800余条)", () => {
    expect(read("前期广泛听取意见,累计收到反馈1800余条。", 2022)).toEqual([]);
  });
  it("the places a plan applies to (《意见》实施范围包括,…26个县、…31个)", () => {
    expect(read("《意见》实施范围包括,集中连片特殊困难地区26个县、国家级贫困县31个。", 2015)).toEqual([]);
  });
  it("but not goals the sentence goes on to (适用范围为全市域,到2027年…达到…45%)", () => {
    expect(read("适用范围为全市域,到2027年海绵城市建设面积达到建成区面积的45%。", 2024).map((t) => t.split("|")[1])).toEqual(["45%"]);
    expect(read("实施范围为全市,2026年底前完成全部200个老旧小区改造任务。", 2024).map((t) => t.split("|")[1])).toEqual(["200个"]);
  });
});

describe("a rate's word shared by the items before it", () => {
  it("kinds that qualify the group a rate is of make one rate, the items offered for review (视力、听力、智力残疾儿童少年义务教育入学率)", () => {
    expect(read("到2020年,视力、听力、智力残疾儿童少年义务教育入学率达到90%。", 2015).map((t) => t.split("|")[0])).toEqual(["视力、听力、智力残疾儿童少年义务教育入学率"]);
  });
  it("takes the whole word (婴儿和5岁以下儿童死亡率分别下降到12‰和15‰ → 婴儿死亡率)", () => {
    expect(read("到2020年,婴儿和5岁以下儿童死亡率分别下降到12‰和15‰。", 2015).map((t) => t.split("|")[0])).toEqual(["婴儿死亡率", "5岁以下儿童死亡率"]);
  });
});

describe("the year of a page of one year's work and of a news page's calendar date", () => {
  it("做好2025年全区“三农”工作: a quoted field of the year's work", () => {
    expect(extract("做好2025年全区“三农”工作,要以…为指导。\n一、确保粮食播种面积114万亩以上。").document.docYear).toBe(2025);
  });
  it("a calendar date at the head, the year over the day (2022 / 11-10)", () => {
    const r = extract("2022\n11-10\n易腐垃圾“变形记”\n2020年,全市开始推行四分类,计划至今年年底实现居民小区生活垃圾分类覆盖率达100%。");
    expect(r.document.issueDate).toBe("2022-11-10");
    expect(r.targets.map((t) => t.year)).toEqual([2022]);
  });
});

describe("figures of the months so far and goals in news of many places", () => {
  it("investment completed from January is a result so far (年度计划投资451.7亿元,1—7月完成投资241.4亿元)", () => {
    expect(read("106个能源保障市级重点项目年度计划投资451.7亿元,1—7月完成投资241.4亿元。", 2024).map((t) => t.split("|")[1])).toEqual(["451.7亿元"]);
  });
  it("a place's goals proposed, or a year's draft plan published, after a paragraph opening with 今年以来", () => {
    const text = "今年以来,全国多地积极部署扩大新能源项目投资。甘肃公布2024年度省重大建设项目投资计划草案,新增新能源装机1200万千瓦。内蒙古提出能源重大项目力争完成投资超过3360亿元。";
    expect(read(text, 2024).map((t) => t.split("|")[1])).toEqual(["1200万千瓦", "3360亿元"]);
  });
});

describe("a count in words after names listed with no 等", () => {
  it("totals them when it is their number (将建成中法城三初、中法城六小两所学校)", () => {
    expect(read("今年将建成中法城三初、中法城六小两所学校。", 2023).map((t) => t.split("|").slice(1).join("|"))).toEqual(["2所|2023"]);
  });
  it("nor when it counts the places the work is done in (完成双龙西路、龙旺两个片区老旧小区改造…项目)", () => {
    expect(read("今年完成双龙西路、龙旺两个片区老旧小区改造环境配套项目。", 2025)).toEqual([]);
  });
  it("but not when the number differs from the names listed (建成东街、西街三所学校)", () => {
    expect(read("今年建成东街、西街三所学校。", 2023)).toEqual([]);
  });
});

describe("grants, ages and sown areas", () => {
  it("households a grant is paid to are counted (发放城镇住房保障家庭租赁补贴72279户), not its amount (给予每户补贴500元)", () => {
    expect(read("今年发放城镇住房保障家庭租赁补贴72279户。", 2023).map((t) => t.split("|")[1])).toEqual(["72279户"]);
    expect(read("今年给予每户补贴500元。", 2023)).toEqual([]);
  });
  it("ages a service is moved to are its rule (将托育服务年龄向下延伸至6-18个月)", () => {
    expect(read("今年将托育服务年龄向下延伸至6-18个月。", 2025)).toEqual([]);
  });
  it("a sown area counted once for each crop (蔬菜播种面积36万亩次、总产量82.5万吨)", () => {
    expect(read("确保蔬菜播种面积36万亩次、总产量82.5万吨。", 2025).map((t) => t.split("|")[1])).toEqual(["36万亩次", "82.5万吨"]);
  });
});

describe("counts that name rather than set", () => {
  it("the things a verb of focus names, listed with 、 before their count (聚焦电子信息、…、节能环保8条重点产业链)", () => {
    expect(read("方案聚焦电子信息、机电制造、纺织服装、生物医药、节能环保8条重点产业链,实施链长制。", 2021)).toEqual([]);
  });
  it("but a verb of work after the list makes the count that work's (围绕工业制造、教育、医疗等领域形成50个…场景)", () => {
    expect(read("到2026年,围绕工业制造、教育、医疗、能源等领域形成50个人工智能应用场景。", 2024).map((t) => t.split("|")[1])).toEqual(["50个"]);
  });
  it("projects said to be under way (74个电网市级重点项目加快建设), unlike work done on them (14座压缩站改造)", () => {
    expect(read("74个电网市级重点项目加快建设。", 2024)).toEqual([]);
    expect(read("今年14座生活垃圾小型压缩站改造。", 2024).map((t) => t.split("|")[1])).toEqual(["14座"]);
  });
  it("a year's output that sizes the project named after it (年产10万辆新能源汽车的合众项目投产)", () => {
    expect(read("重点推进年产10万辆新能源汽车的合众项目投产。", 2021)).toEqual([]);
    expect(read("到2025年形成年产100发商业火箭的能力。", 2023).map((t) => t.split("|")[1])).toEqual(["100发"]);
  });
});

describe("the document's year from a year planned, a year's work reported, a meeting the news learnt from", () => {
  it("of a year done and the next planned, the planned one (2023年,…新增…6745个。2024年,…计划建设…)", () => {
    expect(extract("2023年,中心城区新增公共停车泊位6745个。2024年,中心城区计划建设停车泊位不少于10000个。").document.docYear).toBe(2024);
  });
  it("a year's work reported at a news conference is the year before (就2023年“住有所居”相关工作情况进行介绍)", () => {
    expect(extract("3月4日下午,省政府召开新闻发布会。副厅长就2023年“住有所居”相关工作情况进行介绍。今年,全省将新开工改造城镇老旧小区1060个。").document.docYear).toBe(2024);
  });
  it("a year's work meeting the news learnt from (记者昨日从2023年武汉市卫生健康工作会议上获悉)", () => {
    expect(extract("记者昨日从2023年武汉市卫生健康工作会议上获悉,今年全市新增床位5000张以上。").document.docYear).toBe(2023);
  });
});

// Mechanisms round 38's residual failures and first scores (dev163–dev175) showed missing, on what a number measures and
// whether it is a target: places standing alone where an indicator's name would be; rates of growth named in other words;
// rates after kinds of one thing; outputs completed; counts of candidates, congress members, things pointed back to;
// numbers sharing a unit, grouped by thousands or marked "or more"; codes opening a counted noun; 实现 and 将建 before a
// count; what a works will make once built. Sentences written for these tests (unit tests of the rules, not evidence of
// generality), and at the end the near misses an independent review wrote.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const read = (text: string, docYear?: number): string[] =>
  extract(text, { docYear }).targets.filter((t) => t.confidence !== "low").map((t) => `${t.indicator}|${t.value}${t.unit}|${t.kind}`);

describe("places alone where a name would be", () => {
  it("take the growth measure of the target before them in the sentence, one target per place", () => {
    expect(read("其中,漯河GDP预期目标为7%以上,周口为7%左右,洛阳、安阳为6%,商丘等地为6.5%左右。", 2025)).toEqual([
      "漯河GDP预期目标|7%|growth", "周口GDP预期目标|7%|growth", "洛阳GDP预期目标|6%|growth", "安阳GDP预期目标|6%|growth", "商丘GDP预期目标|6.5%|growth",
    ]);
  });
  it("or of the growth goal their paragraph or headline names (…2023年GDP目标公布 / 海南为9.5%左右; 广东、山东均为5%以上)", () => {
    const text = "31省份2023年GDP目标公布\n从各地GDP目标来看,其中,海南为9.5%左右,江西、新疆为7%左右。\n不过,广东、山东均为5%以上。";
    expect(read(text, 2023)).toEqual(["海南GDP目标|9.5%|growth", "江西GDP目标|7%|growth", "新疆GDP目标|7%|growth", "广东GDP目标|5%|growth", "山东GDP目标|5%|growth"]);
    // (a revenue's growth goal too; what stays as it was names no noun: 维持4%不变)
    expect(read("2026年财政收入增长目标维持不变:与2025年相比,河南目标维持4%不变。", 2026)).toEqual(["河南财政收入增长目标|4%|growth"]);
  });
  it("a goal said as set with 了 is still the goal (海南设定了9.5%左右的目标)", () => {
    expect(read("31省份2023年GDP目标公布\n\n在31个省区市中,海南设定了9.5%左右的目标,位居第一。", 2023)).toEqual(["海南GDP目标|9.5%|growth"]);
  });
  it("values listed before a growth goal named after them are growths (新疆、西藏分别以10%、8%的增速目标领跑全国)", () => {
    expect(read("新疆、西藏分别以10%、8%的增速目标领跑全国。", 2026).map((x) => x.split("|").slice(1).join("|"))).toEqual(["10%|growth", "8%|growth"]);
  });
  it("not a head naming a measure or a change (一般公共预算收入为7%), nor after a target that names no growth", () => {
    expect(read("地区生产总值增长6%,城镇调查失业率为5.5%。", 2025).at(-1)).toBe("城镇调查失业率|5.5%|share");
    expect(read("全市森林覆盖率达到45%,西区为50%。", 2025).at(-1)).not.toContain("growth");
  });
});

describe("amounts of money as other places write them", () => {
  it("a trillion yuan written 兆元, after GDP (锚定2030年GDP3.2兆元目标)", () => {
    expect(read("十五五期间,成都将锚定2030年GDP3.2兆元目标。", 2026).map((x) => x.split("|").slice(1).join("|"))).toEqual(["3.2兆元|level"]);
  });
  it("not an amount converted into another currency (人民币2950亿元(约新台币1.3兆元)), nor the whole a share is of (占明年GDP 28.6兆元…的3.32%)", () => {
    expect(read("明年中央预算内投资计划约人民币2950亿元(约新台币1.3兆元)。", 2026).map((x) => x.split("|")[1])).toEqual(["2950亿元"]);
    expect(read("明年国防预算占明年GDP 28.6兆元(今年8月预测)的3.32%。", 2026).map((x) => x.split("|")[1])).toEqual(["3.32%"]);
  });
});

describe("what the work brings along", () => {
  it("is added within the period (示范带动不少于200家孵化器实现…转型升级, 带动约200万人次就地就近就业)", () => {
    expect(read("到2025年,示范带动不少于200家孵化器实现专业化转型升级。", 2023).map((x) => x.split("|").slice(1).join("|"))).toEqual(["200家|increment"]);
    expect(read("到2025年,带动约200万人次就地就近就业增收。", 2022).map((x) => x.split("|").slice(1).join("|"))).toEqual(["200万人次|increment"]);
  });
});

describe("a rate of growth", () => {
  it("lowered again (再降) is a fall, its points an amount (比率再降0.2个百分点, 单位能耗再降3%)", () => {
    expect(read("全市社会物流总费用与地区生产总值比率再降0.2个百分点,单位能耗再降3%。", 2026)).toEqual([
      "全市社会物流总费用与地区生产总值比率|0.2个百分点|increment", "单位能耗|3%|growth",
    ]);
    expect(extract("单位能耗再降3%。", { docYear: 2026 }).targets[0].decrease).toBe(true);
  });
  it("named with the year between the name and the verb that sets it (北京GDP增速今年定5%左右)", () => {
    expect(read("北京GDP增速今年定5%左右。", 2024)).toEqual(["北京GDP增速今年定|5%|growth"]);
  });
  it("that 增加 states (入境游收入增加30%以上); a count after 增加 is an amount added", () => {
    expect(read("到2027年,入境游收入增加30%以上。", 2025)).toEqual(["入境游收入增加|30%|growth"]);
    expect(read("今年增加3万个学位。", 2025).map((x) => x.split("|").slice(1).join("|"))).toEqual(["3万个|increment"]);
  });
});

describe("a rate after kinds of one thing", () => {
  it("is each kind's, each named with what follows the last kind's word (基本养老、医疗保险参保率稳定在95%以上)", () => {
    expect(read("基本养老、医疗保险参保率稳定在95%以上。", 2026)).toEqual(["养老保险参保率|95%|share", "医疗保险参保率|95%|share"]);
    expect(read("社会、经济数据汇集率超过90%。", 2025)).toEqual(["社会数据汇集率|90%|share", "经济数据汇集率|90%|share"]);
  });
  it("分别 after a year shares one value among two joined by 和 (氮氧化物和VOCs排放总量比2020年分别下降10%以上)", () => {
    expect(read("到2025年,氮氧化物和VOCs排放总量比2020年分别下降10%以上。", 2023).map((x) => x.split("|").slice(1).join("|"))).toEqual(["10%|growth", "10%|growth"]);
  });
  it("the first kind may carry a qualifier the kinds share (受污染耕地、地块安全利用率达到95%以上)", () => {
    expect(read("受污染耕地、地块安全利用率达到95%以上。", 2021).map((x) => x.split("|").slice(1).join("|"))).toEqual(["95%|share", "95%|share"]);
    // (not any words before: 公共机构、工业厂房建筑屋顶光伏覆盖率 is one rate)
    expect(read("公共机构、工业厂房建筑屋顶光伏覆盖率达到50%以上。", 2023).length).toBe(1);
  });
  it("not a field's name joined by 和 (人口和计划生育服务覆盖率达到95%): one target", () => {
    expect(read("人口和计划生育服务覆盖率达到95%。", 2025).length).toBe(1);
  });
  it("whole rates listed keep their own names, one target each", () => {
    expect(read("城镇污水处理率、垃圾无害化处理率达到95%。", 2025).length).toBe(2);
  });
});

describe("an output or a revenue completed", () => {
  it("is the year's level (完成技术合同成交额20亿元, 预计完成45.0亿元 of a revenue); an investment completed is work done", () => {
    expect(read("力争完成技术合同成交额20亿元。", 2025)).toEqual(["技术合同成交额|20亿元|level"]);
    expect(read("财政总收入可比增3%,预计完成45.0亿元。", 2025).at(-1)).toBe("财政总收入|45亿元|level");
    expect(read("完成固定资产投资100亿元。", 2025)).toEqual(["固定资产投资|100亿元|increment"]);
  });
});

describe("verbs of adding", () => {
  it("引培 (引进培育) adds what it counts", () => {
    expect(read("力争引培国内外先进水平的基础大模型1个。", 2024).map((x) => x.split("|").slice(1).join("|"))).toEqual(["1个|increment"]);
  });
});

describe("the members of a congress", () => {
  it("are no target, the level or council before the word (参加会议的23名区人大代表, 75名议事代表)", () => {
    expect(read("参加会议的23名区人大代表和75名议事代表投票表决。新增停车位200个。", 2025).map((x) => x.split("|").slice(1).join("|"))).toEqual(["200个|increment"]);
  });
});

describe("a step of choosing projects", () => {
  it("counts candidates or the projects chosen, no goal (10个民生实事候选项目进行票决, 8个项目被确定为…)", () => {
    const text = "会上,人大代表对县人民政府提交的10个民生实事候选项目进行票决,8个项目被确定为2025年民生实事项目。实施51.5公里“四好农村路”提档升级。";
    expect(read(text, 2025).map((x) => x.split("|").slice(1).join("|"))).toEqual(["51.5公里|increment"]);
  });
});

describe("a count with + for or more", () => {
  it("is a count, not a name (累计超过“2000+”规上企业线上测评; 集聚 “100+” 创新型企业); a formula's + or a kind counted stays a name", () => {
    expect(read("到2022年底,累计超过“2000+”规上企业线上测评。", 2022).map((x) => x.split("|").slice(1).join("|"))).toEqual(["2000|increment"]);
    expect(read("构建“1+3+N”产业体系,打造四个“100+”。", 2022)).toEqual([]);
  });
});

describe("numbers listed before the last", () => {
  it("share its unit (分别达到407、262、84万千瓦); years listed stay years", () => {
    expect(read("到2025年,光伏装机、风电装机、生物质能装机分别达到407、262、84万千瓦。", 2023).map((x) => x.split("|").slice(1).join("|"))).toEqual(["407万千瓦|level", "262万千瓦|level", "84万千瓦|level"]);
    expect(read("城镇、农村居民人均可支配收入分别增长6、8%。", 2023).map((x) => x.split("|").slice(1).join("|"))).toEqual(["6%|growth", "8%|growth"]);
    expect(extract("2024、2025年各新增10个。", { docYear: 2023, mentions: true }).mentions!.find((m) => m.text.startsWith("2024"))?.unit).not.toBe("年");
  });
});

describe("a count of things named with a code", () => {
  it("counts the noun a code opens (今年将建4.4万个5G基站; 创建2个4A级景区、5个3A级景区)", () => {
    expect(read("今年将建4.4万个5G基站。", 2020)).toEqual(["5G基站|4.4万个|increment"]);
    expect(read("创建2个4A级景区、5个3A级景区。", 2025).map((x) => x.split("|")[0])).toEqual(["4A级景区", "3A级景区"]);
  });
});

describe("digits grouped by thousands", () => {
  it("are an amount, not a phone number (创造 200,000 个新工作岗位)", () => {
    expect(read("今年深圳计划创造 200,000 个新工作岗位。", 2025).map((x) => x.split("|").slice(1).join("|"))).toEqual(["200000个|increment"]);
  });
});

describe("round 38's bureau pages", () => {
  it("an area before the works it sizes, after a verb of work, is their amount; a year's allocation before it names the batch (完成2024年度…项目22.99万亩的田间主体工程)", () => {
    expect(read("力争在2025年5月底前完成2024年度中央财政高标准农田建设项目22.99万亩的田间主体工程。", 2025).map((x) => x.split("|").slice(1).join("|"))).toEqual(["22.99万亩|increment"]);
  });
  it("a sentence opening with 如今 states the present (如今,…可为2478名幼儿提供托育服务)", () => {
    expect(read("如今,通州区共90所幼儿园设置了126个托班,可为2478名幼儿提供托育服务。", 2025)).toEqual([]);
  });
  it("what will have work done on it, the work named after it, counts the work (今年还将有300个老旧小区完成改造); a count after 这 refers back", () => {
    expect(read("今年还将有300个老旧小区完成改造。“这300个老旧小区里,有市级老旧小区。”", 2026).map((x) => x.split("|").slice(1).join("|"))).toEqual(["300个|increment"]);
  });
});

describe("实现 before a count of things", () => {
  it("puts the count first (实现40万家中小企业上云上平台); not a norm's distance (实现300米见绿), nor the people a rate is per (实现千人均执业医师3.05人)", () => {
    expect(read("到2025年,实现40万家中小企业上云上平台。", 2023).map((x) => x.split("|").slice(1).join("|"))).toEqual(["40万家|increment"]);
    expect(read("到2026年,实现300米见绿、500米见园。", 2026).filter((x) => x.includes("米")).length).toBe(0);
    expect(read("实现20人以上的自然村4G网络覆盖。", 2021)).toEqual([]);
    expect(read("到2025年,实现千人均执业(助理)医师3.05人,每千人口医疗机构床位6.1张。", 2021).map((x) => x.split("|").slice(1).join("|"))).toEqual(["3.05人|level", "6.1张|level"]);
  });
});

describe("what a works will make once built", () => {
  it("is its size, no target (建成后将年产 150 万套 MLED 芯片、5.5 万平方米…模组)", () => {
    expect(read("像该项目,总投资 190 亿元,建成后将年产 150 万套 MLED 芯片、5.5 万平方米 MLED 新型显示模组。今年新开工项目50个。", 2025).map((x) => x.split("|").slice(1).join("|"))).toEqual(["50个|increment"]);
  });
});

// Near misses an independent review of the round wrote for these rules (passages of its own; the engine read them wrongly
// before the mends), kept as tests.
const yk = (text: string, docYear: number): string[] =>
  extract(text, { docYear }).targets.filter((t) => t.confidence !== "low").map((t) => `${t.value}${t.unit}|${t.year}|${t.kind}`);
describe("round 38's review: near misses", () => {
  it("places after another measure in their sentence take that measure, whatever the paragraph says of growth", () => {
    expect(yk("今年,全市经济增长目标为6%左右。义务教育巩固率达到97%,其中,小学为100%。", 2025)).toEqual(["6%|2025|growth", "97%|2025|share", "100%|2025|share"]);
    expect(yk("全市GDP增长6%,常住人口城镇化率达到68%,主城区为80%。", 2025)).toEqual(["6%|2025|growth", "68%|2025|share", "80%|2025|share"]);
    expect(yk("2024年各地GDP目标公布\n从城镇化率目标看,北京为88%,上海为90%。", 2024)).toEqual(["88%|2024|share", "90%|2024|share"]);
  });
  it("a campaign of a year named in its sentence keeps that year (2024年,我市开展…攻坚年行动; 启动2026年…突破年行动)", () => {
    expect(yk("2024年,我市开展项目建设攻坚年行动,新开工项目120个。", 2025)).toEqual([]);
    expect(yk("到2027年,全市规上工业企业达到1000家。启动2026年招商引资突破年行动,引进亿元以上项目50个。", 2025).at(-1)).toBe("50个|2026|increment");
  });
  it("a goal of getting onto a list, candidates of another kind, residents' representatives: targets", () => {
    expect(yk("今年全市力争50个项目被列为省重点项目。", 2025).map((x) => x.split("|")[0])).toEqual(["50个"]);
    expect(yk("今年力争培育20家上市候选企业。", 2025).map((x) => x.split("|")[0])).toEqual(["20家"]);
    expect(yk("今年将组织培训500名居民代表。", 2025).map((x) => x.split("|")[0])).toEqual(["500名"]);
  });
  it("a plan's name with its span before the year's own work leaves the year (根据《…(2024-2026年)》目标,全年新建充电桩3000个)", () => {
    expect(yk("根据《充电基础设施三年行动方案(2024-2026年)》目标,全年新建充电桩3000个。", 2025)).toEqual(["3000个|2025|increment"]);
  });
  it("a year-end review's 今年…继续 stays the review; a later span of months is a schedule; a footprint sizes no work", () => {
    expect(yk("回顾这一年,全市新建口袋公园30个。今年我们继续推进公园建设,新建绿道50公里。", 2025)).toEqual([]);
    expect(yk("按照计划,4-6月开工30个重点项目,7-9月开工20个重点项目。", 2025).map((x) => x.split("|")[0])).toEqual(["30个", "20个"]);
    expect(yk("完成占地200亩的产业园区建设。", 2025)).toEqual([]);
  });
  it("an investment total completed is work done; a headline's own 明年 keeps its year", () => {
    expect(yk("完成工业技改投资总额45亿元。", 2025)).toEqual(["45亿元|2025|increment"]);
    expect(yk("我市明年将新建保障性住房5000套\n\n会议提出,今年全市新建保障性住房5000套,明年计划新建保障性住房5000套。", 2025).map((x) => x.split("|")[1])).toEqual(["2026", "2025", "2026"]);
  });
});

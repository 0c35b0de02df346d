// Example sentences of clause-level readings first met on unseen real pages: a growth rate written after its level
// (实现20%以上的增长), a list of whole rates sharing one value, a count of the places that are a clause's subject, a count
// of projects inside a group's bracket, a lone 百 or 千 after a verb of work, the channels of cameras counted in 路,
// computing power in a bare P, a base year after a comparison, and a session's attendance. Texts written for these tests
// are unit tests of one rule each, not evidence that the engine generalises.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const read = (text: string, docYear = 2024): string[] =>
  extract(text, { docYear }).targets.filter((t) => t.confidence !== "low").map((t) => `${t.indicator}|${t.value}|${t.unit}|${t.kind}`);
const roleOf = (text: string, mention: string, docYear = 2024): string | undefined =>
  (extract(text, { mentions: true, docYear }).mentions ?? []).find((m) => m.text === mention)?.role;

describe("a growth rate written after the level it grows (实现20%以上的增长)", () => {
  it("is the growth of the indicator just named", () => {
    expect(read("今年力争规模以上固定资产投资7100亿元以上,实现20%以上的增长;社会消费品零售总额3540亿元,达到18%以上的增长。", 2012)).toEqual([
      "规模以上固定资产投资|7100|亿元|level", "规模以上固定资产投资|20|%|growth", "社会消费品零售总额|3540|亿元|level", "社会消费品零售总额|18|%|growth"]);
  });
  it("a rate before another noun after 的 stays that noun's (实现30%的企业上云)", () => {
    expect(read("到2025年,实现30%的企业上云。", 2021).map((t) => t.split("|")[3])).not.toContain("growth");
  });
});

describe("a list of whole rates sharing one value", () => {
  it("gives each rate its target (畜禽粪污资源化利用率、农膜回收利用率达到80%以上)", () => {
    expect(read("到2025年,畜禽粪污资源化利用率、农膜回收利用率达到80%以上。", 2021)).toEqual(["畜禽粪污资源化利用率|80|%|share", "农膜回收利用率|80|%|share"]);
  });
  it("a list whose first item is no rate keeps one ticked target (受污染耕地、污染地块安全利用率)", () => {
    expect(read("受污染耕地、污染地块安全利用率不低于92%。", 2021)).toHaveLength(1);
  });
});

describe("counts that say who or what, not how many to reach", () => {
  it("places that are a clause's subject (该区8个街道今年将安排近60项实事项目)", () => {
    expect(roleOf("该区8个街道今年将安排近60项民生实事项目。", "8个")).toBe("qualifier");
    expect(read("今年新建8个街道社区食堂。")).toEqual(["街道社区食堂|8|个|increment"]);
  });
  it("the projects of a group and their kinds in its bracket (科教惠民工程(项目6个,其中基建工程类5个、“小而美”事项类1个))", () => {
    const doc = "一、科教惠民工程(项目6个,其中基建工程类5个、“小而美”事项类1个)。主要是新建幼儿园35所。";
    for (const m of ["6个", "5个", "1个"]) expect(roleOf(doc, m)).toBe("other");
    expect(read(doc)).toEqual(["新建幼儿园|35|所|increment"]);
  });
  it("a session's attendance written with 代表 first (共有637名人大代表出席本次会议)", () => {
    expect(read("据了解,共有637名云南省人大代表出席本次会议,6个周边国家驻昆总领事受邀旁听了本次会议第一次全体会议。", 2012)).toEqual([]);
  });
});

describe("counts in words and measure words met on real pages", () => {
  it("a lone 千 or 百 after a verb of work counts (实施千项…项目、覆盖千家规上工业企业)", () => {
    expect(read("2022年,实施千项“智改数转”项目、覆盖千家规上工业企业。", 2022).map((t) => t.split("|").slice(1, 3).join("|"))).toEqual(["1000|项", "1000|家"]);
  });
  it("a step of a whole number reached (全省生产总值跃上万亿元台阶) is its level", () => {
    expect(read("到2020年,全省生产总值跃上万亿元台阶。", 2016)).toEqual(["全省生产总值|10000|亿元|level"]);
  });
  it("but not in set phrases or a programme's name (服务千家万户, 千方百计, 实施千座公园计划)", () => {
    expect(read("服务千家万户,千方百计稳就业。实施千座公园计划。", 2022)).toEqual([]);
  });
  it("路 counts the channels of cameras beside it, and names a route elsewhere", () => {
    expect(read("新建1000路视频监控点位。新增智慧感知设备3000路。").map((t) => t.split("|").slice(1, 3).join("|"))).toEqual(["1000|路", "3000|路"]);
    expect(read("乘坐12路公交车。开通3路公交线路。")).toEqual([]);
  });
});

describe("a base year after a comparison is no review (增幅不低于上年度…增幅)", () => {
  it("the clauses after such a base in the same sentence stay targets", () => {
    const doc = "今年,全市低保标准增幅不低于上年度全体居民人均可支配收入增幅;新增老年助餐服务点60个以上,新增认知障碍床位700张。";
    expect(read(doc).map((t) => t.split("|").slice(1, 3).join("|"))).toEqual(["60|个", "700|张"]);
  });
  it("上年度 as a review still makes its sentence past (上年度全市完成投资500亿元)", () => {
    expect(read("上年度全市完成投资500亿元。")).toEqual([]);
  });
});

describe("two rates after town and country (城乡) or after two named incomes, without 分别", () => {
  it("the first is the town's, the second the country's", () => {
    expect(read("“十三五”城乡居民收入年均增长7%和9%左右。", 2016)).toEqual(["城镇居民收入|7|%|growth", "农村居民收入|9|%|growth"]);
    expect(read("城镇和农村居民人均可支配收入年均增长8%和10%。", 2016)).toEqual(["城镇居民人均可支配收入|8|%|growth", "农村居民人均可支配收入|10|%|growth"]);
    expect(read("城乡居民人均可支配收入分别增长6%、8%。", 2016)).toEqual(["城镇居民人均可支配收入|6|%|growth", "农村居民人均可支配收入|8|%|growth"]);
  });
  it("one indicator's two rates stay its own (地区生产总值增长7%,力争8%)", () => {
    expect(read("地区生产总值增长7%,力争8%。", 2016).every((t) => t.startsWith("地区生产总值|"))).toBe(true);
  });
});

describe("a list's items numbered with a space and the counts of a plan's tasks", () => {
  it("a number set off by a space opens the item, no part of its name (16 筹建人才住房1000套)", () => {
    expect(read("2023年重点民生事项\n  01 新改扩建公办幼儿园11所\n  16 筹建人才住房1000套\n  17 优化城际公交线路4条", 2023)).toEqual([
      "新改扩建公办幼儿园|11|所|increment", "筹建人才住房|1000|套|increment", "优化城际公交线路|4|条|increment"]);
  });
  it("the tasks a plan is broken into are no target (共细分出171项目标任务)", () => {
    expect(read("区政府办公室发布《2023年区政府工作报告重点工作目标任务分解》方案,共细分出171项目标任务,均明确牵头单位。", 2023)).toEqual([]);
  });
});

describe("the parts a plan is summed up in, and its tasks", () => {
  it("a count of a formula's part far from the formula (“3+4+2”总格局,即…2个区域协同) is no target", () => {
    const doc = "规划提出,我省将加快构建信息化发展“3+4+2”总格局,即夯实信息基础设施数字底座、信息技术产业生态、政策法规标准3大基础支撑,打造产业数字化转型、智慧化社会治理、智慧化民生服务、数字政府4大应用场景,推进数字长三角合作、城乡信息化协同发展2个区域协同。";
    expect(read(doc, 2021)).toEqual([]);
  });
  it("the tasks counted after the parts they fall in (三大方面共15项重点任务) are no target", () => {
    expect(read("《通知》部署包括建设高质量的5G网络、构建全融合的5G场景应用、培育新赋能的5G产业集群在内的三大方面共15项重点任务。", 2019)).toEqual([]);
  });
  it("a task's count is work of the period (体育公园的建设任务是73个)", () => {
    expect(read("到2025年,山东省体育公园的建设任务是73个。", 2021)).toEqual(["山东省体育公园的建设任务|73|个|increment"]);
  });
});

describe("guards from an independent review of these rules", () => {
  it("a 人大 work plan's counts of attendance are targets; only this session's attendance is quiet", () => {
    expect(read("组织人大代表出席会议100场次以上,开展代表活动200次。", 2025).map((t) => t.split("|")[1])).toEqual(["100", "200"]);
    expect(read("全市各级人大代表出席会议率达到95%以上。", 2025)).toHaveLength(1);
    expect(read("会议应到代表877名,523名市人大代表出席会议。", 2025)).toEqual([]);
  });
  it("work counted in a bracket stays a target ((共新建社区食堂20个、托育机构10个))", () => {
    expect(read("推进养老服务设施建设(共新建社区食堂20个、托育机构10个)。", 2025).map((t) => t.split("|")[1])).toEqual(["20", "10"]);
  });
  it("之一 of a later clause leaves the count before it (新增5家上市公司、打造…最活跃的地区之一)", () => {
    expect(read("新增5家上市公司、打造全省资本市场最活跃的地区之一。", 2025)).toEqual(["上市公司|5|家|increment"]);
  });
  it("上年度 after 与 or 同 is still a review", () => {
    expect(read("与上年度相比,全市新增就业3万人,增长5%。", 2025)).toEqual([]);
  });
  it("a round count naming a campaign is no target (开展百名干部联百企活动, 实施千名医生下基层工程)", () => {
    expect(read("开展百名干部联百企活动。实施千名医生下基层工程。", 2025)).toEqual([]);
  });
});

describe("places before 分别 with a verb and the thing it adds, each with its own count", () => {
  it("names each place's thing and counts it as added (分别新建学校5所、3所、2所)", () => {
    expect(read("到2025年,东部、中部、西部片区分别新建学校5所、3所、2所。", 2021)).toEqual(["东部学校|5|所|increment", "中部学校|3|所|increment", "西部片区学校|2|所|increment"]);
  });
});

describe("what the public said of a list, who sat at the session, households that bound villages", () => {
  it("suggestions received and a poll's takers are no targets; suggestions a plan will handle are", () => {
    expect(read("共收到来自社会各界意见建议432条,提出意见建议1189条,共有6015人次参与投票。", 2022)).toEqual([]);
    expect(read("年内办理代表建议300件。", 2022)).toEqual(["办理代表建议|300|件|increment"]);
  });
  it("the session's attendance counted as 实到代表…人,缺席…人", () => {
    expect(read("大会实到代表388人,缺席33人,符合大会章程规定。", 2015)).toEqual([]);
  });
  it("households that bound the villages named (20户以上具备条件的自然村) qualify them", () => {
    expect(read("年底前基本实现全省20户以上具备条件的自然村通硬化路。", 2021)).toEqual([]);
    expect(read("新增5000个30户以上自然村组通硬化路。", 2025).map((t) => t.split("|")[1])).toEqual(["5000"]);
  });
});

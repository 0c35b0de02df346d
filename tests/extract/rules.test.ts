// Example sentences of every rule family, and of what must NOT become a target.
import { describe, expect, it } from "vitest";
import { POSSIBLE_REASONS } from "../../src/core/extract/roles/possible";
import { allTargetsOf, brief, targetsOf } from "./targets-of";

describe("indicator-number rule", () => {
  it.each([
    ["地区生产总值突破970亿元。", "地区生产总值|>|970|亿元|level"],
    ["常住人口城镇化率提高到52%左右。", "常住人口城镇化率|~|52|%|share"],
    ["规上工业增加值平均增速达到10%以上。", "规上工业增加值|>=|10|%|growth"],
    ["用水总量控制在11.35亿立方米以内。", "用水总量|<=|11.35|亿立方米|level"],
    ["高等级公路网密度达到5.51公里/百平方公里。", "高等级公路网密度|=|5.51|公里/百平方公里|level"],
    ["新增高技能人才1200人以上。", "新增高技能人才|>=|1200|人|increment"],
    ["绿色建筑占新建民用建筑面积比例不低于70%。", "绿色建筑占新建民用建筑面积比例|>=|70|%|share"],
    ["城镇调查失业率低于5.5%。", "城镇调查失业率|<|5.5|%|share"],
    ["全市煤炭产能稳定在1300万吨/年左右。", "全市煤炭产能|~|1300|万吨/年|level"],
    ["发展保障性租赁住房10套(间)。", "发展保障性租赁住房|=|10|套(间)|increment"],
    ["新增规模以上工业企业约50家。", "新增规模以上工业企业|~|50|家|increment"],
  ])("%s", (sentence, expected) => {
    expect(targetsOf(sentence).map(brief)).toEqual([expected]);
  });

  it("reads Chinese numerals and scale words after a target verb: 突破千亿元", () => {
    expect(targetsOf("建筑业总产值突破千亿元。").map(brief)).toEqual(["建筑业总产值|>|1000|亿元|level"]);
  });

  it("keeps scale words in the unit as written: 0.1万人 and 1.5万人", () => {
    expect(targetsOf("新增高技能人才0.1万人以上,其中高层次人才1.5万人。").map((t) => `${t.value}${t.unit}`)).toEqual(["0.1万人", "1.5万人"]);
  });

  it("reads ranges 3—5家 and 30—50年一遇", () => {
    expect(targetsOf("省级创新平台3—5家,排涝标准达到30—50年一遇。").map(brief)).toEqual([
      "省级创新平台|range|3-5|家|level", "排涝标准|range|30-50|年一遇|level",
    ]);
  });

  it("infers % for a rate written without its sign: 年均增长10以上", () => {
    expect(targetsOf("实际利用外资年均增长10以上。").map(brief)).toEqual(["实际利用外资|>=|10|%|growth"]);
  });

  it("full-width digits and punctuation keep offsets into the original", () => {
    const text = "到２０２５年，地区生产总值达到１０００亿元。";
    const [t] = targetsOf(text);
    expect(t.value).toBe(1000);
    expect(t.year).toBe(2025);
    expect(t.text).toBe("地区生产总值达到１０００亿元");
  });

  it("carries the indicator to a clause that only adds its growth rate", () => {
    expect(targetsOf("到2025年,地区生产总值达到1000亿元,年均增长7%左右。").map(brief)).toEqual([
      "地区生产总值|=|1000|亿元|level", "地区生产总值|~|7|%|growth",
    ]);
  });

  it("marks every-year amounts annual and 累计 totals cumulative", () => {
    const ts = targetsOf("每年开展各类补贴性职业技能培训不少于3.5万人次;五年累计完成全社会固定资产投资5000亿元以上。");
    expect(ts.map((t) => t.period)).toEqual(["annual", "cumulative"]);
    expect(ts[0].comparator).toBe(">=");
  });
});

describe("qualifiers inside an indicator are not targets", () => {
  it("培育产值100亿元以上龙头企业3家左右 → only 3家左右", () => {
    expect(targetsOf("培育产值100亿元以上龙头企业3家左右。").map(brief)).toEqual(["培育产值100亿元以上龙头企业|~|3|家|increment"]);
  });
  it("进出口规模超1000万美元企业达50家 → one target", () => {
    expect(targetsOf("进出口规模超1000万美元企业达50家。").map((t) => t.value)).toEqual([50]);
  });
  it("items written alike are counts, not qualifiers of the last: 10家左右X、20家左右Y; 90%的市和70%的县", () => {
    expect(targetsOf("支持发展10家左右行业垂直电商平台、20家左右电商综合服务平台。").map((t) => `${t.value}|${t.unit}|${t.comparator}`)).toEqual(["10|家|~", "20|家|~"]);
    expect(targetsOf("打造10个以上人工智能产业集聚区、3个以上人工智能示范区。").map((t) => t.value)).toEqual([10, 3]);
    expect(targetsOf("90%的市和70%的县达到省级三星级以上。").map((t) => `${t.value}|${t.kind}`)).toEqual(["90|share", "70|share"]);
  });
  it("a count right after a verb counts the noun after 的: 构建1000个以上的数据训练集", () => {
    expect(targetsOf("构建1000个以上的数据训练集。").map(brief)).toEqual(["数据训练集|>=|1000|个|increment"]);
  });
  it("a share opening its clause is a share of the noun after it: 力争80%以上便民服务事项30分钟内办结", () => {
    expect(targetsOf("力争80%以上便民服务事项30分钟内办结。").map((t) => `${t.value}|${t.comparator}|${t.kind}`)).toEqual(["80|>=|share"]);
  });
  it("年销售收入10亿元以上企业10家 → one target", () => {
    expect(targetsOf("培育年销售收入10亿元以上企业10家。").map((t) => t.value)).toEqual([10]);
  });
});

describe("distribution rules", () => {
  it("分别 gives one target per item, each with its own indicator", () => {
    const ts = targetsOf("到2025年,光伏、风能、生物质能总装机容量分别达150万千瓦、150万千瓦、25万千瓦。");
    expect(ts.map(brief)).toEqual([
      "光伏总装机容量|=|150|万千瓦|level", "风能总装机容量|=|150|万千瓦|level", "生物质能总装机容量|=|25|万千瓦|level",
    ]);
  });
  it("numbers before 分别 belong to the indicator names", () => {
    const ts = targetsOf("力争年内过30亿、20亿、10亿企业分别达到1家、2家、1家。");
    expect(ts.map((t) => t.value)).toEqual([1, 2, 1]);
  });
  it("均 shares one target among the listed indicators", () => {
    const ts = targetsOf("工业投资、工业技改投资均增长20%以上。");
    expect(ts.map(brief)).toEqual(["工业投资|>=|20|%|growth", "工业技改投资|>=|20|%|growth"]);
    expect(ts[0].text).toBe(ts[1].text);
  });
  it("分别 before one value shares it like 均; opening its clause, it refers to the list of the clause before", () => {
    expect(targetsOf("服务外包合同执行金额、离岸执行金额分别增长10%以上。").map(brief)).toEqual([
      "服务外包合同执行金额|>=|10|%|growth", "离岸执行金额|>=|10|%|growth",
    ]);
    expect(targetsOf("面向自然人和法人组织,分别形成1000个以上的“数字标签”。").map((t) => `${t.value}|${t.kind}`)).toEqual(["1000|increment", "1000|increment"]);
  });
  it("a rate after a list without 均 or 分别: the whole is read, the items after the first offered for review", () => {
    const ts = allTargetsOf("受污染耕地、污染地块安全利用率不低于92%。");
    expect(ts.map((t) => `${t.indicator}|${t.value}|${t.confidence}`)).toEqual(["受污染耕地、污染地块安全利用率|92|high", "污染地块安全利用率|92|low"]);
    expect(ts[1].reason).toBe(POSSIBLE_REASONS.listShares);
  });
  it("分别 over years gives each value its year and the indicator named before", () => {
    const ts = targetsOf("2023年完成工业投资增长10%,2024年、2025年分别增长12%、15%。", 2023);
    expect(ts.map((t) => `${t.indicator}|${t.value}|${t.year}`)).toEqual(["工业投资|10|2023", "工业投资|12|2024", "工业投资|15|2025"]);
  });
  it("a base year after 较 is not part of the indicator", () => {
    expect(targetsOf("到2025年,单位工业增加值能耗较2022年下降13.5%。", 2023).map(brief)).toEqual(["单位工业增加值能耗|=|13.5|%|growth"]);
  });
  it("a list of indicators and a list of as many values after one verb pair up without 分别", () => {
    const ts = targetsOf("到2025年,每千人平均床位数、医生数、养老床位数达3.5、2.0、40,森林覆盖率达40%。", 2021);
    expect(ts.map(brief)).toEqual([
      "每千人平均床位数|=|3.5||level", "每千人平均医生数|=|2||level", "每千人平均养老床位数|=|40||level", "森林覆盖率|=|40|%|share",
    ]);
    expect(targetsOf("到2025年,城镇、农村居民人均可支配收入达5万元、2.5万元。", 2021).map((t) => `${t.indicator}|${t.value}`)).toEqual([
      "城镇居民人均可支配收入|5", "农村居民人均可支配收入|2.5",
    ]);
  });
  it("bare numbers after a verb are values only as a list that closes its clause", () => {
    expect(targetsOf("公路里程达3、5段。", 2021)).toEqual([]);
    expect(targetsOf("综合排名为3、5,", 2021)).toEqual([]);
  });
  it("a capacity whose name holds a verb (接入能力) is a level", () => {
    expect(targetsOf("建设省级公共互连接入区,接入能力10000M以上。").map(brief)).toEqual(["接入能力|>=|10000|M|level"]);
  });
  it("a bandwidth in M with its bound is an amount, not a name like 5G", () => {
    expect(targetsOf("推进政务外网建设,带宽可用性5000M以上。").map(brief)).toEqual(["带宽可用性|>=|5000|M|level"]);
  });
  it("人均 is not the distribution word 均", () => {
    expect(targetsOf("人均体育场地面积不少于2平方米。").map(brief)).toEqual(["人均体育场地面积|>=|2|平方米|level"]);
  });
});

describe("number-first rule", () => {
  it("每个街道至少建设1家社区嵌入式养老服务机构(综合体)", () => {
    const [t] = targetsOf("每个街道至少建设1家社区嵌入式养老服务机构(综合体)。");
    expect(t.comparator).toBe(">=");
    expect(t.value).toBe(1);
    expect(t.indicator).toContain("社区嵌入式养老服务机构(综合体)");
  });
  it("a verb carries along a 、 list: 建成8个城市公园、30个街头游园", () => {
    expect(targetsOf("到2025年,建成8个城市公园、30个街头游园。").map((t) => t.value)).toEqual([8, 30]);
  });
  it("a leading count without an action verb describes a list", () => {
    expect(targetsOf("围绕隆华新材料、国井集团、飞源化工3家“旗舰”企业,立新制药等16家“雏鹰”企业,精准扶优扶强。")).toEqual([]);
    expect(targetsOf("实施健康知识普及行动等15个专项行动。")).toEqual([]);
  });
});

describe("word-numbers", () => {
  it("全覆盖 is an optional 100% target", () => {
    const [t] = targetsOf("年内实现村级社会体育指导员全覆盖。");
    expect(brief(t)).toBe("村级社会体育指导员|=|100|%|share");
    expect(t.optional).toBe(true);
  });
  it("can be left out", async () => {
    const { extract } = await import("../../src/core");
    expect(extract("年内实现村级社会体育指导员全覆盖。", { includeOptional: false }).targets).toEqual([]);
  });
});

describe("what is not a target", () => {
  it.each([
    ["names that look like numbers", "深入实施“十四五”规划,扎实开展“1323”重点产业提升行动,构建12345热线,推行7×24小时服务,5G网络、G60科创走廊、500千伏电网、110KV变电站、4A级景区。"],
    ["past facts of a review", "“十三五”以来,全区经济实力持续攀升,财政总收入达到25.43亿元,年均增长8.25%。"],
    ["a forecast of a past year", "预计2020年地区生产总值超过600亿元。"],
    ["a forecast of the document's own year", "预计今年高校毕业生超过1170万人,要更加突出就业优先导向。"],
    ["policy parameters", "对在我区购买新售商品住房的,按照购房资金总额的1%-1.5%补助标准予以补助。"],
    ["eligibility rules", "重点促进在城区就业居住3年以上农业转移人口落户,组织20岁以下失业人员参加培训。"],
    ["dates, document numbers, phone numbers", "发文日期: 2024-08-26 文号: 谯政秘〔2024〕48号 咨询电话: 0558-5523023,2024年8月26日印发。"],
    ["counts inside book titles", "落实《关于建设多彩活力的青年创业友好型城市25条政策措施》。"],
    ["time-scale names", "积极融入济南、张店1小时经济圈,打造15分钟生活圈。"],
    ["grades and ordinals", "打造千万吨级煤炭开采基地,培育三个百亿级产业集群,启动第二实验小学建设,开展第三批试点。"],
    ["vague statements", "增速保持全市前列,进入全省前列。"],
    ["a norm after 形成, which takes a count of things", "形成300米见绿、500米见园的公园绿地系统。"],
    ["counts that describe how a plan divides its area", "进一步细化为 18 个二级生态修复分区,针对 18 个二级生态修复分区的特点和问题提出措施。"],
  ])("%s", (_, sentence) => {
    expect(targetsOf(sentence, 2021).map(brief)).toEqual([]);
  });
});

describe("baselines and plan-review wording", () => {
  it("由…提高到… keeps only the target value", () => {
    expect(targetsOf("到2025年,地区生产总值由2020年的320亿元提高到2025年的450亿元,城镇化率由55%提高到60%。").map(brief)).toEqual([
      "地区生产总值|=|450|亿元|level", "城镇化率|=|60|%|share",
    ]);
  });
  it("现有/已有 states the present, not a target", () => {
    expect(targetsOf("目前全市已有高新技术企业80家。")).toEqual([]);
  });
  it("a review section of a work report gives nothing; this year's targets count", () => {
    const doc = [
      "2024年政府工作报告", "——2024年1月15日在市人民代表大会上", "一、2023年工作回顾",
      "过去一年,全市地区生产总值完成2350亿元,增长6.2%。新增城镇就业5.2万人。",
      "二、2024年主要目标", "今年经济社会发展的主要预期目标是:地区生产总值增长6%左右;城镇调查失业率控制在5.5%以内;居民消费价格涨幅3%左右。",
    ].join("\n");
    const ts = targetsOf(doc, 2024);
    expect(ts.map(brief)).toEqual(["地区生产总值|~|6|%|growth", "城镇调查失业率|<=|5.5|%|share", "居民消费价格|~|3|%|growth"]);
    expect(ts.every((t) => t.year === 2024)).toBe(true);
  });
});

describe("indicator tables", () => {
  it("a flattened table: level and growth per row, units from the indicator cell, none for 省下达 / -", () => {
    const doc = ["附件", "主要目标一览表", "类别", "序号", "指标", "2025年目标", "年均增长", "责任单位", "经济发展", "1", "地区生产总值增长(%)", "-", "7.5左右", "市发展改革委",
      "2", "人均地区生产总值(元)", "52000", "6.3左右", "市发展改革委", "3", "单位GDP能源消耗降低(%)", "-", "省下达", "市发展改革委",
      "4", "人均预期寿命(岁)", "78", "[1.3]", "市卫生健康委", "5", "城镇调查失业率(%)", "-", "6以内", "市人力资源社会保障局", "市农业农村局"].join("\n");
    const ts = targetsOf(doc);
    expect(ts.map(brief)).toEqual([
      "地区生产总值增长|~|7.5|%|growth", "人均地区生产总值|=|52000|元|level", "人均地区生产总值|~|6.3|%|growth",
      "人均预期寿命|=|78|岁|level", "人均预期寿命|=|1.3|岁|increment", "城镇调查失业率|<=|6|%|share",
    ]);
    expect(ts.every((t) => t.year === 2025)).toBe(true);
    expect(ts[4].period).toBe("cumulative");
    expect(ts[5].responsible).toEqual(["市人力资源社会保障局", "市农业农村局"]);
  });
  it("a flattened table without a 序号 column skips its category cells", () => {
    const doc = ["主要指标", "类别", "指标", "2025年目标", "年均增长", "经济发展", "地区生产总值(亿元)", "700", "7左右",
      "常住人口城镇化率(%)", "60", "-", "民生福祉", "城镇新增就业(万人)", "[3.5]", "-"].join("\n");
    expect(targetsOf(doc).map(brief)).toEqual([
      "地区生产总值|=|700|亿元|level", "地区生产总值|~|7|%|growth", "常住人口城镇化率|=|60|%|share", "城镇新增就业|=|3.5|万人|increment",
    ]);
  });
  it("a pipe table: the latest year column is the target, the unit column gives the unit", () => {
    const doc = ["| 类别 | 指标 | 单位 | 2020年 | 2025年 | 年均增长(%) | 属性 |", "|---|---|---|---|---|---|---|",
      "| 经济发展 | 地区生产总值 | 亿元 | 320 | 450 | 7 | 预期性 |", "| 绿色生态 | 单位GDP能耗降低 | % | - | - | 完成市下达任务 | 约束性 |"].join("\n");
    expect(targetsOf(doc).map((t) => `${brief(t)}|${t.year}`)).toEqual(["地区生产总值|=|450|亿元|level|2025", "地区生产总值|=|7|%|growth|2025"]);
  });
});

describe("project descriptions", () => {
  it("a project's investment and floor area are not targets", () => {
    expect(targetsOf("建设某某产业园项目,总投资50亿元,占地面积300亩。到2025年,新增建设用地面积控制在500亩以内。").map(brief)).toEqual([
      "新增建设用地面积|<=|500|亩|increment",
    ]);
  });
});

// Reductions (decrease), section paths of numbered body lines, indicator names of generic heads and lists,
// and increment kinds.
import { describe, expect, it } from "vitest";
import { headingOf } from "../../src/core/text/segment";
import { brief, targetsOf } from "./targets-of";

describe("reductions stated as a fall by a positive number", () => {
  it.each([
    ["单位地区生产总值能耗下降13.5%。", "单位地区生产总值能耗|=|13.5|%|growth"],
    ["单位地区生产总值二氧化碳排放较2020年降低18%。", "单位地区生产总值二氧化碳排放|=|18|%|growth"],
    ["企业开办办理时限缩短50%以上。", "企业开办办理时限|>=|50|%|growth"],
    ["化肥使用量减少5%。", "化肥使用量|=|5|%|growth"],
    ["散煤消费量削减10%左右。", "散煤消费量|~|10|%|growth"],
    ["单位GDP能耗年均下降3%。", "单位GDP能耗|=|3|%|growth"],
  ])("%s", (sentence, expected) => {
    const ts = targetsOf(sentence);
    expect(ts.map(brief)).toEqual([expected]);
    expect(ts[0].decrease).toBe(true);
  });

  it("marks every item of a shared or respective fall", () => {
    const shared = targetsOf("化学需氧量、氨氮排放总量均下降8%。");
    expect(shared.map((t) => `${t.indicator}|${t.value}|${t.decrease}`)).toEqual(["化学需氧量总量|8|true", "氨氮排放总量|8|true"]);
    const resp = targetsOf("单位地区生产总值能耗、二氧化碳排放分别下降13.5%、18%。");
    expect(resp.map((t) => t.decrease)).toEqual([true, true]);
  });

  it("marks a table row whose indicator states a fall", () => {
    const doc = ["附件", "主要目标一览表", "类别", "序号", "指标", "2025年目标", "年均增长", "责任单位", "绿色生态", "1", "单位GDP能源消耗降低(%)", "[13.5]", "-", "市发展改革委",
      "2", "地区生产总值(亿元)", "700", "7左右", "市发展改革委"].join("\n");
    expect(targetsOf(doc).map((t) => `${brief(t)}|${t.decrease ?? false}`)).toEqual([
      "单位GDP能源消耗降低|=|13.5|%|growth|true", "地区生产总值|=|700|亿元|level|false", "地区生产总值|~|7|%|growth|false",
    ]);
  });

  it.each([
    "PM2.5平均浓度下降到35微克/立方米。",
    "农药使用强度降低至10%。",
    "城镇调查失业率控制在5.5%以内。",
    "地区生产总值年均增长7%。",
    "常住人口城镇化率提高到52%左右。",
  ])("leaves a level, a cap or a rise unmarked: %s", (sentence) => {
    const ts = targetsOf(sentence);
    expect(ts.length).toBe(1);
    expect(ts[0].decrease).toBeUndefined();
  });
});

describe("section paths of numbered lines", () => {
  it("keeps a short heading whole, commas included", () => {
    expect(headingOf("四、以产业链高级化推进产业转型升级,构建区域现代产业体系")).toEqual({ level: 1, title: "四、以产业链高级化推进产业转型升级,构建区域现代产业体系" });
    expect(headingOf("15.高标准建设长三角绿色农产品生产加工供应基地。")?.title).toBe("15.高标准建设长三角绿色农产品生产加工供应基地");
  });

  it("gives only the title part of a numbered line with a sentence after it", () => {
    expect(headingOf("(1)启动实施农村人居环境整治提升五年行动,推进自然村常住农户卫生厕所改造,到2025年农村卫生厕所普及率达到85%以上。")?.title)
      .toBe("(1)启动实施农村人居环境整治提升五年行动");
  });

  it.each([
    "9.“十四五”时期经济社会发展的主要目标遵循“速度赶超全市、发展质量不断提升”的要求,奋力跨上千亿元GDP新台阶。",
    "(3)每年开展各类补贴性职业技能培训不少于3.5万人次。(市人力资源社会保障局牵头)",
    "(2)建设中药材品种标准化种植示范园10个以上,中药农业产值达42亿元。",
  ])("reads a numbered sentence as body text: %s", (line) => {
    expect(headingOf(line)?.body).toBe(true);
  });

  it("does not put a target's own paragraph in its section path", () => {
    const doc = [
      "二、总体要求和奋斗目标",
      "8.发展布局",
      "全面提高基础设施水平。",
      "9.“十四五”时期经济社会发展的主要目标遵循“速度赶超全市、发展质量不断提升”的要求,到2025年,地区生产总值突破1000亿元。",
      "(一)科技创新",
      "(1)强化企业创新主体地位,到2025年,高新技术企业达到300家。",
      "(2)每年开展各类补贴性职业技能培训不少于3.5万人次。",
    ].join("\n");
    const ts = targetsOf(doc);
    expect(ts.map((t) => `${t.indicator}@${t.section.join(">")}`)).toEqual([
      "地区生产总值@二、总体要求和奋斗目标",
      "高新技术企业@二、总体要求和奋斗目标>(一)科技创新>(1)强化企业创新主体地位",
      "每年开展各类补贴性职业技能培训@二、总体要求和奋斗目标>(一)科技创新",
    ]);
  });
});

describe("indicator names", () => {
  const names = (s: string): string[] => targetsOf(s).map((t) => t.indicator);

  it("extends a generic head over the thing named before it in the sentence", () => {
    expect(names("力争到2025年,全市新引进人才16.5万人、总量达60万人。")).toEqual(["全市新引进人才", "人才总量"]);
    expect(names("到2025年,新增规模以上加工企业30家以上,产值达400亿元以上。")).toEqual(["新增规模以上加工企业", "规模以上加工企业产值"]);
    expect(names("常住人口总量达到60万人。")).toEqual(["常住人口总量"]);
  });

  it("names a share by the phrase it measures after 的", () => {
    expect(names("到2025年,中心城区建成区45%以上的面积达到海绵城市建设要求。")).toEqual(["中心城区建成区面积达到海绵城市建设要求"]);
  });

  it("gives a later 分别 list that names only the indicator one name per subject listed before", () => {
    expect(names("到2025年,市中心城区建成区与三县县城建成区绿地率分别达36%、35%,绿化覆盖率分别达39%、38%。")).toEqual([
      "市中心城区建成区绿地率", "三县县城建成区绿地率", "市中心城区建成区绿化覆盖率", "三县县城建成区绿化覆盖率",
    ]);
  });

  it("shares the rest of the last item with parallel scopes written once", () => {
    expect(names("争取省内、省外完成建筑业产值双双突破500亿元。")).toEqual(["省内完成建筑业产值", "省外完成建筑业产值"]);
    expect(names("城镇、农村居民人均可支配收入均增长8%。")).toEqual(["城镇居民人均可支配收入", "农村居民人均可支配收入"]);
    expect(names("光伏、风能、生物质能总装机容量分别达150万千瓦、150万千瓦、25万千瓦。")).toEqual(["光伏总装机容量", "风能总装机容量", "生物质能总装机容量"]);
  });

  it("drops the step wording of 跨上…新台阶", () => {
    expect(targetsOf("奋力跨上千亿元GDP新台阶。").map(brief)).toEqual(["GDP|>=|1000|亿元|level"]);
  });

  it("keeps manner words and minimums out of a number-first name", () => {
    expect(names("集中力量打造1—2个有竞争力的特色产业集群。")).toEqual(["有竞争力的特色产业集群"]);
    const t = targetsOf("每个县区至少培育1个优势主导产业。")[0];
    expect([t.indicator, t.comparator, t.text]).toEqual(["每个县区优势主导产业", ">=", "每个县区至少培育1个优势主导产业"]);
  });

  it("leaves a time span and its verb out of the name: 3年内建成5G基站1200个", () => {
    expect(targetsOf("3年内建成5G基站1200个。").map(brief)).toEqual(["5G基站|=|1200|个|increment"]);
  });
});

describe("increment kinds", () => {
  it.each([
    ["城镇新增就业5000人。", "城镇新增就业|=|5000|人|increment"],
    ["农村改厕完成2万户。", "农村改厕|=|2|万户|increment"],
    ["全市改造老旧小区120个。", "全市改造老旧小区|=|120|个|increment"],
    ["新建污水管网50公里。", "新建污水管网|=|50|公里|increment"],
    // a count per year is added each year
    ["城乡残疾人技能培训人数达到115人/年。", "城乡残疾人技能培训人数|=|115|人/年|increment"],
  ])("%s", (sentence, expected) => {
    expect(targetsOf(sentence).map(brief)).toEqual([expected]);
  });

  it("gives the items under 其中 the increment kind of the amount they divide", () => {
    for (const s of ["建成充电桩22642个,其中,直流桩3895个,交流桩18747个。", "建成充电桩22642个,其中直流桩3895个、交流桩18747个。"]) {
      expect(targetsOf(s).map(brief)).toEqual(["建成充电桩|=|22642|个|increment", "直流桩|=|3895|个|increment", "交流桩|=|18747|个|increment"]);
    }
  });

  it("a count whose clause opens with a bare noun shares the verb of the count added before it", () => {
    expect(targetsOf("全年新增住宿房间5300间,床位7300个。").map((t) => t.kind)).toEqual(["increment", "increment"]);
    expect(targetsOf("每年推广应用工业机器人8000台以上,工业人工智能应用100个以上。").map((t) => `${t.kind}|${t.period}`)).toEqual(["increment|annual", "increment|annual"]);
    // a count of what exists is a level
    expect(targetsOf("到2025年,新建5G基站1000个,5G用户数100万户。").map((t) => t.kind)).toEqual(["increment", "level"]);
  });

  it("a harvest completed is the year's level; 有序清退 removes an amount; entities counted up to with 累计 are a stock", () => {
    expect(targetsOf("不折不扣完成粮食播种面积5.5万亩、总产量1.9万吨目标任务。").map((t) => t.kind)).toEqual(["level", "level"]);
    expect(targetsOf("有序清退一级保护区养殖海域2000亩以上。").map((t) => t.kind)).toEqual(["increment"]);
    expect(targetsOf("到2025年,累计落地台资企业2000家以上。").map((t) => `${t.kind}|${t.period}`)).toEqual(["level|cumulative"]);
  });

  it("完成 after an aggregate states the year's level, before it work done; a measure of work is work done", () => {
    expect(targetsOf("固定资产投资计划完成467亿元。", 2017).map((t) => t.kind)).toEqual(["level"]);
    expect(targetsOf("全年实施重点项目150个,完成投资300亿元以上。", 2024).map((t) => t.kind)).toEqual(["increment", "increment"]);
    expect(targetsOf("到2025年,重点中小河流治理河长200公里。").map((t) => t.kind)).toEqual(["increment"]);
  });

  it("the verb after the ones it serves, standards drawn up and funds obtained are amounts added; 累计建成 a stock", () => {
    expect(targetsOf("每年为区内企业培训技术技能人才3000人次以上。").map((t) => `${t.kind}|${t.period}`)).toEqual(["increment|annual"]);
    expect(targetsOf("制定数字经济领域地方标准10项以上。").map((t) => t.kind)).toEqual(["increment"]);
    expect(targetsOf("争取中央预算内资金3亿元以上。").map((t) => t.kind)).toEqual(["increment"]);
    expect(targetsOf("到2025年,累计建成高标准农田67万亩。").map((t) => `${t.kind}|${t.period}`)).toEqual(["level|cumulative"]);
  });

  it("leaves the parts of a level a level", () => {
    expect(targetsOf("力争到2025年,人才总量达60万人,其中高层次人才1.5万人。").map((t) => t.kind)).toEqual(["level", "level"]);
  });
});

describe("households counted up to a total", () => {
  it("累计纳入…约3600户 is a stock reached, like 累计落地…2000家", () => {
    expect(targetsOf("推进明厨亮灶建设，累计纳入平台的大中型餐饮单位累计约3600户。").map((t) => t.kind)).toEqual(["level"]);
  });
});

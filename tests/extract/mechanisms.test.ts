// Example sentences of the mechanisms that read real documents: counts by measure word, headings inside run-on
// text, the review part of a report, document furniture, PDF and run-together tables, and the kinds of amounts.
// Texts written for these tests are unit tests of one rule each, not evidence that the engine generalises.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";
import { documentYear } from "../../src/core/document/doc-year";
import { inlineSegments } from "../../src/core/text/segment";
import { allTargetsOf, brief, targetsOf } from "./targets-of";

const values = (body: string, year = 2021): number[] => targetsOf(body, year).map((t) => t.value);

describe("counts by measure word: [verb] N [measure word] [noun]", () => {
  it.each([
    ["为1000名农民工提供技能培训。", 1000],
    ["选送5场优秀剧目参加全省汇演。", 5],
    ["打通3条断头路。", 3],
    ["在10个小区设置智能快递柜。", 10],
    ["新建5个以上口袋公园。", 5],
    ["改造提升超5000个充电桩。", 5000],
    ["全年策划举办百场以上两岸交流活动。", 100],
  ])("%s", (sentence, value) => {
    expect(values(sentence)).toEqual([value]);
  });

  it("a count carries its verb along a list, across 和 and to a clause that opens with a count", () => {
    expect(values("启动16个老旧小区和23个背街小巷改造项目。")).toEqual([16, 23]);
    expect(values("培育3家综合型平台,20家行业型平台,100家企业级平台。")).toEqual([3, 20, 100]);
  });

  it("a count summing up the list before it, after 等 or after an entity noun describes; a bound qualifies", () => {
    expect(values("围绕甲公司、乙集团、丙化工3家旗舰企业精准扶持。")).toEqual([]);
    expect(values("实施健康知识普及行动等15个专项行动。")).toEqual([]);
    expect(values("落实能源绿色低碳转型、节能降碳增效等碳达峰试点8项专项行动。")).toEqual([]);
    expect(values("围绕龙头企业3家骨干企业精准扶持。")).toEqual([]);
    expect(values("入境俄蒙8座以下小汽车延伸到全域。")).toEqual([]);
  });
});

describe("what a number belongs to", () => {
  it("a bare verb takes the topic of the clause before it", () => {
    expect(targetsOf("继续推进棚户区改造,完成800户。").map(brief)).toEqual(["棚户区改造|=|800|户|increment"]);
  });
  it("a year's scope may stand between the verb and the number put first", () => {
    expect(targetsOf("确保按照时限要求,完成2019年度7.89亿元政府隐性债务化解目标。", 2019).map(brief)).toEqual(["政府隐性债务化解|=|7.89|亿元|increment"]);
  });
  it("an amount before 的…计划/目标/任务 is that plan's value", () => {
    expect(values("完成37.8亿元的年度投资计划。")).toEqual([37.8]);
    expect(values("不折不扣完成粮食播种面积5.5万亩、总产量1.9万吨目标任务。")).toEqual([5.5, 1.9]);
  });
  it("a definition is no target; 同比 is the past unless the sentence sets a target", () => {
    expect(values("超大城市指城区常住人口在1000万以上。")).toEqual([]);
    expect(values("力争实现全年营业收入同比增长20%。")).toEqual([20]);
    expect(values("营业收入同比增长20%。")).toEqual([]);
  });
  it("a year's planned investment and projects, events held and aggregates completed get their kinds", () => {
    expect(targetsOf("年度计划投资371亿元,新签约社会投资项目85个以上,举办赛事30场以上,固定资产投资计划完成467亿元,婴儿死亡率控制在4‰以下。", 2017)
      // (a rate per thousand named as a rate is a share, as the labelled sets mostly take it)
      .map((t) => `${t.value}:${t.kind}`)).toEqual(["371:increment", "85:increment", "30:increment", "467:level", "4:share"]);
  });
  it("conditions are no targets: a threshold on the noun after 的, a group opened by 对于, a grant's rate in the next clause", () => {
    expect(values("4.对于利用老旧建筑改造为养老设施,面积大于1000平方米的项目,采用承诺制方式办理。")).toEqual([]);
    expect(values("2.对于500张床位以上、规模较大的养老项目,允许企业分期合理开发。")).toEqual([]);
    expect(values("省级按该款产品首轮流片合同金额的30%,给予一次性奖补。")).toEqual([]);
    // …while a count of such nouns, or a floor the city must cope with, stays a target
    expect(values("到2025年,建成面积大于1000平方米的公园5个。")).toEqual([5]);
    expect(values("中心城区要有效应对不低于50年一遇的暴雨。")).toEqual([50]);
  });
  it("a note under a table that says what an indicator means sets nothing", () => {
    expect(values("1 指每万人口居民拥有的在海外有同族专利权、维持年限超过10年的发明专利件数。")).toEqual([]);
    expect(values("注:高技术制造业是指研发投入强度超过5%的行业。")).toEqual([]);
  });
  it("the items of a list share the last one's head: 18小时、24小时、48小时游产品 are names", () => {
    expect(values("推出18小时、24小时、36小时、48小时游产品。")).toEqual([]);
  });
  it("names, section numbers and sessions are no quantities", () => {
    expect(values("2.3.2 人民群众生活更有品质。认真落实省委十届十一次、十二次全会部署。")).toEqual([]);
  });
});

describe("headings inside run-on text and the review part of a report", () => {
  const report = "正文。一、2024年工作情况(一)深化改革细化形成72项具体举措,完成78%改革任务,国有企业核心竞争力和核心功能明显增强。二、2025年工作安排(一)扩大投资新开工项目60个以上,推动重点项目加快建设。";

  it("splits a run-on line where headings begin", () => {
    const segments = inlineSegments(report, { start: 0, end: report.length }).map((s) => report.slice(s.start, Math.min(s.end, s.start + 6)));
    expect(segments).toEqual(["正文。", "一、2024", "(一)深化改", "二、2025", "(一)扩大投"]);
  });

  it("a review section stays past inside a run-on line; the plan's targets count", () => {
    expect(allTargetsOf(report, 2025).map((t) => [t.value, t.year])).toEqual([[60, 2025]]);
  });

  it("an excerpt starting inside a report's review: what comes before 二、…工作安排 is past", () => {
    const excerpt = "旅游服务体系得到加强,全年新建公园8个,累计接待游客2200万人次,知名度美誉度大幅度攀升。过去五年,我们取得了显著成绩,群众享受到的绿色福利越来越多。二、2021年工作安排新建5G基站620个。";
    expect(allTargetsOf(excerpt, 2021).map((t) => t.value)).toEqual([620]);
  });

  it("a heading's title cut at a comma still gives its year", () => {
    const doc = "二、锚定目标,奋力开启“十四五”新征程到2025年,地区生产总值达到500亿元。三、脚踏实地,做实做细做成2021年工作增长8%左右的目标,新建5G基站620个。";
    expect(allTargetsOf(doc, 2021).map((t) => [t.value, t.year])).toEqual([[500, 2025], [8, 2021], [620, 2021]]);
  });

  it("a past statement continued after a semicolon stays past", () => {
    expect(allTargetsOf("2020年,全区常住人口385981人,60岁及以上人口65448人;65岁及以上人口47678人。", 2023)).toEqual([]);
  });
});

describe("document furniture and tables from PDF text", () => {
  it("page numbers glued to the start of lines (12, 13, 14 …) are left out", () => {
    const doc = ["经济保持增长,增长率预期与全国基", "12本一致,研发投入比例达到", "4.5%左右。城镇调查失业率", "13稳定在5.5%以内。", "14上海市主要指标"].join("\n");
    const { targets } = extract(doc, { docYear: 2021 });
    expect(targets.map((t) => t.value)).toEqual([4.5, 5.5]);
  });

  it("PDF rows opening with their serial number, with cells pushed to the lines around them", () => {
    const doc = ["主要指标", "序 “十四五”目标", "指 标 单位 属性", "号", "2025年 年均[累计]", "1 全市生产总值年均增长率 % 预期性 - 5左右",
      "万元/", "2 全员劳动生产率 预期性 36左右 -", "人", "全社会研发经费支出相当于", "3 % 预期性 4.5左右 -", "全市生产总值比例",
      "4 城镇调查失业率 % 预期性 - <5.5"].join("\n");
    expect(targetsOf(doc, 2021).map((t) => `${t.indicator}|${t.comparator}|${t.value}|${t.unit}|${t.kind}|${t.binding}`)).toEqual([
      "全市生产总值年均增长率|~|5|%|growth|false", "全员劳动生产率|~|36|万元/人|level|false",
      "全社会研发经费支出相当于全市生产总值比例|~|4.5|%|share|false", "城镇调查失业率|<|5.5|%|share|false",
    ]);
  });

  it("a table by year whose cells ran together", () => {
    const doc = "表3分年度目标表 年份累计托位数(个)每千人口托位数(个)2021年6101.582022年9752.52023年13723.52024年157642025年17824.5 三、重点任务";
    expect(targetsOf(doc, 2023).map((t) => `${t.indicator}|${t.value}|${t.year}`)).toEqual([
      "累计托位数|1372|2023", "每千人口托位数|3.5|2023", "累计托位数|1576|2024", "每千人口托位数|4|2024", "累计托位数|1782|2025", "每千人口托位数|4.5|2025",
    ]);
  });

  it("run-together rows with a unit in the name, responsible units and a part restarting the numbering", () => {
    const doc = "表1主要指标表 序号指标名称2020年完成值2025年目标值责任单位养老方面1养老服务床位总量（张）25783000区社会事业局托育方面1新生儿访视率（%）89.8690区卫健局 二、重点任务";
    expect(targetsOf(doc, 2023).map((t) => `${t.indicator}|${t.value}|${t.baseValue}|${t.responsible.join("、")}`)).toEqual([
      "养老服务床位总量|3000|2578|区社会事业局", "新生儿访视率|90|89.86|区卫健局",
    ]);
  });

  it("run-together rows of five year columns, each year a target of its own", () => {
    const doc = "专栏1主要指标类别序号指标名称单位2021年2022年2023年2024年2025年属性收入和就业1城乡技能培训人数人/年115115115115115预期性" +
      "社会保障2护理补贴覆盖率%99999999100约束性3医疗保险参保率%95959696≥96预期性三、主要任务";
    expect(targetsOf(doc, 2022).map((t) => `${t.indicator}|${t.comparator}${t.value}|${t.year}`)).toEqual([
      "城乡技能培训人数|=115|2022", "城乡技能培训人数|=115|2023", "城乡技能培训人数|=115|2024", "城乡技能培训人数|=115|2025",
      "护理补贴覆盖率|=99|2022", "护理补贴覆盖率|=99|2023", "护理补贴覆盖率|=99|2024", "护理补贴覆盖率|=100|2025",
      "医疗保险参保率|=95|2022", "医疗保险参保率|=96|2023", "医疗保险参保率|=96|2024", "医疗保险参保率|>=96|2025",
    ]);
    // a count per year (人/年) is an amount added each year
    expect(targetsOf(doc, 2022).slice(0, 4).map((t) => `${t.kind}|${t.period}`)).toEqual(Array(4).fill("increment|annual"));
  });
});

describe("documents that only review a year", () => {
  it.each([
    ["a bulletin named by its title", "2025年某市国民经济和社会发展统计公报\n某市统计局\n2026年4月24日\n初步核算,全年全市地区生产总值15244.6亿元,比上年增长5.4%。全年城镇新增就业14.17万人。"],
    ["a bulletin headed by a statistics bureau", "某州统计局\n2024年5月7日\n2023年,全州上下深入贯彻新发展理念。全年新增城镇就业3.2万人,年末常住人口城镇化率达到55%。"],
  ])("%s states the past: its year, and no targets", (_, doc) => {
    const r = extract(doc, { mentions: true });
    expect(r.targets).toEqual([]);
    expect(r.mentions!.filter((m) => /万|%|亿/.test(m.text)).every((m) => m.role === "past")).toBe(true);
    expect(r.document.docYear).toBe(/2025年某市/.test(doc) ? 2025 : 2023);
  });
});

describe("PDF text that spaces its numbers (到 2025 年全市再新增 600 万千瓦)", () => {
  it("a verb, a number and its unit read as one phrase across the spaces and a wrapped line", () => {
    expect(values("积极推进电网调峰能力建设，力争到 2025 年全市再新增 600 万千瓦电力供应\r\n能力。")).toEqual([600]);
    expect(values("结合新城建设等新建 50 座左右社区公园，满足市民日常休闲需求。")).toEqual([50]);
    expect(values("托市级重点生态廊道、环淀山湖、环崇明岛等新建绿道 1000 公\r\n里。整合优化自然保护地。")).toEqual([1000]);
    expect(targetsOf("到 2025 年主要劳动年龄人口平均\r\n受教育年限达到 13 年。").map((t) => `${t.value}${t.unit}|${t.year}`)).toEqual(["13年|2025"]);
  });

  it("a line opening with a quantity continues the sentence; it is no numbered heading", () => {
    expect(values("加大供应力度，到 2025 年形成租赁住房供应\r\n40 万套（包括间、宿舍床位）以上。进一步发挥住房公积金制\r\n度作用。")).toEqual([40]);
  });

  it("a table row extracted from a PDF keeps its spaces (words, numbers and marks spaced apart)", () => {
    const table = "主要指标\r\n序号 指标 单位 属性 2025年\r\n1 森林覆盖率 % 约束性 19.5\r\n2 全员劳动生产率 万元/人 预期性 36左右\r\n";
    expect(values(table).sort((a, b) => a - b)).toEqual([19.5, 36]);
  });
});

describe("counts set by a verb", () => {
  it("the noun of a count ends where the next number begins, which takes the same verb after 和", () => {
    expect(targetsOf("严格落实202万亩耕地和150万亩永久基本农田的保护目标。").map(brief)).toEqual([
      "耕地|=|202|万亩|level", "永久基本农田的保护|=|150|万亩|level",
    ]);
    expect(targetsOf("严格落实202万亩耕地特别是150万亩永久基本农田的保护目标。").map((t) => t.value)).toEqual([202, 150]);
    expect(targetsOf("培育100家年销售收入1亿元以上的农业龙头企业。").map((t) => t.indicator)).toEqual(["年销售收入1亿元以上的农业龙头企业"]);
  });

  it("a verb right before a count sets it; a bound after it describes what is counted", () => {
    expect(values("壮大新型农业经营主体，培育100家年销售收入1亿元以上的农业龙头企业。")).toEqual([100]);
    expect(values("农产品比例达到 70%以上。壮大新型农业经营主体，培育 100\r\n家年销售收入 1 亿元以上具有核心竞争力的农业龙头企业，鼓励家庭农场发展。")).toEqual([70, 100]);
  });

  it("一 counts after a minimum (至少建成一所); 建成一个统一的平台 is a phrase", () => {
    expect(targetsOf("每个乡镇至少建成一所具有独立法人资格的公办中心幼儿园。").map((t) => `${t.value}${t.unit}|${t.comparator}|${t.kind}`)).toEqual(["1所|>=|level"]);
    expect(values("建成一个统一的平台。")).toEqual([]);
  });

  it("a count for each member of a group is a level; a count carried to a clause without a verb keeps the verb's kind", () => {
    expect(targetsOf("各中小学至少配备1名专职或兼职心理健康教育教师。")[0].kind).toBe("level");
    // a verb of building new still adds, for each member too (seed 000's gold)
    expect(targetsOf("每个街道至少建设1家社区嵌入式养老服务机构(综合体)。")[0].kind).toBe("increment");
    expect(targetsOf("到2025年，培育专精特新中小企业1万家，专精特新“小巨人”企业1000家左右，单项冠军企业达到100家。").map((t) => t.kind)).toEqual(["increment", "increment", "level"]);
  });

  it("a share of a place or part that reaches a standard (40%建成区达到海绵城市建设要求)", () => {
    expect(targetsOf("持续推进海绵城市建设，到2025年40%建成区达到海绵城市建设要求，中心城35%左右面积达到3-5年一遇雨水排水能力。").filter((t) => t.unit === "%").map((t) => t.value)).toEqual([40, 35]);
  });

  it("现有 after a verb that works with what exists is no review (依托现有生态资源)", () => {
    expect(values("依托现有生态资源，促进林地、田地等生态空间组合，改建50座左右开放休闲林地公园。")).toEqual([50]);
    expect(values("现有养老机构15家，床位1200张。")).toEqual([]);
  });

  it("an age bounds who a noun is for (推进0-6岁儿童残疾筛查); 划定 N 个分区 describes a plan", () => {
    expect(values("推进0-6岁儿童残疾筛查。")).toEqual([]);
    expect(values("划定5个一级生态修复分区。")).toEqual([]);
  });
});

describe("rules, weights and tiers that are no targets; amounts that are", () => {
  it("a procedure's time limit is a rule; a service time cut to a limit is a target", () => {
    expect(values("情况复杂的，经批准可以延长，延长期限不超过7个工作日。")).toEqual([]);
    expect(values("企业开办时间压缩至1个工作日。")).toEqual([1]);
  });

  it("the weights of a scoring formula are no targets", () => {
    expect(values("半年考评分值=日常监测（60%）+实地调研（20%）+民意调查（10%）+第三方评估（10%）。")).toEqual([]);
  });

  it("a bandwidth tier named in words is a name; a number of 兆 is an amount", () => {
    expect(allTargetsOf("分批次实现千兆光网覆盖。").map((t) => t.value)).toEqual([]);
    expect(allTargetsOf("力争实现50兆进牧户。").map((t) => `${t.value}${t.unit}`)).toEqual(["50兆"]);
  });

  it("城乡 with 分别 and one value names two indicators, town and country", () => {
    expect(targetsOf("今年主要预期目标是：城乡居民人均可支配收入分别增长7.5%。", 2018).map((t) => `${t.indicator}|${t.value}|${t.year}`))
      .toEqual(["城镇居民人均可支配收入|7.5|2018", "农村居民人均可支配收入|7.5|2018"]);
  });

  it("今年 between a verb and its count; a count of neighbours that exist describes", () => {
    expect(values("就是要全力完成今年66个重点项目54亿元的投资计划。")).toEqual([66, 54]);
    expect(values("强化与周边7个口岸的协作联动。")).toEqual([]);
  });
});


describe("a list of projects introduced by 如下", () => {
  const news = "1月21日上午,区人大代表现场投票表决,从12个候选项目中,票决确定2025年10项区级民生实事项目。\n" +
    "2024年10月,区里启动民生实事候选项目征集工作,共收集民生实事项目136件。对初步报送的136件民生实事项目进行论证筛选,最终选定12件候选项目。\n" +
    "代表票决确定2025年10项民生实事项目如下:\n一、校门升降防撞柱安装项目\n27所中小学(幼儿园)校门口安装升降防撞柱。\n" +
    "二、社区综合服务提升改造项目\n对社区服务大厅改造,修缮约500m²。\n三、旅游小镇打造项目\n制作14个道路旅游标识牌。\n";

  const all = extract(news, { docId: "t" }).targets;

  it("the list's year holds across its numbered items; areas in m² are amounts", () => {
    const byValue = new Map(all.map((t) => [t.value, t]));
    expect(byValue.get(500)?.year).toBe(2025);
    expect(byValue.get(500)?.unit).toBe("m²");
    expect(byValue.get(14)?.year).toBe(2025);
  });

  it("the steps of choosing the projects (收集, 报送, 票决确定) are not ticked", () => {
    const ticked = all.filter((t) => t.confidence !== "low").map((t) => t.value);
    expect(ticked).not.toContain(136);
    expect(ticked).not.toContain(10);
    expect(ticked).toEqual(expect.arrayContaining([500, 14]));
  });
});

describe("the work a verb is to finish", () => {
  it("a count after 等 sizes the work a verb does on the listed items; it sums up a list of programs or of items no verb works on", () => {
    expect(values("年内完成孙家屯、哈克村等7个现代牧场建设任务。")).toEqual([7]);
    expect(values("年内启动博泰机械、强力水泥等8家企业迁建工作。")).toEqual([8]);
    expect(values("对贝尔大街等7条主干道路进行综合改造。")).toEqual([7]);
    expect(values("实施健康知识普及行动等15个专项行动。")).toEqual([]);
    expect(values("提升平台经济、两岸影视合作等8个重点平台建设效能。")).toEqual([]);
    expect(values("广州市卫生健康委等4部门关于印发推进家庭医生签约服务实施方案的通知")).toEqual([]);
  });

  it("the verb reaches past the rest of the first item to a count after 和", () => {
    expect(values("完成3万亩退耕还林工程的补植、管护任务和3000亩重点区域绿化工作任务。")).toEqual([3, 3000]);
  });

  it("an unbounded amount right after its verb sizes the work after 的; a project's total describes it", () => {
    expect(values("完成9.2公里的城区供水主管网改造。")).toEqual([9.2]);
    expect(values("推动总投资26亿元的项目开工。")).toEqual([]);
  });

  it("年末 with 同比 in the year's plan sets a target", () => {
    expect(values("引导扶持马铃薯种薯基地规模化发展。年末规模以上企业销售收入达到81亿元，同比增长16%。")).toEqual([81, 16]);
  });
});

describe("a phase between a verb and its number; 做好 sets an amount of work", () => {
  it("reads 完成二期170万平方米… and 做好22.8公里道路的扩建", () => {
    expect(values("完成二期170万平方米供热改造任务。")).toEqual([170]);
    expect(values("做好22.8公里道路的扩建和绿化。")).toEqual([22.8]);
  });
});

describe("a yearly list of livelihood projects (民生实事)", () => {
  it("今年 / 本年 before the verb are no part of the indicator", () => {
    expect(targetsOf("今年新建改建农村公路1000公里。", 2024).map(brief)).toEqual(["新建改建农村公路|=|1000|公里|increment"]);
    expect(targetsOf("本年新增城镇就业2万人。", 2024).map(brief)).toEqual(["新增城镇就业|=|2|万人|increment"]);
  });

  it("the count of the projects themselves and a batch a place belongs to are no targets", () => {
    expect(values("省政府2025年10件惠民实事正式确定。", 2025)).toEqual([]);
    expect(values("票决产生2025年度12件民生实事项目。", 2025)).toEqual([]);
    expect(values("温州作为全国首批14个建设国家儿童友好城市,儿童友好工程入选。", 2025)).toEqual([]);
    expect(values("入选第二批15个国家级试点城市。", 2025)).toEqual([]);
  });

  it("新 before a verb of adding makes an amount added; an indicator named as growth is a growth", () => {
    expect(targetsOf("新配置午休躺睡设备20300套。", 2025).map(brief)).toEqual(["新配置午休躺睡设备|=|20300|套|increment"]);
    expect(targetsOf("对10类重点就业群体新发放创业担保贷款不低于80亿元。", 2025).map((t) => `${t.value}:${t.kind}`)).toEqual(["80:increment"]);
    expect(targetsOf("经济增长预期目标为5%左右。", 2024).map((t) => `${t.value}:${t.kind}`)).toEqual(["5:growth"]);
    // (a price's 升幅 and an amount's goal in %: 设定GDP目标为4.5%至5%)
    expect(targetsOf("居民消费价格升幅2%左右。今年设定GDP目标为4.5%至5%。", 2026).map((t) => `${t.value}:${t.kind}`)).toEqual(["2:growth", "4.5:growth"]);
    expect(targetsOf("地区生产总值增7.5%-8%。", 2016).map((t) => `${t.value}:${t.kind}`)).toEqual(["7.5:growth"]);
    // (who leads the work may stand between the will and the verb: 将牵头建设…)
    expect(targetsOf("2025年,上海市体育局将牵头建设社区市民健身中心30个。", 2025).map((t) => `${t.value}:${t.kind}`)).toEqual(["30:increment"]);
  });

  it("places upgraded (提升 N 个) and people a service reaches (康复救助 N 人) are amounts added", () => {
    expect(targetsOf("提升家庭教育个案咨询指导点14个;康复救助孤独症儿童1600人。", 2025).map((t) => `${t.value}:${t.kind}`)).toEqual(["14:increment", "1600:increment"]);
  });
});

describe("a share standing as the adverb of its verb", () => {
  it("为…100%提供 reads as a share of the subject the verb reaches", () => {
    expect(targetsOf("为持有居住证的农民工随迁子女100%提供公办学位。", 2025).map((t) => `${t.value}:${t.unit}:${t.kind}`)).toEqual(["100:%:share"]);
    expect(targetsOf("全县行政村95%以上覆盖5G网络。", 2025).map((t) => `${t.value}:${t.comparator}`)).toEqual(["95:>="]);
  });
});

describe("pasted lists of projects: bullets, item marks and the year of the projects counted", () => {
  it("a bullet or a star marking an item is no part of the indicator and no formula", () => {
    expect(targetsOf("▶建成保障性租赁住房352套。", 2025).map(brief)).toEqual(["建成保障性租赁住房|=|352|套|increment"]);
    expect(values("新增1家社区长者食堂、*3家乡村长者照护之家。", 2025)).toEqual([1, 3]);
    expect(values("1.*改建认知障碍照护床位220张。", 2025)).toEqual([220]);
  });

  it("an earlier year between a verb and its count names the projects counted; the sentence is no review", () => {
    expect(targetsOf("实施城镇老旧小区改造,完工2024年9个续建老旧小区改造项目,新开工5个老旧小区改造项目。", 2025).map((t) => `${t.value}:${t.year}`))
      .toEqual(["9:2025", "5:2025"]);
  });

  it("the people a service is for are counted (6万余名); how often each gets it is a norm", () => {
    expect(targetsOf("每学年为6万余名中小学生开展1次心理健康测评。", 2025).map((t) => `${t.value}:${t.unit}:${t.comparator}:${t.period}`)).toEqual(["6:万名:>:annual"]);
  });

  it("how many parts a text has and how many projects a list holds set nothing", () => {
    expect(values("坚定不移做好6个方面工作。", 2025)).toEqual([]);
    expect(values("今年,重庆将接续办好15件重点民生实事。", 2025)).toEqual([]);
  });

  it("people screened, places a verb of work ends on and things opened are amounts added", () => {
    expect(targetsOf("免费开展脑卒中高危人群筛查4000人;启动中心城区交通堵点乱点分类治理60处;开设未成年人公益托管营15个以上。", 2025).map((t) => `${t.value}:${t.kind}`))
      .toEqual(["4000:increment", "60:increment", "15:increment"]);
  });
});

describe("sessions held", () => {
  it("a number of sessions closing its clause or bounded is a count; a phase (二期工程, 3期项目) is a name", () => {
    expect(targetsOf("托管服务60期以上;举办培训班20期。", 2025).map((t) => `${t.value}:${t.unit}:${t.kind}`)).toEqual(["60:期:increment", "20:期:increment"]);
    expect(values("推进二期工程建设,完成3期项目。", 2025)).toEqual([]);
  });
});

describe("a report's review inside a news page, and the words around a 2026 list", () => {
  it("a past statement goes on into the next sentences that name no year and set nothing", () => {
    const page = "吉林省2026年经济社会发展主要预期目标是:地区生产总值增长5%左右。\n胡玉亭说,“十四五”期间,地区生产总值达到1.5万亿元。人均地区生产总值增长25%左右。这五年,产业结构持续优化。战略性新兴产业占比达18.9%。\n今年要新增城镇就业20万人。";
    expect(extract(page).targets.map((t) => t.value)).toEqual([5, 20]);
  });

  it("how often a word occurs sets nothing; 实现有条件 holds no 现有", () => {
    expect(values("报告中,“发展”出现67次,“建设”出现57次。", 2026)).toEqual([]);
    expect(values("新增11个中医阁,实现有条件的社区卫生服务中心全覆盖。", 2026)).toEqual([11, 100]);
  });

  it("启动 sets the amount of work after it; jobs offered, people helped into work and things installed are amounts added", () => {
    expect(values("启动5万平方米里弄房屋修缮。", 2022)).toEqual([5]);
    expect(targetsOf("归集发布就业岗位6万个;促进失业人员就业1.5万人;为老旧小区充电场所安装消防设施157处。", 2026).map((t) => `${t.value}:${t.kind}`))
      .toEqual(["6:increment", "1.5:increment", "157:increment"]);
  });
});

describe("a bound alone in its clause, class hours, projects chosen", () => {
  it("a bound alone takes the clause before it as its indicator, even a long one", () => {
    expect(targetsOf("为符合条件的老年人家庭应装尽装“一键式”智能服务终端,不少于1800户。", 2026).map((t) => `${t.value}:${t.comparator}`)).toEqual(["1800:>="]);
  });
  it("class hours are counted; projects chosen from the candidates are a step of choosing", () => {
    expect(values("配送科学健身指导课程200课时。", 2022)).toEqual([200]);
    expect(values("从候选项目中选出10项。", 2026)).toEqual([]);
  });
});

describe("a news page's section marks, a list's own counts, ratios, pitches", () => {
  it("■ marks a section: a past year's report card is past, the year's targets count", () => {
    const page = "长江日报 2025年01月17日\n■ 2024年成绩单\n●预计全省地区生产总值增长6%左右\n●粮食总产达到557亿斤\n■ 2025年经济社会发展的主要预期目标\n●经济增长6%左右\n●粮食产量继续保持500亿斤以上\n";
    expect(extract(page).targets.map(brief)).toEqual(["经济|~|6|%|growth", "粮食产量|>=|500|亿斤|level"]);
  });

  it("how many items a list of 实事 holds, however it is said, sets nothing", () => {
    expect(values("上海发布2023年上海市为民办实事项目,共安排十方面共32项。与2022年相比,新增14项。2023年新增14项包括:建设30家智慧养老院。", 2023)).toEqual([30]);
  });

  it("a gap or ratio to one a verb narrows; a count after 等 that a verb of adding sets; pitches counted, 片区 a noun", () => {
    expect(values("城乡居民收入差距控制在2.2:1以内,人均收入比缩小至2.3:1。", 2025)).toEqual([2.2, 2.3]);
    expect(values("新增单项冠军、独角兽和科创上市企业等10家。", 2024)).toEqual([10]);
    // (and a bounded count of the events a verb of holding lists: 举办…等100场以上; not the bare count of a list, …等28个单位)
    expect(values("全年举办大型体育赛事、音乐会、演唱会等100场以上。", 2025)).toEqual([100]);
    expect(values("组织市直机关、国有企业等28个单位参加。", 2025)).toEqual([]);
    // (a count after 、 goes on the list of counts its verb opened, 的 and all: 打造3个以上的…产品、5个以上的…产品)
    expect(values("至2027年底打造3个以上的量产人形机器人产品、5个以上的量产仿生机器人产品。", 2025)).toEqual([3, 5]);
    // (a network's latency in milliseconds; a circle named by it is no target)
    expect(values("实现省内各城市之间网络时延低于3毫秒,天府集群到重庆集群网络时延低于3毫秒。", 2024)).toEqual([3, 3]);
    expect(values("构建城市内1毫秒时延圈。", 2024)).toEqual([]);
    // (years of schooling raised by an amount: 受教育年限再增长0.4年, as …提高到11.7年)
    expect(values("推动劳动年龄人口平均受教育年限再增长0.4年。", 2026)).toEqual([0.4]);
    expect(values("新建改建80片市民多功能运动场;建设3片区。", 2021)).toEqual([80]);
    expect(targetsOf("投资科创项目超100个。", 2024).map((t) => t.kind)).toEqual(["increment"]);
  });
});

describe("a list written with spaces for punctuation", () => {
  it("counts alike separated by a space are items of a list; the year's list of 实事 is counted by neither", () => {
    expect(values("实施就业专项扩岗行动 计划开展20场以上线上线下招聘会 组织30场以上校园招聘活动", 2026)).toEqual([20, 30]);
    expect(values("票决确定了10项年度市政府民生实事项目。", 2026)).toEqual([]);
  });
});

describe("a numbered list of a year's projects (一、建设…2处)", () => {
  it("the item's number is no part of the name, so its verb sets the kind", () => {
    expect(targetsOf("四、建设镇级综合养老服务中心2处。\n五、建成社区健身路径10条、行政村健身场地10个。", 2026).map(brief))
      .toEqual(["建设镇级综合养老服务中心|=|2|处|increment", "建成社区健身路径|=|10|条|increment", "行政村健身场地|=|10|个|increment"]);
  });

  it("repairs and new roads are work done; the people a project reaches are its reach", () => {
    expect(targetsOf("二、维修干支渠道16.43公里,改善灌溉面积1.58万亩,惠及3.58万人。\n六、新修产业路42公里。", 2026).map((t) => `${t.value}|${t.kind}`))
      .toEqual(["16.43|increment", "1.58|increment", "3.58|level", "42|increment"]);
    expect(targetsOf("五、建成农村供水保障工程9处,惠及1.2万人。", 2026).map((t) => `${t.value}|${t.kind}`)).toEqual(["9|increment", "1.2|level"]);
  });
});

describe("verbs of renewal and relocation add work done", () => {
  it.each([
    ["年度完成投资1.1万亿元左右。", "年度完成投资"],
    ["新改扩建中小学校50所以上。", "新改扩建中小学校"],
    ["更新住宅老旧电梯3000台。", "更新住宅老旧电梯"],
    ["疏解提质一般制造业企业80家。", "疏解提质一般制造业企业"],
  ])("%s", (sentence, indicator) => {
    expect(targetsOf(sentence, 2026).map((t) => [t.indicator, t.kind])).toEqual([[indicator, "increment"]]);
  });

  it("a heading 2026年工作目标 names the year of the work under it", () => {
    expect(documentYear("二、2026年工作目标\n新建公园10个。", null, null)).toEqual({ year: 2026, source: "text" });
  });
});

describe("an age inside a counted noun; counts that describe a session or a list", () => {
  it("为1000名75~79周岁失能老年人提供…: the age qualifies the people counted", () => {
    expect(targetsOf("4. 为1000名75~79周岁失能社会老年人提供居家上门服务;", 2026).map((t) => [t.value, t.unit])).toEqual([[1000, "名"]]);
    const roles = (extract("为1000名75~79周岁失能社会老年人提供居家上门服务。", { docYear: 2026, mentions: true }).mentions ?? []).map((m) => [m.text, m.role]);
    expect(roles).toContainEqual(["75~79", "qualifier"]);
  });

  it("projects entered into the year's list, attendance at the session and the report's count of indicators set nothing", () => {
    expect(values("今年我县共10个项目被列入2026年政府民生实事项目。", 2026)).toEqual([]);
    expect(values("大会应到代表877名,出席839名,出席人数符合法定人数。", 2026)).toEqual([]);
    expect(values("报告提出了经济发展、创新驱动、民生福祉、绿色低碳、安全保障五大类23个主要指标。", 2026)).toEqual([]);
  });
});

describe("a short line over a paragraph of a web page", () => {
  it("stands alone: the review after it does not make it past", () => {
    const page = "在接下来一年中,广东将全面发力,重点抓好14个方面的工作,包括推动粤港澳大湾区建设,打造富有活力和国际竞争力的一流湾区和世界级城市群,加快培育和发展新质生产力。\n稳中求进\nGDP预期增长4.5%-5%,在实际工作中全力争取更好结果\n报告指出,2025年作为“十四五”规划收官之年,广东经济运行稳中有进。这一年,全省地区生产总值增长3.9%,总量连续第37年位居全国第一。\n";
    expect(extract(page, { docYear: 2026 }).targets.map((t) => [t.value, t.valueMax, t.year])).toEqual([[4.5, 5, 2026]]);
  });
});

describe("two counts of one piece of work; the length of a free service", () => {
  it("a count right after a count measures the same work in another unit (25个1697户, 6条20公里)", () => {
    expect(targetsOf("六、改造老旧小区25个1697户。\n九、实施农村公路安防工程6条20公里,新建桥梁3座。", 2026).map((t) => `${t.indicator}|${t.value}|${t.unit}`))
      .toEqual(["改造老旧小区|25|个", "改造老旧小区|1697|户", "实施农村公路安防工程|6|条", "实施农村公路安防工程|20|公里", "新建桥梁|3|座"]);
  });

  it("免费住15天 is how long a service lasts, not an amount to reach", () => {
    expect(values("推出应届毕业生来深求职“免费住15天”服务,新增就业岗位1000个。", 2025)).toEqual([1000]);
  });
});

describe("a growth target set by name", () => {
  it("全市生产总值(GDP)增长目标设定为5%左右 is a growth", () => {
    expect(targetsOf("其中,全市生产总值(GDP)增长目标设定为5%左右。", 2026).map((t) => [t.indicator, t.kind])).toEqual([["全市生产总值(GDP)增长目标", "growth"]]);
  });
});

describe("对 naming the object of work", () => {
  it("对三茅街道55个住宅的老旧电梯进行更新改造: the count is the work to do, not a group a rule applies to", () => {
    expect(targetsOf("对三茅街道55个住宅的老旧电梯进行更新改造。", 2026).map((t) => [t.value, t.unit])).toEqual([[55, "个"]]);
    expect(values("对年人均纯收入低于7800元的农户给予补助。", 2026)).toEqual([]);
  });
});

describe("a summary written with spaces for punctuation", () => {
  it("two or more spaces between words split its clauses, so each count is read in its own", () => {
    expect(values("推进青少年关心关爱项目 开展托苗计划为困境孤独症等儿童提供不低于30天的托养照护 走访慰问全市不低于120名困境儿童 建设5个省级初中标准化学校", 2026)).toEqual([120, 5]);
  });

  it("a count of projects a list of 实事 holds is seen however far its 实事 stands (10项年度市政府民生实事项目)", () => {
    expect(values("人民代表大会第五次会议于2026年1月16日票决确定了10项年度市政府民生实事项目。", 2026)).toEqual([]);
  });

  it("the 千 of a unit (8.72千米) is no second number", () => {
    const mentions = extract("新建道路8.72千米。", { docYear: 2026, mentions: true }).mentions ?? [];
    expect(mentions.map((m) => m.text)).toEqual(["8.72千米"]);
  });
});

describe("more measure words, grades and lists a verb of work opens", () => {
  it("lamps and wells are counted (1000盏, 20眼); a voltage grade opens the noun it names (4座110千伏变电站)", () => {
    expect(targetsOf("在全县安装太阳能路灯1000盏。新打机井20眼。", 2025).map((t) => `${t.value}|${t.unit}|${t.kind}`)).toEqual(["1000|盏|increment", "20|眼|increment"]);
    expect(targetsOf("建设香积变等4座110千伏变电站。", 2022).map((t) => `${t.value}|${t.unit}|${t.indicator}`)).toEqual(["4|座|110千伏变电站"]);
  });

  it("a count after a list that a verb of work opens is the work to do (新建兰州东、兰州北2个收费站; 拆除…等5个现有收费站)", () => {
    expect(values("拆除北龙口、天水路等5个现有收费站,新建兰州东、兰州北2个收费站。", 2019)).toEqual([5, 2]);
    expect(values("围绕隆华新材料、国井集团、飞源化工3家“旗舰”企业,延伸产业链。", 2019)).toEqual([]);
  });

  it("a place between the verb and its count (维修更换农村37处的机泵)", () => {
    expect(targetsOf("维修更换农村37处的机泵、阀门。", 2025).map((t) => `${t.value}|${t.unit}|${t.kind}`)).toEqual(["37|处|increment"]);
  });

  it.each([
    ["重点养护600公里。", 600],
    ["主要铺设雨水管网345米。", 345],
    ["省“尖兵”“领雁”立项7项以上。", 7],
    ["竣工8000套以上。", 8000],
    ["开工建设1万户。", 1],
    ["硬化道路10万平方米。", 10],
    ["引入社会资金2亿元。", 2],
  ])("work done within the period: %s", (sentence, value) => {
    expect(targetsOf(sentence, 2025).map((t) => `${t.value}|${t.kind}`)).toEqual([`${value}|increment`]);
  });
});

describe("sizes of a project and counts received", () => {
  it("a design capacity describes the plant to build (新建设计供水规模为6000立方米的水厂1座)", () => {
    expect(targetsOf("在马桥镇新建设计供水规模为6000立方米的水厂1座。", 2026).map((t) => `${t.value}|${t.unit}`)).toEqual(["1|座"]);
  });

  it("what a session received is a past fact (收到建议248件)", () => {
    expect(values("兰州市十六届人大二次会议收到建议248件。", 2019)).toEqual([]);
  });
});

describe("各 before a value after a list", () => {
  it("gives the value to each item (建设稻谷、玉米、马铃薯示范基地各10万亩)", () => {
    expect(targetsOf("建设稻谷、玉米、马铃薯示范基地各10万亩。", 2022).map((t) => `${t.value}|${t.unit}`)).toEqual(["10|万亩", "10|万亩", "10|万亩"]);
    expect(targetsOf("稻谷、玉米示范基地各10万亩。", 2022).map((t) => t.indicator)).toEqual(["稻谷", "玉米示范基地"]);
  });
});

describe("the reach of a project; work on a list of named places", () => {
  it("惠及17个乡镇 is the places a project reaches", () => {
    expect(values("安装太阳能路灯1000盏,惠及17个乡镇。", 2025)).toEqual([1000]);
  });

  it("对A、B等25条…瓶颈路进行改造提升: the count is the work to do", () => {
    expect(values("对南屯北街、新村路等25条市民反映强烈的瓶颈路进行改造提升。", 2026)).toEqual([25]);
  });
});

describe("person-times", () => {
  it("a service's person-times are a flow of the period; visitors received stay a level", () => {
    expect(targetsOf("服务覆盖学生和青少年不少于100万人次。", 2026).map((t) => t.kind)).toEqual(["increment"]);
    expect(targetsOf("全年接待游客580万人次。", 2026).map((t) => t.kind)).toEqual(["level"]);
  });
});

describe("limits of the rules above (cases they must leave alone)", () => {
  it("a past year named in passing does not make the next sentence past unless it points back (这一年)", () => {
    expect(extract("为落实规划,2025年,国务院批复了实施方案。新建公园10个。改造老旧小区120个。", { docYear: 2026 }).targets.map((t) => t.value)).toEqual([10, 120]);
  });

  it("a past year said to have gone well (顺利完成了, 好于预期) dates the figures after it; the next year's plan counts", () => {
    const news = "今天提交省人大会议审查的预算报告显示,2020年,全省财政运行好于预期,顺利完成了预算任务。全省一般公共预算总收入12515.67亿元。\n报告提出,2021年,全省一般公共预算收入安排6888亿元。";
    expect(extract(news, { docYear: 2021 }).targets.map((t) => t.value)).toEqual([6888]);
  });

  it("a paragraph whose long lead-in reports a speech on a past year (…作政府工作报告时指出,2025年…) reviews it, and the next paragraph's figures go on with it", () => {
    const news = "据微信公众号发布,孟凡利向大会作出政府工作报告时指出,2025年广东省经济运行稳中有进。广东省生产总值增长3.9%。\n报告指出,货物进出口总额增长4.4%。服务贸易增长12.5%。\n报告指出,2026年经济社会发展的主要预期目标是,广东生产总值增长4.5%至5%。";
    expect(extract(news, { docYear: 2026 }).targets.map((t) => t.value)).toEqual([4.5]);
  });

  it("a paragraph opening with a short word of discourse and a past year (进一步来看,2024年,…) reviews that year", () => {
    const news = "进一步来看,2024年,成都签约引进重大项目435个、总投资5679亿元,规模以上工业企业突破5000家。此外,成都坚持科技引领、成果转化,创新驱动多点突破。全市有效发明专利拥有量增长15%,9个国家重点研发计划项目成功在成都转化。\n报告提出了今年发展主要预期目标:地区生产总值增长5.7%以上。";
    expect(extract(news, { docYear: 2025 }).targets.map((t) => t.value)).toEqual([5.7]);
    // (a news source's words: 据了解,2020年,…)
    const greening = "上海将新增各类公园120座。\n据了解,2020年,上海全年完成造林9万亩。推进17条(片)重点生态廊道建设,全年新增绿地1202公顷。城市公园已增至406座。";
    expect(extract(greening, { docYear: 2021 }).targets.map((t) => t.value)).toEqual([120]);
    // (已 before a verb of what was done: 已密集举办680多场招聘活动)
    expect(extract("今年,上海人社部门已密集举办680多场招聘活动,提供就业岗位18.2万个。", { docYear: 2025 }).targets).toEqual([]);
  });

  it("what a goal builds on (…。在此基础上,2026年…目标为5%) is the base, stated before it in its paragraph", () => {
    const news = "科技方面,深圳的专精特新“小巨人”企业达1333家;全社会研发投入2453.1亿元,跃居全国城市第一。在此基础上,2026年深圳GDP预期增长目标为5%。";
    expect(extract(news, { docYear: 2026 }).targets.map((t) => t.value)).toEqual([5]);
    // (not without a goal after it: 在此基础上,进一步完善…)
    expect(extract("全年新建公园10个。在此基础上,进一步完善配套设施。", { docYear: 2026 }).targets.map((t) => t.value)).toEqual([10]);
  });

  it("a paragraph opening with a past year reviews it; the year's targets in the next paragraph count", () => {
    const report = "2024年,我省推动经济运行呈现良好态势。全年地区生产总值增长4.8%、总量达5.3万亿元,粮食总产达615.6亿斤。\n2025年经济社会发展主要预期目标是:地区生产总值增长5.5%左右。";
    expect(extract(report, { docYear: 2025 }).targets.map((t) => [t.value, t.year])).toEqual([[5.5, 2025]]);
  });

  it("a second count that does not close its clause counts another noun or bounds it", () => {
    expect(targetsOf("新建养老机构3个200张床位。", 2026).filter((t) => t.indicator === "新建养老机构").map((t) => t.value)).toEqual([3]);
    expect(values("新建10个5000平方米以上的口袋公园。", 2026)).not.toContain(5000);
  });

  it("an industry's size, a stock of land and coverage of villages stay targets", () => {
    expect(values("到2025年,工业设计产业规模达到100亿元。", 2024)).toEqual([100]);
    expect(targetsOf("到2025年,城乡建设用地面积控制在1000平方公里以内。", 2024).map((t) => t.kind)).toEqual(["level"]);
    expect(allTargetsOf("到2025年,5G网络覆盖100个村。", 2024).map((t) => t.value)).toEqual([100]);
  });

  it("a growth target set with 设为 keeps its name; an award won is an amount added", () => {
    expect(targetsOf("经济增长目标设为5%左右。", 2026).map((t) => [t.indicator, t.kind])).toEqual([["经济增长目标", "growth"]]);
    expect(targetsOf("到2027年,获得省科技进步奖2项以上。", 2023).map((t) => t.kind)).toEqual(["increment"]);
  });

  it("a report looked back on (对照2025年政府工作报告) names no year of work", () => {
    expect(documentYear("对照2025年政府工作报告,逐项落实。2026年主要预期目标是:增长5%。", null, null)).toEqual({ year: 2026, source: "text" });
  });
});

describe("provincial reports and district lists", () => {
  it("现有 states what exists only opening a clause or after a place; after a verb it is the object of work", () => {
    expect(values("推进现有23个“宝宝屋”扩优提质。", 2025)).toEqual([23]);
    expect(values("全市现有养老机构15家。", 2025)).toEqual([]);
  });

  it("按增长5%安排 sets the growth; a stretch value alone (力争3%) raises the target just named", () => {
    expect(targetsOf("今年主要预期目标是:地区生产总值按增长5%安排,在实际工作中努力争取更好结果。", 2026).map((t) => `${t.indicator}|${t.value}|${t.kind}`)).toEqual(["地区生产总值|5|growth"]);
    expect(targetsOf("区级一般公共预算收入增长2%,力争3%。", 2025).map((t) => `${t.indicator}|${t.value}|${t.kind}`))
      .toEqual(["区级一般公共预算收入|2|growth", "区级一般公共预算收入|3|growth"]);
  });

  it("a round Chinese amount a verb of holding sets (均稳定在百万吨以上), for each item of the list", () => {
    expect(targetsOf("粮食、肉蛋奶、蔬菜产量均稳定在百万吨以上。", 2026).map((t) => `${t.indicator}|${t.value}|${t.unit}`))
      .toEqual(["粮食产量|100|万吨", "肉蛋奶产量|100|万吨", "蔬菜产量|100|万吨"]);
  });

  it("the page after an article's end mark (完) is not read", () => {
    expect(values("今年将新建高标准农田20万亩。(完) 【编辑:梁异】\n工作专班就春节返乡发出6条倡议\n", 2026)).toEqual([20]);
  });

  it("a congress's members, the count of a list of 民生工程, and what grouped things count", () => {
    expect(values("区第十七届人民代表大会的237名人大代表肩负人民的重托。", 2024)).toEqual([]);
    expect(values("在全省继续实施20项民生工程。", 2026)).toEqual([]);
    expect(targetsOf("新增设智能回收箱1000组以上。", 2026).map((t) => `${t.value}|${t.unit}`)).toEqual(["1000|组"]);
  });

  it("kinds: points a rate rises by, a year's running total of an aggregate", () => {
    expect(targetsOf("常住人口城镇化率提高0.9个百分点。", 2025).map((t) => t.kind)).toEqual(["increment"]);
    expect(targetsOf("全年累计实现外贸进出口总额800亿元。", 2025).map((t) => t.kind)).toEqual(["level"]);
    expect(targetsOf("“十四五”期间累计实现固定资产投资1万亿元。", 2021).map((t) => t.kind)).toEqual(["increment"]);
  });

  it("这五年 points back to the period a past year closed", () => {
    const page = "他说,2025年主要目标的完成,标志着“十四五”圆满收官。这五年是发展最好的五年,GDP年均增长6.3%。";
    expect(extract(page, { docYear: 2026 }).targets).toEqual([]);
  });
});

describe("a progress report of a year's projects", () => {
  const report = "2025年普陀区为民办实事项目一季度进展情况\n2.新增2个社区长者食堂\n已选定2家社区长者食堂,目前项目建设推进顺利。\n3.3座公园增设儿童友好活动设施(场地)\n完成1座公园(长寿公园)增设任务。\n4.开办27个小学生爱心暑托班\n在各街道镇顺利开办爱心寒托班10个班级,服务小学生350人。\n";

  it("the numbered lines restate the items, the lines under them say what was done", () => {
    expect(extract(report).targets.map((t) => `${t.value}|${t.unit}`)).toEqual(["2|个", "3|座", "27|个"]);
  });

  it("a list number run into the item's count (3.3座公园) is read as 3. and 3座; a decimal stays a decimal", () => {
    expect(values("人均公园绿地面积达到3.3平方米。", 2025)).toEqual([3.3]);
  });
});

describe("lists of counts and the size of a list of projects", () => {
  it("a bounded count right after its verb heads a list of counts (培育20家左右X、3-5家Y)", () => {
    expect(values("培育20家左右低空运营服务领军企业、3-5家行业领先的适航取证技术服务机构。", 2024)).toEqual([20, 3]);
  });

  it("how many projects a list holds, with its year inside (票决出17项长宁区人民政府2024年为民办实事项目; 10个方面48个项目)", () => {
    expect(values("代表票决出17项长宁区人民政府2024年为民办实事项目。", 2024)).toEqual([]);
    expect(values("共包括为老服务、教育服务等10个方面48个项目。", 2025)).toEqual([]);
  });
});

describe("progress tables, completed work and a title broken over lines", () => {
  it("a pipe table's progress column (7月进度) is past; the cells of the target column are read", () => {
    const table = "项目名称 | 项目内容及目标工程量 | 7月进度 |\n促进就业创业 | 新增就业岗位18300人、帮扶引领成功创业人数450人 | 累计新增就业岗位11000个,帮扶引领成功创业520户。 |\n适老化改造 | 完成适老化改造150户 | 完成75户改造 |\n";
    expect(values(table, 2022)).toEqual([18300, 450, 150]);
  });

  it("超额完成 tells of work done; a report's count of its tasks (做好11项工作) sets nothing", () => {
    expect(values("全年共有15个项目开工、6个项目竣工,超额完成年初目标。", 2026)).toEqual([]);
    expect(values("今年重点做好11项工作:\n新增优质航运企业150家。", 2026)).toEqual([150]);
  });

  it("a title broken over lines still names the year of its list of 实事", () => {
    expect(documentYear("2022年区政府要完成的与人民生活\n\n密切相关的实事\n\n1.既有多层住宅加装电梯新增400台。", null, null)).toEqual({ year: 2022, source: "text" });
  });
});

describe("a grant's ceiling with a stray space", () => {
  it("最 高不超过2000万元 is a ceiling of a grant", () => {
    expect(values("符合条件的,按照最高不超过产品销售合同金额的30%给予支持,最 高不超过2000万元。", 2026)).toEqual([]);
  });
});

describe("programs whose construction is the work", () => {
  it("加快世界会客厅等36个工程建设 counts the projects to build; 等15个专项行动 sums up a list", () => {
    expect(values("加快世界会客厅二期等36个工程建设。", 2026)).toEqual([36]);
    expect(values("实施健康知识普及行动等15个专项行动。", 2026)).toEqual([]);
  });
});

describe("an amount of work right after its verb, before 的", () => {
  it("全年拆除100万平方米的成片违法建筑 sets the work's size", () => {
    expect(targetsOf("全年拆除100万平方米的成片违法建筑。", 2017).map((t) => `${t.value}|${t.unit}|${t.kind}`)).toEqual(["100|万平方米|increment"]);
  });
});

describe("同比 with a bound", () => {
  it("地区生产总值同比增长6%左右 under the year's indicators is a target; 同比增长6.2% stays a past figure", () => {
    expect(values("今年经济社会主要指标\n在提高质量和效益基础上,地区生产总值同比增长6%左右,区级财政收入同比增长6%以上。", 2023)).toEqual([6, 6]);
    expect(values("上半年,地区生产总值同比增长6.2%。", 2023)).toEqual([]);
  });
});

describe("limits of the progress, 同比 and article-end rules", () => {
  it("a section heading ending in 进展情况 does not make the document a progress report", () => {
    const report = "2025年政府工作报告\n一、2024年工作进展情况\n去年地区生产总值增长5.2%。\n二、2025年工作安排\n今年地区生产总值增长5%左右,新建公园10个。\n";
    expect(extract(report).targets.map((t) => t.value)).toEqual([5, 10]);
  });

  it("a half-year's results stay past, however they are bounded elsewhere in the sentence", () => {
    expect(values("上半年,全市进出口总额突破500亿元,同比增长12.3%。", 2025)).toEqual([]);
  });

  it("a single pipe between a name and its value keeps them together; a bare (完) may close only a lead", () => {
    expect(targetsOf("地区生产总值 | 增长5%左右", 2025).map((t) => t.indicator)).toEqual(["地区生产总值"]);
    expect(values("今年将新建公园10个。(完)\n全文如下:今年还将改造老旧小区120个。\n", 2025)).toEqual([10, 120]);
  });

  it("现有 after a neighbourhood names what a target works on (社区现有…)", () => {
    expect(values("推动社区现有养老服务站点全部改造提升,新增社区食堂5个。", 2025)).toContain(5);
  });
});

describe("a count built up to after a count added", () => {
  it("新建5个、累计建成18个…站点: the first is added, the second a stock", () => {
    expect(targetsOf("新建5个、累计建成18个社区就业服务站点。", 2025).map((t) => `${t.value}|${t.kind}`)).toEqual(["5|increment", "18|level"]);
  });
});

describe("steps of choosing a year's projects, and last year's forecast", () => {
  it("what a public call gathered and what a vote chose set nothing; 遴选 as a verb of work still sets a count", () => {
    expect(values("通过线上线下公开征集意见1016条,定向收集市人大代表建议19条,从候选项目中票决出最终10项。", 2026)).toEqual([]);
    expect(values("每年遴选100项产业关键技术难题向全球发布。", 2023)).toEqual([100]);
  });

  it("去年…预计 is last year's forecast; the clause after it sets this year's target", () => {
    expect(extract("济南去年GDP预计超过1.4万亿元,今年预期目标增长5%以上。", { docYear: 2026 }).targets.map((t) => t.value)).toEqual([5]);
  });
});

describe("trains run", () => {
  it("开行“义新欧”班列2200列以上 counts trains run within the year", () => {
    expect(targetsOf("开行“义新欧”班列2200列以上。", 2023).map((t) => `${t.value}|${t.unit}|${t.kind}`)).toEqual(["2200|列|increment"]);
  });
});

describe("a review paragraph that turns to the year ahead", () => {
  const page = "报告全面回顾了2025年发展成就。过去一年,全市生产总值达5.67万亿元。为了完成这些主要目标,报告也明确了今年的工作重点。" +
    "培育打造20个融合性服务消费新场景。将完成20万平方米旧住房成套改造。";
  it("sets targets after the sentence that names this year's work (今年的工作重点)", () => {
    expect(extract(page, { docYear: 2026 }).targets.map((t) => `${t.value}|${t.unit}|${t.year}`)).toEqual(["20|个|2026", "20|万平方米|2026"]);
  });
  it("stays past when no sentence turns to the year ahead", () => {
    expect(extract("报告全面回顾了2025年发展成就。过去一年,全市生产总值达5.67万亿元。培育打造20个新场景。", { docYear: 2026 }).targets).toEqual([]);
  });
  it("a sentence that both reviews and looks ahead turns nothing (回顾…勾勒出新一年的蓝图)", () => {
    expect(extract("报告回顾了2025年,勾勒出新一年的工作蓝图。三大产业规模突破2万亿元。", { docYear: 2026 }).targets).toEqual([]);
  });
});

describe("an amount and its alternative in another currency", () => {
  it("bound the noun they precede (总投资超100亿元或10亿美元项目6个以上): only the count is a target", () => {
    expect(targetsOf("争取新增亿元以上项目600个,其中总投资超100亿元或10亿美元项目6个以上。", 2026).map((t) => `${t.value}|${t.unit}`))
      .toEqual(["600|个", "6|个"]);
  });
});

describe("a verb with 了 right before its count", () => {
  it("tells what was done (遴选了12件…候选项目), while the list after it sets targets", () => {
    expect(targetsOf("实施100件左右的民生实事,其中,遴选了12件提请人大代表票决候选项目。(1)新增社会足球场57个。", 2020).map((t) => t.value)).toEqual([57]);
  });
  it("为了 is no such verb", () => {
    expect(targetsOf("为了3000名学生新建食堂2个。", 2020).map((t) => t.value)).toContain(2);
  });
});

describe("goals for the five years ahead (今后五年)", () => {
  it("a report at the start of a term dates them with the document's year and four more", () => {
    const text = "我们对今后五年的发展提出了具体目标。要实现地区生产总值超过1800亿元。\n城镇化率达70%,新建公园20个以上。";
    expect(extract(text, { docYear: 2023 }).targets.map((t) => `${t.value}|${t.year}`)).toEqual(["1800|2027", "70|2027", "20|2027"]);
  });
});

describe("kinds met on provincial and city pages", () => {
  const kinds = (body: string, year = 2025): string[] => targetsOf(body, year).map((t) => `${t.value}|${t.kind}`);
  it("industries, clusters and firms a plan forms are a stock; products it forms are made within the period", () => {
    expect(kinds("到2025年,形成原材料、装备等万亿级产业3个,形成具有核心竞争力的领航企业40户。")).toEqual(["3|level", "40|level"]);
    expect(kinds("到2025年,形成50个人工智能大模型产品。")).toEqual(["50|increment"]);
  });
  it("money given every year is added each year (每年…提供信贷融资300亿元)", () => {
    expect(kinds("每年引导金融机构为企业提供信贷融资300亿元。")).toEqual(["300|increment"]);
  });
  it("places added to an intake (扩招) and an area of work whose object stands before its measure (综合治理水土流失面积)", () => {
    expect(kinds("普通高中招生扩招3000人以上。综合治理水土流失面积2980平方公里。")).toEqual(["3000|increment", "2980|increment"]);
  });
  it("an amount of money or output in % is its change (增加值 6%)", () => {
    expect(kinds("规模以上工业增加值6%以上,市民中心完成工程总量90%。")).toEqual(["6|growth", "90|share"]);
  });
});

describe("numbers met on provincial and city pages", () => {
  it("power in Latin letters is a unit (单晶拉棒产能达到96GW), not a code", () => {
    expect(targetsOf("力争年内单晶拉棒产能达到96GW。", 2022).map((t) => `${t.value}|${t.unit}`)).toEqual(["96|GW"]);
  });
  it("an age after a count of people belongs to the people counted, not to the count (为2500名40周岁以上居民…)", () => {
    expect(targetsOf("为2500名40周岁以上城乡居民免费开展癌症筛查。", 2025).map((t) => `${t.value}|${t.unit}`)).toEqual(["2500|名"]);
  });
  it("a value followed by 目标 is the target's own (实现全省生产总值增长6.5%左右目标)", () => {
    expect(targetsOf("今年河北预计实现全省生产总值增长6.5%左右目标", 2019).map((t) => t.value)).toEqual([6.5]);
  });
  it("numbers inside a short quotation name a program (深入实施“3个100万”)", () => {
    expect(targetsOf("深入实施“3个100万”,新建公园5个。", 2024).map((t) => t.value)).toEqual([5]);
  });
  it("a policy package named by its count, and things whose role is put to use, set nothing", () => {
    expect(targetsOf("落实支持县域经济高质量发展40条政策措施。发挥济青烟3个消费试点作用。举办消费季活动500场。", 2026).map((t) => t.value)).toEqual([500]);
  });
  it("a paragraph that a reported speech opens with a past year (其中提到,在2021年…) reviews that year", () => {
    expect(targetsOf("其中提到,在2021年包头市坚持调结构,全市新能源装机容量达到635.6万千瓦。\n2022年工作安排,稀土产业产值达到500亿元。", 2022).map((t) => t.value)).toEqual([500]);
  });
});

describe("a bounded amount opening its clause before the noun that reaches a standard", () => {
  it("is how much of the noun reaches it (50平方公里以上建设用地面积达到海绵城市建设目标要求)", () => {
    const text = "嘉定区到2025年底,50平方公里以上建设用地面积达到海绵城市建设目标要求;到2030年底,80平方公里以上建设用地面积达到海绵城市建设目标要求。";
    expect(targetsOf(text, 2024).map((t) => `${t.value}|${t.unit}|${t.year}|${t.kind}`)).toEqual(["50|平方公里|2025|level", "80|平方公里|2030|level"]);
  });
  it("a verb of work before the amount is no lead-in (推进50公里左右主海塘达标建设 stays work done)", () => {
    expect(targetsOf("推进50公里左右主海塘达标建设。", 2021).map((t) => t.kind)).toEqual(["increment"]);
  });
});

describe("a total after a sentence listing the candidate projects", () => {
  it("共计八类15项 counts the list, it sets nothing", () => {
    expect(targetsOf("候选项目包括教育发展、医疗卫生、交通出行等领域共计八类15项。新建公园5个。", 2024).map((t) => t.value)).toEqual([5]);
  });
});

describe("a clause naming the months so far", () => {
  it("opens a report of their results, up to the semicolon (1-2月,…比重为46.3%)", () => {
    const text = "启动研究报告前期工作;1-2月,战略性新兴产业增加值占规上工业增加值比重为46.3%;力争四大新兴产业增加值占比提升至44%。";
    expect(targetsOf(text, 2020).map((t) => t.value)).toEqual([44]);
  });
});

describe("review wording in one part of a sentence", () => {
  it("leaves a later part between semicolons that names a plan of its own (…已经完成了…方案;计划建设100公里农村公路)", () => {
    const text = "计划建设人行天桥,目前已经完成了人行天桥的初步设计方案;计划建设100公里农村公路。";
    expect(targetsOf(text, 2026).map((t) => `${t.value}|${t.unit}`)).toEqual(["100|公里"]);
  });
  it("still makes its own part past, and 要 inside 重要 names no plan (…已经完成投资50亿元;重要节点工程完工10个)", () => {
    expect(targetsOf("全市已经建成公园20个,将持续推进;计划新建口袋公园5个。", 2026).map((t) => t.value)).toEqual([5]);
    expect(targetsOf("目前已经完成投资50亿元;重要节点工程完工10个。", 2026).map((t) => t.value)).toEqual([]);
  });
});

describe("a summary's unmarked section headings", () => {
  const page = "2025年及“十四五”工作回顾\n\n经济发展:规上工业企业达707家,新增省专精特新企业82家。\n\n“十五五”时期主要目标\n\n地区生产总值年均增长5%左右,规上工业总产值达1300亿元。\n";
  it("a short line naming a review makes what follows past; one naming the goals dates them", () => {
    expect(targetsOf(page, 2026).map((t) => `${t.value}|${t.year}`)).toEqual(["5|2030", "1300|2030"]);
  });
  it("a short line that opens with a verb, or names no year or plan period, is no heading", () => {
    const text = "一、2024年工作回顾\n全面完成全年目标任务\n新建公园20个,新增就业1万人。\n二、2025年工作安排\n新建公园30个。";
    expect(targetsOf(text, 2025).map((t) => t.value)).toEqual([30]);
    expect(targetsOf("一、2024年工作回顾\n重点工作\n新建公园20个。", 2025).map((t) => t.value)).toEqual([]);
  });
});

describe("more kinds of work done within the period", () => {
  const kinds = (body: string, year = 2020): string[] => targetsOf(body, year).map((t) => `${t.value}|${t.kind}`);
  it("buying, upkeep and inspection (新购置公交车200辆, 维护提升城市绿道200公里以上, 年度抽检不少于50批次)", () => {
    expect(kinds("新购置公交车200辆。维护提升城市绿道200公里以上。年度抽检不少于50批次。")).toEqual(["200|increment", "200|increment", "50|increment"]);
  });
  it("an area or a length a verb of work ends on (各类旧住房综合整治50万平方米, 防汛墙改建200米)", () => {
    expect(kinds("各类旧住房综合整治50万平方米。防汛墙改建200米。")).toEqual(["50|increment", "200|increment"]);
  });
  it("a verb after the place (在公共场所配置自动体外除颤仪15台), a quoted label or a remark inside the verb", () => {
    expect(kinds("在公共场所配置自动体外除颤仪15台。“一事一议”硬化村内巷道37.5万平方米。新(改、扩)建幼儿园10所。")).toEqual(["15|increment", "37.5|increment", "10|increment"]);
  });
  it("a rate per head of population stays a level (抽检不少于5.5批次/千人)", () => {
    expect(kinds("食品年度抽检不少于5.5批次/千人。")).toEqual(["5.5|level"]);
  });
});

describe("words around a count that set nothing", () => {
  it("a verb of focus names things (紧盯实体经济、13条重点产业链关键环节), a verb of work does not", () => {
    expect(targetsOf("紧盯实体经济、13条重点产业链关键环节,安排省市重点项目360个。聚焦主业打造10个产业集群。", 2025).map((t) => t.value)).toEqual([360, 10]);
  });
  it("a plan period naming the projects a plan will hold does not date the sentence (谋划“十五五”重大项目)", () => {
    expect(targetsOf("及早谋划“十五五”重大项目,安排省市重点项目360个。", 2025).map((t) => t.year)).toEqual([2025]);
  });
});

describe("lists and places of 民生实事 pages", () => {
  it("lessons given are counted (推进300堂健康知识巡讲); a part's item count sets nothing (优化公共服务方面(7项))", () => {
    expect(targetsOf("一、优化公共服务方面(7项)\n推进300堂健康知识巡讲。", 2023).map((t) => `${t.value}|${t.unit}`)).toEqual(["300|堂"]);
  });
  it("what a park has now (园区现有土地341亩) is no target", () => {
    expect(targetsOf("园区现有土地341亩,持有物业约40.4万平方米;计划新增土地约1000亩。", 2021).map((t) => t.value)).toEqual([1000]);
  });
});

describe("services and shares on 民生实事 lists", () => {
  it("the people a free service is for are counted by what is done for them (免费为1000人筛查脑卒中)", () => {
    expect(targetsOf("免费为1000人筛查脑卒中,免费为10000人筛查肺CT。", 2023).map((t) => `${t.value}|${t.indicator}|${t.kind}`))
      .toEqual(["1000|筛查脑卒中|increment", "10000|筛查肺CT|increment"]);
  });
  it("the share of a group that enjoys a benefit is its coverage, not the benefit's rule (不少于2.5%的老年人享有养老服务补贴)", () => {
    expect(targetsOf("实现全县不少于2.5%的老年人享有养老服务补贴。", 2017).map((t) => `${t.value}|${t.unit}`)).toEqual(["2.5|%"]);
  });
});

describe("work on a place or subject named first", () => {
  it("is work done (乡镇(街道办)硬化道路10万平方米并安装太阳能路灯1000盏; 交付既有多层住宅加装电梯200台; 重大工程开工210万平方米)", () => {
    const text = "在17个乡镇(街道办)硬化道路10万平方米并安装太阳能路灯1000盏。交付既有多层住宅加装电梯200台以上。力争全年重大工程开工210万平方米。";
    expect(targetsOf(text, 2025).filter((t) => t.value !== 17).map((t) => `${t.value}|${t.kind}`)).toEqual(["10|increment", "1000|increment", "200|increment", "210|increment"]);
  });
});

describe("work named after the count it is done on", () => {
  it("a count whose noun ends in the work and closes its clause is the work to do (14座生活垃圾小型压缩站改造)", () => {
    expect(targetsOf("14座生活垃圾小型压缩站改造。\n1家菜市场改建;", 2022).map((t) => `${t.value}|${t.unit}|${t.kind}`)).toEqual(["14|座|increment", "1|家|increment"]);
  });
  it("a bare count with no work after it still describes (…等6项内容为重点); an aim about tasks is no physical work", () => {
    expect(targetsOf("以污水治理、村庄清洁行动等6项内容为重点。", 2019)).toEqual([]);
    const mentions = extract("主要目标:3项重点任务全面完成\n2024年5月20日\n", { mentions: true }).mentions ?? [];
    expect(mentions.find((m) => m.text.startsWith("3项"))?.reason).not.toMatch(/measure-count/);
  });
});

describe("等 closing a list of targets", () => {
  it("names nothing after the last value (城镇调查失业率5%左右等。)", () => {
    expect(targetsOf("今年主要预期目标是:城镇新增就业120万人,城镇调查失业率5%左右等。", 2026).map((t) => `${t.value}|${t.indicator}`)).toEqual(["120|城镇新增就业", "5|城镇调查失业率"]);
  });
});

describe("limits found by the round's review", () => {
  it("今后五年 in passing dates nothing (谋划未来五年发展蓝图)", () => {
    expect(targetsOf("科学编制“十五五”规划,谋划未来五年发展蓝图。新建公园20个。", 2025).map((t) => t.year)).toEqual([2025]);
  });
  it("共计 after a sentence that sets work is a target (全年计划实施市级重点项目共计120项)", () => {
    expect(targetsOf("全年计划实施市级重点项目共计120项。", 2025).map((t) => t.value)).toEqual([120]);
  });
  it("一季度, and 上半年, open deadlines in a work plan", () => {
    expect(targetsOf("一季度,启动项目10个;上半年,完成老旧小区改造30个。", 2025).map((t) => t.value)).toEqual([10, 30]);
  });
  it("现有 after a verb working on what exists is no statement of the past (推动园区现有30家企业完成智能化改造)", () => {
    expect(targetsOf("推动园区现有30家企业完成智能化改造。改造城区内现有老旧管网100公里。", 2025).map((t) => t.value)).toEqual([30, 100]);
  });
  it("在2024年的基础上 opens no review", () => {
    expect(targetsOf("在2024年的基础上,力争全市规上工业增加值增长8%。新建公园20个。", 2025).map((t) => t.value)).toEqual([8, 20]);
  });
  it("an amount of money before a count bounds its noun (10亿元以上项目实现签约20个)", () => {
    expect(targetsOf("10亿元以上项目实现签约20个。", 2025).map((t) => t.value)).toEqual([20]);
  });
  it("a share of an amount stays a share (税收收入占一般公共预算收入80%以上)", () => {
    expect(targetsOf("税收收入占一般公共预算收入80%以上。", 2025).map((t) => t.kind)).toEqual(["share"]);
  });
  it("a verb of work after a verb of focus makes the count that work's (聚焦重点群体帮扶就业5000人)", () => {
    expect(targetsOf("聚焦重点群体帮扶就业5000人。瞄准数字经济领域签约项目20个。", 2025).map((t) => t.value)).toEqual([5000, 20]);
  });
});

describe("numbers and units of the latest unseen pages", () => {
  it("a comma grouping thousands does not break the clause (突破人民币1,000亿元)", () => {
    expect(targetsOf("到2025年,氢能产业规模要突破人民币1,000亿元。", 2022).map((t) => `${t.value}|${t.unit}`)).toEqual(["1000|亿元"]);
  });
  it("inspection batches are counted (完成食品抽检2100批次) and marking parking spaces is work done (施划停车位1000个)", () => {
    expect(targetsOf("完成食品抽检2100批次。施划停车位1000个以上。", 2024).map((t) => `${t.value}|${t.unit}|${t.kind}`)).toEqual(["2100|批次|increment", "1000|个|increment"]);
  });
  it("the length of a list of 民心工程 sets nothing (推出2022年20项民心工程)", () => {
    expect(targetsOf("南开区推出2022年20项民心工程。新建公园5个。", 2022).map((t) => t.value)).toEqual([5]);
  });
});

describe("a review paragraph that turns to the five years ahead", () => {
  it("sets targets after 今后五年发展的主要目标是", () => {
    const page = "政府工作报告全面回顾了2025年及“十四五”时期工作。过去五年,全市生产总值年均增长6%。政府工作报告提出,今后五年发展的主要目标是:全市生产总值增长5%以上,一般公共预算收入增长2%。";
    expect(targetsOf(page, 2026).map((t) => t.value)).toEqual([5, 2]);
  });
});

describe("shapes of the twenty-fourth and twenty-fifth unseen sets", () => {
  it("under a heading of targets, 同比 rates are targets (一、预期目标 / 地区生产总值同比增长5.5%)", () => {
    const page = "某市2025年国民经济和社会发展计划\n一、预期目标\n地区生产总值同比增长5.5%,城镇新增就业1.9万人。\n二、2024年回顾\n地区生产总值同比增长6.1%。";
    expect(targetsOf(page, 2025).map((t) => `${t.value}|${t.kind}`)).toEqual(["5.5|growth", "1.9|increment"]);
  });
  it("an approximate amount before 的 and a quoted noun describes it (总投资近3亿元的“水脉”项目)", () => {
    expect(values("这个总投资近3亿元的“水脉”项目,将新建一座净水厂。全年新建公园5个。", 2026)).toEqual([5]);
  });
  it("a scale raised to (提升至7万亿级) is a level reached, without the adverb in its name", () => {
    expect(targetsOf("到2027年,力争全省工业规模稳步提升至7万亿级。", 2025).map((t) => `${t.indicator}|${t.comparator}|${t.value}|${t.unit}`)).toEqual(["全省工业规模|>=|7|万亿元"]);
  });
  it("a pair of ratings names the station after it (200MW/400MWh电网侧共享储能电站)", () => {
    expect(values("贺兰县金贵镇200MW/400MWh电网侧共享储能电站加快建设。", 2026)).toEqual([]);
  });
  it("a bounded count right after another count sizes what that one counts (230个50户以上木质房屋连片村寨)", () => {
    expect(targetsOf("完成超230个50户以上木质房屋连片村寨常高压给水管网建设。", 2024).map((t) => t.value)).toEqual([230]);
  });
});

describe("shapes of the twenty-sixth and twenty-seventh unseen sets", () => {
  it("a plan period in quotes sets the year of the clauses after it (到“十四五”末,…;…)", () => {
    expect(targetsOf("到“十四五”末,全州工业总产值突破2000亿元;规模以上工业企业突破800户。", 2022).map((t) => t.year)).toEqual([2025, 2025]);
  });
  it("a bare 万 before 亿 is ten thousand of them (突破万亿, 过万亿元); 每万人口 is no number", () => {
    expect(targetsOf("到2025年,全省旅游总收入突破万亿,产业规模过万亿元。每万人口拥有全科医生5人。", 2022).map((t) => `${t.value}|${t.unit}`))
      .toEqual(["10000|亿", "10000|亿元", "5|人"]);
  });
  it("the parts of the document set nothing (并设置27个“专栏”)", () => {
    expect(values("《纲要》共17章,并设置27个“专栏”。新建公园3个。", 2021)).toEqual([3]);
  });
  it("a gap ratio without a unit, narrowed to (城乡居民收入倍差缩小到1.7以内)", () => {
    expect(targetsOf("城乡居民收入倍差缩小到1.7以内。", 2023).map((t) => `${t.indicator}|${t.comparator}|${t.value}`)).toEqual(["城乡居民收入倍差|<=|1.7"]);
  });
  it("a numbered project's title states its work (二、10万平方米老旧小区改造项目)", () => {
    const page = "2024年民生实事项目\n\n二、10万平方米老旧小区改造项目\n\n牵头单位:县城管执法局\n";
    expect(targetsOf(page, 2024).map((t) => `${t.value}|${t.unit}|${t.kind}`)).toEqual(["10|万平方米|increment"]);
  });
  it("policies, cubic metres and repairs (投保2.5万份意外伤害保险, 清淤10万方, 乡村公路大中修17公里, 导入…人才200人)", () => {
    const page = "为80周岁及以上老年人投保2.5万份意外伤害保险。河湖库塘清淤10万方。乡村公路大中修17公里。导入省外高职院校技能人才200人。";
    expect(targetsOf(page, 2025).map((t) => `${t.value}|${t.unit}|${t.kind}`)).toEqual(["2.5|万份|increment", "10|万方|increment", "17|公里|increment", "200|人|increment"]);
  });
  it("a sampling quota per unit checked is no target (每个机构/团队抽查10份)", () => {
    expect(values("每个机构/团队抽查10份。", 2023)).toEqual([]);
  });
  it("a first reached is a result (研发投入强度首次超过3%); 力争首次突破 is a target", () => {
    expect(values("这一年,全社会研发投入强度首次超过3%。明年力争地区生产总值首次突破500亿元。", 2024)).toEqual([500]);
  });
});

describe("counts that size where work is done, and other shapes of the earlier sets", () => {
  it("a count after 在 sizes where the work the clause states is done (在17个乡镇硬化道路10万平方米); 在10个小区设置… stays a count", () => {
    expect(values("在17个乡镇(街道办)硬化道路10万平方米。在10个小区设置智能快递柜。", 2025)).toEqual([10, 10]);
  });
  it("full coverage of what is counted is the target, not the count (“邻里汇”在13个街道镇全覆盖, 推动3类人群全覆盖)", () => {
    expect(targetsOf("“邻里汇”在13个街道镇全覆盖。推动3类人群全覆盖。", 2017).map((t) => `${t.value}|${t.unit}`)).toEqual(["100|%"]);
  });
  it("a decimal point a PDF spaced off after a word (新增托位1. 6万个); a list number stays one", () => {
    expect(targetsOf("新增托位1. 6万个。重点任务:\n1. 6个片区完成改造。", 2023).map((t) => t.value)).toEqual([1.6, 6]);
  });
  it("kinds counted (将筛查病种范围增加至20余类); a count after 以 says how (以5类主导功能类型分析)", () => {
    expect(values("将筛查病种范围增加至20余类。以5类主导功能类型分析。", 2024)).toEqual([20]);
  });
});

describe("shapes of the twenty-eighth and twenty-ninth unseen sets", () => {
  it("a sentence opening with the year just past reports it (过去一年,江苏地区生产总值达12.82万亿元)", () => {
    expect(values("省长作政府工作报告。过去一年,江苏地区生产总值达12.82万亿元、增长5.8%。今年主要预期目标是:地区生产总值增长5%以上。", 2024)).toEqual([5]);
  });
  it("items of a bulleted list of results share the first item's past year; a new list does not", () => {
    const page = "报告指出:\n●2023年广东地区生产总值达到13.57万亿元、增长4.8%;\n●广州经济总量突破3万亿元;\n■ 2024年主要预期目标\n●地区生产总值增长5%;";
    expect(values(page, 2024)).toEqual([5]);
  });
  it("an earlier year right before an amount of projects names the batch, not the time (2024年2727万千瓦新能源项目全部投产,新建…)", () => {
    expect(targetsOf("2024年2727万千瓦新能源项目全部投产,新建新能源装机1500万千瓦。", 2025).filter((t) => t.confidence === "high").map((t) => `${t.value}|${t.year}`)).toEqual(["1500|2025"]);
  });
  it("N年内 after 离校 is a condition, not a deadline (为离校2年内未就业高校毕业生开发见习岗位5万个)", () => {
    expect(targetsOf("为离校2年内未就业高校毕业生开发见习岗位5万个以上。3年内新建公园10个。", 2024).map((t) => t.year)).toEqual([2024, 2027]);
  });
  it("an age before the people it names (为13-14岁女生接种); computing power and PUE", () => {
    expect(values("2024年重点为13-14岁女生接种。", 2024)).toEqual([]);
    expect(targetsOf("到2025年,智能算力达到1,000 PFLOPS,综合PUE降至1.25以内。", 2023).map((t) => `${t.value}|${t.unit}`)).toEqual(["1000|PFLOPS", "1.25|"]);
  });
});

describe("the five years ahead as the time of a clause", () => {
  it("今后五年, … dates its clause to the document's year and four more; 今后五年是… names no time", () => {
    expect(targetsOf("今年主要预期目标:地区生产总值增长5%左右。\n今后五年,地区生产总值年均增长5%左右。\n今后五年是关键时期。今年新建公园5个。", 2026).map((t) => t.year)).toEqual([2026, 2030, 2026]);
  });
});

describe("limits found by the review of this round", () => {
  it.each([
    ["a first reached in a sentence that plans (明年要推动…首次突破500亿元)", "明年要推动数字经济核心产业增加值首次突破500亿元。", 2025, [500]],
    ["a sampling quota is per unit, not per year (每年食品抽检2100批次以上)", "每年食品抽检2100批次以上。", 2025, [2100]],
    ["全覆盖 inside the noun counted (创建20个垃圾分类全覆盖示范村)", "创建20个垃圾分类全覆盖示范村。", 2025, [20]],
    ["a spaced list number before a count (重点任务1. 3个产业园区建成投产)", "重点任务1. 3个产业园区建成投产。", 2025, [3]],
    ["an approximate amount a verb reaches (工业总产值达到约500亿元的规模)", "工业总产值达到约500亿元的规模。", 2025, [500]],
    ["a grade of water (全面消除劣5类水体)", "全面消除劣5类水体。", 2025, []],
    ["a past year's projects with their result stay past (2024年100个重大项目完成投资500亿元)", "2024年100个重大项目完成投资500亿元。", 2025, []],
  ] as const)("%s", (_, text, year, expected) => {
    expect(values(text, year)).toEqual(expected);
  });
  it("a bulleted target after a bulleted result is a target (●城镇新增就业60万人以上)", () => {
    expect(values("●2024年全市地区生产总值增长5.2%;\n●城镇新增就业60万人以上;", 2025)).toEqual([60]);
  });
  it("a quarter's result under a heading of targets stays past (三、年度目标 / 一季度,…同比增长5.3%)", () => {
    expect(values("某市2025年工作\n三、年度目标\n一季度,全市地区生产总值同比增长5.3%。", 2025)).toEqual([]);
  });
  it("a plan the text only follows dates nothing (根据《…规划(2021—2025年)》)", () => {
    expect(extract("根据《XX市国民经济和社会发展第十四个五年规划(2021—2025年)》,结合我市实际,制定本方案。").document.docYear ?? null).toBe(null);
    expect(extract("为贯彻落实《数字经济发展行动计划(2023—2025年)》,现提出如下实施意见。").document.docYear ?? null).toBe(null);
  });
  it("a report looking back on a year's goals is not dated by them (圆满完成2024年经济社会发展各项目标任务)", () => {
    expect(extract("圆满完成2024年经济社会发展各项目标任务。\n今年全市地区生产总值增长5%左右。", { docYear: undefined }).document.docYear ?? null).not.toBe(2024);
  });
});

describe("lists of counted projects and a year before a colon", () => {
  it("reads a list of projects one a line, each opening with its count (十大民生实事项目 / 20万学生脊柱侧弯筛查…)", () => {
    const page = "2024年度南海区十大民生实事。\n十大民生实事项目\n万名居家长者乐享智慧养老\n20万学生脊柱侧弯筛查全覆盖和干预项目\n10个滨江生态公园建设\n5万人入住公共租赁住房\n文/广州日报记者";
    expect(targetsOf(page, 2024).filter((t) => t.confidence === "high").map((t) => `${t.value}|${t.unit}|${t.kind}`)).toEqual(["20|万|increment", "10|个|increment", "5|万人|increment"]);
  });
  it("a year introducing what follows its colon dates the clauses after a semicolon (2026年主要预期目标是:…;…)", () => {
    const page = "政府工作报告提出,今后五年发展的主要目标是:到2030年率先基本实现现代化。政府工作报告提出,2026年主要预期目标是:全市生产总值增长5%以上,努力争取更好结果;一般公共预算收入增长2%。";
    expect(targetsOf(page, 2026).map((t) => `${t.value}|${t.year}`)).toEqual(["5|2026", "2|2026"]);
  });
});

describe("shapes of the thirtieth and thirty-first unseen sets", () => {
  it("a money scale inside the name of what is counted (4个过千亿产业集群); 亿方 of gas", () => {
    expect(targetsOf("打造形成木业、食品、冶金、机械4个过千亿产业集群。天然气供应25亿方左右。", 2022).map((t) => `${t.value}|${t.unit}`)).toEqual(["4|个", "25|亿方"]);
  });
});

describe("ratios and table runs after the review", () => {
  it("a ratio without a unit is a level whatever verb leads (推动城乡居民收入倍差缩小到1.8)", () => {
    expect(targetsOf("推动城乡居民收入倍差缩小到1.8。", 2024).map((t) => `${t.value}|${t.kind}`)).toEqual(["1.8|level"]);
  });
  it("a bare label between tables of other widths ends the first (… / 注释 / | 人口(万人) | 60 | 80 | 90 |)", () => {
    const page = "| 指标 | 2025年 | 2030年 |\n| 地区生产总值(亿元) | 776 | 970 |\n\n注释\n\n| 人口(万人) | 60 | 80 | 90 |\n";
    expect(targetsOf(page, 2024).map((t) => t.value)).toEqual([776, 970]);
  });
});

describe("shapes of the thirty-second unseen set", () => {
  it("a bureau's plan of the year names the document's year (2024年县教育局工作计划)", () => {
    expect(extract("2024年县教育局工作计划\n二、工作目标\n学前教育三年毛入园率达98%以上。").targets.map((t) => t.year)).toEqual([2024]);
  });
  it("破 as a bound (力争旅游总收入破万亿)", () => {
    expect(targetsOf("力争旅游总收入破万亿。", 2024).map((t) => `${t.comparator}|${t.value}`)).toEqual([">|10000"]);
  });
  it("the months so far of a past year are no deadline (2023年前11个月,…完成客运量3.5亿人次,同比增长96.1%)", () => {
    expect(values("2023年前11个月,全省公路、水路完成客运量3.5亿人次,同比增长96.1%。", 2024)).toEqual([]);
  });
});

describe("a count's noun holding a quoted name or a bracketed aside, and work on what 对 names", () => {
  const read = (body: string, year = 2025): string[] => targetsOf(body, year).map((t) => `${t.value}|${t.unit}|${t.kind}`);
  it("a quoted name after a count is what it counts, digits and all; a bare quoted numeral still names a program", () => {
    expect(read("年内新建6个“10分钟健身圈”,完成9个“15分钟便民生活圈”建设任务。")).toEqual(["6|个|increment", "9|个|increment"]);
    expect(read("推动12座“一园一策”公园提升改造。")).toEqual(["12|座|increment"]);
    const mentions = extract("实施3个“一”工程,每年新增托位500个。", { mentions: true, docYear: 2025 }).mentions ?? [];
    expect(mentions.find((m) => m.text === "3个")?.role).toBe("name");
  });
  it("a bracketed aside of a few words stays inside the noun (乡(镇), 村(社区))", () => {
    expect(read("提升改造15个村(社区)党群服务中心;对全区9所街(镇)卫生院全面提档升级。")).toEqual(["15|个|increment", "9|所|increment"]);
  });
  it("a count right after 、 opens the next item of a list, it sums up nothing (5所幼儿园、2所学校)", () => {
    expect(read("实施城关镇5所幼儿园、2所小学维修改造、设备购置等内容。")).toEqual(["5|所|increment", "2|所|increment"]);
    // (A、B两家 still sums up its list)
    expect(read("推动甲公司、乙公司2家企业上市。")).toEqual([]);
  });
  it("an amount of what 对 names, with the work on it after, is the work to do", () => {
    expect(read("对城区8公里老旧燃气管道进行更新改造。")).toEqual(["8|公里|increment"]);
    expect(read("对清水河等12公里河道实施生态治理。")).toEqual(["12|公里|increment"]);
    // (no work on it: a count of what is looked into is no target of this shape)
    expect(read("对100万元以上项目进行审计。")).toEqual([]);
  });
  it("counted things made into something else (1家菜场升级为智慧菜场) are work to do", () => {
    expect(read("2家农贸市场升级为标准化市场;3个村改造成美丽乡村示范点。")).toEqual(["2|家|increment", "3|个|increment"]);
  });
});

describe("what a thing is raised to", () => {
  it("is the level it reaches, whatever will opens the clause (推动…增至20家, 推动…提高到80岁)", () => {
    expect(targetsOf("到2027年,推动康复辅具生产企业增至20家。", 2025).map((t) => t.kind)).toEqual(["level"]);
    expect(targetsOf("推动人均预期寿命提高到80岁。", 2026).map((t) => t.kind)).toEqual(["level"]);
    // (not an amount added that rises: 新增就业人数提高到10万人)
    expect(targetsOf("新增就业人数提高到10万人。", 2026).map((t) => t.kind)).toEqual(["increment"]);
  });
});

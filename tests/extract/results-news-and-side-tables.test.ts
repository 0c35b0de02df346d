// Example texts of what five unseen real sets showed (dev89–dev93): news of a year's results told paragraph after
// paragraph, a goal's label before a colon, a table laid on its side, targets of two areas side by side, several
// indicators under one row number, a progress column of rows that continue an item, pinyin glosses, counts of
// the same things in two measures. Texts written for these tests are unit tests of one rule each, not evidence that
// the engine generalises.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";
import { isTextCell, parseValueCell } from "../../src/core/extract/tables/cells";

const read = (text: string, docYear?: number): string[] =>
  extract(text, { docYear }).targets.filter((t) => t.confidence !== "low").map((t) => `${t.value}|${t.unit}|${t.year}`);

describe("news of a past year's results", () => {
  it("how much of the year's plan was done (完成年计划145%) is a result: the sentence goes on with the past", () => {
    expect(read("2023年鄂州市民生支出125.6亿元,增长43.2%。城镇新增就业1.88万人,完成年计划145%。", 2024)).toEqual([]);
  });
  it("a paragraph opening with the past year and its place (2023年鄂州市…) reviews it, and a next paragraph naming no year goes on", () => {
    const doc = ["报告显示,2023年鄂州市城乡居民养老保险待遇水平达207元/月。", "会议现场",
      "鄂州市中心医院临空院区投用,新增医疗床位2213张,建成幸福食堂80家。", "报告指出,2024年,鄂州市将建设口袋公园10个。"].join("\n");
    expect(read(doc, 2024)).toEqual(["10|个|2024"]);
  });
  it("…but not one bounding its figures, nor one looking ahead (下一步)", () => {
    expect(read("2023年鄂州市新增就业1.8万人。\n地区生产总值增长6%左右。", 2024)).toEqual(["6|%|2024"]);
    expect(read("2024年全区经济实现了逆势上扬。下一步,新增城镇就业1万人。", 2025)).toEqual(["1|万人|2025"]);
  });
  it("the year's goals named after a clause that reviewed (报告回顾了2024年工作,…今年…主要预期目标是) are targets", () => {
    expect(read("报告回顾了2024年工作,提出了2025年重点工作,报告指出,武汉今年经济社会发展主要预期目标是:地区生产总值增长6%左右。", 2025))
      .toEqual(["6|%|2025"]);
  });
  it("a year compared with (恢复到2019年同期的104%) is no deadline: the figures after a review stay past", () => {
    expect(read("2023年,全省文旅系统超额完成目标任务。全省共接待游客3.88亿人次,较上年增长187.8%,恢复到2019年同期的104%。", 2024)).toEqual([]);
  });
});

describe("a goal's label before a colon names its indicator", () => {
  it("at the head of a line, after a year (2022年 武汉地区生产总值增长目标:7.5%)", () => {
    expect(read("2022年 武汉地区生产总值增长目标:7.5%", 2022)).toEqual(["7.5|%|2022"]);
  });
  it("inside a sentence (…,城镇新增就业目标:22万人)", () => {
    expect(read("会议开幕。\n全市地区生产总值增长目标:7.5%,城镇新增就业目标:22万人。", 2022)).toEqual(["7.5|%|2022", "22|万人|2022"]);
  });
  it("a lead-in (主要目标:) still names none", () => {
    const t = extract("主要目标:地区生产总值增长7.5%。", { docYear: 2022 }).targets;
    expect(t.map((x) => x.indicator)).toEqual(["地区生产总值"]);
  });
});

describe("a table laid on its side (主要指标 | … / 2022年目标值 | … / 属性 | …)", () => {
  const doc = ["乡村振兴战略规划主要指标", "主 要 指 标 |", "粮食综合生产能力 | 农业科技进步贡献率 | 农村卫生厕所普及率 |",
    "2022 年 目 标 值 |", ">6亿吨 | 61.5% | >85% |", "属 性 | 约束性 | 预期性 | 预期性 |", "主 要 指 标 |",
    "村庄规划管理覆盖率 | 集体经济强村比重 |", "2022 年 目 标 值 |", "90% | 9% |", "属 性 | 预期性 | 预期性 |"].join("\n");
  it("gives one target per indicator's column, with its year and attribute", () => {
    const t = extract(doc).targets;
    expect(t.map((x) => `${x.indicator}|${x.comparator}|${x.value}|${x.unit}|${x.year}|${x.binding}`)).toEqual([
      "粮食综合生产能力|>|6|亿吨|2022|true", "农业科技进步贡献率|=|61.5|%|2022|false", "农村卫生厕所普及率|>|85|%|2022|false",
      "村庄规划管理覆盖率|=|90|%|2022|false", "集体经济强村比重|=|9|%|2022|false"]);
  });
});

describe("a table of one cell per line", () => {
  const doc = ["基本实现现代化指标体系", "类别", "序号", "指标名称", "单位", "苏南", "目标值", "全省", "目标值", "权重", "数据提供部门",
    "1", "城镇化率", "%", "75", "70", "3", "统计", "2", "信息化发展水平", "%", "92", "90", "3", "经信",
    "3", "居民", "收入水平", "城镇居民人均可支配收入", "元", "75000", "70000", "6", "调查总队", "农村居民人均纯收入", "元", "38000", "32000"].join("\n");
  const rows = (): string[] => extract(doc, { docYear: 2013 }).targets.map((x) => `${x.indicator}|${x.value}`);
  it("reads target columns of two areas (苏南 | 目标值 | 全省 | 目标值) as two targets per row, each named with its area", () => {
    expect(rows().slice(0, 2)).toEqual(["城镇化率(苏南)|75", "城镇化率(全省)|70"]);
  });
  it("an indicator named …水平 is no text cell (信息化发展水平), and two indicators may share a row's number", () => {
    expect(rows().slice(2)).toEqual(["信息化发展水平(苏南)|92", "信息化发展水平(全省)|90", "城镇居民人均可支配收入(苏南)|75000",
      "城镇居民人均可支配收入(全省)|70000", "农村居民人均纯收入(苏南)|38000", "农村居民人均纯收入(全省)|32000"]);
  });
  it("a name with a number inside it is no value cell (每千常住人口拥有3岁以下婴幼儿托位数(个))", () => {
    expect(parseValueCell("每千常住人口拥有3岁以下婴幼儿托位数(个)")).toBeNull();
    expect(parseValueCell("5岁以下")?.comparator).toBe("<=");
  });
});

describe("a progress column of a table of the year's projects", () => {
  it("a row continuing the item above has no number: its progress cell is one to the left, and past", () => {
    const doc = ["2022年区政府民生实事项目进展情况表(截至9月底)", "序号 | 项目内容 | 进展情况 | 责任单位 |",
      "1 | 新建成婴幼儿照护服务成长驿站7家。 | 新建13家婴幼儿成长驿站。 | 卫生健康局 |",
      "新增婴幼儿照护服务托位500个。 | 新增婴幼儿照护服务托位600个。 | ||"].join("\n");
    expect(read(doc, 2022)).toEqual(["7|家|2022", "500|个|2022"]);
  });
});

describe("pinyin a reposting site glossed characters with", () => {
  it("is read past: the words read whole again (實(shí)現(xiàn) → 实现, 目標(biāo) → 目标)", () => {
    const doc = "會議部署了2024年重點(diǎn)任務(wù)。2023年我省實(shí)現(xiàn)旅游收入2745.8億元。2024年我省文旅發(fā)展目標(biāo)是:全省接待游客4.3億人次。";
    expect(read(doc)).toEqual(["4.3|亿人次|2024"]);
  });
});

describe("counts of the work", () => {
  it("cases screened or treated are counted (1万例以上)", () => {
    expect(read("开展胃肠癌联合筛查1万例以上。", 2022)).toEqual(["1|万例|2022"]);
  });
  it("a count with a second amount of the same things after 、 counts the noun after that one (12个、55万平方米项目完工)", () => {
    const t = extract("推动人民医院三期等12个、55万平方米项目完工,新启动11个、84.7万平方米项目建设。", { docYear: 2024 }).targets;
    expect(t.map((x) => `${x.value}|${x.unit}|${x.kind}|${x.confidence}`)).toEqual(["12|个|increment|high", "55|万平方米|increment|high",
      "11|个|increment|high", "84.7|万平方米|increment|high"]);
  });
  it("…and not an amount bounding the next item's noun (新引进亿元以上项目30个、10亿元以上项目15个)", () => {
    expect(read("新引进亿元以上项目30个、10亿元以上项目15个。", 2024)).toEqual(["30|个|2024", "15|个|2024"]);
  });
  it("areas improved are counted (改善宛平城等12个重点区域周边环境面貌)", () => {
    expect(read("改善宛平城等12个重点区域周边环境面貌。", 2025)).toEqual(["12|个|2025"]);
  });
  it("a scale a plan drives toward (冲刺2000亿元规模, 达成1000亿元规模)", () => {
    expect(read("人工智能、智能终端两大集群冲刺2000亿元规模,民用航空、船舶海工两大集群达成1000亿元规模。", 2026)).toEqual(["2000|亿元|2026", "1000|亿元|2026"]);
  });
  it("the tasks and indicators a plan sets itself are no targets (…等十大领域共计251项重点任务; 还提出19项发展指标)", () => {
    expect(read("会上签订了涵盖“提升首都功能承载力”以及“提升环境品质”等十大领域共计251项重点任务的目标责任书。", 2025)).toEqual([]);
    expect(read("《规划》还提出19项发展指标,如人均健康预期寿命。", 2025)).toEqual([]);
  });
});

describe("a page run together into one line", () => {
  // (with pinyin read past, the cells of such a page must not run into each other)
  it("a space after a count parts two cells of a list (…目标任务2623套 基本建成任务700套)", () => {
    // (the opening line of a real page, tests/real/dev85/province_housing-work-plan_2022_summary.txt)
    const doc = "近日,省住房和城鄉(xiāng)建設(shè)廳會同 省發(fā)展和改革委員會、省財政廳 下達(dá)了2022年全省保障性安居工程建設(shè)工作計劃 其中,保障性租賃住房 新建(籌集)目標(biāo)任務(wù)6.28萬套(間) 基本建成任務(wù)579套 公共租賃住房 新建(籌集)目標(biāo)任務(wù)2623套 基本建成任務(wù)700套 城鎮(zhèn)老舊小區(qū)改造 新開工任務(wù)1062個小區(qū)、343420戶 完工任務(wù)1277個小區(qū)、424185戶 棚戶區(qū)改造 開工任務(wù)7.91萬套 基本建成任務(wù)33842套 發(fā)放城鎮(zhèn)住房保障家庭租賃補貼75288戶 全部分解下達(dá)到縣區(qū)";
    const got = read(doc, 2022);
    for (const v of ["2623|套|2022", "7.91|万套|2022", "33842|套|2022"]) expect(got).toContain(v);
  });
});

describe("a system of indicators a statistics bureau drew up", () => {
  it("is no bulletin: its targets are read", () => {
    const doc = ["江苏“两个率先”指标体系", "中共江苏省委研究室", "江苏省统计局", "2013年5月", "", "指标名称", "单位", "目标值",
      "城镇化率", "%", "70"].join("\n");
    expect(extract(doc).targets.map((t) => `${t.indicator}|${t.value}`)).toEqual(["城镇化率|70"]);
  });
});

describe("an annual plan's report and a news summary of a work report", () => {
  it("过去的一年 is the year just gone, as 去年: its figures are no targets; 面对新的一年 turns to the year ahead", () => {
    const lead = "1月26日上午,莒县第十八届人民代表大会第三次会议开幕。县委副书记、县长代表县政府作工作报告。";
    expect(read(`${lead}报告指出,过去的一年实现地区生产总值415亿元,可比增长8.5%。完成一般公共预算收入21.03亿元,增长16%。`, 2019)).toEqual([]);
    expect(read("报告指出,过去的一年实现地区生产总值415亿元。面对新的一年,地区生产总值增长9%。", 2019)).toEqual(["9|%|2019"]);
  });
  it("the count of a kind of the plan's goals (关于经济发展类目标(13个)) is no target", () => {
    expect(read("一、关于经济发展类目标(13个)\n1.地区生产总值增长6.5%。", 2020)).toEqual(["6.5|%|2020"]);
  });
  it("a rate per thousand named as a rate is a share (森林火灾损失率控制在0.13‰以下), a natural growth rate too; growth in per mille with no rate named stays a growth", () => {
    const kinds = extract("到2025年,森林火灾损失率控制在0.13‰以下,人口自然增长率4‰,人口自然增长控制在5‰以内。", { docYear: 2022 }).targets.map((t) => t.kind);
    expect(kinds).toEqual(["share", "share", "growth"]);
  });
});

describe("a value shared by 均 with items parted by commas", () => {
  it("each earlier clause naming an item with the same head shares it (交通投资,…水利设施投资,民间项目投资均增长12%以上)", () => {
    const t = extract("交通投资,生态环保、城市更新和水利设施投资,高新技术产业投资,民间项目投资均增长12%以上。", { docYear: 2020 }).targets;
    expect(t.map((x) => `${x.indicator}|${x.value}`)).toEqual(["交通投资|12", "生态环保、城市更新和水利设施投资|12", "高新技术产业投资|12", "民间项目投资|12"]);
  });
  it("a clause of other words before it shares nothing (加快项目建设,民间投资均增长12%)", () => {
    expect(extract("加快项目建设,工业投资、民间投资均增长12%。", { docYear: 2020 }).targets.map((x) => x.indicator)).toEqual(["工业投资", "民间投资"]);
  });
});

describe("lines of a page that lost their end marks", () => {
  it("a count closing a line and a verb of work opening the next part two items (…首店300家以上 / 推进2400个…项目)", () => {
    const doc = ["武汉今年的主要预期目标是:地区生产总值增长6%左右,城镇新增就业25万人以上。", "积极发展首发经济,新引进各类首店300家以上",
      "推进2400个亿元以上项目建设。深化投资项目绩效综合评价改革", "大力发展研发产业,引育企业研发中心、研发型企业100家",
      "新建创新创业特色街区(小镇)、创新园区(楼宇)100万平方米以上"].join("\n");
    expect(read(doc, 2025)).toEqual(["6|%|2025", "25|万人|2025", "300|家|2025", "2400|个|2025", "100|家|2025", "100|万平方米|2025"]);
  });
});

describe("reports of what is done restate the year's tasks", () => {
  it("the year's task named before its amount is a target, what is done of it is not (全年任务为282个村,已全部建设完成)", () => {
    const doc = "今年以来,7项指标提前完成全年任务。“六化六有”美丽村庄建设,全年任务为282个村,已全部建设完成;困难群众存量危房改造,全年任务为3800户,实际改造4559户,超额完成20%。";
    const t = extract(doc, { docYear: 2020 }).targets.filter((x) => x.confidence === "high");
    expect(t.map((x) => `${x.indicator}|${x.value}|${x.kind}`)).toEqual(["“六化六有”美丽村庄建设|282|increment", "困难群众存量危房改造|3800|increment"]);
  });
  it("the task a share of progress is measured against (占目标任务数100公里的136.9%) is a target, named from the work done", () => {
    const t = extract("截至8月底,全市已完成民生工程交通项目通村公路136.9公里,占目标任务数100公里的136.9%。", { docYear: 2020 }).targets;
    expect(t.map((x) => `${x.indicator}|${x.value}|${x.unit}|${x.confidence}`)).toEqual(["民生工程交通项目通村公路|100|公里|high"]);
  });
  it("a column of the task assigned for the year (下达任务面积(亩)) holds targets, the columns of what is done do not", () => {
    const doc = ["2017年农机深松整地作业进度汇总表", "(八月)", "序号 | 区(县) | 下达任务面积(亩) | 当月完成面积(亩) | 累计完成面积(亩) | 备注 |",
      "1 | 石柱县 | 1000 | 0 | 0 | |", "2 | 开州区 | 3000 | 150 | 400 | |"].join("\n");
    const t = extract(doc, { docYear: 2017 }).targets;
    expect(t.map((x) => `${x.indicator}|${x.value}|${x.kind}|${x.year}`)).toEqual(["农机深松整地作业(石柱县)|1000|increment|2017", "农机深松整地作业(开州区)|3000|increment|2017"]);
  });
  it("how much of the year's target is done (今年1—8月…完成目标任务的86.4%) is the year so far, no goal", () => {
    expect(read("记者从市交通运输局了解到,今年1—8月,我市交通运输领域完成投资29.3亿元,完成目标任务的86.4%。", 2024)).toEqual([]);
  });
});

describe("guards from an independent review", () => {
  it("a line turning to the year ahead ends a review, even when it states nothing (会议要求,今年要…)", () => {
    expect(read("2024年,全市地区生产总值增长5.2%。\n会议要求,今年要坚定信心。\n新建幼儿园10所,新增学位5000个。", 2025)).toEqual(["10|所|2025", "5000|个|2025"]);
  });
  it("the review carries one paragraph only", () => {
    expect(read("2024年,全市地区生产总值增长5.2%。\n全市新增就业1.2万人。\n新建幼儿园10所。", 2025)).toEqual(["10|所|2025"]);
  });
  it("a statistics bureau's bulletin that names the 十四五 plan is still a bulletin", () => {
    const doc = ["德州市2024年国民经济和社会发展统计公报", "德州市统计局", "2024年是实现“十四五”规划目标任务的关键一年。全市地区生产总值达到3800亿元。"].join("\n");
    expect(extract(doc).targets.filter((t) => t.confidence === "high")).toEqual([]);
  });
  it("a unit's name right before a score opens no row (牵头单位 | 分值)", () => {
    const doc = ["序号", "指标名称", "单位", "目标值", "牵头单位", "分值", "1", "城镇新增就业", "万人", "1.2", "市人社局", "4", "2", "研发投入强度", "%", "2.5", "市科技局", "5"].join("\n");
    expect(extract(doc, { docYear: 2025 }).targets.map((t) => `${t.indicator}|${t.value}`)).toEqual(["城镇新增就业|1.2", "研发投入强度|2.5"]);
  });
  it("the year's goals after a review clause may mention last year (…比去年多1万人)", () => {
    expect(read("报告回顾了2024年工作,报告指出,武汉今年主要预期目标是:地区生产总值增长6%左右,城镇新增就业比去年多1万人。", 2025)).toContain("6|%|2025");
  });
  it("面对今年…环境 opens no turn to the year ahead in a review", () => {
    expect(read("回顾过去一年,我们攻坚克难。面对今年严峻复杂的外部环境,全市地区生产总值增长5.1%。", 2024)).toEqual([]);
  });
  it("an area's target column named alone, or 年中目标, renames nothing", () => {
    const doc = ["指标", "单位", "全市目标值", "城镇化率", "%", "65"].join("\n");
    expect(extract(doc, { docYear: 2025 }).targets.map((t) => t.indicator)).toEqual(["城镇化率"]);
  });
});

describe("超额完成 in a sentence of goals", () => {
  it("after a will earlier in the sentence, completing ahead sets a goal (力争…,提前两年超额完成…目标任务;…增长10%以上)", () => {
    const doc = "建议2024年经开区主要预期目标为:力争实现经济总量2600亿元,提前两年超额完成区第二次党代会提出的目标任务;规上工业增加值增长10%以上。";
    expect(read(doc)).toEqual(["2600|亿元|2024", "10|%|2024"]);
  });
  it("…while a report of it stays past (2项提前超额完成全年任务)", () => {
    expect(read("截至9月底,2项提前超额完成全年任务,新增就业1.2万人。", 2021)).toEqual([]);
  });
});

describe("text cells of an indicator table", () => {
  it("a level named against others or reached (达到全国平均水平, 达到二级标准, 保持较高水平) is a text cell; an indicator's name (信息化发展水平) is not", () => {
    for (const t of ["达到全国平均水平", "达到二级标准", "保持较高水平"]) expect(isTextCell(t)).toBe(true);
    expect(isTextCell("信息化发展水平")).toBe(false);
  });
});

describe("a paragraph referring back to the plan the paragraph before named", () => {
  const doc = ["2026年新年伊始,浦东新区举办抓投资促发展大会。", "会上,浦东新区正式发布“十五五浦东新区十大硬核产业集群方案”。该方案明确将聚力打造10大硬核产业集群。",
    "根据规划,浦东将推动集成电路、生物医药4大集群迈上5000亿元规模,人工智能、智能终端两大集群冲刺2000亿元规模。"].join("\n");
  it("is dated by that plan's period (根据规划 after 发布“十五五…方案”); a scale stepped onto is a level", () => {
    expect(extract(doc, { docYear: 2026 }).targets.map((t) => `${t.value}|${t.year}|${t.kind}`)).toEqual(["5000|2030|level", "2000|2030|level"]);
  });
  it("…but not one about this year (根据方案,今年…)", () => {
    const thisYear = doc.replace("根据规划,浦东将推动", "根据方案,今年浦东将推动");
    expect(extract(thisYear, { docYear: 2026 }).targets.map((t) => t.year)).toEqual([2026, 2026]);
  });
});

// Forms met on real pages of round 51, each rule with its example sentences. Sentences written for these tests (unit
// tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const all = (text: string, docYear?: number) => extract(text, { docYear, mentions: true });
const ticked = (text: string, docYear?: number) => all(text, docYear).targets.filter((t) => t.confidence !== "low");
const yearsOf = (text: string, docYear?: number) => ticked(text, docYear).map((t) => [t.value, t.year]);

describe("years listed at a statement's opening", () => {
  it("go on through later 分别 clauses parted by commas (到2022年和2030年,…分别不低于28%和35%,…分别低于22%和20%)", () => {
    const text = "到2022年和2030年,全市居民健康素养水平分别不低于28%和35%,15岁以上人群吸烟率分别低于22%和20%。";
    expect(yearsOf(text, 2020)).toEqual([[28, 2022], [35, 2030], [22, 2022], [20, 2030]]);
  });
  it("but not past a comma clause that is no 分别 list (到2022年和2030年,…分别达到28%和35%,控烟工作扎实推进,…分别低于22%和20%)", () => {
    const text = "到2022年和2030年,全市居民健康素养水平分别达到28%和35%,控烟工作扎实推进,吸烟率分别低于22%和20%。";
    expect(yearsOf(text, 2020).slice(2).map(([, y]) => y)).not.toEqual([2022, 2030]);
  });
});

describe("a plan a page says is still to be drawn up", () => {
  it("sets no horizon (2016年,上海…实现…比例不低于50%目标,并编制发布《…布局规划(2016-2020)》)", () => {
    const text = "2016-02-16\n东方网消息,本市将新辟“最后一公里”线路20条。2016年,上海也将继续推进新能源汽车发展,实现新能源公交车占新投放公交车的比例不低于50%目标,并编制发布《上海新能源汽车充电设施布局规划(2016-2020)》。";
    expect(ticked(text).map((t) => t.year)).toEqual([2016, 2016]);
  });
  it("while a plan it says was issued sets its end (近日印发《…布局规划(2016-2020)》,到2020年建成充电桩21万个)", () => {
    const text = "2016-02-16\n本市近日印发《上海新能源汽车充电设施布局规划(2016-2020)》,提出新建充电桩21万个。";
    expect(ticked(text).map((t) => t.year)).toEqual([2020]);
  });
});

describe("a page's date spaced out", () => {
  it("still dates the page (2026年01月 18日 07:56 | 来源: 扬州日报)", () => {
    const text = "宝应重大项目开工\n\n2026年01月 18日 07:56 | 来源: 扬州日报-扬州网\n\n县级层面计划组建5支专业化招商队伍,全年力争新签约亿元以上产业项目超200个。";
    expect(all(text).document.docYear).toBe(2026);
    expect(yearsOf(text)).toEqual([[5, 2026], [200, 2026]]);
  });
});

describe("a share opening its clause", () => {
  it("may name a noun with its parts in brackets or a grade (70%以上县(市、区)达到…, 60%以上A级旅游景区建成…)", () => {
    const text = "到2025年,70%以上县(市、区)达到国家全域旅游示范区标准,60%以上A级旅游景区建成智慧景区。";
    expect(ticked(text, 2021).map((t) => [t.value, t.indicator])).toEqual([[70, "县(市、区)达到国家全域旅游示范区标准"], [60, "A级旅游景区建成智慧景区"]]);
  });
  it("after the time of the year's work (年底前90%以上村庄生活垃圾得到全面治理)", () => {
    expect(ticked("年底前90%以上村庄生活垃圾得到全面治理。", 2020).map((t) => [t.value, t.year])).toEqual([[90, 2020]]);
  });
  it("but not a share of a growth (年底前实现8%的增长)", () => {
    expect(ticked("年底前实现8%的增长。", 2020).map((t) => t.kind)).toEqual(["growth"]);
  });
});

describe("amounts listed before the reward they all are", () => {
  it("are a grant's standards (分别发放2000元、3000元、5000元一次性生育奖励)", () => {
    const text = "对符合政策生育一孩、二孩、三孩家庭且落户我市的,分别发放2000元、3000元、5000元一次性生育奖励。";
    expect(ticked(text, 2026)).toEqual([]);
    expect(all(text, 2026).mentions?.filter((m) => m.unit === "元").map((m) => m.role)).toEqual(["parameter", "parameter", "parameter"]);
  });
});

describe("jobs collected and published", () => {
  it("are work, not a step of choosing projects (征集发布大学生优质就业岗位30000个以上)", () => {
    expect(ticked("征集发布大学生优质就业岗位30000个以上。", 2026).map((t) => t.value)).toEqual([30000]);
    expect(ticked("共征集民生实事项目136件。", 2026)).toEqual([]);
  });
});

describe("a meeting that sets the year's map of work", () => {
  it("dates the page and the goals after it (明确2026年工业经济“作战图”。目标包括…增长6%左右)", () => {
    const text = "1月8日,浙江召开全省经信工作会议,总结2025年及“十四五”工业发展成绩,并明确2026年工业经济“作战图”。目标包括规上工业增加值增长6%左右、制造业投资增长8%以上。浙江将…为“十五五”开局和到2030年建设全球先进制造业基地夯实支撑。";
    expect(all(text).document.docYear).toBe(2026);
    expect(ticked(text).map((t) => t.year)).toEqual([2026, 2026]);
  });
});

describe("kinds of counts", () => {
  const kinds = (text: string) => ticked(text, 2026).map((t) => t.kind);
  it("work on people counted by the time is done in the period (实现教师交流轮岗1500人次, 惠及学生1.5万人次)", () => {
    expect(kinds("实现教师交流轮岗1500人次。")).toEqual(["increment"]);
  });
  it("while visits and travel counted so are the year's level (全年接待游客580万人次, 来岚交流考察的台胞达到2万人次)", () => {
    expect(kinds("全年接待游客580万人次。")).toEqual(["level"]);
    expect(kinds("来岚交流考察的台胞达到2万人次。")).toEqual(["level"]);
  });
  it("classes opened are added (开办“爱心托管班”不少于400个)", () => {
    expect(kinds("开办“爱心托管班”不少于400个。")).toEqual(["increment"]);
  });
  it("a place and its will may stand before a verb of adding (上海力争今年引进各类首店、旗舰店800家以上)", () => {
    expect(kinds("上海力争今年引进各类首店、旗舰店800家以上。")).toEqual(["increment"]);
    expect(kinds("北京力争建成充电桩70万个。")).toEqual(["level"]);
  });
});

describe("an estimate opening its sentence", () => {
  it("reports the year just ended when its own clause holds no bound (预计全省地区生产总值增长5.7%,经济总量超过6.4万亿元)", () => {
    const text = "2025年01月21日\n今年发展主要预期目标是:地区生产总值增长5.5%以上。\n2024年的四川答卷“沉甸甸”的。预计全省地区生产总值增长5.7%,经济总量超过6.4万亿元,保持全国第5位。";
    expect(ticked(text).map((t) => t.value)).toEqual([5.5]);
  });
  it("while an estimate bounded in its own clause is the plan's (预计总投资超过10亿元,建成后…)", () => {
    expect(ticked("预计新增农业合作社5家以上,带动农户200户以上。", 2025).length).toBeGreaterThan(0);
  });
});

describe("projects put on a list", () => {
  it("size the list, no goal (共有5个项目被列入省重大项目清单)", () => {
    expect(ticked("2026年,宝应共有5个项目被列入省重大项目清单,年度计划投资38亿元。", 2026).map((t) => t.value)).toEqual([38]);
  });
  it("while getting projects onto it may be a goal, shown for review (力争50个项目被列入省重点项目)", () => {
    expect(all("力争50个项目被列入省重点项目。", 2026).targets.map((t) => t.value)).toEqual([50]);
  });
});

describe("every place of a whole", () => {
  it("is where the work is done, not its amount (在全市6个县市区遴选学校)", () => {
    expect(ticked("(三)在全市6个县市区遴选学校,开展高效课堂改革试点。", 2026)).toEqual([]);
  });
  it("so before a pilot too, while the work done in some places is counted (在8个乡镇建设示范基地10个)", () => {
    expect(all("在全市6个县区开展整县推进试点。", 2026).mentions?.find((m) => m.value === 6)?.role).toBe("qualifier");
    expect(ticked("在8个乡镇建设示范基地10个。", 2026).map((t) => t.value)).toEqual([10]);
  });
});

describe("this year's expected amounts a plan sets", () => {
  const text = "根据《方案》,预计今年全省设备投资增长8%;规模以上工业企业关键工序数控化率超过64%;报废汽车回收率增长40%。到2027年,全省设备投资较2023年增长25%以上。";
  it("are its goals when it is cited before them (根据《方案》,预计今年…增长8%)", () => {
    expect(ticked(text, 2024).map((t) => t.value)).toEqual([8, 64, 40, 25]);
  });
  it("and the year near a sentence's opening dates its parts after semicolons (…增长8%;…超过64%;…增长40%)", () => {
    expect(ticked(text, 2024).map((t) => t.year)).toEqual([2024, 2024, 2024, 2027]);
  });
  it("while a forecast no plan is cited for stays a forecast (预计今年全省设备投资增长8%)", () => {
    expect(ticked("据测算,预计今年全省设备投资增长8%。", 2024)).toEqual([]);
  });
});

describe("a change on last year with no figure", () => {
  it("is the direction a plan sets, no result (优良天数同比增加,…平遥、介休SO2下降20%)", () => {
    const text = "完成汾河谷地11.4万户散煤清零任务,全市PM2.5浓度持续下降,优良天数同比增加,平遥、介休SO2下降20%。";
    expect(ticked(text, 2024).map((t) => t.value)).toEqual([11.4, 20]);
  });
  it("while a figure on last year is still reported (优良天数同比增加12天)", () => {
    expect(ticked("全市优良天数同比增加12天,PM2.5浓度下降8%。", 2024)).toEqual([]);
  });
});

describe("a work report's year in brackets after its title", () => {
  it("dates the page ((山西省)晋中市人民政府工作报告(2024年))", () => {
    expect(all("(山西省)晋中市人民政府工作报告(2024年)\n\n  全年新建和改造提升高标准农田13.37万亩。").document.docYear).toBe(2024);
  });
});

describe("a plan of the year in figures before what is done of it", () => {
  it("stays the year's target (2024年计划改(新)建户厕3500座、公厕30座,…目前已对…进行现场查看)", () => {
    const text = "持续推进农村“厕所革命”,2024年计划改(新)建户厕3500座、公厕30座,由乡镇统一实施,目前已对各乡镇上报拟改建户厕进行现场查看。";
    expect(ticked(text, 2024).map((t) => t.value)).toEqual([3500, 30]);
  });
});

describe("counts in a bracket right after a count added", () => {
  const text = "2024 年实现建设 67 个“四类乡村”(清洁乡村 56 个、宜居乡村 5 个、和美乡村 5 个、共富乡村 1 个)目标。";
  it("are its parts, each named in the bracket and added as the whole is (…(清洁乡村 56 个、宜居乡村 5 个…))", () => {
    const parts = ticked(text, 2024).slice(1);
    expect(parts.map((t) => [t.indicator, t.kind])).toEqual([["清洁乡村", "increment"], ["宜居乡村", "increment"], ["和美乡村", "increment"], ["共富乡村", "increment"]]);
  });
  it("while a joiner after a comma of a list is not cut from a name (和平区 172.4公里)", () => {
    expect(ticked("改造老旧燃气管网:沈河区128.6公里、和平区172.4公里。", 2022).map((t) => t.indicator)).toEqual(["沈河区", "和平区"]);
  });
});

describe("the measures a policy package holds", () => {
  it("are counted as it is issued, no goal (…等方面共出台9条措施,并配套推出4项扶持计划)", () => {
    expect(ticked("当天发布的系列新举措从培育市场主体、优化审批流程等方面共出台9条措施,并配套推出4项扶持计划。", 2024)).toEqual([]);
  });
  it("while measures a plan will issue are its work (年内出台5项支持政策)", () => {
    expect(ticked("年内出台5项支持政策。", 2024).map((t) => t.value)).toEqual([5]);
  });
});

describe("逾 before a value", () => {
  it("bounds it from below, tenths too (將占新車生產比率逾9成, 绿色低碳优势产业规模将逾3000亿元)", () => {
    expect(ticked("到2027年,L4級自動駕駛車輛將占新車生產比率逾9成。", 2026).map((t) => [t.value, t.unit, t.comparator])).toEqual([[9, "成", ">"]]);
    expect(ticked("到2025年,绿色低碳优势产业规模将逾3000亿元。", 2023).map((t) => [t.comparator, t.indicator])).toEqual([[">", "绿色低碳优势产业规模"]]);
  });
});

describe("figures as Taiwan's press writes them", () => {
  const text = "新北市政府昨天公布二〇二六年總預算案，歲出編列二六一二億元，比今年增加三八七．四四億元、增幅十七．四二％，最大宗支出為教育科學文化，佔比卅一．八五％。";
  it("read digits one by one and a full-width point between numerals (二六一二億元, 三八七．四四億元, 卅一．八五％)", () => {
    expect(ticked(text, 2025).map((t) => t.value)).toEqual([2612, 387.44, 17.42, 31.85]);
  });
  it("while two digits stand for a pair and 一一 for one by one (四五类危桥, 一一列出)", () => {
    expect(all("改造四五类危桥10座,问题一一列出。", 2026).mentions?.filter((m) => m.role === "target").map((m) => m.value)).toEqual([10]);
  });
});

describe("how long a text is", () => {
  it("is no amount (这份超过2.6万字的《建议》, 报告全文约1.2万字)", () => {
    expect(ticked("这份超过2.6万字的《建议》中明确提出,到2035年基本实现现代化。报告全文约1.2万字。", 2025)).toEqual([]);
  });
});

describe("a page whose lead is next year's budget", () => {
  it("speaks of that year throughout (行政院院會通過明年度中央政府總預算案,…共計增列九四九五億元…海巡支出二九五億元)", () => {
    const text = "行政院院會通過明年度中央政府總預算案，國防預算部分，共計增列九四九五億元。\n\n進一步分析國防預算，海巡支出二九五億元。";
    expect(ticked(text, 2025).map((t) => [t.value, t.year])).toEqual([[9495, 2026], [295, 2026]]);
  });
  it("with a white circle for zero in an amount written digit by digit (三一○○億元, 二○○八億元)", () => {
    expect(ticked("國防預算大幅增加三一○○億元，人員維持費達二○○八億元。", 2025).map((t) => t.value)).toEqual([3100, 2008]);
  });
});

describe("the people a grant is paid to", () => {
  it("are counted, past a bound before them (为超300万名婴幼儿发放育儿补贴, 动员超8000名志愿者)", () => {
    expect(ticked("为超300万名婴幼儿发放育儿补贴,动员超8000名志愿者参与。", 2026).map((t) => [t.value, t.kind])).toEqual([[300, "increment"], [8000, "increment"]]);
  });
  it("while the grant's own amount is its standard (发放2000元育儿补贴)", () => {
    expect(ticked("为每名婴幼儿发放2000元育儿补贴。", 2026)).toEqual([]);
  });
});

describe("items sharing one value", () => {
  it("share the rate the last of them names (全口径工业开票和规上工业开票销售增速均保持10%以上)", () => {
    expect(ticked("今后五年,全口径工业开票和规上工业开票销售增速均保持10%以上。", 2022).map((t) => t.kind)).toEqual(["growth", "growth"]);
  });
});

describe("a page's date after a bar", () => {
  it("dates the page (| 2026年01月13日 13:34), so a finished period's result is no goal", () => {
    const text = "“十四五”广东成就茂名专场新闻发布会召开\n| 2026年01月13日 13:34\n\n据介绍,“十四五”时期,茂名各项事业取得新成就,经济总量跃上4000亿元新台阶。";
    expect(all(text).document.docYear).toBe(2026);
    expect(ticked(text)).toEqual([]);
  });
});

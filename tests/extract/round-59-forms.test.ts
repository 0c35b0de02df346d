// Forms met on real pages of round 59, each rule with its example sentences. Sentences written for these tests (unit
// tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";
import { ticked as tickedOnly } from "./targets-of";

const all = (text: string, docYear?: number) => extract(text, { docYear, mentions: true });
const ticked = (text: string, docYear?: number) => tickedOnly(all(text, docYear).targets);
const kinds = (text: string, docYear?: number) => ticked(text, docYear).map((t) => [t.value, t.kind]);
const values = (text: string, docYear?: number) => ticked(text, docYear).map((t) => t.value);
const roleOf = (text: string, number: string, docYear?: number) => all(text, docYear).mentions!.find((m) => m.text.startsWith(number))?.role;

describe("the kind of a target", () => {
  it("is an amount added where 再 opens a change (今年再减少农村贫困人口1000万以上, 全市将再增加城市休闲公园15个)", () => {
    expect(kinds("今年再减少农村贫困人口1000万以上。", 2017)).toEqual([[1000, "increment"]]);
    expect(kinds("今年全市将再增加城市休闲公园15个。", 2017)).toEqual([[15, "increment"]]);
  });
  it("is a level where a verb of enlarging or adjusting reaches a value (扩大至, 调增到, 扩展到)", () => {
    expect(ticked("计划在5年内展馆面积扩大至30万平方米。", 2015).map((t) => [t.indicator, t.kind])).toEqual([["在5年内展馆面积", "level"]]);
    expect(ticked("到2021年,蔬菜采收面积调增到1000万亩。").map((t) => [t.indicator, t.kind])).toEqual([["蔬菜采收面积", "level"]]);
  });
  it("but a level where the change reaches a value (全市公园数量将增加到150个)", () => {
    expect(kinds("到2020年,全市公园数量将增加到150个。")).toEqual([[150, "level"]]);
  });
});

describe("a period a change is measured from", () => {
  it("dates nothing in a paragraph of goals (到2025年,…。…准确率比“十三五”期间平均提升5%,…提前时间达到45分钟以上)", () => {
    const text = "到2025年,建成功能先进的气象现代化体系。灾害性天气监测率达95%以上,灾害性天气预警准确率比“十三五”期间平均提升5%,强对流天气预警提前时间达到45分钟以上,公众气象服务满意度保持在90分以上。";
    expect(ticked(text, 2021).map((t) => [t.value, t.year])).toEqual([[95, 2025], [5, 2025], [45, 2025], [90, 2025]]);
  });
  it("…nor in a sentence of will (未来5年,…将…,公民科学素质达标率比“十二五”提高3个百分点以上)", () => {
    const text = "未来5年,上海将实施科普能力跃升工程,创制科普作品50部,公民科学素质达标率比“十二五”提高3个百分点以上。";
    expect(ticked(text, 2017).map((t) => t.value)).toEqual([50, 3]);
  });
  it("but a review's figure compared with the period before stays past (——全社会水利投入累计达664.58亿元,较“十一五”增长227.4%)", () => {
    const text = "“十二五”期间,自治区水利事业蓬勃发展,取得了显著成绩。\n——全社会水利投入累计达664.58亿元,较“十一五”增长227.4%。";
    expect(ticked(text, 2016)).toEqual([]);
  });
});

describe("the document's date", () => {
  it("is a site's entry time (录入时间:2021-08-04 11:17:48)", () => {
    const text = "山东力争提前一年完成任务\n录入时间:2021-08-04 11:17:48 点击:\n今年还要再建成高标准农田654万亩。";
    expect(extract(text).document.docYear).toBe(2021);
    expect(ticked(text).map((t) => [t.value, t.year])).toEqual([[654, 2021]]);
  });
});

describe("the past", () => {
  it("is statistics a sentence opens with, 据初步调查统计 too", () => {
    expect(ticked("据初步调查统计,建成的高标准农田亩均增产粮食150斤以上,据此推算,全省可提高粮食产能92亿斤以上。", 2021)).toEqual([]);
  });
  it("is what was already added (全省已新增城市公共停车位17.6万个) and the year so far up to a month (今年以来到6月底,…)", () => {
    const text = "2022年,省委继续将城市公共停车设施建设纳入20项民生工程。今年以来到6月底,全省已新增城市公共停车位17.6万个、完成率88%,有效缓解了出行停车难问题。";
    expect(ticked(text, 2022)).toEqual([]);
  });
});

describe("numbers that are no amount to reach", () => {
  it("a charge per unit and per day (按每泊位每天2元, 每泊位每天4元)", () => {
    expect(values("道路泊车收益,在经营期第一年按每泊位每天2元,全面运营后每泊位每天4元,专项用于公共停车建设管理。", 2017)).toEqual([]);
  });
  it("the stages the work is done in (《行动计划》将分4个阶段实施)", () => {
    expect(roleOf("《行动计划》将分4个阶段实施。", "4个", 2019)).toBe("other");
  });
  it("the places a whole lies across (建设任务将分布在176个县)", () => {
    expect(roleOf("今后十年,全省高标准农田建设任务将分布在176个县(市、区)。", "176个", 2022)).toBe("other");
  });
});

describe("the target year", () => {
  it("is a deadline a will opens a paragraph's first sentence with (力争在2020年前全市基本实现…。…达到95%以上)", () => {
    const text = "(二)主要目标。力争在2020年前全市基本实现气象现代化。气象监测更加可靠,灾害性天气监测率达到95%以上;天气预报准确率达到80%以上。";
    expect(ticked(text, 2015).map((t) => [t.value, t.year])).toEqual([[95, 2020], [80, 2020]]);
  });
  it("is not a vision a decade past the line's horizon, in the paragraphs after it (到2025年,…。到2035年,…基本实现。)", () => {
    const text = "到2025年,基本建成现代气象体系。到2035年,气象现代化基本实现。\n\n全省气象雷达观测站网覆盖率达到95%。";
    expect(ticked(text, 2023).map((t) => [t.value, t.year])).toEqual([[95, 2025]]);
  });
});

describe("a plan's term", () => {
  it("is a bracketed span with no 年 written after 时限为 (该规划时限为(2015-2030),…规划…停车场189个)", () => {
    const text = "据悉,该规划时限为(2015-2030),规划路外公共停车场(库)189个,总计泊位约4万个。";
    expect(ticked(text, 2016).map((t) => [t.value, t.year])).toEqual([[189, 2030], [4, 2030]]);
  });
});

describe("the kind of a length of pipe laid", () => {
  it("is an amount added (新敷设燃气管线400公里, 敷设供水管道30公里)", () => {
    expect(kinds("今年新敷设燃气管线400公里。", 2016)).toEqual([[400, "increment"]]);
    expect(kinds("敷设供水管道30公里。", 2016)).toEqual([[30, "increment"]]);
  });
});

describe("the kind of a headline's count", () => {
  it("is an amount added where a place and 今年 come before the will to build (城阳今年拟建公共停车泊位超5000个)", () => {
    expect(kinds("原标题:城阳今年拟建公共停车泊位超5000个", 2017)).toEqual([[5000, "increment"]]);
  });
});

describe("round 59, wave two", () => {
  it("the document's year is the year a plan stands in (立足2022年,北京将争取…; 展望2025年 looks ahead)", () => {
    const text = "市商务局介绍了国际消费中心城市培育建设情况。\n立足2022年,北京将争取新引进国内外品牌首店600家左右。展望2025年,北京将打造2-3个千亿级规模世界级商圈。";
    expect(extract(text).document.docYear).toBe(2022);
    expect(ticked(text).map((t) => [t.value, t.year])).toEqual([[600, 2022], [2, 2025]]);
  });
  it("a plan named with its draft in brackets dates the paragraph referring back to it (《…“十四五”…规划(征求意见稿)》…。《规划》明确,…)", () => {
    const text = "近日《西安市“十四五”保障性租赁住房发展规划(征求意见稿)》向社会进行公示。\n《规划》明确,力争新增保障性租赁住房达到30万套(间)。";
    expect(ticked(text, 2021).map((t) => [t.value, t.year])).toEqual([[30, 2025]]);
  });
  it("how many a list just announced holds is past (咸宁98家企业入围, 其中207家入选…名单) — not one a goal sets (力争15个镇入选…)", () => {
    expect(roleOf("第七批省级专精特新中小企业名单公示 咸宁98家企业入围", "98家", 2025)).toBe("past");
    expect(roleOf("我省3年已累计认定2211家专精特新中小企业,其中207家入选国家级专精特新“小巨人”企业名单。", "207家", 2022)).toBe("past");
    expect(values("到2025年,力争15个镇(乡)入选全国乡村旅游重点村镇名录。", 2021)).toEqual([15]);
  });
  it("a whole the subject stands among is no amount (是河南50多万家中小企业中的佼佼者)", () => {
    expect(roleOf("它们普遍具有专业、精细管理、创新等鲜明特点,是河南50多万家中小企业中的佼佼者。", "50", 2022)).toBe("other");
  });
  it("the count and kind closing a long list of parts is no amount (分为创新型中小企业、…、制造业单项冠军五个梯次)", () => {
    expect(roleOf("据悉,优质企业梯度培育分为创新型中小企业、专精特新中小企业(省级)、专精特新小巨人企业(国家级)、重点小巨人、制造业单项冠军五个梯次。", "五个", 2025)).toBe("other");
  });
});

describe("round 59, wave three", () => {
  it("the page's date is a line of its own in figures (2026-01-28,)", () => {
    expect(extract("2026-01-28,\nChina.dot.org\n1月27日,记者获悉,今年江苏将新增1万名残疾人就业。").document.docYear).toBe(2026);
  });
  it("the whole year after a sentence of the year just past said to have gone well is that year (去年,…取得新成果。全年为3.37万名…)", () => {
    const text = "今年江苏将新增1万名残疾人就业。 去年,全省各类涉残民生实事取得新成果。全年为3.37万名残疾儿童提供基本康复服务;为8.8万名残疾人提供托养照护服务。";
    expect(values(text, 2026)).toEqual([1]);
  });
});

describe("round 59, earthquake warning pages", () => {
  it("a time within which something is sent out is no circle's name (破坏性地震将在5-15秒发布预警信息)", () => {
    expect(ticked("建成后,破坏性地震将在5-15秒发布预警信息。", 2020).map((t) => [t.value, t.valueMax, t.unit])).toEqual([[5, 15, "秒"]]);
  });
  it("what a whole is made of is no starting value (将拥有一个由1419个台站组成的台网)", () => {
    expect(roleOf("今年底项目完成后,四川省将拥有一个由1419个台站组成的高密集台网。", "1419", 2020)).toBe("target");
  });
  it("a clause of will the review's words only follow is no past (泸州将…建设地震监测台(站)37个,目前已陆续启动)", () => {
    expect(values("根据四川省地震局规划,泸州将在三区四县范围内建设地震监测台(站)37个,目前已陆续启动,个别台站即将建成投用。", 2019)).toEqual([37]);
  });
  it("but a clause of results before them stays past (全市已建成…12个,目前已全部投用)", () => {
    expect(values("全市已建成地震监测台站12个,目前已全部投用。", 2019)).toEqual([]);
  });
});

describe("a report of the months so far", () => {
  it("goes on after its semicolon with parts that set nothing ahead (1-3月,…新开工59028套;…基本建成52755套)", () => {
    expect(values("1-3月,棚户区改造新开工59028套;棚户区改造基本建成52755套。", 2021)).toEqual([]);
  });
  it("but not to a part of will or with a bound (…;全年力争基本建成12万套以上)", () => {
    expect(values("1-3月,棚户区改造新开工59028套;全年力争基本建成12万套以上。", 2021)).toEqual([12]);
  });
});

describe("budgets", () => {
  it("a line a budget arranges, named between 预算 and 安排, compares a plan with 同比, and so do the parts after its 其中", () => {
    const text = "2023年本溪市预算说明\n全市一般公共预算收入安排77.6亿元,同比增长5%。其中:税收收入65.7亿元,同比增长26.1%;非税收入11.9亿元,同比下降45.3%。";
    expect(values(text)).toEqual([77.6, 5, 65.7, 26.1, 11.9, 45.3]);
  });
  it("the change an adjustment makes to a line is no amount to reach (税收收入拟调整为85000万元,调减16000万元)", () => {
    expect(values("税收收入拟调整为85000万元,调减16000万元,下降9.7%。", 2021)).toEqual([85000, 9.7]);
  });
  it("the year whose budget is adjusted dates the page (拟对2021年财政预算再作调整)", () => {
    expect(extract("按照“量入为出,收支平衡”原则,拟对2021年财政预算再作调整。本级财政收入拟调整为134000万元。").document.docYear).toBe(2021);
  });
  it("a line adjusted turns a paragraph that opened on the year so far (今年以来,…收入增长乏力,…拟调整为113,891万元)", () => {
    const text = "1.一般公共预算收入调整。今年以来,经济下行压力持续加大,我市一般公共预算收入增长乏力,需对年初收入预算进行调整,将我市2023年一般公共预算收入125,800万元拟调整为113,891万元,调减11,909万元。";
    expect(values(text, 2023)).toEqual([113891]);
  });
});

describe("an undated page on a plan just made public", () => {
  it("speaks in the plan's first year (昨天,《…三年行动计划(2020—2022年)》全文公布,…今年底前…)", () => {
    const text = "本报讯 到2022年底,本市将全面建成物业管理体系。昨天,《关于加强北京市物业管理工作提升物业服务水平三年行动计划(2020—2022年)》全文公布,提出今年底前要新成立业委会、物管会2000个以上。";
    expect(extract(text).document.docYear).toBe(2020);
  });
  it("…and a news page's time field dates it (新闻时间:2017-12-05)", () => {
    expect(extract("深圳规划5938公里污水管网\n\n新闻时间:2017-12-05 文章来源:\n\n今年计划建1650公里。").document.docYear).toBe(2017);
  });
});

describe("standards raised", () => {
  it("this raise's new standards end the review before them (…已先后16次提高…标准。此次提标后,…由每人每月593元提高到642元)", () => {
    const text = "自我市建立城乡居民最低生活保障制度以来,已先后16次提高最低生活保障标准,兜牢了基本民生底线。此次提标后,我市最低生活保障标准由每人每月593元提高到642元,月增加49元,增幅8.3%。";
    expect(values(text, 2020)).toEqual([642, 49, 8.3]);
  });
  it("the standard a raise starts from, named as today's, is its base (由目前的全护理每人每月640元提高到…)", () => {
    expect(roleOf("城乡特困人员照料护理标准由目前的全护理每人每月640元提高到704元。", "640", 2021)).toBe("baseline");
  });
});

describe("money more than a round sum", () => {
  it("keeps its 元 after 余 or 多 (拟投资273亿余元, 7亿多元)", () => {
    expect(ticked("今后两到三年,武汉拟投资273亿余元。", 2018).map((t) => [t.value, t.unit, t.comparator])).toEqual([[273, "亿元", ">"]]);
    expect(ticked("今年计划投资7亿多元。", 2018).map((t) => [t.value, t.unit])).toEqual([[7, "亿元"]]);
  });
});

describe("the months so far written with 到", () => {
  it("report results (今年1到10月,…完成州外到位资金120.44亿元,同比增长29%,完成州政府下达任务数132.63亿元的90.8%)", () => {
    const text = "今年1到10月,开发区招商引资到位资金超历史同期水平,完成州外到位资金120.44亿元,同比增长29%,完成州政府下达任务数132.63亿元的90.8%。";
    expect(values(text, 2018)).toEqual([132.63]);
  });
});

describe("a will to invest", () => {
  it("is money of the period (武汉拟投资273亿余元, 西安市将投资约262亿元)", () => {
    expect(kinds("今后两到三年,武汉拟投资273亿余元。", 2018)).toEqual([[273, "increment"]]);
    expect(kinds("西安市将投资约262亿元建设地铁。", 2018)).toEqual([[262, "increment"]]);
  });
});

describe("what is in use already", () => {
  it("is past (…123个县级福利中心确保年底前全部投入使用,现已投入使用94个)", () => {
    expect(roleOf("确保年底前123个县级福利中心全部投入使用,现已投入使用94个,完成率76%。", "94", 2018)).toBe("past");
  });
});

describe("work meetings", () => {
  it("the year's tasks a meeting names before its colon are goals (会议对今年农建工作重点任务进行明确:一是…较上年稳定增长…;二是完成26亿元水利投资任务)", () => {
    const text = "会议对今年农建工作重点任务进行明确:一是全市农田水利基本建设力争总投资较上年稳定增长;二是完成26亿元水利投资任务;三是完成农田实灌面积235万亩。";
    expect(values(text, 2016)).toEqual([26, 235]);
  });
  it("the year whose tasks a meeting arranges dates the page (对2017年全区“三农”重点工作任务进行安排部署)", () => {
    expect(extract("4月1日上午,西固区召开农村工作会议,对2017年全区“三农”重点工作任务进行安排部署。会上披露,今年预计完成农业增加值增长3.5%。").document.docYear).toBe(2017);
  });
  it("…and so do a title's year of work pushed on and a date line with its issuer (推动2020年全市农业农村工作 / 2020-12-16四川省农业农村厅)", () => {
    expect(extract("眉山“四个全力”推动2020年全市农业农村工作\n2020-12-16四川省农业农村厅\n一、全力决胜脱贫攻坚").document.docYear).toBe(2020);
  });
  it("…and a year a sentence of 今年 expects its work to reach (今年,我区将…,预计2020年…投资将突破1400亿元)", () => {
    expect(extract("记者1月9日从全区交通运输工作会议上获悉,今年,我区将加快推进交通强国试点各项工作,预计2020年我区交通固定资产投资将突破1400亿元。").document.docYear).toBe(2020);
  });
  it("five years of effort a will follows look ahead (新目标为:经过5年努力,要把…建设成为…) — not ones looked back on", () => {
    expect(ticked("新目标为:经过5年努力,要把四川省建设成为世界重要旅游目的地。具体指标即旅游总收入超过2万亿元。", 2019).map((t) => t.year)).toEqual([2023]);
    expect(ticked("经过3年努力,全市累计建成公园100个。", 2019).map((t) => t.year)).not.toContain(2022);
  });
});

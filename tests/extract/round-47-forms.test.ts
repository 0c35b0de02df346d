// Forms met on real pages of round 47, each rule with its example sentences. Sentences written for these tests (unit
// tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";
import { normalise } from "../../src/core/text/normalise";

const all = (text: string, docYear?: number) => extract(text, { docYear, mentions: true });
const ticked = (text: string, docYear?: number) => all(text, docYear).targets.filter((t) => t.confidence !== "low");

describe("a run-on line glossed with pinyin", () => {
  // a line of 300 characters and more, its blocks joined by spaces, with readings printed after characters
  const block = "全省交通建設穩步推進,各項工作有序開展,重點項目加快建設。";
  const line = `${block.repeat(4)} 今年要完成投資1000億(yi) 元以上 ${block.repeat(4)} 雅康等19個(ge) 在建項目加快建設 ${block.repeat(3)} 確保通車500公裏。`;
  it("reads the space after a gloss as part of the gloss, no break between blocks (億(yi) 元, 19個(ge) 在建)", () => {
    const text = normalise(line).text;
    expect(text).toContain("19個 在建");
    expect(text).not.toContain("億(yi)\n");
    expect(text).not.toContain("個(ge)\n");
  });
  it("while the spaces between blocks still break the line", () => {
    expect(normalise(line).text.split("\n").length).toBeGreaterThan(3);
  });
});

describe("a part of the year gone by, written without 个", () => {
  it("reports the figures of those months (今年前两月…投资完成118.4亿元)", () => {
    const r = all("省交通运输厅3月18日透露,今年前两月我省公路水路交通固定资产投资完成118.4亿元。全年力争完成投资1000亿元以上。", 2016);
    expect(r.targets.map((t) => t.value)).toEqual([1000]);
    expect(r.mentions?.find((m) => m.value === 118.4)?.role).toBe("past");
  });
  it("but not a time ahead of schedule (提前两月完成)", () => {
    expect(ticked("力争提前两月完成投资50亿元。", 2016).map((t) => t.value)).toEqual([50]);
  });
});

describe("a figure held for a run of years", () => {
  it("is a result (粮食总产量连续2年超1600亿斤; 已是连续16年超千亿斤)", () => {
    expect(ticked("“十四五”时期,粮食总产量连续2年超1600亿斤。", 2026)).toEqual([]);
    expect(ticked("这也意味着该省粮食总产量已是连续16年超千亿斤。", 2022)).toEqual([]);
  });
  it("but a run of years still to hold is a goal (力争…连续3年稳定在1600亿斤以上; 这将使…连续五年超千亿元)", () => {
    expect(ticked("力争粮食产量连续3年稳定在1600亿斤以上。", 2026).map((t) => t.value)).toEqual([1600]);
    expect(ticked("这将使我省交通建设投资连续五年超千亿元。", 2016).map((t) => t.value)).toEqual([1000]);
  });
});

describe("the year a document's work is named by", () => {
  it("a year's list of projects under another name (实施2026年20项民心工程)", () => {
    const text = "市委、市政府决定实施2026年20项民心工程。\n\n1.新建就业驿站50家以上。\n2.全年计划开展补贴性职业技能培训10万人次。\n";
    expect(all(text).document.docYear).toBe(2026);
    expect(ticked(text).map((t) => t.year)).toEqual([2026, 2026]);
  });
  it("the year's work planned as a whole (对2025年全省经济工作进行系统谋划)", () => {
    const text = "省委经济工作会议对2025年全省经济工作进行系统谋划。市长说,全年旅游收入达到2000亿元。\n";
    expect(all(text).document.docYear).toBe(2025);
  });
  it("a yearly opinion a page names in full (《2024年本市…招生入学工作的实施意见》)", () => {
    const text = "上海市教委公布了《2024年本市义务教育阶段学校招生入学工作的实施意见》。今年秋季,本市新开办约40所中小学。\n";
    expect(all(text).document.docYear).toBe(2024);
  });
  it("a year that opens what is intended (2024年拟在…进行试行), when nothing else dates the text", () => {
    const text = "力争在主汛期前完成9处防汛积水点改造工程。2024年拟在分片预警机制等方面进行试行和强化。\n";
    expect(all(text).document.docYear).toBe(2024);
  });
});

describe("a bound after a count", () => {
  it("says a goal even after a clause of what is already built (已建成的130家…,新建就业驿站50家以上)", () => {
    const r = all("1.实施就业驿站提质扩容计划。巩固提升已建成的130家就业驿站服务功能,新建就业驿站50家以上。", 2026);
    expect(r.targets.map((t) => t.value)).toEqual([50]);
  });
  it("while a deed counted exactly goes on with the deeds done before it (已检查…,查处…)", () => {
    expect(ticked("开展专项整治,已检查食品企业62万余户次,查处食品违法案件6944起。", 2026)).toEqual([]);
  });
});

describe("an estimate of the work a plan starts", () => {
  it("is the plan's expected work, not the year just ended (预计新开工项目70个,…年度投资559亿元)", () => {
    const r = ticked("今年预计新开工项目70个,总投资3811亿元,年度投资559亿元。", 2015);
    expect(r.map((t) => t.value)).toEqual([70, 559]);
  });
  it("while an estimate of a subject's level still estimates the year (预计城乡居民收入分别增长5.8%)", () => {
    expect(ticked("预计城乡居民收入分别增长5.8%和7.2%。", 2015)).toEqual([]);
  });
});

describe("a period's plan a page says was issued, named without 《》", () => {
  it("sets the horizon of the goals with no year of their own (发布…“十四五”规划的通知)", () => {
    const text = "近日,湖北省生态环境厅发布湖北省应对气候变化“十四五”规划的通知,通知指出,新增常规水电装机50万千瓦,水电装机达到3800万千瓦。";
    const r = ticked(text, 2022);
    expect(r.map((t) => [t.value, t.year])).toEqual([[50, 2025], [3800, 2025]]);
  });
  it("but not a plan the page only carries out (贯彻落实…“十四五”规划), nor one already issued (已发布)", () => {
    expect(ticked("为贯彻落实省里印发的“十四五”规划,今年新建公园5个。", 2022).map((t) => t.year)).toEqual([2022]);
    expect(ticked("园区已发布“十四五”规划,今年新建公园5个。", 2022).map((t) => t.year)).toEqual([2022]);
  });
});

describe("a paragraph opening with a past year after a lead-in", () => {
  it("reviews that year when the lead-in reports what was disclosed and the circumstances met (…透露,面对…,2018年,…)", () => {
    const text = "政府工作报告透露,面对日益加大的经济下行压力,2018年,武汉市坚持高位求进,预计地区生产总值增长8%左右。\n\n其中,产业能级提升。三大产业主营业务收入总量突破5000亿元;在汉投资世界500强企业达到266家。\n";
    expect(ticked(text, 2019)).toEqual([]);
  });
});

describe("the year a document's goals are set in, by how the document sets it", () => {
  it("a heading of goals, then the year or its span (一、工作目标 / 2024年,…; 二、工作目标 / 力争2024-2025年,…)", () => {
    expect(all("一、工作目标\n\n  2024年,按照市里要求,首办成功率达到90%。\n").document.docYear).toBe(2024);
    expect(all("二、工作目标\n力争2024-2025年,批发零售业增加值年均增长6%以上。\n").document.docYear).toBe(2024);
    // (a horizon after the heading dates nothing: 到2025年)
    expect(all("二、工作目标\n到2025年,批发零售业增加值达到100亿元。\n").document.docYear).toBeNull();
  });
  it("the year's major works arranged (2019年上海重大工程共安排正式项目138项)", () => {
    expect(all("本报讯 2019年上海重大工程共安排正式项目138项,计划新开工23项,基本建成11项。\n").document.docYear).toBe(2019);
  });
  it("the year's budget arranged (2026年全国一般公共预算安排国防支出…), not one carried out", () => {
    expect(all("发言人表示,2026年全国一般公共预算安排国防支出1.94万亿元。\n").document.docYear).toBe(2026);
  });
  it("a headline's date stamp closing its line (…资金投入1036亿 2016-11-18)", () => {
    const r = all("上海市重大建设聚焦四大方面 资金投入1036亿 2016-11-18\n\n今年上海共安排市重大工程正式项目101个。\n");
    expect(r.document.issueDate).toBe("2016-11-18");
    expect(r.document.docYear).toBe(2016);
  });
  it("the later of two years, the one a goal is set for (初步预计,2017年全年…。2018年,二七区给自己定下了小目标:…)", () => {
    const text = "初步预计,2017年全年二七区生产总值完成567亿元,增长9%。\n2018年,二七区给自己定下了小目标:地区生产总值增长8%以上。\n";
    expect(all(text).document.docYear).toBe(2018);
    expect(ticked(text).map((t) => [t.value, t.year])).toEqual([[8, 2018]]);
  });
  it("a year opening a clause with a longer place before its will (2025年,长沙自贸临空区将紧盯…)", () => {
    expect(all("记者了解到,2025年,长沙自贸临空区将紧盯目标,外贸进出口额争取550亿元以上。\n").document.docYear).toBe(2025);
  });
});

describe("a change on a base year closing a clause", () => {
  it("leaves the clause's subject to name the amount after it (生产总值将比2010年翻两番,突破千亿元大关,达到1150亿元)", () => {
    const r = ticked("“十三五”期间商洛的生产总值将比2010年翻两番,突破千亿元大关,达到1150亿元,年均增长10%左右。", 2016);
    expect(r.map((t) => [t.indicator, t.value, t.year])).toEqual([
      ["商洛的生产总值", 1000, 2020], ["商洛的生产总值", 1150, 2020], ["商洛的生产总值", 10, 2020],
    ]);
  });
  it("and the mark an amount passes names no noun (迈上5000亿元台阶)", () => {
    expect(ticked("到2020年,地区生产总值迈上5000亿元台阶。", 2016).map((t) => [t.indicator, t.value])).toEqual([["地区生产总值", 5000]]);
  });
});

describe("an edition's year", () => {
  it("names the text a plan follows, no time of its clause (《产业结构调整指导目录》(2019年本))", () => {
    const text = "严格执行《产业结构调整指导目录》(2019年本),淘汰50家企业落后产能,整治300家“低散乱”企业。";
    expect(ticked(text, 2020).map((t) => [t.value, t.year])).toEqual([[50, 2020], [300, 2020]]);
  });
});

describe("a mark an amount passes", () => {
  it("restates the amount just stated in its sentence (计划投资2550亿,跨越2500亿大关)", () => {
    const r = all("今年上海重大工程安排184项正式项目,计划投资2550亿,跨越2500亿大关。", 2026);
    expect(r.targets.map((t) => t.value)).toEqual([184, 2550]);
    expect(r.mentions?.find((m) => m.value === 2500)?.role).toBe("other");
  });
});

describe("a goal quoted after the verb that proposes it", () => {
  it("states its amounts (南阳更是提出了“保8%、争9%”的目标)", () => {
    expect(all("南阳更是提出了“保8%、争9%”的目标。", 2023).targets.map((t) => t.value)).toEqual([8, 9]);
  });
  it("while a quoted name after such a verb stays a name (提出“3个100万”工程)", () => {
    expect(ticked("会议提出“3个100万”工程。", 2023)).toEqual([]);
  });
});

describe("a second measure written close after a count", () => {
  it("sets a target of the same work, named by the noun after both (完成465幢23.25万平方米房屋“平改坡”)", () => {
    const r = ticked("完成465幢23.25万平方米房屋“平改坡”,实施85幢20万平方米老旧小区房屋改造。", 2017);
    expect(r.map((t) => [t.value, t.unit, t.kind])).toEqual([[465, "幢", "increment"], [23.25, "万平方米", "increment"], [85, "幢", "increment"], [20, "万平方米", "increment"]]);
  });
  it("but a size each thing counted has is no target (3个5000亩示范片, 1所100张以上床位的养老机构)", () => {
    expect(ticked("建好3个5000亩县级示范片,建设1所100张以上床位的养老机构。", 2026).map((t) => t.value)).toEqual([3, 1]);
  });
});

describe("a plan of some years a page says was just issued", () => {
  it("dates a repost by the plan's first year, not by a page date after its end (日前印发《…新三年(2016~2018年)行动计划》)", () => {
    const text = "郑州出台新型城镇化建设新三年行动计划\n发布日期:2019-07-29 12:12:21\n市政府办公厅日前印发《郑州市深入推进新型城镇化建设新三年(2016~2018年)行动计划》,到2018年,全市常住人口城镇化率达到73%左右。\n";
    expect(all(text).document.docYear).toBe(2016);
    expect(ticked(text).map((t) => [t.value, t.year])).toEqual([[73, 2018]]);
  });
  it("while a page dated within the plan's years keeps its date", () => {
    const text = "发布日期:2017-07-29 12:12:21\n市政府办公厅日前印发《郑州市新三年(2016~2018年)行动计划》,到2018年,全市城镇化率达到73%左右。\n";
    expect(all(text).document.docYear).toBe(2017);
  });
});

describe("places a work is done in, listed after another level", () => {
  it("size where the work is done (在市级和6个县区以及70%以上的乡镇(街道)建立公共法律服务中心)", () => {
    const r = all("在市级和6个县区以及70%以上的乡镇(街道)建立公共法律服务中心。", 2015);
    expect(r.targets.map((t) => t.value)).toEqual([70]);
    expect(r.mentions?.find((m) => m.value === 6)?.role).toBe("qualifier");
  });
});

describe("ten-thousands with the thousands written out in figures", () => {
  it("read as one amount (3万8000亿元 → 38000亿元, 1万2000亿元)", () => {
    const r = ticked("到2018年,实现主营业务收入3万8000亿元以上,全省工业完成投资1万2000亿元。", 2016);
    expect(r.map((t) => [t.value, t.unit])).toEqual([[38000, "亿元"], [12000, "亿元"]]);
  });
  it("but not ten-thousands before a decimal or a longer run of figures (3万8000.5, 3万80000)", () => {
    expect(ticked("新增就业3万人,培训8000人。", 2016).map((t) => t.value)).toEqual([3, 8000]);
  });
});

describe("the year said to have just begun", () => {
  it("is the document's year (2016年刚刚开启,各省份已陆续公布…)", () => {
    const text = "2016年刚刚开启,各省份已陆续公布各自的“十三五”规划建议。按照此增速计算,2020年天津生产总值将达到2.5万亿元。\n";
    expect(all(text).document.docYear).toBe(2016);
  });
});

describe("a season's plan issued across the turn of a year", () => {
  it("dates the page by the year the season opens (印发《2016-2017年度全省冬春农田水利基本建设实施方案》)", () => {
    const text = "日前,省水利厅印发《2016-2017年度全省冬春农田水利基本建设实施方案》,提出今冬明春全省农田水利基本建设计划完成总投资302.3亿元。\n";
    expect(all(text).document.docYear).toBe(2016);
  });
});

describe("a year alone on its line with a word of looking back or ahead", () => {
  it("heads what follows it (回顾2017年 / … / 展望2018年 / …)", () => {
    const text = "回顾2017年\n生产总值增长9.5%,规模以上工业增加值增长14.5%\n160个市级重点项目完成投资580亿元\n展望2018年\n生产总值增长9%左右,规模以上工业增加值增长12%左右\n";
    expect(ticked(text, 2018).map((t) => [t.value, t.year])).toEqual([[9, 2018], [12, 2018]]);
  });
});

describe("a period's goals and a year's work named at a page's head", () => {
  it("a headline naming the period's goals, its date stamp with the time (上海“十二五”时期的主要目标 2011-02-12 14:08)", () => {
    const text = "上海“十二五”时期的主要目标 2011-02-12 14:08\n一是经济发展质量明显改善,全市生产总值年均增长8%左右。二是各类保障性住房新增供应100万套左右。\n";
    const r = all(text);
    expect(r.document.issueDate).toBe("2011-02-12");
    expect(r.document.horizon).toBe(2015);
    expect(ticked(text).map((t) => [t.value, t.year])).toEqual([[8, 2015], [100, 2015]]);
  });
  it("what a report says of the year's work (关于2011年工作,政府工作报告突出了…), not its review", () => {
    expect(all("关于2011年工作,政府工作报告突出了五个重点。力争全市新兴产业规模达100亿元。\n").document.docYear).toBe(2011);
    expect(all("关于2010年工作回顾,报告说全市新兴产业规模达90亿元。\n").document.docYear).not.toBe(2010);
  });
});

describe("a year after a speaker's words that introduce it", () => {
  it("opens what the year will bring (…在报告中指出, 2013年,河南180个产业集聚区力争…)", () => {
    const text = "1月21日上午,河南省十二届人大一次会议开幕。省长在报告中指出, 2013年,河南180个产业集聚区力争全年完成投资1.3万亿元。\n";
    expect(all(text).document.docYear).toBe(2013);
  });
  it("but not a plan's goal year after the words that propose it (《行动方案》提出,2027年,力争…)", () => {
    const text = "近日,《湖北省加快低空经济高质量发展行动方案》发布。《行动方案》提出,2027年,力争湖北全省低空经济产业规模突破1000亿元。\n";
    expect(all(text).document.docYear).not.toBe(2027);
  });
});

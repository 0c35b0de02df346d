// Forms met on real pages of round 61, each rule with its example sentences. Sentences written for these tests (unit
// tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";
import { ticked as tickedOnly } from "./targets-of";

const all = (text: string, docYear?: number) => extract(text, { docYear, mentions: true });
const ticked = (text: string, docYear?: number) => tickedOnly(all(text, docYear).targets);
const roleOf = (text: string, number: string, docYear?: number) => all(text, docYear).mentions!.find((m) => m.text.startsWith(number))?.role;

describe("a count whose noun passes a sum", () => {
  const text = "到2022年,力争1家企业冲刺千亿,5家企业过百亿。";
  it("is the goal, a level, and the sum its class (5家企业过百亿)", () => {
    expect(ticked(text, 2020).map((t) => [t.value, t.unit, t.kind])).toEqual([[1, "家", "level"], [5, "家", "level"]]);
    expect(roleOf(text, "百亿", 2020)).toBe("qualifier");
  });
  it("but a sum reached by a count's indicator stays the goal (规上工业营收突破千亿元)", () => {
    expect(ticked("到2025年,全市规上工业营收突破1000亿元。", 2023).map((t) => [t.value, t.unit])).toEqual([[1000, "亿元"]]);
  });
});

describe("a bounded size of each thing counted", () => {
  it("is part of the noun the count counts (1―3个容量不小于200人的县级避灾中心)", () => {
    const r = ticked("到2020年,每个县(市、区)建有1―3个容量不小于200人的县级避灾中心。", 2018);
    expect(r.map((t) => [t.value, t.valueMax, t.unit])).toEqual([[1, 3, "个"]]);
    expect(r[0].indicator).toContain("县级避灾中心");
  });
  it("whatever the size is of (培育1家营收规模达10亿元的再生资源回收龙头企业)", () => {
    expect(ticked("到2027年,培育1家营收规模达10亿元的再生资源回收龙头企业。", 2024).map((t) => [t.value, t.unit])).toEqual([[1, "家"]]);
  });
});

describe("a round hundred or thousand in words", () => {
  it("is what a noun is to break through, closing its clause (注册球员破千, 参赛队伍过百)", () => {
    expect(ticked("到2027年,注册球员破千,参赛队伍过百。", 2025).map((t) => [t.value, t.comparator])).toEqual([[1000, ">"], [100, ">"]]);
  });
  it("but not in a word (打破千年传统)", () => {
    expect(ticked("到2027年,打破千年传统。", 2025)).toEqual([]);
  });
  it("counts pitches after a verb of building (三年内新建改建百片球场)", () => {
    expect(ticked("到2027年,三年内新建改建百片球场。", 2025).map((t) => [t.value, t.unit])).toEqual([[100, "片"]]);
  });
  it("counts villages after 支持, the headline's first half no part of the name (…转向产业发展 重点支持百个移民村)", () => {
    const r = ticked("湖北移民工作投资重点转向产业发展 重点支持百个移民村\n2018-02-01 21:31:00 来源:荆楚网\n\n记者从全省移民工作会议上了解到。", 2018);
    expect(r.map((t) => [t.value, t.indicator])).toEqual([[100, "移民村"]]);
  });
});

describe("a formula's parts", () => {
  const text = "《实施方案》提出,到2025年底,“1+1+6+6+18+N”(即在全省范围内建设1个再生资源循环利用产业园、1个全省性再生资源回收信息综合平台、6个再生资源集散中心、6个报废机动车回收拆解中心、18个分拣中心和N个中转站及回收服务网点)的再生资源回收体系初步建立。";
  it("are the things a verb of building makes, each with its own name", () => {
    expect(ticked(text, 2024).map((t) => [t.value, t.indicator])).toEqual([
      [1, "再生资源循环利用产业园"], [1, "全省性再生资源回收信息综合平台"], [6, "再生资源集散中心"], [6, "报废机动车回收拆解中心"], [18, "分拣中心"],
    ]);
  });
  it("but not a plan's own structure (“1+4+20”…即1个总目标、4大主要任务、20项重点工程)", () => {
    expect(ticked("方案用“1+4+20”概括,即1个总目标、4大主要任务、20项重点工程。", 2024)).toEqual([]);
  });
});

describe("marks a mirror doubled", () => {
  it("read as the list they were (2019年,、2020年,、2021年分别达到320亿元,、400亿元,、500亿元)", () => {
    const r = ticked("力争全市规模以上酒产业营业收入2019年,、2020年,、2021年分别达到320亿元,、400亿元,、500亿元。", 2019);
    expect(r.map((t) => [t.value, t.year])).toEqual([[320, 2019], [400, 2020], [500, 2021]]);
  });
});

describe("a forecast of the document's own year", () => {
  it("is a goal on a page dated early in that year (dated 2026-02-21, 预计2026年开办16家…)", () => {
    const r = ticked("发布日期:2026-02-21\n社会局盘点,预计2026年开办16家公办民营托婴中心。");
    expect(r.map((t) => [t.value, t.year])).toEqual([[16, 2026]]);
  });
  it("but an estimate on a page dated at its end (dated 2026-12-20, 预计2026年全年…)", () => {
    expect(ticked("发布日期:2026-12-20\n社会局盘点,预计2026年开办16家公办民营托婴中心。")).toEqual([]);
  });
});

describe("a review turning to the will", () => {
  const text = "截至目前已达56处、可收托1808人,年底前将再增加5处,整体公托数达61处、可收托1972人,明年将再增5处。";
  it("goes on in the will until a clause says again what is done", () => {
    expect(ticked(text, 2025).map((t) => t.value)).toEqual([5, 61, 1972, 5]);
  });
  it("but not in a progress report's actuals (…,实际完成22.12公里)", () => {
    const r = ticked("2021年民生实事项目进展情况\n截至目前,已完成投资3亿元,年底前将完成全部改造,实际完成22.12公里。", 2021);
    expect(r.map((t) => t.value)).not.toContain(22.12);
  });
});

describe("a rate after a list of whole rates", () => {
  it("is each one's, a quoted name inside one of them too (…、职业病防护设施“三同时”实施率、监督检查率要达到95%)", () => {
    const r = ticked("到2020年底,危害申报率、定期检测率、职业病防护设施“三同时”实施率、监督检查率要达到95%。", 2019);
    expect(r.map((t) => t.indicator)).toEqual(["危害申报率", "定期检测率", "职业病防护设施“三同时”实施率", "监督检查率"]);
  });
});

describe("people a verb of help brings to an outcome", () => {
  it("are counted (帮扶3万贫困移民脱贫, 带动5000名农民就业)", () => {
    const r = ticked("今年我省将帮扶3万贫困移民脱贫,带动5000名农民就业。", 2018);
    expect(r.map((t) => [t.value, t.unit, t.indicator])).toEqual([[3, "万", "贫困移民脱贫"], [5000, "名", "农民就业"]]);
  });
});

describe("a size of each village counted, 在 a bound", () => {
  it("bounds the class the count counts (100个移民人口在1000人以上的移民村)", () => {
    const text = "每年重点支持100个移民人口在1000人以上的移民村。";
    expect(ticked(text, 2018).map((t) => [t.value, t.unit])).toEqual([[100, "个"]]);
    expect(roleOf(text, "1000", 2018)).toBe("qualifier");
  });
});

describe("funds received or allocated", () => {
  it("are past (宁德市获得8532.56万元, 省财政厅下达2025年第二批…基金60433万元)", () => {
    const text = "近日,省财政厅、水利厅下达2025年第二批中央水库移民扶持基金60433万元。其中,宁德市获得8532.56万元。";
    expect(ticked(text, 2025)).toEqual([]);
    expect(roleOf(text, "60433", 2025)).toBe("past");
  });
  it("but not funds a goal strives for, nor a task allocated (力争获得…资金5000万元, 下达…投资任务33.9亿元)", () => {
    expect(roleOf("今年力争获得上级补助资金5000万元。", "5000", 2025)).not.toBe("past");
    expect(ticked("省厅下达我市交通运输固定资产投资任务33.9亿元。", 2025).map((t) => t.value)).toEqual([33.9]);
  });
});

describe("a title whose kind of document stands on a line of its own", () => {
  it("dates the page (霍邱县2024年实施乡村人才促进行动 / 工作方案)", () => {
    const r = all("霍邱县2024年实施乡村人才促进行动\n工作方案\n一、总体要求\n依托职业学校培养涉农专业学生50名左右。");
    expect(r.document.title).toBe("霍邱县2024年实施乡村人才促进行动工作方案");
    expect(tickedOnly(r.targets).map((t) => [t.value, t.year])).toEqual([[50, 2024]]);
  });
});

describe("a sentence opening on a year since when", () => {
  it("reviews the past (2022年以来,全省谋划实施…项目145个,…,实现种植49.4万亩), the plan it names still a goal", () => {
    // (the opening lines of a real news page, dev866)
    const text = "农业大省吉林西部盐碱地成增产“米粮川”\n中新网长春10月27日电 (记者 郭佳)吉林省政府新闻办公室27日召开吉林省盐碱地综合利用新闻发布会,介绍吉林省综合利用盐碱地相关经验,并透露将于明年初实施“吉林省盐碱地高效治理与综合利用科技创新重大专项”,进一步破解盐碱地重大科技问题。\n吉林是中国的产粮大省,粮食产量已连续两年突破800亿斤大关。去年,全省粮食增产8.32亿斤,总产量达到816.16亿斤,稳居全国第5位,粮食单产居全国粮食主产省第1位。今年,官方预测粮食总产量约850亿斤,再迎丰收年。\n吉林省自然资源厅副厅长王晓南介绍,吉林省是中国盐碱地等耕地后备资源分布比较集中的省份,耕地后备资源总面积678万亩,集中分布在西部白城、松原两市。2022年以来,全省谋划实施盐碱地综合利用土地整治项目145个,计划新增耕地面积70万亩,实现种植49.4万亩。";
    const values = ticked(text, 2023).map((t) => t.value);
    expect(values).toContain(70);
    expect(values).not.toContain(145);
    expect(values).not.toContain(49.4);
  });
  it("as does what a survey's results show (第三次国土调查成果显示,松原市共有…207万亩)", () => {
    expect(ticked("近日召开发布会。第三次国土调查成果显示,松原市共有盐碱地等耕地后备资源207万亩,占吉林省的21%。", 2023)).toEqual([]);
  });
});

describe("a plan as the subject of its work", () => {
  it("sets goals after a sentence of the present state (目前…71.66%。规划支持建设中心渔港11座…)", () => {
    const text = "规划期至2025年。\n区域内海水产品总产量504.04万吨,目前渔船安全避风容量24750艘,有效避风率71.66%。规划支持建设中心渔港11座,渔船安全避风容量达到29250艘。";
    expect(ticked(text, 2018).map((t) => t.value)).toEqual([11, 29250]);
  });
});

describe("a year after a line's list number", () => {
  it("is a year, and heads the goals under it (1.2018年发展目标 / 2.2020年发展目标)", () => {
    const text = "(二)发展目标。\n用5年左右时间,打造全国数据应用先导区。\n1.2018年发展目标。\n——省电子政务数据中心开工建设。80%以上的地级以上市完成电子政务云平台建设。\n2.2020年发展目标。\n——建成10个平台。";
    const r = all(text);
    expect(r.mentions!.find((m) => m.text === "2018")?.role).toBe("date");
    expect(tickedOnly(r.targets).map((t) => [t.value, t.year])).toEqual([[80, 2018], [10, 2020]]);
  });
});

describe("a table of a task shared out to bodies", () => {
  it("reads 单位 beside the task as the bodies, two rows to a line where the header repeats (单 位 | 献血任务数 | 单 位 | 献血任务数)", () => {
    const text = "周矶管理区2021年度无偿献血指标分配表\n\n单 位\n\n献血任务数\n\n单 位\n\n献血任务数\n\n农场机关\n\n(含服务大厅)\n\n20\n\n卫生院\n\n15\n\n前进社区\n\n20\n";
    const r = ticked(text, 2021);
    expect(r.map((t) => [t.value, t.indicator])).toEqual([
      [20, "无偿献血指标分配(农场机关)"], [15, "无偿献血指标分配(卫生院)"], [20, "无偿献血指标分配(前进社区)"],
    ]);
  });
  it("with the task's unit in its header (单 位 | 任务数(人) |)", () => {
    const text = "附件:\n三封寺镇2021年度无偿献血任务分配表\n单 位 |\n任务数(人) |\n单 位 |\n任务数(人) |\n墨山铺村 |\n3 |\n财政所 |\n1 |\n";
    expect(ticked(text, 2021).map((t) => [t.value, t.unit])).toEqual([[3, "人"], [1, "人"]]);
  });
  it("but 单位 stays a unit column beside an indicator (指标 | 单位 | 2025年)", () => {
    const text = "主要指标\n\n指标\n\n单位\n\n2025年\n\n地区生产总值\n\n亿元\n\n500\n";
    expect(ticked(text, 2021).map((t) => [t.value, t.unit])).toEqual([[500, "亿元"]]);
  });
});

describe("shares of each tier's members", () => {
  it("are each a target, named by its tier and the words they share (95%省级、90%市级和70%县级党政机关达到节约型机关要求)", () => {
    const r = ticked("到2022年,95%省级、90%市级和70%县级党政机关达到节约型机关要求。", 2020);
    expect(r.map((t) => [t.value, t.indicator, t.year])).toEqual([
      [95, "省级党政机关达到节约型机关要求比例", 2022], [90, "市级党政机关达到节约型机关要求比例", 2022], [70, "县级党政机关达到节约型机关要求比例", 2022],
    ]);
  });
  it("after a deadline opening the clause, with 的 (到2020年底60%的省级、40%的市级和30%的县级…)", () => {
    expect(ticked("  到2020年底60%的省级、40%的市级和30%的县级党政机关达到创建要求。", 2020).map((t) => t.value)).toEqual([60, 40, 30]);
  });
  it("but not a list whose members do nothing named after it (95%省级、90%市级。)", () => {
    expect(ticked("到2022年,95%省级、90%市级。", 2020).map((t) => t.indicator)).not.toContain("省级比例");
  });
});

describe("the year's task said as what is to be done by its end", () => {
  it("is the target a progress paragraph measures against (…的任务是到年底前要治理135个黑臭水体。截至11月30日,…完成…90个)", () => {
    const text = "记者日前获悉,今年三项城市建设重点工作进展顺利。\n今年全省城市黑臭水体治理的任务是到年底前要治理135个黑臭水体,消除黑臭现象。截至11月30日,全省累计完成治理黑臭水体90个,占全年计划任务的66.7%。";
    expect(ticked(text, 2017).map((t) => [t.value, t.indicator])).toEqual([[135, "黑臭水体"]]);
  });
});

describe("a stock's name before 累计", () => {
  it("reaches a level (地热能供暖面积累计达到4500万平方米, 在校学生累计达到20万人)", () => {
    const r = ticked("到2020年,全省地热能供暖面积累计达到4500万平方米以上,在校学生累计达到20万人。", 2018);
    expect(r.map((t) => [t.value, t.kind])).toEqual([[4500, "level"], [20, "level"]]);
  });
  it("but a flow summed over the period is added (固定资产投资累计超过460亿元)", () => {
    expect(ticked("到2020年,全县固定资产投资累计超过460亿元。", 2018).map((t) => t.kind)).toEqual(["increment"]);
  });
});

describe("colonies and boxes of bees", () => {
  it("are counted where bees are named (全县养殖平武中蜂10万群, 户均养殖平武中蜂10箱)", () => {
    expect(ticked("2017年,目标是全县养殖平武中蜂10万群,户均养殖平武中蜂10箱。", 2017).map((t) => [t.value, t.unit])).toEqual([[10, "万群"], [10, "箱"]]);
  });
  it("but not people (让54.13万群众喝上甘甜的洮河水)", () => {
    expect(ticked("今年将让54.13万群众喝上甘甜的洮河水。", 2022).map((t) => t.unit)).toEqual(["万"]);
  });
});

describe("a round hundred after a verb of recognising or setting up", () => {
  it("counts (全省认定百名乡村工匠名师, 设立百个名师工作室)", () => {
    expect(ticked("到2025年,全省认定百名乡村工匠名师,设立百个名师工作室。", 2024).map((t) => [t.value, t.indicator])).toEqual([[100, "乡村工匠名师"], [100, "名师工作室"]]);
  });
});

describe("bandwidth in terabits", () => {
  it("is a unit (互联网省际出口带宽达到22Tbps)", () => {
    expect(ticked("到2025年,互联网省际出口带宽达到22Tbps。", 2022).map((t) => [t.value, t.unit])).toEqual([[22, "Tbps"]]);
  });
});

describe("places counted, then what each of them builds", () => {
  it("is a target (全市114个镇(街)全面建成社会工作服务站)", () => {
    expect(ticked("今年底前,全市114个镇(街)全面建成社会工作服务站。", 2021).map((t) => [t.value, t.kind])).toEqual([[114, "increment"]]);
  });
});

describe("a full share of coverage closing its clause", () => {
  it("is the rate of what the verb before it covers (实现社会工作服务站(点)和困难群众、特殊群体社会工作服务100%覆盖)", () => {
    const r = ticked("我市争取用两年时间实现社会工作服务站(点)和困难群众、特殊群体社会工作服务100%覆盖。", 2021);
    expect(r.map((t) => [t.value, t.indicator])).toEqual([[100, "社会工作服务站(点)和困难群众、特殊群体社会工作服务覆盖率"]]);
  });
});

describe("a count, then the year's end before which all of it is done", () => {
  it("is a goal in a sentence of progress (截至目前,…已经完工,115个小区维修改造年底前全部完工)", () => {
    // (two paragraphs of a real news page, dev870)
    const text = "作為省政府十件民生實(shí)事之一,今年我省計(jì)劃改造農(nóng)村危房3.39萬戶,其中建檔立卡貧困戶1.63萬戶。截至目前,四類重點(diǎn)對象危房改造開工2.61萬戶,開工率77%;竣工2.05萬戶,竣工率60%,今年年底將如期完成改造任務(wù)。\n\n今年,我省共有115個早期棚改小區(qū)實(shí)施維修改造,涉及撫順、本溪、阜新等7個城市,28.05萬套居民房屋、3884棟樓。截至目前,115個小區(qū)的維修改造全部開工,34個小區(qū)已經(jīng)完工,67個小區(qū)維修改造的工程量超過80%,115個小區(qū)維修改造年底前全部完工。";
    expect(ticked(text, 2019).map((t) => t.indicator)).toContain("小区维修改造年底前全部完工");
    expect(all(text, 2019).mentions!.filter((m) => m.text.startsWith("34")).map((m) => m.role)).toEqual(["past"]);
  });
});

describe("a full share of where a thing comes from", () => {
  it("is a target (临床用血100%来自无偿献血)", () => {
    expect(ticked("到2025年,医疗机构临床用血100%来自无偿献血。", 2024).map((t) => [t.value, t.kind])).toEqual([[100, "share"]]);
  });
});

describe("目标管理, management by objectives", () => {
  it("is a noun, no goal that keeps a sentence of the present state from it (目前,…已纳入自然岸线管控目标管理的岸线长68.87km)", () => {
    const text = "南通海岸线整治三年行动计划出台\n目前,我市地理海岸线长284.57km,已纳入自然岸线管控目标管理的岸线长68.87km。\n到2020年,全市自然岸线长108.43km。";
    expect(ticked(text, 2018).map((t) => t.value)).toEqual([108.43]);
  });
});

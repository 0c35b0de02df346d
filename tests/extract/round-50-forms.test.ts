// Forms met on real pages of round 50, each rule with its example sentences. Sentences written for these tests (unit
// tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const all = (text: string, docYear?: number) => extract(text, { docYear, mentions: true });
const ticked = (text: string, docYear?: number) => all(text, docYear).targets.filter((t) => t.confidence !== "low");
const roleOf = (text: string, value: number, docYear?: number) => all(text, docYear).mentions?.find((m) => m.value === value)?.role;

describe("a list's last item before 等 and the list's own count", () => {
  it("keeps its count (优化街边球类场地5处等10项民生项目确定为…民生实事)", () => {
    const text = "根据投票结果,将提质扩容1个体育公园,新建2个口袋公园,优化街边球类场地5处等10项民生项目确定为博野县2026年民生实事。";
    expect(ticked(text, 2026).map((t) => [t.value, t.unit])).toEqual([[1, "个"], [2, "个"], [5, "处"]]);
    expect(roleOf(text, 10, 2026)).toBe("other");
  });
});

describe("the parts of what was received", () => {
  it("are past like the total (共收到建议和意见8件,主要涉及道路交通建设4件,城乡垃圾治理2件)", () => {
    const text = "报告指出:议案审查委员会共收到建议和意见8件,主要涉及道路交通建设4件,城乡垃圾治理2件,文化教育1件。";
    expect(ticked(text, 2026)).toEqual([]);
    expect(roleOf(text, 4, 2026)).toBe("past");
  });
  it("while suggestions a plan will handle are still work (办理代表建议300件)", () => {
    expect(ticked("今年办理代表建议300件以上。", 2026).map((t) => t.value)).toEqual([300]);
  });
});

describe("a share a sector contributed, told with 了", () => {
  it("is a result, in words or in figures (民营经济贡献了全省约百分之七十的GDP…和百分之九十以上的市场主体数量)", () => {
    expect(ticked("民营经济贡献了全省约百分之七十的GDP、约百分之八十的城镇劳动就业和百分之九十以上的市场主体数量。", 2026)).toEqual([]);
    expect(ticked("民营经济贡献了全省约70%的GDP和90%以上的市场主体数量。", 2026)).toEqual([]);
  });
  it("while a share a plan will raise is a target (民营经济增加值占比提高到60%)", () => {
    expect(ticked("到2030年,民营经济增加值占比提高到60%。", 2026).map((t) => t.value)).toEqual([60]);
  });
});

describe("projects counted by the fields a list names", () => {
  it("are the list's size (包括…、城乡公厕改造等方面共17个项目,年度计划投资46.67亿元)", () => {
    const text = "宿有宜居,功能提优。包括老旧住宅电梯更新改造、重点河道疏浚治理、城乡公厕改造等方面共17个项目,年度计划投资46.67亿元。";
    const r = ticked(text, 2026);
    expect(r.map((t) => [t.value, t.unit, t.kind])).toEqual([[46.67, "亿元", "increment"]]);
    expect(roleOf(text, 17, 2026)).toBe("other");
  });
  it("while projects a plan will carry out are a target (全年实施重点项目120个)", () => {
    expect(ticked("全年实施重点项目120个。", 2026).map((t) => t.value)).toEqual([120]);
  });
});

describe("the year's planned total investment", () => {
  it("is work of the year (年度计划总投资93.57亿元)", () => {
    expect(ticked("2026年度,宿迁市政府共安排实施六大类民生实事项目,年度计划总投资93.57亿元。", 2026).map((t) => t.kind)).toEqual(["increment"]);
  });
});

describe("verbs of work in the period", () => {
  it("make an increment: standards written, books bought, roads repaired (制修订…标准30项以上, 采购图书200种以上, 大修进村路1条)", () => {
    const r = ticked("今年制修订医疗、家政等共通标准30项以上,采购流通图书、报刊杂志200种以上,大修进村路1条。", 2025);
    expect(r.map((t) => [t.value, t.kind])).toEqual([[30, "increment"], [200, "increment"], [1, "increment"]]);
  });
});

describe("a count of the items named right beside it", () => {
  it("is the list's size, the items before it (培育壮大科技服务、商务服务、绿色服务、海洋服务4个特色产业)", () => {
    const text = "做大做强信息服务、金融服务、物流服务、贸易服务4个优势产业,培育壮大科技服务、商务服务、绿色服务、海洋服务4个特色产业。";
    expect(ticked(text, 2025)).toEqual([]);
  });
  it("or the items after it (优先发展2个先导产业,包括新一代信息技术、人工智能两个产业)", () => {
    expect(roleOf("优先发展2个先导产业,包括新一代信息技术、人工智能两个产业。", 2, 2025)).toBe("other");
  });
  it("but things to build, named one by one, are not the list's size (建成金闽小学、永南中学2所新校)", () => {
    expect(roleOf("今年建成金闽小学、永南中学2所新校。", 2, 2022)).not.toBe("other");
  });
  it("and a count that differs from the items named counts more than it names (聚焦数字赋能、平台提升5个维度)", () => {
    expect(roleOf("聚焦数字赋能、平台提升5个维度,提出14项促进措施。", 5, 2025)).not.toBe("other");
  });
});

describe("a budget's performance targets", () => {
  const table = [
    "项目支出绩效目标表 |", "(2025年度) |", "项目名称 |", "农村文化建设配套补助经费 |",
    "绩 |", "一级 |", "二级指标 |", "三级指标 |", "指标值 |", "||",
    "产出指标 |", "数量指标 |", "开展送戏进万村 |", "≥70村 |", "|||",
    "质量指标 |", "送戏进万村活动完成率 |", "≥95% |", "||||",
    "满意度指标 |", "满意度指标 |", "项目受益人满意程度 |", "≥90% |", "|||",
  ].join("\n");
  it("date the document by the table's year (项目支出绩效目标表 (2025年度))", () => {
    expect(all(table).document.docYear).toBe(2025);
  });
  it("are read from the third tier and the value column (三级指标 | 指标值)", () => {
    expect(ticked(table).map((t) => [t.indicator, t.comparator, t.value, t.unit, t.year])).toEqual([
      ["开展送戏进万村", ">=", 70, "村", 2025], ["送戏进万村活动完成率", ">=", 95, "%", 2025], ["项目受益人满意程度", ">=", 90, "%", 2025],
    ]);
  });
  it("read a form's bracket and its comparator (黄金蜜种植数量(≥**株)>=17600株)", () => {
    expect(ticked("数量指标:黄金蜜(葡萄)种植数量(≥**株)>=17600株。", 2023).map((t) => [t.indicator, t.comparator, t.value])).toEqual([["黄金蜜(葡萄)种植数量", ">=", 17600]]);
  });
  it("count courses in 门 (开设课程数量220门)", () => {
    expect(ticked("年度绩效目标:开设课程数量220门;主体班培训280人次。", 2022).map((t) => [t.value, t.unit])).toEqual([[220, "门"], [280, "人次"]]);
  });
  it("but 门 in a word counts nothing (3部门联合)", () => {
    expect(ticked("由3部门联合推进。", 2022)).toEqual([]);
  });
});

describe("a sum for each unit", () => {
  it("is a grant's standard (按照任务70个行政村,每村4400元,市级需配套704元/村)", () => {
    const text = "主要用于送戏进万村,按照任务70个行政村,每村4400元,市级需配套704元/村。";
    expect(roleOf(text, 4400, 2025)).toBe("parameter");
    expect(roleOf(text, 704, 2025)).toBe("parameter");
  });
});

describe("a year's plan of the economy and society", () => {
  it("dates a page that reports it (发布深圳市坪山区2024年国民经济和社会发展计划)", () => {
    expect(all("近日,广东坪山区发展和改革局发布深圳市坪山区2024年国民经济和社会发展计划。").document.docYear).toBe(2024);
  });
  it("the later year, beside the outturn of the one before (…2023年国民经济和社会发展计划执行情况与2024年计划)", () => {
    expect(all("近日,龙华区发展和改革局发布深圳市龙华区2023年国民经济和社会发展计划执行情况与2024年计划。内容提到,空气质量优良率达95%。").document.docYear).toBe(2024);
  });
  it("as does what a report tells of a year (报告释放了2025年光明发展的诸多重要信息)", () => {
    expect(all("区长代表区人民政府向大会作政府工作报告。报告释放了2025年光明发展的诸多重要信息。").document.docYear).toBe(2025);
  });
});

describe("a paragraph opening with a past year and a verb of its course", () => {
  it("reviews that year (2023年聚焦推动绿色低碳发展,…。完成358个零直排小区创建)", () => {
    expect(ticked("2023年聚焦推动绿色低碳发展,生态环境质量持续改善。完成358个零直排小区创建,新建及修复污水管网15公里。", 2024)).toEqual([]);
  });
  it("while the document's own year sets its work (2024年聚焦…,新建修复污水管网5.1公里)", () => {
    expect(ticked("2024年聚焦绿色发展,新建修复污水管网5.1公里。", 2024).map((t) => t.value)).toEqual([5.1]);
  });
});

describe("a share of members keeping a rule", () => {
  it("is a target share (重点碳排放企业100%按时碳履约, 新建建筑100%执行绿色建筑考核标准)", () => {
    const r = ticked("推动辖区重点碳排放企业100%按时碳履约。严格落实新建建筑100%执行绿色建筑考核标准。", 2024);
    expect(r.map((t) => [t.value, t.kind])).toEqual([[100, "share"], [100, "share"]]);
  });
});

describe("results of recent years and a share of the plan done", () => {
  it("are past (近3年来,我市共完成长江两岸造林69.7万亩、占计划133%)", () => {
    expect(ticked("近3年来,我市共完成长江两岸造林69.7万亩、占计划133%,新造林完成53.1万亩。", 2022)).toEqual([]);
  });
  it("as is the share of the year's task done (截至目前已完成7.41万亩,占计划任务75%)", () => {
    expect(roleOf("截至目前已完成7.41万亩,占计划任务75%。", 75, 2022)).not.toBe("target");
  });
});

describe("a standard of “N有” each place must have", () => {
  it("lists norms, not targets (基本具备“五有”:有一定规模的阅读场地(建筑面积不低于100平米)、…)", () => {
    const text = "城市阅读空间基本具备“五有”:有一定规模的阅读场地(建筑面积不低于100平米)、有一定数量的出版物(图书不低于5000册以上)、有一定流量的读者(平均每天到场读者50人以上)。";
    expect(ticked(text, 2022)).toEqual([]);
    expect(roleOf(text, 5000, 2022)).toBe("parameter");
  });
  it("while places to build to such a standard are counted (按照“五有、四好”标准创建20个示范小区)", () => {
    expect(ticked("按照“五有、四好”标准创建20个生活垃圾分类示范小区。", 2024).map((t) => t.value)).toEqual([20]);
  });
});

describe("places whose goals are said to agree, then 均", () => {
  it("share the value (郑州、开封、洛阳以及平顶山的目标一致,均是“增长7%”)", () => {
    const r = ticked("郑州、开封、洛阳以及平顶山的目标一致,均是“增长7%”;安阳市的预期目标是“增长6.5%”。", 2023);
    expect(r.map((t) => [t.indicator, t.value, t.kind])).toEqual([
      ["郑州", 7, "growth"], ["开封", 7, "growth"], ["洛阳", 7, "growth"], ["平顶山", 7, "growth"], ["安阳市的预期目标", 6.5, "growth"],
    ]);
  });
  it("while a long name with 以及 in it stays one item (天然气、可再生能源以及核能占比分别达到14%、22%、7%)", () => {
    expect(ticked("到2025年,天然气、可再生能源以及核能占比分别达到14%、22%、7%。").map((t) => t.indicator)).toEqual(["天然气占比", "可再生能源占比", "核能占比"]);
  });
});

describe("verbs of adding to what exists", () => {
  it("set the count before the noun (增补3万平方米小微绿地, 增建公共停车泊位5000个)", () => {
    const r = ticked("今年将增补3万平方米小微绿地,增建公共停车泊位5000个。", 2025);
    expect(r.map((t) => [t.value, t.kind])).toEqual([[3, "increment"], [5000, "increment"]]);
  });
});

describe("a performance table's money", () => {
  it("is the project's, no target (项目金额 | 164万元 | 其中:当年市级财政资金 | 132万元)", () => {
    const text = "项目支出绩效目标批复表 |\n(2022年度) |\n项目金额 | 164万元 | 其中:当年市级财政资金 | 132万元 |\n年度绩效目标(文字) | 主体班培训280人次。";
    expect(ticked(text).map((t) => t.value)).toEqual([280]);
  });
});

describe("times a thing is done in the period", () => {
  it("are an increment (免疫规划知识培训次数2次以上, 自愿咨询检测1000人次以上)", () => {
    const r = ticked("2024年,免疫规划知识培训次数2次以上,自愿咨询检测1000人次以上。", 2024);
    expect(r.map((t) => [t.value, t.kind])).toEqual([[2, "increment"], [1000, "increment"]]);
  });
  it("but how often one service makes people come is a level (平均跑动次数压缩到0.5次以下)", () => {
    expect(ticked("到2022年底,平均跑动次数压缩到0.5次以下。", 2022).map((t) => t.kind)).toEqual(["level"]);
  });
  it("and a form's comparators ≧ and ≦ are read (适龄儿童国家免疫规划疫苗接种率 ≧90%)", () => {
    expect(ticked("2024年适龄儿童国家免疫规划疫苗接种率≧90%。", 2024).map((t) => t.comparator)).toEqual([">="]);
  });
});

describe("a holiday's figures", () => {
  it("are results (仅春节假期,全区累计接待游客721.76万人次,较2023年增长34.87%)", () => {
    const r = ticked("据介绍,2024年旅游迎来开门红。仅春节假期,全区累计接待游客721.76万人次,较2023年增长34.87%。副厅长表示,2024年力争接待游客3亿人次。", 2024);
    expect(r.map((t) => t.value)).toEqual([3]);
  });
});

describe("a paragraph opening with 其中 after a review", () => {
  it("goes on with it, though it names a year gone (其中,…19个项目被列入2017年全国优选旅游项目名录)", () => {
    const text = "近年来,青海省旅游发展较为迅速。据统计,2017年青海共接待国内外游客3484.1万人次,同比增长21.1%;实现旅游收入381.53亿元,同比增长23%,超额完成了全年目标任务。\n\n其中,青海旅游项目总投资达到364.7亿元,到位资金199.3亿元;19个项目被列入2017年全国优选旅游项目名录。";
    expect(ticked(text, 2018)).toEqual([]);
  });
});

describe("a performance table whose tiers drop 指标", () => {
  it("is read (一级 | 二级 | 三级 | 年度数值 | 备注)", () => {
    const text = "2025年度项目支出绩效目标表\n\n一级\n\n二级\n\n三级\n\n年度数值\n\n备注\n\n产出值\n\n数量值\n\n小学就读人数\n\n<=6962人\n\n \n";
    expect(ticked(text).map((t) => [t.indicator, t.comparator, t.value, t.year])).toEqual([["小学就读人数", "<=", 6962, 2025]]);
  });
  it("while money per pupil is a funding standard (小学教育公用经费每生每年780元)", () => {
    expect(roleOf("根据文件,小学教育公用经费每生每年780元。", 780, 2025)).toBe("parameter");
  });
});

describe("a poster's line looking back on a year", () => {
  const poster = "今天上午\n市人民代表大会开幕\n回首2024年\n综合实力再攀新高\n地区生产总值增长7.7%\n规上工业增加值增长11.7%\n八个关键词\n看2025年宜都怎么干?\n全力以赴冲千亿";
  it("heads a review (回首2024年 / …增长7.7%)", () => {
    expect(ticked(poster)).toEqual([]);
  });
  it("and the headline asking how a year will be worked dates the page (看2025年宜都怎么干?)", () => {
    expect(all(poster).document.docYear).toBe(2025);
  });
});

describe("what is already built, named as the thing worked on", () => {
  it("is no review of the sentence (推进2024年11万亩高标准农田建设,加大已建成高标准农田管护力度)", () => {
    expect(ticked("有序推进2024年11万亩高标准农田建设和3万亩高标准农田示范区建设项目,加大已建成高标准农田管护力度。", 2024).map((t) => t.value)).toEqual([11, 3]);
  });
  it("while 已建成 saying what is done still reviews (全县已建成高标准农田30万亩)", () => {
    expect(ticked("全县已建成高标准农田30万亩。", 2024)).toEqual([]);
  });
});

describe("a sum a verb of reaching sets, then the whole it measures", () => {
  it("is that whole's value (确保全年形成2500亿元以上的投资拉动)", () => {
    expect(ticked("加力投产达效,确保全年形成2500亿元以上的投资拉动。", 2026).map((t) => [t.indicator, t.comparator, t.value])).toEqual([["投资拉动", ">=", 2500]]);
  });
  it("while a sum sizing the projects after 的 still qualifies them (推动总投资26亿元的项目开工)", () => {
    expect(roleOf("推动总投资26亿元的项目开工。", 26, 2026)).toBe("qualifier");
  });
});

describe("projects under way, counted after a verb of pushing on", () => {
  it("set no amount (有序推进在建16个1525公里高速公路、32个496公里普通国道)", () => {
    expect(ticked("今年,建成普通公路安防工程5000公里;有序推进在建16个1525公里高速公路、32个496公里普通国道等项目建设。", 2023).map((t) => t.value)).toEqual([5000]);
  });
  it("while a year's list of works under way counts them (新开工10项,在建14项)", () => {
    expect(roleOf("2025年重大工程安排新开工10项,在建14项。", 14, 2025)).not.toBe("other");
  });
});

describe("a length, then the works on it closing the clause", () => {
  it("is work of the period (完成饶盖公路勃利过境段9.1公里改扩建,G229国道宏伟镇至兴北镇20公里路段养护)", () => {
    expect(ticked("今年将完成饶盖公路勃利过境段9.1公里改扩建,G229国道宏伟镇至兴北镇20公里路段养护。", 2024).map((t) => [t.value, t.kind])).toEqual([[9.1, "increment"], [20, "increment"]]);
  });
});

describe("a year's task before what is done of it, in a sentence of this year", () => {
  it("is the year's target (今年计划建成20所学校,…;10个交通“堵点”整治已完成5个)", () => {
    const r = ticked("此外,今年计划建成20所学校,目前已建成5所;10个交通“堵点”整治已完成5个,10个交通“黑点”整治已完成3个。", 2025);
    expect(r.map((t) => [t.value, t.indicator])).toEqual([[20, "学校"], [10, "交通“堵点”整治"], [10, "交通“黑点”整治"]]);
  });
  it("while a review's task and what was done report a past year (2024年,180项试验任务已实施144项)", () => {
    expect(ticked("2024年,180项试验任务已实施144项。", 2025)).toEqual([]);
  });
});

describe("a past year written without 年 before a place", () => {
  it("opens a review (殷勇表示,2025北京全市地区生产总值5.2万亿元,增长5.4%)", () => {
    expect(ticked("殷勇表示,2025北京全市地区生产总值5.2万亿元,增长5.4%,城镇调查失业率4.1%。", 2026)).toEqual([]);
  });
  it("but a count is no year (2025个市级项目)", () => {
    expect(roleOf("全年实施2025个市级项目。", 2025, 2025)).not.toBe("date");
  });
});

describe("a year's No. 1 document", () => {
  it("dates a briefing on it (就2024年市委一号文件进行解读)", () => {
    expect(all("4月29日,市政府新闻办召开新闻发布会,就2024年市委一号文件进行解读。全市主要农作物良种覆盖率稳定在97%以上。").document.docYear).toBe(2024);
  });
  it("whose articles are counted after its parts (文件包括8个部分47条)", () => {
    expect(roleOf("文件包括8个部分47条,主要内容可概括为两个确保。", 47, 2024)).toBe("other");
  });
});

describe("a performance table's value column and dates", () => {
  it("reads 指标值及单位 and leaves a period of months alone (服务周期 | 2023.07-2024.01)", () => {
    const text = "2023年项目支出绩效目标申报表 |\n一级指标 |\n二级指标 |\n三级指标 |\n指标值及单位 |\n绩效标准 |\n产出指标 |\n数量指标 |\n雾炮车降尘抑尘服务配备车辆数 |\n10辆 |\n计划标准 |\n时效指标 |\n服务周期 |\n2023.07-2024.01 |\n计划标准 |";
    expect(ticked(text).map((t) => [t.indicator, t.value])).toEqual([["雾炮车降尘抑尘服务配备车辆数", 10]]);
  });
});

describe("measures grouped in fields", () => {
  it("are the plan's own (围绕产业生态、企业培育、金融支持等6方面推出27项举措)", () => {
    expect(ticked("围绕产业生态、企业培育、金融支持等6方面推出27项举措。", 2025)).toEqual([]);
  });
  it("while measures to issue are work (今年将出台20项措施)", () => {
    expect(ticked("今年将出台20项措施。", 2025).map((t) => t.value)).toEqual([20]);
  });
});

describe("commas a copied page doubled", () => {
  it("are read as one (2025年,,上海将继续…: the year of the work)", () => {
    const text = "去年,,上海制定了三年行动计划。2024年,,上海新启动了21个项目。2025年,,上海将继续聚焦改造的提速,,力争完成全年新启动25个整体改造项目的目标任务。";
    expect(all(text).document.docYear).toBe(2025);
  });
});

describe("what is left of the work, between the verb and its count", () => {
  it("is no bar to the count (计划完成剩余12万平方米零星旧改任务)", () => {
    expect(ticked("今年上海将计划完成剩余12万平方米零星旧改任务。", 2025).map((t) => [t.value, t.kind])).toEqual([[12, "increment"]]);
  });
});

describe("works in a list", () => {
  it("close each item (完成饶盖公路勃利过境段9.1公里改扩建、G229国道…路段养护)", () => {
    expect(ticked("今年将完成饶盖公路勃利过境段9.1公里改扩建、1座立交桥拆除新建工程。", 2024).map((t) => t.value)).toContain(9.1);
  });
});

describe("a year alone on its line", () => {
  it("dates the page when what follows will be done (大连多区公布“年度计划” / 2025年 / ● 将…)", () => {
    expect(all("日前\n大连多区公布“年度计划”\n沙河口区\n2025年\n● 将进一步加快构建现代化产业体系,全年引进金融产业链企业10家以上。").document.docYear).toBe(2025);
  });
  it("or names the year's task (2022年 / 我市造林绿化任务9.82万亩)", () => {
    expect(all("从市自然资源和规划局获悉\n\n2022年\n\n我市造林绿化任务9.82万亩\n\n截至目前已完成7.41万亩").document.docYear).toBe(2022);
  });
});

// What a page states as already so, though no word of a review says it: a level ranked among others', a meeting's
// attendance. Sentences written for these tests (unit tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const read = (text: string, docYear?: number): string[] =>
  extract(text, { docYear }).targets.filter((t) => t.confidence !== "low").map((t) => `${t.indicator}|${t.value}${t.unit}|${t.year}`);

describe("a level stated with its rank among others", () => {
  it("is the present state (研发投入强度达3.35%,位居全国省会城市前列; 超过 28 万元/人，位居全国前列)", () => {
    expect(read("全市研发投入强度达3.35%,位居全国省会城市前列,全年研发经费投入增速目标设定为8.5%。", 2026)).toEqual(["研发经费投入增速目标|8.5%|2026"]);
    expect(read("全员劳动生产率超过 28 万元/人，位居全国前列。", 2021)).toEqual([]);
  });
  it("but stays a goal where its sentence says so (力争…, 到2025年…)", () => {
    expect(read("力争全市研发投入强度达3.5%,位居全国前列。", 2023)).toEqual(["全市研发投入强度|3.5%|2023"]);
    expect(read("到2025年,全市研发投入强度达3.5%,位居全国前列。", 2023)).toEqual(["全市研发投入强度|3.5%|2025"]);
  });
});

describe("attendance at a meeting", () => {
  it("held is what it was (召开了…,总参会人数超过2.4万人)", () => {
    expect(read("2月25日,四川召开了一场规模庞大的“新春第一会”,总参会人数超过2.4万人,核心主题就一个。", 2026)).toEqual([]);
  });
  it("and who attends it, listed (这场会议的主角,是17条重点产业链的“链长”…以及60余家重点企业代表)", () => {
    expect(read("这场会议的主角,是17条重点产业链的“链长”、市级部门负责人,以及60余家重点企业代表。", 2026)).toEqual([]);
  });
  it("but a goal for it is a goal (力争博览会参会人数达到5000人)", () => {
    expect(read("力争博览会参会人数达到5000人。", 2026)).toEqual(["博览会参会人数|5000人|2026"]);
  });
});

describe("what a place holds, counted roughly", () => {
  it("is the present state (集聚1500余家AI企业; 汇聚600多家企业、3万余名从业者)", () => {
    expect(read("徐汇模速空间集聚1500余家AI企业。张江则汇聚600多家企业、3万余名从业者。目标到2027年新增500家AI企业。", 2025)).toEqual(["目标AI企业|500家|2027"]);
  });
  it("but not where its sentence sets a goal or a time ahead (到2027年集聚1000余家…)", () => {
    expect(read("到2027年,模速空间集聚1000余家AI企业。", 2025)).toEqual(["模速空间AI企业|1000家|2027"]);
  });
});

describe("a field said to have gone well", () => {
  it("opens its results (产业升级方面成效显著,成都新增5个国家先进制造业集群,…)", () => {
    expect(read("产业升级方面成效显著,成都新增5个国家先进制造业集群,高新技术产业营收增长1.4倍。今年新增3个国家级集群。", 2026)).toEqual(["国家级集群|3个|2026"]);
  });
  it("but a goal said as results to reach stays a goal (结构调整取得积极进展,…城镇化率提高到47%)", () => {
    expect(read("“十三五”期间,结构调整取得积极进展,户籍人口城镇化率提高到47%。", 2016)).toEqual(["户籍人口城镇化率|47%|2020"]);
  });
});

describe("what makes something the first of its kind", () => {
  it("is no goal (首个地区生产总值突破5万亿元(7200亿美元)大关的城市)", () => {
    expect(read("上海是首个地区生产总值突破5万亿元(7200亿美元)大关的城市,上海为未来五年设定了年均GDP增长约5%的目标。", 2026)).toEqual(["上海为未来五年设定了年均GDP|5%|2030"]);
  });
});

describe("the years just lived through", () => {
  it("opening a clause, N年间, look back (5年间新增中小学学位1.37万个), and 增至 a year names the level reached, no deadline", () => {
    expect(read("“十三五”期间,海淀区优化教育布局,5年间新增中小学学位1.37万个,增加学前学位2.8万个。", 2020)).toEqual([]);
    expect(read("在校生人数从2015年的31.5万人,增至2020年的36.2万人,5年间增加4.7万人,增幅达15%。", 2020)).toEqual([]);
  });
  it("a paragraph opening with 其中 after them tells their parts", () => {
    expect(read("“十三五”期间,5年间新增中小学学位1.37万个。\n其中,普惠性学位增加1.64万个,普惠性学前教育资源覆盖率达到92%。\n“十四五”时期,计划新增学位3.6万个。", 2020)).toEqual(["新增学位|3.6万个|2025"]);
  });
  it("but not looking ahead (未来5年间新增…)", () => {
    expect(read("未来5年间新增中小学学位3万个。", 2020).length).toBe(1);
  });
});

describe("other places' figures a comparison cites", () => {
  it("are no goals (郑州与杭州(1705亿元)、青岛(1910亿元)相当,但是远低于成都(3700亿元))", () => {
    expect(read("到2025年,旅游收入要达到2346亿元。从旅游收入来看,郑州与杭州(1705亿元)、青岛(1910亿元)相当,但是远低于成都(3700亿元)。", 2024)).toEqual(["旅游收入|2346亿元|2025"]);
  });
});

describe("a news lead on the days just past", () => {
  it("reports what started (近日,浦东新区一季度32项…重大工程全面启动建设), before the year's plan", () => {
    expect(read("近日,浦东新区一季度32项市、区重大工程全面启动建设,总投资578亿元。2026年全年,浦东共计划实施380项重大工程。", 2026).map((x) => x.split("|")[1])).toEqual(["380项"]);
  });
  it("but not a lead that says what will start (近日,…明确今年将启动建设…)", () => {
    expect(read("近日,区政府明确,今年将启动建设重大工程32项。", 2026).map((x) => x.split("|")[1])).toEqual(["32项"]);
  });
});

describe("a value with the record it sets or the run of years it extends", () => {
  it("is the present state (空气质量优良率为95.8%,创…以来最好水平; …提升到93.2%,连续4年达优)", () => {
    expect(read("发布会上,空气质量优良率为95.8%,创新标准实施以来最好水平。地表水国考断面水质优良率提升到93.2%,连续4年达优。", 2025)).toEqual([]);
  });
  it("but a goal to set a record stays a goal (力争优良率达到96%,创历史最好水平)", () => {
    expect(read("今年力争空气质量优良率达到96%,创历史最好水平。", 2025)).toEqual(["空气质量优良率|96%|2025"]);
  });
});

describe("what a past year brought about", () => {
  it("said with 已于 and the year (PM2.5年均浓度已于去年降至16微克/立方米) is no goal", () => {
    expect(read("1号令明确了2023年将力争PM2.5年均浓度降至15微克/立方米。据了解,深圳市PM2.5年均浓度已于去年降至16微克/立方米。", 2023).map((x) => x.split("|").slice(1).join("|"))).toEqual(["15微克/立方米|2023"]);
  });
});

// The bulletin reader rule by rule, each with the sentences (or table and page layouts) it is for.
import { describe, expect, it } from "vitest";
import { readBulletin } from "../../src/core/observe";

type Row = [indicator: string, value: number, unit: string, year: number, kind: "level" | "growth"];

function read(text: string, year = 2025) {
  const b = readBulletin(text, { year, region: "某市" });
  // every observation points at its own number in the original text
  for (const o of b.observations) {
    expect(text.slice(o.start, o.end)).toBe(o.text);
    expect(o.sentenceStart).toBeLessThanOrEqual(o.start);
    expect(o.sentenceEnd).toBeGreaterThanOrEqual(o.end);
  }
  return b.observations;
}

const rows = (text: string, year = 2025): Row[] => read(text, year).map((o) => [o.indicator, o.value, o.unit, o.year, o.kind]);

describe("prose: levels and changes", () => {
  it.each<[string, Row[]]>([
    ["初步核算，全年地区生产总值1806.0亿元，比上年增长4.1%。", [["地区生产总值", 1806, "亿元", 2025, "level"], ["地区生产总值", 4.1, "%", 2025, "growth"]]],
    ["全年粮食产量241.5万吨，下降1.7%。", [["粮食产量", 241.5, "万吨", 2025, "level"], ["粮食产量", -1.7, "%", 2025, "growth"]]],
    ["年末常住人口707.9万人，常住人口城镇化率为67.42%，比上年末提高0.94个百分点。",
      [["常住人口", 707.9, "万人", 2025, "level"], ["常住人口城镇化率", 67.42, "%", 2025, "level"], ["常住人口城镇化率", 0.94, "个百分点", 2025, "growth"]]],
    ["全年规模以上工业增加值比上年增长17.6%。", [["规模以上工业增加值", 17.6, "%", 2025, "growth"]]],
    ["全年居民消费价格与上年持平。", [["居民消费价格", 0, "%", 2025, "growth"]]],
    ["全区第一产业增加值37.05亿元，与上年同期持平。", [["第一产业增加值", 37.05, "亿元", 2025, "level"], ["第一产业增加值", 0, "%", 2025, "growth"]]],
    ["人口出生率为7.28‰，自然增长率为-0.57‰。", [["人口出生率", 7.28, "‰", 2025, "level"], ["自然增长率", -0.57, "‰", 2025, "level"]]],
    ["第二产业贡献率为负43.8％，拉低GDP2.5个百分点。",
      [["第二产业贡献率", -43.8, "%", 2025, "level"], ["第二产业贡献率", -2.5, "个百分点", 2025, "growth"]]],
    ["集体企业增加值比上年增长4.4倍。", [["集体企业增加值", 4.4, "倍", 2025, "growth"]]],
    ["金融机构本外币各项存款余额7833.2亿元，比年初增加468.6亿元。",
      [["金融机构本外币各项存款余额", 7833.2, "亿元", 2025, "level"], ["金融机构本外币各项存款余额", 468.6, "亿元", 2025, "growth"]]],
  ])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });

  it("提高至 / 增加到 / 降低为 name the new level, not a change", () => {
    expect(rows("城乡低保标准由660元提高至725元，大病保险起付线由2.7万元降低为1.3万元。").map((r) => [r[1], r[2], r[4]])).toEqual([
      [660, "元", "level"], [725, "元", "level"], [2.7, "万元", "level"], [1.3, "万元", "level"],
    ]);
  });

  it("a share's change in points follows the share, a growth the indicator", () => {
    expect(rows("战略性新兴产业产值比上年增长16.6%，占规模以上工业比重达60.4%，比上年提升2.7个百分点。")).toEqual([
      ["战略性新兴产业产值", 16.6, "%", 2025, "growth"],
      ["战略性新兴产业产值占规模以上工业比重", 60.4, "%", 2025, "level"],
      ["战略性新兴产业产值占规模以上工业比重", 2.7, "个百分点", 2025, "growth"],
    ]);
  });

  it("名义 and 实际 growth are told apart", () => {
    expect(rows("全体居民人均可支配收入28305元,名义增长5.4%,扣除价格因素实际增长3.8%。").map((r) => [r[0], r[1]])).toEqual([
      ["全体居民人均可支配收入", 28305], ["全体居民人均可支配收入(名义)", 5.4], ["全体居民人均可支配收入(实际)", 3.8],
    ]);
  });

  it("其中 makes the next indicators parts of the one before", () => {
    const obs = read("全年一般公共预算收入977.3亿元，增长2.3%。其中，税收收入698.2亿元，增长3.4%。");
    expect(obs.map((o) => [o.indicator, o.partOf])).toEqual([
      ["一般公共预算收入", null], ["一般公共预算收入", null], ["税收收入", "一般公共预算收入"], ["税收收入", "一般公共预算收入"],
    ]);
  });

  it("分别 lists give each value its own indicator", () => {
    expect(rows("存储芯片、半导体分立器件产量分别增长1.3倍和42.7%。").map((r) => [r[0], r[1], r[2]])).toEqual([
      ["存储芯片", 1.3, "倍"], ["半导体分立器件产量", 42.7, "%"],
    ]);
    expect(rows("第一、二、三产业增加值比重分别为13.1%、40.7%、46.2%。").map((r) => [r[0], r[1]])).toEqual([
      ["第一产业增加值比重", 13.1], ["第二产业增加值比重", 40.7], ["第三产业增加值比重", 46.2],
    ]);
  });

  it("a structure ratio gives the three sectors' shares, the earlier one dated the year before", () => {
    expect(rows("三次产业结构由上年12.7:28.5:58.8调整为本期的12.0:28.0:60.0。").filter((r) => r[0].startsWith("第三"))).toEqual([
      ["第三产业增加值比重", 58.8, "%", 2024, "level"], ["第三产业增加值比重", 60, "%", 2025, "level"],
    ]);
  });

  it("a year right before a number dates it: 从2019年19.82万人增加到20.14万人", () => {
    expect(rows("全区城乡居民养老保险参保人数从2019年19.82万人增加到20.14万人，增长1.6%。").map((r) => [r[1], r[3], r[4]])).toEqual([
      [19.82, 2019, "level"], [20.14, 2025, "level"], [1.6, 2025, "growth"],
    ]);
  });

  it("a number first names its indicator after it", () => {
    expect(rows("年末全市共有0.9万人（不含航空港区）享受城市最低生活保障。")).toEqual([["享受城市最低生活保障", 0.9, "万人", 2025, "level"]]);
  });

  it.each<[string, [number, string]]>([
    ["投入200多万元", [200, "万元"]],
    ["签订意向协议30余人", [30, "人"]],
    ["商品房屋销售均价10978元/㎡", [10978, "元/㎡"]],
    ["城乡低保标准提高到725元/月", [725, "元/月"]],
    ["中欧班列开行6037列", [6037, "列"]],
  ])("units: %s", (text, [value, unit]) => {
    expect(read(`${text}。`).map((o) => [o.value, o.unit])).toEqual([[value, unit]]);
  });

  it.each([
    "时间：2022-10-31 13:26 微信 微博 QQ空间",
    "2025年是“十四五”规划收官之年。",
    "全市5G基站数量持续增长。",
    "注：1.本公报所列数据为初步统计数。",
    "《战略性新兴产业分类（2017）》确定。",
    "融信创世纪、平潭世新2019G045地块加快建设。",
  ])("not an observation: %s", (text) => {
    expect(read(text)).toEqual([]);
  });

  it("a threshold inside a definition is not an observation", () => {
    expect(rows("年主营业务收入2000万元及以上的工业法人单位增加值增长5%。").map((r) => r[1])).toEqual([5]);
  });
});

describe("PDF layout", () => {
  it("joins lines across a page footer, removes letter spacing and note marks", () => {
    const text = [
      "   初步核算，全年生产总值（GDP）[2]14210 亿元，按不变价",
      "格计算，比上年增长 6.1%。其中，第三产",
      "",
      "                                          — 1 —",
      "",
      "业 增 加 值 8649.7 亿 元 ， 增 长 4.4%[3] 。 三 次 产 业 结 构 为",
      "2.4:36.7:60.9。",
    ].join("\n");
    const obs = read(text);
    expect(obs.map((o) => [o.indicator, o.value, o.unit, o.kind])).toEqual([
      ["生产总值(GDP)", 14210, "亿元", "level"], ["生产总值(GDP)", 6.1, "%", "growth"],
      ["第三产业增加值", 8649.7, "亿元", "level"], ["第三产业增加值", 4.4, "%", "growth"],
      ["第一产业增加值比重", 2.4, "%", "level"], ["第二产业增加值比重", 36.7, "%", "level"], ["第三产业增加值比重", 60.9, "%", "level"],
    ]);
    expect(obs[2]!.text).toBe("8649.7 亿 元");
  });

  it("leaves out running headers, chart axis labels and footnotes", () => {
    const header = "洛阳市2023年国民经济和社会发展统计公报";
    const text = [
      header, "", "全年粮食产量241.5万吨。", "", header, "",
      "500                                     12%", "        253.18      285.71", "        2020        2021",
      "年末生猪存栏134.4万头。", header,
      "   [6]限额以上批发零售企业统计范围为年主营业务收入 2000 万元及以上的批发企业，",
      "年主营业务收入 500 万元及以上的零售企业。",
    ].join("\n");
    expect(rows(text).map((r) => [r[0], r[1]])).toEqual([["粮食产量", 241.5], ["生猪存栏", 134.4]]);
  });
});

describe("tables", () => {
  it("reads a space-aligned table: caption year, header roles, letter-spaced names, # and indented sub-rows", () => {
    const text = [
      "             表2 2023年农林牧渔业总产值及其增长速度",
      "",
      "            指标名称         绝对数（亿元）       比上年增长（%）",
      "",
      " 农林牧渔业总产值                  481.96         4.2",
      "  #种植业                     282.41         3.8",
      "   林    业                  86.95          -4.2",
    ].join("\n");
    const obs = read(text, 2025);
    expect(obs.map((o) => [o.indicator, o.value, o.unit, o.year, o.kind, o.partOf])).toEqual([
      ["农林牧渔业总产值", 481.96, "亿元", 2023, "level", null], ["农林牧渔业总产值", 4.2, "%", 2023, "growth", null],
      ["种植业", 282.41, "亿元", 2023, "level", "农林牧渔业总产值"], ["种植业", 3.8, "%", 2023, "growth", "农林牧渔业总产值"],
      ["林业", 86.95, "亿元", 2023, "level", "农林牧渔业总产值"], ["林业", -4.2, "%", 2023, "growth", "农林牧渔业总产值"],
    ]);
  });

  it("reads a TSV table with a 单位 column, and a price index whose base is its unit", () => {
    const text = [
      "表3 主要农产品产量",
      "指标\t单位\t产量\t比上年增长(%)",
      "粮食\t万吨\t303.2\t0.3",
      "液晶显示屏\t亿片\t6.7\t14.0",
      "表1 2025年居民消费价格指数（以上年为100）",
      "指标\t全市",
      "居民消费价格指数\t99.2",
    ].join("\n");
    expect(rows(text)).toEqual([
      ["粮食", 303.2, "万吨", 2025, "level"], ["粮食", 0.3, "%", 2025, "growth"],
      ["液晶显示屏", 6.7, "亿片", 2025, "level"], ["液晶显示屏", 14, "%", 2025, "growth"],
      ["居民消费价格指数", 99.2, "上年=100", 2025, "level"],
    ]);
  });

  it("continues a table over a page break without repeating its header", () => {
    const text = [
      "                 表1   2023年年末户籍人口及其构成",
      "               指标名称          年末数（人）     比重（%）",
      "    全州总户籍人口                   4899310    100.0",
      "",
      "—   2—",
      "",
      "    #男性                      2617299      53.4",
    ].join("\n");
    expect(rows(text).map((r) => [r[0], r[1], r[2]])).toEqual([
      ["全州总户籍人口", 4899310, "人"], ["全州总户籍人口", 100, "%"], ["男性", 2617299, "人"], ["男性", 53.4, "%"],
    ]);
  });
});

describe("the bulletin's year and region", () => {
  it.each<[string, string, number | null, string | null, string | null]>([
    ["a title over two lines", "2025年泉州市\n国民经济和社会发展统计公报[1]\n泉州市统计局\n", 2025, "title", "泉州市"],
    ["a region before the year", " 合肥市 2025 年国民经济和社会发展统计公报[1]\n\n合肥市统计局\n", 2025, "title", "合肥市"],
    ["an archived page's title field", "标题: 2020年平潭综合实验区国民经济和社会发展统计公报\n发布时间: 2022-10-31\n", 2020, "title", "平潭综合实验区"],
    ["no title: the opening sentence and the 统计局", "                 黔东南州统计局\n                  2024年5月7日\n\n   2023年，全州上下深入贯彻…\n", 2023, "text", "黔东南州"],
    ["no title or opening year: the issue date", "昌都市统计局\n国家统计局昌都调查队\n2026年5月\n全市经济稳健向好。\n", 2025, "issue date", "昌都市"],
    ["nothing to date it", "全市经济稳健向好，地区生产总值100亿元。\n", null, null, null],
  ])("%s", (_, text, year, source, region) => {
    const b = readBulletin(text);
    expect([b.year, b.yearSource, b.region]).toEqual([year, source, region]);
    if (year === null) expect(b.observations).toEqual([]);
  });
});

// The same document in other text forms reads the same: markdown (headings, bold, bullets, block quotes, links,
// escapes), CRLF, paragraphs set apart by blank lines, indents and trailing spaces, and the spaces a PDF leaves around
// numbers. Texts written here are unit tests of one mechanism each; the last test reads every labelled real document
// of tests/real again in markdown form.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extract, type Target } from "../../src/core";
import { findMarkup } from "../../src/core/text/markup";
import { normalise } from "../../src/core/text/normalise";
import { findNumberSpacing } from "../../src/core/text/spacing";
import { fixedWidth, isWrap } from "../../src/core/extract/walk/wrap";
import { givenYears } from "../real/real-set";
import { brief, targetsOf } from "./targets-of";

const cleaned = (s: string): string => normalise(s).text;
const dropped = (s: string): string[] => findMarkup(s).map((r) => s.slice(r.start, r.end));
const facts = (t: Target): string => `${brief(t)}|${t.year}|${t.confidence}`;

describe("markdown marks carry no words", () => {
  it("drops heading marks, bold, bullets, block quotes and escapes", () => {
    expect(cleaned("## 一、总体要求\n**到2027年**,新建学校5所。\n- 新增托位1000个\n> 城镇新增就业1.2万人\n1\\. 主要目标")).toBe(
      "一、总体要求\n到2027年,新建学校5所。\n新增托位1000个\n城镇新增就业1.2万人\n1. 主要目标",
    );
  });

  it("a markdown file's front matter gives its title and its date", () => {
    const md = "---\ntitle: \"上海市推进养老服务高质量发展实施方案\"\ndate: 2025-03-12\n---\n\n# 上海市推进养老服务高质量发展实施方案\n\n今年新增养老床位3000张。\n";
    const read = extract(md);
    expect(read.document.title).toBe("上海市推进养老服务高质量发展实施方案");
    expect(read.document.issueDate).toBe("2025-03-12");
    expect(read.targets.map((t) => `${t.value}|${t.year}`)).toEqual(["3000|2025"]);
  });

  it("keeps a link's text and drops its address and an image", () => {
    expect(cleaned("详见[实施方案](http://www.gov.cn/zhengce/2023-05/12/content_1.htm)。![图](/images/a.png)")).toBe("详见实施方案。");
  });

  it("keeps a comparator or a sign before a bare value: a table's cell, not a mark", () => {
    expect(dropped("> 95\n- 3.5\n- 10%\n>60")).toEqual([]);
    expect(dropped("到2025年,全市空气优良天数比例\n> 90%,PM2.5平均浓度下降\n> 85 > 90 约束性\n- 0.5 - 0.2")).toEqual([]);
    expect(dropped("> 2024年,全市地区生产总值增长5%。")).toEqual(["> "]);
    // (in a text that quotes lines of words, a quoted line opening with a number is quoted too)
    expect(dropped("> 主要目标如下:\n> 新建学校5所;\n> 4.5%左右的增长")).toEqual(["> ", "> ", "> "]);
    expect(dropped("- 2025年新建学校5所")).toEqual(["- "]);
  });

  it("leaves plain text alone: a hashtag, an asterisk note, bracketed cumulative values", () => {
    expect(dropped("#十五五#话题\n*注:指标为累计数\n单位地区生产总值能耗降低 [15]")).toEqual([]);
  });

  it("a plan in markdown gives the targets it gives in plain text", () => {
    const plain = "××市2025年民生实事项目\n一、教育\n1.新建幼儿园5所,新增学位2000个。\n二、就业\n2.城镇新增就业1.5万人以上。\n";
    const md = "# ××市2025年民生实事项目\n\n## 一、教育\n\n- **1.新建幼儿园5所**,新增学位2000个。\n\n## 二、就业\n\n> 2.城镇新增就业1.5万人以上。\n";
    const a = extract(plain).targets.map(facts);
    expect(a.length).toBe(3);
    expect(extract(md).targets.map(facts)).toEqual(a);
  });
});

describe("HTML is read as the layout its tags make", () => {
  it("paragraphs and headings end lines, a table's cells are columns, a script holds no text", () => {
    const page = "<html><head><script>var n = 2025; track(100);</script></head><body>\n<h2>一、主要目标</h2><p>到2025年,\n新建学校5所。</p>" +
      "<table><tr><td>指标</td><td>2020年</td><td>2025年</td></tr><tr><td>森林覆盖率(%)</td><td>45.3</td><td>46</td></tr></table></body></html>";
    expect(cleaned(page)).toBe("\n\n一、主要目标\n\n到2025年, 新建学校5所。\n\n\n|指标|2020年|2025年|\n|森林覆盖率(%)|45.3|46|\n");
    expect(extract(page).targets.map((t) => `${t.indicator}|${t.value}|${t.year}`)).toEqual(["新建学校|5|2025", "森林覆盖率|46|2025"]);
  });

  it("a row whose category cell was merged down from the row above keeps its cells in their columns", () => {
    const table = "<table><tr><td>类别</td><td>序号</td><td>指标名称</td><td>2020年</td><td>2025年</td><td>属性</td></tr>" +
      "<tr><td rowspan=\"2\">生态建设</td><td>1</td><td>森林覆盖率(%)</td><td>45.31</td><td>46.3</td><td>约束性</td></tr>" +
      "<tr><td>2</td><td>森林蓄积量(万立方米)</td><td>4606.24</td><td>5000</td><td>约束性</td></tr></table>";
    expect(extract(table).targets.map((t) => `${t.indicator}|${t.value}|${t.unit}|${t.binding}`)).toEqual(["森林覆盖率|46.3|%|true", "森林蓄积量|5000|万立方米|true"]);
  });

  it("a markdown file keeps its lines around an HTML table, and a lone tag or a comparator makes no HTML", () => {
    const md = "## 主要指标\n\n到2025年,新建学校5所。\n\n<table>\n<tr>\n<td>指标</td>\n<td>2025年</td>\n</tr>\n<tr>\n<td>新增学位(个)</td>\n<td>2000</td>\n</tr>\n</table>\n";
    expect(extract(md).targets.map((t) => `${t.indicator}|${t.value}`)).toEqual(["新建学校|5", "新增学位|2000"]);
    expect(cleaned("婴儿死亡率<5‰,<br>孕产妇死亡率<10/10万。")).toBe("婴儿死亡率<5‰,<br>孕产妇死亡率<10/10万。");
  });
});

describe("what a form's marks stand beside keeps its place", () => {
  it("a pipe row missing its last cell keeps its cells in their columns", () => {
    const table = "| 类别 | 指标 | 2020年 | 2025年 | 属性 |\n|---|---|---|---|---|\n| 经济发展 | 常住人口城镇化率(%) | 60 | 65 |\n";
    expect(extract(table).targets.map((t) => `${t.indicator}|${t.value}|${t.unit}`)).toEqual(["常住人口城镇化率|65|%"]);
  });

  it("a spaced PDF row whose name holds a 、 keeps the spaces between its cells", () => {
    const table = "指标 单位 2020年 2025年\n城乡居民收入、消费 万元 3.5 5\n城镇、农村污水处理率 % 85 95\n";
    expect(extract(table).targets.map((t) => `${t.value}|${t.unit}`)).toEqual(["5|万元", "95|%"]);
  });

  it("a row or a cell left unclosed (as HTML allows) ends with its table: the paragraphs after it keep their lines", () => {
    const page = "<table><tr><td>指标<td>2025年<tr><td>新增学位(个)<td>5000</table><p>说明</p><h2>二、重点任务</h2><p>建成公园10个。</p>";
    expect(cleaned(page)).toContain("\n二、重点任务\n");
    expect(extract(page).targets.map((t) => `${t.indicator}|${t.value}`)).toEqual(["新增学位|5000", "建成公园|10"]);
  });

  it("a <br> inside a markdown table's cell keeps the row on one line", () => {
    const md = "| 指标 | 2026年 |\n|---|---|\n| 城镇新增就业<br>(万人) | 1.5 |\n| 新建学校<br/>(所) | 5 |\n| 新增学位<br>(个) | 2000 |\n";
    expect(extract(md, { docYear: 2026 }).targets.map((t) => `${t.indicator}|${t.value}|${t.unit}`)).toEqual(["城镇新增就业|1.5|万人", "新建学校|5|所", "新增学位|2000|个"]);
  });

  it("a square or cubic metre written with <sup> is m² or m³, not a figure of the value", () => {
    expect(cleaned("<p>一、主要目标</p><p>新增绿地50万m<sup>2</sup>,污水处理能力10万m<sup>3</sup>/日。</p>")).toBe("\n一、主要目标\n\n新增绿地50万m²,污水处理能力10万m³/日。\n");
  });

  it("a markdown file that carries an HTML table keeps its own marks out of its sentences", () => {
    const md = "- **到2025年**,全市新建学校**5所**。\n\n<table><tr><td>指标</td><td>2025年</td></tr><tr><td>新增学位(个)</td><td>2000</td></tr></table>\n";
    expect(extract(md).targets.map((t) => `${t.value}`)).toEqual(["5", "2000"]);
  });
});

describe("a page's layout does not move its year or its cells", () => {
  it("the date line near the top counts lines of text, not blank lines (paragraphs set apart)", () => {
    const page = "新闻网\n\n当前位置:\n\n石景山区今年将实施38项民生实事\n\n时间:2021-03-11 10:18来源: 光明日报\n\n今年,全区将建设棚户区改造回迁安置房6600套。\n";
    expect(extract(page).document.docYear).toBe(2021);
    expect(extract(page.replace(/\n/g, "\n\n")).document.docYear).toBe(2021);
  });

  it("a progress table's item follows its 序号 cell across any number of blank lines", () => {
    const table = "2018年6月民生实事进展情况\n序号\n实事内容\n牵头单位\n进展情况\n1\n全市新增城乡公交线路35条。\n市交通运输局\n已完成新增线路37条。\n";
    const read = (t: string): string[] => extract(t).targets.map(facts);
    expect(read(table)).toEqual(["全市新增城乡公交线路|=|35|条|increment|2018|high"]);
    expect(read(table.replace(/\n/g, "\n\n\n\n"))).toEqual(read(table));
  });

  it("an indent before a clause's 为 is nothing before it (为N名X提供Y)", () => {
    const line = "为不少于9000名新进入初中一年级的女生提供HPV疫苗免费接种。";
    expect(targetsOf(line).map(facts)).toEqual(targetsOf(`\u3000\u3000${line}`).map(facts));
    expect(targetsOf(`\u3000\u3000${line}`)).toHaveLength(1);
  });

  it("spaces ending a line close a money scale a verb reaches (提升至4万亿级··)", () => {
    expect(targetsOf("到2027年,服务业规模提升至4万亿级  \n").map((t) => `${t.value}|${t.unit}|${t.comparator}`)).toEqual(["4|万亿元|>="]);
  });
});

describe("lines wrapped at a fixed width", () => {
  it("a break before the comma, the 、 or the 。 of a sentence, or inside a number's decimals, is a wrap", () => {
    expect(isWrap("政务服务大厅初具规模,年内开工项目57个", ",完成投资34.8亿元。")).toBe(true);
    expect(isWrap("建设面积达到约12万平方米的体育公园2个", "、口袋公园10个。")).toBe(true);
    expect(isWrap("投资占比29.1%,年度计划完成1533", ".7亿元,投资占比68.2%。")).toBe(true);
  });

  it("prose that holds a header's word (完成, 实际) is no header cell", () => {
    expect(isWrap("中央环保督察反馈问题已整", "改完成7项,剩余9项问题年内全部整改到位。")).toBe(true);
    expect(isWrap("2025年目标值", "完成情况")).toBe(false);
  });

  it("a heading runs on into the next line only where it runs to the width of a text wrapped at one", () => {
    expect(isWrap("一、2021年是中国共产党成立100周年,是实施“十四五”规", "划的开局之年。")).toBe(false);
    expect(isWrap("一、2021年是中国共产党成立100周年,是实施“十四五”规", "划的开局之年。", true)).toBe(true);
    const paragraph = "一、2021年是中国共产党成立100周年,是实施“十四五”规划的开局之年,全市地区生产总值增长8%左右,城镇新增就业2万人以上,居民人均可支配收入增长与经济增长同步,完成省下达的节能减排任务。";
    const wrapped = paragraph.match(/.{1,24}/g)!.join("\n");
    expect(fixedWidth(wrapped)).toBe(24);
    expect(extract(wrapped).targets.map((t) => t.value)).toEqual(extract(paragraph).targets.map((t) => t.value));
    expect(fixedWidth("1.新增200张家庭照护床位、100张养老床位、150张困难重度残疾人养护床位\n新增200张家庭照护床位:目前已确定服务机构,后续将逐步对老年人开展入户评估签约;新增100张养老床位:目前项目正在进行施工改造。\n2.新增2个社区长者食堂\n已选定宜川路街道社区长者食堂,目前项目建设推进顺利。")).toBeNull();
  });
});

describe("the year and the paragraphs of a text wrapped at a fixed width", () => {
  it("a sign of the year's work broken by a line (2024年的目标 / 中) dates the text", () => {
    // (the opening of a real news summary, tests/real/dev57, wrapped at 40 characters)
    const lines = readFileSync(path.resolve(__dirname, "../real/dev57/chongqing_agriculture-work-targets_2024_summary.txt"), "utf8").split("\n").slice(0, 3);
    const wrapped = lines.map((l) => l.match(/.{1,40}/g)!.join("\n")).join("\n");
    expect(wrapped).toContain("2024年的目标\n中,");
    expect(extract(lines.join("\n")).document.docYear).toBe(2024);
    expect(extract(wrapped).document.docYear).toBe(2024);
  });

  it("a wrapped piece of a sentence is no title, and sets no plan's horizon (…作政府工作报告。报告系统回顾了“十四五”…)", () => {
    const page = "2026年1月26日上午,广东省第十四届人民代表大会第五次会议开幕,省长孟凡利作\n政府工作报告。报告系统回顾了“十四五”收官之年全省经济社会发展的扎\n实成效。\n\n今年是“十五五”开局之年。地方一般公共预算收入预计增长3%左右。\n";
    const read = extract(page);
    expect(read.document.title).toBeNull();
    expect(read.targets.map((t) => `${t.value}|${t.year}`)).toEqual(["3|2026"]);
  });

  it("the first line of a wrapped paragraph is no title, though it names a report (…作政府工作报告时介绍道,…)", () => {
    const paragraph = "湖南省省长毛伟明在作政府工作报告时介绍道,2023年湖南全年地区生产总值迈上新台阶,增长4.6%。今年全省地区生产总值预期增长6%左右,规模工业增加值增长7%,固定资产投资增长5%,地方一般公共预算收入增长6%,社会消费品零售总额增长6%。";
    const page = `2024年1月24日\n${paragraph.match(/.{1,40}/g)!.join("\n")}\n`;
    const read = extract(page);
    expect(read.document.title).toBeNull();
    expect(read.document.horizon).toBe(2024);
    expect(read.targets.filter((t) => t.confidence === "high").map((t) => `${t.value}|${t.year}`)).toEqual(["6|2024", "7|2024", "5|2024", "6|2024", "6|2024"]);
  });

  it("a line well short of the width ends its paragraph: a banner over a year's figures stays a banner", () => {
    const body = "2023年,全市一般公共预算总收入637.58亿元,其中当年收入292.14亿元,完成预算的101.7%,增长6%;税收返还和转移支付收入195.7亿元,调入资金、动用预算稳定调节基金及上年结转收入等149.74亿元。";
    const next = "全市一般公共预算总支出604.93亿元,其中当年支出526.91亿元,完成预算的102.3%,增长9.5%;地方政府一般债务还本支出5.71亿元,上解省支出、补充预算稳定调节基金等72.31亿元。";
    // (the page wrapped at 32 characters; the banner's 26 stop well short of them)
    const page = ["关于滨州市2023年预算执行情况和2024年预算草案的报告", "2023年全市一般公共预算总收入637.58亿元", ...body.match(/.{1,32}/g)!, ...next.match(/.{1,32}/g)!].join("\n");
    expect(fixedWidth(page)).toBe(32);
    expect(extract(page).targets.filter((t) => t.confidence === "high").map((t) => t.value)).toEqual([]);
  });
});

describe("a word processor's tab tables and a PDF's page numbers", () => {
  const yearTargets = (text: string, year: number): string[] =>
    extract(text, { docYear: year }).targets.map((t) => `${t.indicator} ${t.value}${t.unit}${t.confidence === "low" ? " (low)" : ""}`);
  it("a tab row whose last cells are empty is still a row (绝对值\t增幅\t\t under a two-row header)", () => {
    const table = "表1 2023年主要目标完成情况\n指标名称\t年度目标\t上半年完成情况\t\n绝对值\t增幅\t\t\n" +
      "1.增加值\t5.5%以上\t1248.3亿元\t9.1%\t\n2.规模以上工业总产值\t8%\t2001.6亿元\t11.1%\t\n";
    expect(yearTargets(table, 2023)).toEqual(["增加值 5.5%", "规模以上工业总产值 8%"]);
  });
  it("a tab table's progress column (7月进度) is read as the pipe table's is: its cells are past", () => {
    const table = "项目名称\t项目内容及目标工程量\t7月进度\n" +
      "促进就业创业\t新增就业岗位18300人、帮扶引领成功创业人数450人\t累计新增就业岗位11000个,帮扶引领成功创业520户\n" +
      "社区养老服务设施建设\t完成建设为老服务中心1家、长者食堂2家\t内外部施工中\n";
    expect(yearTargets(table, 2022).map((t) => t.split(" ")[1])).toEqual(["18300人", "450人", "1家", "2家"]);
  });
  it("a page number between the cells of a table written one cell per line drops out, and the cell after it stays (though it recurs)", () => {
    const table = "表1 主要指标\n序号\n指标\n单位\n2020年\n2025年\n属性\n1\n城市防洪达标率\n%\n80\n- 18 -\n95\n约束性\n2\n" +
      "新增就业\n万人\n3\n5\n预期性\n3\n污水处理率\n%\n90\n95\n约束性\n";
    expect(yearTargets(table, 2021)).toEqual(["城市防洪达标率 95%", "新增就业 5万人", "污水处理率 95%"]);
  });
});

describe("spaces a PDF leaves around numbers", () => {
  it("close up a year's, a month's and a day's words", () => {
    const s = "2024 年 3 月 15 日发布,用 5 年时间";
    expect(findNumberSpacing(s).map((r) => s.slice(r.start, r.end))).toEqual([" ", " ", " ", " ", " ", " "]);
    expect(cleaned(s)).toBe("2024年3月15日发布,用 5年时间");
  });

  it("keep a table's column of growth apart from the year before it (2020 年均增长)", () => {
    expect(findNumberSpacing("指标 2020 年均增长")).toEqual([]);
  });

  it("a spaced year opening a review is the year reviewed, and the year's targets keep theirs", () => {
    const doc = "湖南省2025年国民经济和社会发展计划\n2024 年,全省地区生产总值增长 4.8%,总量达 5.3 万亿元。\n2025 年全省地区生产总值增长 5.5%左右。\n";
    expect(extract(doc).targets.filter((t) => t.confidence === "high").map((t) => `${t.indicator}|${t.value}|${t.year}`)).toEqual(["全省地区生产总值|5.5|2025"]);
  });

  it("a prose line keeps a stray space elsewhere and still closes its numbers' spaces (展望 2026 年 dates the page)", () => {
    const doc = "(记者 王某)梳理过去一年“成绩单”的同时,展望 2026 年发展目标。\n2025年,全区地区生产总值增长 5%。\n地区生产总值增长 5.5%左右。\n";
    const read = extract(doc);
    expect(read.document.docYear).toBe(2026);
    expect(read.targets.map((t) => `${t.value}|${t.year}`)).toEqual(["5.5|2026"]);
  });

  it("a plan's far year after 到 and a PDF's space opens no clause: the plan's span dates the page", () => {
    const page = "朝阳市印发《低空经济高质量发展行动方案(2025-2027 年)》。\n到 2027 年,朝阳市将初步构建低空经济产业体系,全市低空经济规模超过 15 亿元。\n";
    expect(extract(page).document.docYear).toBe(2025);
  });

  it("a government's points of work for a year date the page (发布 2026 年政府工作重点)", () => {
    expect(extract("3 月 11 日,无锡市发改委发布 2026 年政府工作重点,设定 GDP 增长 5%的预期目标。\n").document.docYear).toBe(2026);
  });
});

describe("every labelled real document reads the same in markdown, with CRLF line ends", () => {
  const HEAD = /^(第[一二三四五六七八九十]+[章节篇部分]|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+[.、．](?!\d))/;
  const isHead = (l: string): boolean => l.trim().length > 0 && l.trim().length <= 40 && !/[。;；]/.test(l) && HEAD.test(l.trim());
  // (headings marked and bold, long lines as list items: a table's cells, one per line, stay as they are)
  const markdown = (s: string): string => s.split("\n").map((l) => {
    if (isHead(l)) return `## **${l.trim()}**`;
    return l.trim().length > 15 && !l.includes("|") ? `- ${l}` : l;
  }).join("\r\n");
  const root = path.resolve(__dirname, "../real");
  const dirs = readdirSync(root).filter((d) => d !== "sources" && statSync(path.join(root, d)).isDirectory());
  const key = (t: Target): string => `${t.value}|${t.valueMax}|${t.unit}|${t.comparator}|${t.kind}|${t.year}|${t.confidence}|${t.baseYear}`;

  it("gives every target it gives in plain text, with its value, kind, year and confidence", () => {
    const changed: string[] = [];
    let docs = 0;
    let targets = 0;
    for (const d of dirs) {
      const years = givenYears(path.join(root, d));
      for (const f of readdirSync(path.join(root, d)).filter((x) => x.endsWith(".txt"))) {
        const text = readFileSync(path.join(root, d, f), "utf8");
        const docYear = years.get(f);
        const a = extract(text, { docYear }).targets.map(key);
        const b = extract(markdown(text), { docYear }).targets.map(key);
        docs++;
        targets += a.length;
        if (a.join("\n") !== b.join("\n")) changed.push(`${d}/${f}: ${a.filter((x) => !b.includes(x)).slice(0, 3).join("; ")} → ${b.filter((x) => !a.includes(x)).slice(0, 3).join("; ")}`);
      }
    }
    expect(docs).toBeGreaterThan(500);
    expect(targets).toBeGreaterThan(5000);
    expect(changed).toEqual([]);
  }, 120_000);
});

describe("a page run together into one line, its blocks joined by spaces", () => {
  const page = "岚综管综〔2016〕37号 平潭综合实验区管委会关于下达2016年保障性安居工程建设目标任务的通知 区直各单位、各片区开发管理局: " +
    "下达我区2016年保障性安居工程建设目标任务为:1.新开工2912套;2.基本建成1754套。结合我区各安置小区建设实际情况,现将目标任务分解下达," +
    "请各单位认真抓好落实。三、其它要求 1.务必高度重视。各责任单位务必把保障性安居工程建设作为一把手工程来抓,纳入重要议事日程,加强领导,明确任务," +
    "落实责任,强化措施,确保各项工作顺利推进。 2.务必尽快启动。要抓紧做好建设项目的前期各项工作,按工作时限倒排工期,确保按时完成省上下达的工作任务。 " +
    "平潭综合实验区管委会 2016年3月3日 附件";
  it("each space between two blocks' words is a line break: the date line dates the page, the title names it", () => {
    const r = extract(page);
    expect(r.document.docYear).toBe(2016);
    expect(r.document.title).toBe("平潭综合实验区管委会关于下达2016年保障性安居工程建设目标任务的通知");
    expect(cleaned(page).split("\n").length).toBeGreaterThan(4);
  });
  it("a PDF's spaced figures and a short line's stray space stay spaces (新建 5 所, 到 2025 年; 记者 王某)", () => {
    const spaced = `${"全面推进教育强区建设,到 2025 年,全区新建 5 所学校,新增学位 3000 个,".repeat(8)}努力办好人民满意的教育。`;
    expect(cleaned(spaced)).not.toContain("\n");
    expect(cleaned("本报讯(记者 王某)近日,我县印发方案。")).not.toContain("\n");
  });
  // (real pages of tests/real with their lines joined by spaces, as a scraper keeps a page)
  const joined = (file: string): string => readFileSync(path.join(__dirname, "../real", file), "utf8").split("\n").join(" ");
  it("a goal closing on its bound or its percent sign ends its item where lines of goals were joined by spaces", () => {
    // (a news summary of a work report, one goal a line)
    const got = extract(joined("dev10/national_gov-work-report_2026_summary.txt"), { docYear: 2026 }).targets.map((t) => `${t.indicator}|${t.value}${t.unit}|${t.year}`);
    expect(got).toEqual(expect.arrayContaining(["粮食综合生产能力|1.45万亿斤|2030", "能源综合生产能力|58亿吨标准煤|2030",
      "城镇新增就业|1200万人|2026", "居民消费价格|2%|2026", "粮食产量|1.4万亿斤|2026"]));
  });
  it("a bullet opens a block after a space, whatever ended the block before (…增长5%  ●城镇新增就业…)", () => {
    // (the opening of a real page with its lines joined: tests/real/dev11, 湖北 2025)
    const page = "政府工作报告摘要与导读  长江日报 2025年01月17日      ■ 2024年成绩单      ●预计全省地区生产总值增长6%左右      " +
      "●增速在经济大省和中部地区保持领先      ●规上工业增加值、固定资产投资、社会消费品零售总额增速均高于全国平均水平      " +
      "●光电子信息、汽车制造、大健康3大产业迈入万亿级规模      ●粮食总产达到557亿斤      ●10大类52项民生实事全部超额完成      ●城乡居民收入稳步增长      " +
      "■ 2025年经济社会发展的主要预期目标      ●经济增长6%左右      ●城镇调查失业率5.5%左右,城镇新增就业70万人以上      ●居民消费价格涨幅2%左右      " +
      "●居民收入增长与经济增长同步      ●粮食产量继续保持500亿斤以上      ";
    expect(cleaned(page).split("\n").length).toBeGreaterThan(8);
    expect(extract(page, { docYear: 2025 }).targets.map((t) => `${t.value}${t.unit}`)).toEqual(["6%", "5.5%", "70万人", "2%", "500亿斤"]);
  });
  it("a news site's name before a year ends the metadata line: the goals after it are read", () => {
    const got = extract(joined("dev97/baokang-maliang_town-annual-goals_2023.txt")).targets.map((t) => `${t.value}${t.unit}|${t.year}`);
    expect(got.slice(0, 5)).toEqual(["10%|2023", "12%|2023", "20%|2023", "18%|2023", "15%|2023"]);
  });
  it("a chapter's mark alone on its line still opens its chapter, and closes the review before it", () => {
    const text = "第一章 发展基础\n“十三五”期间,经济社会发展取得明显成就。2020年GDP达到301.43亿元。\n第二章\n“十四五”发展战略\n" +
      "第三节\n发展目标\n“十四五”时期经济社会发展的主要目标。地区生产总值增速在6.5～7.5%,科技进步贡献率明显提升。\n";
    expect(extract(text, { docYear: 2021 }).targets.map((t) => `${t.value}${t.unit}`)).toEqual(["6.5%"]);
  });
});

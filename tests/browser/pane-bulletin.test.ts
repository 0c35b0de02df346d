// "Add a statistical bulletin" in chromium inside the test Excel host: the real 平潭 十四五 outline and its real
// 2022 bulletin (examples/pingtan). The proposals are shown beside the plan's sentences; the user accepts some,
// rejects one, and writes them into the recorded workbook: only empty cells are filled, a value the user typed
// stays until they choose to replace it for that row. Before an import, accepted values go into the new table.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../src/core";
import type { Target } from "../../src/core/model";
import { targetValueSources, valueSourceLine } from "../../src/core/sheet";
import { observe } from "../../taskpane/observe";
import { ROOT } from "./support/ensure-dist";
import { excelHostScript } from "./support/excel-host";
import { hasChromium } from "./support/pane-browser";
import { paneSuite } from "./support/pane-suite";
import { screenshot } from "./support/screenshots";

const PINGTAN = path.join(ROOT, "examples/pingtan");
const PLAN = path.join(PINGTAN, "26_pingtan_fyp-outline_2021.txt");
const BULLETIN = path.join(PINGTAN, "bulletin-2022.txt");

/** The indicators the pane must propose values for, in order: the worker's own review, run in Node on the same texts. */
async function proposedIndicators(): Promise<string[]> {
  const plan = extract(readFileSync(PLAN, "utf8"), { docId: "plan" });
  const bulletins = [{ name: "bulletin-2022.txt", text: readFileSync(BULLETIN, "utf8") }];
  const { review } = await observe({ id: 1, type: "observe", document: plan.document, targets: plan.targets, bulletins, anyRegion: false });
  return review.proposals.map((p) => plan.targets[p.targetIndex]!.indicator);
}

interface TableSnapshot {
  headers: string[];
  values: (string | number)[][];
}
interface Host {
  __excelHost: {
    snapshot(): { tables: TableSnapshot[] }[];
    host: { state: { sheets: { tables: { top: number; left: number; headers(): string[] }[]; cell(r: number, c: number): { value: unknown } }[] } };
  };
}

const table = async (page: Page): Promise<TableSnapshot> => {
  const sheets = await page.evaluate(() => (window as unknown as Host).__excelHost.snapshot());
  const tables = sheets.flatMap((s) => s.tables);
  expect(tables).toHaveLength(1);
  return tables[0]!;
};

/** The row of the table whose 指标 / Indicator cell is `indicator`, by its header words. */
function row(t: TableSnapshot, indicator: string, indicatorHeader: string): Record<string, string | number> {
  const at = t.headers.indexOf(indicatorHeader);
  const r = t.values.find((v) => v[at] === indicator);
  if (!r) throw new Error(`no row for ${indicator}`);
  return Object.fromEntries(t.headers.map((h, j) => [h, r[j]!]));
}

/** Types a value into the table's cell as the user would (the fake workbook of the page). */
async function typeCell(page: Page, indicator: string, header: string, value: number): Promise<void> {
  await page.evaluate(
    ([indicator, header, value]) => {
      const sheet = (window as unknown as Host).__excelHost.host.state.sheets[0]!;
      const t = sheet.tables[0]!;
      const headers = t.headers();
      for (let r = t.top + 1; ; r++) {
        if (sheet.cell(r, t.left + headers.indexOf("指标")).value === "") throw new Error(`no row for ${indicator}`);
        if (sheet.cell(r, t.left + headers.indexOf("指标")).value === indicator) {
          sheet.cell(r, t.left + headers.indexOf(header as string)).value = value;
          return;
        }
      }
    },
    [indicator, header, value] as const,
  );
}

async function loadPlan(page: Page): Promise<number> {
  await page.setInputFiles("#file-input", PLAN);
  await page.waitForFunction(() => document.body.dataset.extracted !== undefined || document.querySelector("#extract-message.error"), null, { timeout: 60_000 });
  return Number(await page.evaluate(() => document.body.dataset.extracted));
}

/** The proposal cards: indicator, column words, and the two sentences' highlighted parts. */
const cards = (page: Page) =>
  page.$$eval("#proposal-list li.proposal", (lis) =>
    lis.map((li) => ({
      indicator: li.querySelector(".proposal-head .indicator")!.textContent,
      fills: li.querySelector(".fills")!.textContent,
      captions: [...li.querySelectorAll(".quote figcaption")].map((n) => n.textContent),
      marks: [...li.querySelectorAll(".quote mark")].map((n) => n.textContent),
      sentences: [...li.querySelectorAll(".quote .sentence")].map((n) => n.textContent),
      value: li.querySelector(".proposal-value")!.textContent,
      match: li.querySelector(".proposal-match")!.textContent,
      side: (() => {
        const [a, b] = [...li.querySelectorAll(".quote")].map((n) => n.getBoundingClientRect());
        return { sameRow: Math.abs(a!.top - b!.top) < 1, leftFirst: a!.right <= b!.left + 1 };
      })(),
    })),
  );

const card = (page: Page, indicator: string) => page.locator("#proposal-list li.proposal", { has: page.locator(`.proposal-head .indicator:text-is("${indicator}")`) });

describe.skipIf(!hasChromium() && !process.env.CI)("adding a statistical bulletin in chromium inside the test Excel host", () => {
  const suite = paneSuite();
  const hosts = new Map<string, string>();
  let indicators: string[] = [];
  beforeAll(async () => {
    for (const lang of ["zh-CN", "en-US"]) hosts.set(lang, await excelHostScript(lang));
    indicators = await proposedIndicators();
  });

  it("shows the 2022 bulletin's values beside the plan's sentences, writes the accepted ones and replaces a typed one only on request", async () => {
    const { page } = await suite.open({ locale: "zh-CN", excelHostScript: hosts.get("zh-CN"), viewport: { width: 420, height: 1000 } });
    expect(await page.isVisible("#bulletin-needs-document")).toBe(true);
    expect(await loadPlan(page)).toBeGreaterThan(10);
    await page.click("#import-button");
    await page.waitForSelector("#import-message.success", { timeout: 60_000 });
    // The user has typed a latest value of their own for 森林覆盖率.
    await typeCell(page, "森林覆盖率", "最新值", 41.5);

    await page.setInputFiles("#bulletin-file", BULLETIN);
    await page.waitForSelector("#bulletin-message.success", { timeout: 60_000 });
    expect(await page.textContent("#bulletin-list")).toContain("2022年（取自标题） · 平潭综合实验区 · 510 个数值");
    const shown = await cards(page);
    const n = indicators.length;
    // The cards used below are among them (the values proposed are checked one by one in bulletin-review.test.ts).
    expect(indicators).toEqual(expect.arrayContaining(["森林覆盖率", "地区生产总值", "年接待游客规模", "进出口总值", "三产增加值比重"]));
    expect(shown.map((c) => [c.indicator, c.fills])).toEqual(indicators.map((name) => [name, "填入最新值 · 2022年"]));
    for (const c of shown) {
      expect(c.captions).toEqual(["规划原文", "bulletin-2022.txt"]);
      expect(c.side).toEqual({ sameRow: true, leftFirst: true });
      expect(c.sentences[0]).toContain(c.marks[0]);
      expect(c.marks[0]).toMatch(/\d/);
    }
    const gdp = shown.find((c) => c.indicator === "地区生产总值")!;
    expect(gdp.marks[1]).toBe("3.6%");
    expect(gdp.sentences[1]).toBe("全年实现生产总值367.71亿元，按可比价格计算，比上年增长3.6%");
    expect(gdp.value).toBe("数值：3.6 %");
    expect(gdp.match).toBe("匹配度 1.00 · 指标名称相同");
    expect(shown.find((c) => c.indicator === "年接待游客规模")!.match).toBe("匹配度 1.00 · 同义指标：年接待游客规模 = 接待国内外游客");
    // Targets without a proposal are listed with why.
    await page.click("#finding-box summary");
    const findings = await page.$$eval("#finding-list li", (lis) => lis.map((li) => li.textContent ?? ""));
    // (a cumulative target: the 五年累计 column of the outline's table)
    expect(findings.some((f) => f.startsWith("森林覆盖率") && f.includes("累计目标：公报只给出一年的数值"))).toBe(true);
    expect(findings.some((f) => f.startsWith("对台贸易额") && f.includes("2022年公报中没有该指标的数值"))).toBe(true);

    // Nothing is decided yet, so nothing can be written.
    expect(await page.textContent("#proposal-counts")).toBe(`${n} 项建议 · 已接受 0 · 已拒绝 0 · 待定 ${n}`);
    expect(await page.isDisabled("#write-values")).toBe(true);
    await card(page, "三产增加值比重").locator("input[value=reject]").check();
    await page.click("#accept-sure");
    expect(await page.textContent("#proposal-counts")).toBe(`${n} 项建议 · 已接受 ${n - 1} · 已拒绝 1 · 待定 0`);
    await page.click("#write-values");
    await page.waitForFunction(() => /已写入/.test(document.querySelector("#write-message")?.textContent ?? "") || document.querySelector("#write-message.error:not(:empty)"));
    // All accepted but the one whose cell the user had typed.
    expect(await page.textContent("#write-message")).toMatch(new RegExp(`^已写入「.+」：填入 ${n - 2} 项，替换 0 项，已有 0 项。 1 项与表中已有的值不同，未写入`));

    let t = await table(page);
    /** The latest year and value, and the 数值来源 line of the latest value (the base value's line may stand above it). */
    const cellsOf = (name: string) => {
      const r = row(t, name, "指标");
      return [r["最新年"], r["最新值"], String(r["数值来源"]).split("\n").find((l) => l.startsWith("最新值")) ?? ""];
    };
    expect(cellsOf("地区生产总值")).toEqual([2022, 3.6, "最新值 3.6 %（2022年）取自 bulletin-2022.txt：「全年实现生产总值367.71亿元，按可比价格计算，比上年增长3.6%」"]);
    expect(cellsOf("年接待游客规模").slice(0, 2)).toEqual([2022, 704.23]);
    expect(cellsOf("进出口总值")).toEqual([2022, 204.9, "最新值 204.9 亿元（2022年）取自 bulletin-2022.txt：「全年进出口总值204.9亿元，同比增长6.1%」"]);
    expect(cellsOf("三产增加值比重")).toEqual(["", "", ""]); // rejected
    expect(cellsOf("森林覆盖率")).toEqual(["", 41.5, ""]); // typed by the user: kept
    // (its base value is the outline table's 2020 column, marked as taken from the plan)
    expect(String(row(t, "森林覆盖率", "指标")["数值来源"])).toMatch(/^基期值 38.85 %（2020年）取自本文件：「.*森林覆盖率%38.8540.0/);

    // The conflict shows both values; only an explicit choice for that row replaces the typed one.
    const forest = card(page, "森林覆盖率");
    expect(await forest.locator(".outcome.conflict p").textContent()).toBe("表中已有：41.5；公报：2022年 30.06 %。未写入。");
    expect(await card(page, "进出口总值").locator(".outcome").textContent()).toBe("已写入表格");
    await forest.locator("input.replace").check();
    await page.click("#write-values");
    await page.waitForFunction(() => /替换 1 项/.test(document.querySelector("#write-message")?.textContent ?? ""));
    t = await table(page);
    expect(cellsOf("森林覆盖率")).toEqual([2022, 30.06, "最新值 30.06 %（2022年）取自 bulletin-2022.txt：「森林覆盖率30.06%，林地面积12367公顷，有林地面积11902公顷，乔木林蓄积63.12万立方米，国家级公益林2459公顷，省级公益林5188公顷」"]);
    expect(cellsOf("进出口总值").slice(0, 2)).toEqual([2022, 204.9]);
    await screenshot(page.locator("section[aria-labelledby=bulletin-heading]"), "taskpane-bulletin-zh-CN.png");

    // A re-import keeps them like typed values.
    await page.click("#import-button");
    await page.waitForFunction(() => /更新 [1-9]/.test(document.querySelector("#import-message")?.textContent ?? ""), null, { timeout: 60_000 });
    t = await table(page);
    expect(cellsOf("森林覆盖率").slice(0, 2)).toEqual([2022, 30.06]);
    expect(cellsOf("地区生产总值")[2]).toContain("bulletin-2022.txt");
  });

  it("before an import, accepted values of a pasted bulletin go with their targets into the new table", async () => {
    const { page } = await suite.open({ locale: "en-US", excelHostScript: hosts.get("en-US"), viewport: { width: 420, height: 1000 } });
    await page.click("#settings summary");
    await page.selectOption("#setting-header-language", "en-US");
    await loadPlan(page);
    await page.click("#bulletin-paste-box summary");
    await page.fill("#bulletin-paste-text", await import("node:fs").then((fs) => fs.readFileSync(BULLETIN, "utf8")));
    await page.click("#bulletin-paste-add");
    await page.waitForSelector("#bulletin-message.success", { timeout: 60_000 });
    const title = "2022年平潭综合实验区国民经济和社会发展统计公报";
    const n = indicators.length;
    expect((await cards(page)).map((c) => c.fills)).toEqual(Array(n).fill("Fills latest value · 2022"));
    await card(page, "进出口总值").locator("input[value=accept]").check();
    await card(page, "地区生产总值").locator("input[value=reject]").check();
    expect(await page.textContent("#proposal-counts")).toBe(`${n} proposals · 1 accepted · 1 rejected · ${n - 2} to decide`);
    // No table yet: writing says the values go with the import.
    await page.click("#write-values");
    await page.waitForSelector("#write-message.error");
    expect(await page.textContent("#write-message")).toBe("This document is not in Excel yet. Accepted values go into the new table with its targets when you import it.");

    await page.click("#import-button");
    await page.waitForSelector("#import-message.success", { timeout: 60_000 });
    const t = await table(page);
    expect(t.headers).toContain("Value source");
    const trade = row(t, "进出口总值", "Indicator");
    expect([trade["Latest year"], trade["Latest value"], trade["Value source"]]).toEqual([
      2022, 204.9, `Latest value 204.9 亿元 (2022) from ${title}: “全年进出口总值204.9亿元，同比增长6.1%”`,
    ]);
    expect([row(t, "地区生产总值", "Indicator")["Latest value"], row(t, "森林覆盖率", "Indicator")["Latest value"]]).toEqual(["", ""]);
  });

  it("shows every sentence an averaged growth rate is made of, and gives the new table its base year", async () => {
    const { page } = await suite.open({ locale: "zh-CN", excelHostScript: hosts.get("zh-CN"), viewport: { width: 420, height: 1000 } });
    await loadPlan(page);
    for (const [i, year] of [2020, 2021, 2022].entries()) {
      await page.setInputFiles("#bulletin-file", path.join(PINGTAN, `bulletin-${year}.txt`));
      await page.waitForFunction((n) => document.querySelectorAll("#bulletin-list li.bulletin").length === n && document.querySelector("#proposal-list li.proposal"), i + 1, { timeout: 60_000 });
    }
    await page.waitForSelector("#bulletin-message.success");
    // The outline's 地区生产总值增速 (no base year of its own) takes the average of 2021's and 2022's rates since 2020.
    const gdp = (await cards(page)).find((c) => c.indicator === "地区生产总值")!;
    expect(gdp.captions).toEqual(["规划原文", "bulletin-2021.txt · 2021年 5.8 %", "bulletin-2022.txt · 2022年 3.6 %"]);
    expect(gdp.marks.slice(1)).toEqual(["5.8%", "3.6%"]);
    expect(gdp.sentences[2]).toBe("全年实现生产总值367.71亿元，按可比价格计算，比上年增长3.6%");
    expect(gdp.sentences[1]).toContain("比上年增长5.8%");
    expect(gdp.side).toEqual({ sameRow: true, leftFirst: true });
    const average = (Math.sqrt(1.058 * 1.036) - 1) * 100;
    expect(gdp.value).toBe(`数值：${Number(average.toFixed(6))} %`);
    expect(await card(page, "地区生产总值").locator(".proposal-average").textContent()).toBe("2020 年以来 2 个年度增速的平均值（基期年 2020）。");
    // A single bulletin's value has one sentence and no such line.
    const trade = (await cards(page)).find((c) => c.indicator === "进出口总值" && c.fills === "填入最新值 · 2022年")!;
    expect(trade.captions).toEqual(["规划原文", "bulletin-2022.txt"]);
    expect(await card(page, "进出口总值").locator(".proposal-average").count()).toBe(0); // nor its base value

    await card(page, "地区生产总值").locator("input[value=accept]").check();
    await page.click("#import-button");
    await page.waitForSelector("#import-message.success", { timeout: 60_000 });
    const row0 = row(await table(page), "地区生产总值", "指标");
    expect([row0["基期年"], row0["基期值"], row0["最新年"]]).toEqual([2020, "", 2022]);
    expect(row0["最新值"]).toBeCloseTo(average, 9);
  });

  it("shows the sentence a base value the plan states was read from, and marks it in the new table", async () => {
    const { page } = await suite.open({ locale: "zh-CN", excelHostScript: hosts.get("zh-CN") });
    // A review sentence and a 主要指标 table flattened one cell per line, as a web page gives it.
    const plan = [
      "某县“十四五”规划纲要", "", "一、发展基础", "", "2020年，全县地区生产总值达到320亿元，一般公共预算收入21.6亿元。", "",
      "二、主要目标", "", "表1 主要指标", "", "指标", "", "2020年", "", "2025年", "", "属性", "",
      "地区生产总值（亿元）", "", "—", "", "450", "", "预期性", "",
      "一般公共预算收入（亿元）", "", "21.6", "", "30", "", "预期性", "",
      "三、主要任务", "", "到2025年，森林覆盖率达到45%。", "",
    ].join("\n");
    const targets = extract(plan, { docId: "pasted" }).targets;
    const named = (name: string): Target => targets.find((t) => t.indicator === name)!;
    // The base values the engine reads: from the review sentence (GDP), from the table's 2020 column (revenue).
    expect([named("地区生产总值").baseValue, named("一般公共预算收入").baseValue, named("森林覆盖率").baseValue]).toEqual([320, 21.6, undefined]);
    const lineOf = (name: string): string => valueSourceLine(targetValueSources(named(name), undefined, { own: plan })[0]!, "zh-CN");
    const gdpLine = lineOf("地区生产总值");
    expect(gdpLine).toBe("基期值 320 亿元（2020年）取自本文件：「2020年，全县地区生产总值达到320亿元，一般公共预算收入21.6亿元」");

    await page.click("#paste-box summary");
    await page.fill("#paste-text", plan);
    await page.click("#paste-extract");
    await page.waitForFunction(() => document.body.dataset.extracted !== undefined);
    const sourceValues = (): Promise<(string | null)[]> => page.$$eval("#source-values li", (lis) => lis.map((li) => li.textContent));
    await page.click("#targets-body tr:has-text('地区生产总值') td:nth-child(2)");
    expect(await sourceValues()).toEqual([gdpLine]);
    await page.click("#targets-body tr:has-text('一般公共预算收入') td:nth-child(2)");
    expect(await sourceValues()).toEqual([lineOf("一般公共预算收入")]);
    await page.click("#targets-body tr:has-text('森林覆盖率') td:nth-child(2)");
    expect(await page.isHidden("#source-values")).toBe(true);
    await page.click("#import-button");
    await page.waitForSelector("#import-message.success", { timeout: 60_000 });
    const gdp = row(await table(page), "地区生产总值", "指标");
    expect([gdp["基期年"], gdp["基期值"], gdp["数值来源"]]).toEqual([2020, 320, gdpLine]);
    expect(row(await table(page), "森林覆盖率", "指标")["数值来源"]).toBe("");
  });
});

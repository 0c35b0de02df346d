// The review table in chromium: low-confidence targets, the document year, reductions, kind labels shared with
// the sheet, a 320 px pane, and failed reads in the pane's language.
import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { KIND_LABELS } from "../../src/core/sheet/labels";
import { translate } from "../../taskpane/i18n";
import { kindOf } from "../../taskpane/review-model";
import { excelHostScript } from "./support/excel-host";
import { extractInNode, seedText } from "./support/engine-node";
import { checkAndClose, extractSeed, hasChromium, openPane } from "./support/pane-browser";
import { paneSuite } from "./support/pane-suite";
import { STUB_LOW_REASON, extractTargets as stubExtract } from "./support/stub-engine";
import { stubWorkerScript } from "./support/stub-worker";

/**
 * A work report whose year is in its title: three 今年 targets, one 2027 target, a yearly amount (每年, which the
 * sheet names by its measure), and (in the last sentence) two counted clauses that today's engine does not find
 * and the extraction issue's `possible` role will list.
 */
const REPORT = [
  "某市2026年国民经济和社会发展计划",
  "一、主要预期目标",
  "今年主要预期目标是：地区生产总值增长5.5%左右，城镇新增就业3万人以上，单位地区生产总值能耗下降2.5%。",
  "到2027年，常住人口城镇化率达到65%。",
  "二、重点任务",
  "每年培训农民工5000人次。",
  "全年力争为1000名困难群众提供免费体检，打通5条断头路。",
  "",
].join("\n");

interface Row {
  name: string;
  value: string;
  comparator: string;
  year: string;
  kind: string;
  checked: boolean;
  low: boolean;
  mark: string;
  reason: string;
  title: string;
}

/** The rendered rows as the user sees them. */
function rows(page: Page): Promise<Row[]> {
  return page.$$eval("#targets-body tr[data-index]", (trs) =>
    trs.map((tr) => {
      const text = (sel: string): string => tr.querySelector(sel)?.textContent ?? "";
      return {
        // The indicator as written, without the 待确认 mark before it.
        name: [...(tr.querySelector(".indicator")?.childNodes ?? [])]
          .filter((n) => !(n instanceof Element && n.classList.contains("low-mark")))
          .map((n) => n.textContent)
          .join(""),
        value: text(".value"),
        comparator: text(".comparator"),
        year: text("td:nth-child(4)"),
        kind: text("td.kind"),
        checked: (tr.querySelector("input[type=checkbox]") as HTMLInputElement).checked,
        low: tr.classList.contains("low"),
        mark: text(".low-mark"),
        reason: text(".low-reason"),
        title: tr.getAttribute("title") ?? "",
      };
    }),
  );
}

async function pasteAndExtract(page: Page, text: string): Promise<number> {
  if (!(await page.isVisible("#paste-text"))) await page.click("#paste-box summary");
  await page.fill("#paste-text", text);
  await page.click("#paste-extract");
  await page.waitForFunction(() => document.body.dataset.extracted !== undefined || document.querySelector("#extract-message.error"));
  return Number(await page.evaluate(() => document.body.dataset.extracted));
}

const rowNamed = (all: Row[], name: string): Row => {
  const row = all.find((r) => r.name === name);
  if (!row) throw new Error(`no row for ${name}: ${all.map((r) => r.name).join(", ")}`);
  return row;
};

if (!hasChromium() && !process.env.CI) {
  console.warn("Chromium (/usr/bin/chromium) is not installed: skipping the review-table browser tests.");
}
describe.skipIf(!hasChromium() && !process.env.CI)("review table in chromium", () => {
  const suite = paneSuite();
  let stubWorker = "";
  let zhHost = "";

  beforeAll(async () => {
    stubWorker = await stubWorkerScript();
    zhHost = await excelHostScript("zh-CN");
  });

  // Low confidence and the document year come from the extraction issue's engine, which is not here yet: these
  // two tests run the pane's real worker with the stub engine of support/stub-engine.ts (the real engine plus
  // the contract's rules). Their end-to-end version, on the real engine and without the stub, follows it.
  it("lists low-confidence targets unticked and marked with their reason, counted apart; a ticked one is imported", async () => {
    const pane = await suite.open({ locale: "zh-CN", excelHostScript: zhHost, workerScript: stubWorker });
    const { page } = pane;
    const expected = stubExtract(REPORT, "pasted").targets;
    const lowCount = expected.filter((t) => t.confidence === "low").length;
    expect(lowCount).toBe(2);
    expect(await pasteAndExtract(page, REPORT)).toBe(expected.length);

    const shown = await rows(page);
    const low = shown.filter((r) => r.low);
    expect(low.map((r) => r.name)).toEqual(["困难群众提供免费体检", "断头路"]);
    for (const r of low) {
      expect(r.checked).toBe(false);
      expect(r.mark).toBe("待确认");
      expect(r.reason).toBe(`待确认：${STUB_LOW_REASON}`);
      expect(r.title).toBe(r.reason); // the tooltip says the same
    }
    for (const r of shown.filter((x) => !x.low)) expect(r.checked).toBe(true);
    const high = expected.length - lowCount;
    expect(await page.textContent("#counts")).toBe(`共 ${high} 个目标，另有 ${lowCount} 个待确认 · 显示 ${expected.length} 个 · 已勾选 ${high} 个`);

    // The confidence filter lists the ones to review.
    await page.selectOption("#filter-confidence", "low");
    expect((await rows(page)).map((r) => r.name)).toEqual(["困难群众提供免费体检", "断头路"]);
    await page.selectOption("#filter-confidence", "");

    // Ticking one includes it: it is imported, the other low-confidence target is not.
    const index = expected.findIndex((t) => t.indicator === "断头路");
    await page.click(`#targets-body tr[data-index="${index}"] input[type=checkbox]`);
    expect(await page.textContent("#counts")).toContain(`已勾选 ${high + 1} 个`);
    await page.click("#import-button");
    await page.waitForSelector("#import-message.success, #import-message.error", { timeout: 60_000 });
    expect(await page.$eval("#import-message", (n) => n.className)).toContain("success");
    const tables = await page.evaluate(() =>
      (window as unknown as { __excelHost: { snapshot(): { tables: { headers: string[]; values: unknown[][] }[] }[] } }).__excelHost
        .snapshot()
        .flatMap((s) => s.tables),
    );
    expect(tables).toHaveLength(1);
    const indicators = tables[0].values.map((r) => r[tables[0].headers.indexOf("指标")]);
    expect(indicators).toContain("断头路");
    expect(indicators).not.toContain("困难群众提供免费体检");
    expect(indicators).toHaveLength(high + 1);
    // One label per kind: the sheet's kind column says what the pane said for the same targets.
    const kinds = tables[0].values.map((r) => r[tables[0].headers.indexOf("类型")]);
    const paneKinds = (await rows(page)).filter((r) => r.checked).map((r) => r.kind);
    expect(kinds).toEqual(paneKinds);
  });

  it("shows the document year and where it came from; a new year re-dates 今年 targets and keeps the ticks", async () => {
    const pane = await suite.open({ locale: "zh-CN", workerScript: stubWorker });
    const { page } = pane;
    await pasteAndExtract(page, REPORT);
    expect(await page.inputValue("#doc-year")).toBe("2026");
    expect(await page.textContent("#doc-year-source")).toBe("取自标题");
    const before = await rows(page);
    expect(rowNamed(before, "地区生产总值").year).toBe("2026");
    expect(rowNamed(before, "断头路").year).toBe("2026");

    // The user's own choices: untick a sure target, tick one to review.
    const targets = stubExtract(REPORT, "pasted").targets;
    const at = (name: string): string => `#targets-body tr[data-index="${targets.findIndex((t) => t.indicator === name)}"] input[type=checkbox]`;
    await page.click(at("城镇新增就业"));
    await page.click(at("断头路"));
    await page.fill("#filter-search", "2");
    const filteredBefore = await rows(page);

    await page.fill("#doc-year", "2025");
    await page.dispatchEvent("#doc-year", "change");
    await page.waitForFunction(() => /已按 2025 年重新提取|失败/.test(document.querySelector("#extract-message")?.textContent ?? ""));
    expect(await page.textContent("#extract-message")).toBe(`已按 2025 年重新提取：${targets.length} 个目标，您的勾选已保留。`);
    expect(await page.textContent("#doc-year-source")).toBe("由您设定");
    expect(await page.inputValue("#filter-search")).toBe("2"); // the filters stay too
    expect((await rows(page)).length).toBe(filteredBefore.length);

    await page.fill("#filter-search", "");
    const after = await rows(page);
    // 今年 / 全年 targets move to the new year; the 2027 target stays.
    for (const name of ["地区生产总值", "城镇新增就业", "单位地区生产总值能耗", "困难群众提供免费体检", "断头路"]) expect(rowNamed(after, name).year).toBe("2025");
    expect(rowNamed(after, "常住人口城镇化率").year).toBe("2027");
    expect(rowNamed(after, "每年培训农民工").year).toBe(rowNamed(before, "每年培训农民工").year);
    // The ticks survive although every re-dated target has a new id.
    expect(rowNamed(after, "城镇新增就业").checked).toBe(false);
    expect(rowNamed(after, "断头路").checked).toBe(true);
    expect(rowNamed(after, "困难群众提供免费体检").checked).toBe(false);
    expect(rowNamed(after, "地区生产总值").checked).toBe(true);

    // Not a year: said in the pane's language, and the field shows the document's year again.
    await page.fill("#doc-year", "26");
    await page.dispatchEvent("#doc-year", "change");
    expect(await page.textContent("#extract-message")).toBe("“26”不是有效年份。请输入 1900 至 2100 之间的年份。");
    expect(await page.inputValue("#doc-year")).toBe("2025");
  });

  it("reads a reduction as 下降 13.5 % and uses the sheet's kind labels", async () => {
    const pane = await suite.open({ locale: "zh-CN" });
    const { page } = pane;
    const text = "到2025年，单位地区生产总值能耗下降13.5%，二氧化碳排放降低18%以上，地区生产总值达到5000亿元。";
    const expected = extractInNode(text, "pasted").targets;
    expect(expected.filter((t) => t.decrease)).toHaveLength(2);
    await pasteAndExtract(page, text);
    const shown = await rows(page);
    expect(rowNamed(shown, "单位地区生产总值能耗")).toMatchObject({ value: "下降 13.5 %", comparator: "" });
    expect(rowNamed(shown, "二氧化碳排放")).toMatchObject({ value: "下降 18 %", comparator: "不低于" });
    expect(rowNamed(shown, "地区生产总值")).toMatchObject({ value: "5000 亿元", comparator: "达到" });
    expect(shown.map((r) => r.kind)).toEqual(expected.map((t) => KIND_LABELS["zh-CN"][kindOf(t)]));
    const kindOptions = await page.$$eval("#filter-kind option", (os) => os.map((o) => o.textContent));
    expect(kindOptions).toContain(KIND_LABELS["zh-CN"].level);
    // The extracted paste folds away (the table has it now) and comes back intact.
    expect(await page.isVisible("#paste-text")).toBe(false);
    await page.click("#paste-box summary");
    expect(await page.inputValue("#paste-text")).toBe(text);
  });

  it("fits every column of the review table in a 320 px pane", async () => {
    const problems: string[] = [];
    for (const locale of ["zh-CN", "en-US"]) {
      const probe = await openPane(suite.browser, suite.server.origin, { locale, viewport: { width: 320, height: 900 }, workerScript: stubWorker });
      try {
        const check = async (what: string): Promise<void> => {
          const found = await probe.page.evaluate(() => {
            const out: string[] = [];
            for (const cell of document.querySelectorAll<HTMLElement>("#targets-table th, #targets-table td")) {
              if (cell.scrollWidth > cell.clientWidth) out.push(`cell ${cell.scrollWidth} > ${cell.clientWidth}: ${cell.textContent}`);
            }
            // Squeezed columns break words: a kind label or a word of a value must stay on one line.
            for (const word of document.querySelectorAll<HTMLElement>("#targets-table td.kind, #targets-table .value .nowrap")) {
              const range = document.createRange();
              range.selectNodeContents(word);
              if (!/\s/.test(word.textContent ?? "") && range.getClientRects().length > 1) out.push(`word broken over lines: ${word.textContent}`);
            }
            const wrap = document.querySelector<HTMLElement>(".table-wrap")!;
            if (wrap.scrollWidth > wrap.clientWidth) out.push(`table ${wrap.scrollWidth} wider than its ${wrap.clientWidth} px frame`);
            const page = document.documentElement;
            if (page.scrollWidth > page.clientWidth) out.push(`pane scrolls sideways: ${page.scrollWidth} > ${page.clientWidth}`);
            return out;
          });
          problems.push(...found.map((p) => `${locale} ${what}: ${p}`));
        };
        for (const seed of ["000", "001", "002", "003", "004"]) {
          await extractSeed(probe.page, seed);
          // Down the whole table, so every row is rendered and checked once.
          for (let top = 0; ; top += 300) {
            await probe.page.$eval(".table-wrap", (w, y) => (w.scrollTop = y), top);
            await probe.page.evaluate(() => new Promise(requestAnimationFrame));
            await check(`seed ${seed} at ${top}`);
            if (top > (await probe.page.$eval(".table-wrap", (w) => w.scrollHeight))) break;
          }
        }
        await pasteAndExtract(probe.page, REPORT); // reductions and the marks and reasons of low-confidence rows
        await check("low-confidence report");
      } finally {
        await checkAndClose(probe);
      }
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it("words failed reads in the pane's language and clears the earlier table", async () => {
    const pane = await suite.open({ locale: "zh-CN" });
    const { page } = pane;
    const zh = (key: Parameters<typeof translate>[1], name: string): string => translate("zh-CN", key, { name });
    const failures: { name: string; buffer: Buffer; key: Parameters<typeof translate>[1] }[] = [
      { name: "scan.txt", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]), key: "errorBinary" },
      { name: "broken.docx", buffer: Buffer.from("not a zip at all"), key: "errorDocx" },
      { name: "latin1.txt", buffer: Buffer.from([0x50, 0x6c, 0x61, 0x6e, 0x20, 0xe9, 0x20, 0x32, 0x30, 0x32, 0x35]), key: "errorEncoding" },
      { name: "plan.pdf", buffer: Buffer.from("%PDF-1.4"), key: "errorType" },
    ];
    for (const f of failures) {
      expect(await extractSeed(page, "002")).toBeGreaterThan(0);
      await page.setInputFiles("#file-input", { name: f.name, mimeType: "application/octet-stream", buffer: f.buffer });
      await page.waitForSelector("#extract-message.error");
      expect(await page.textContent("#extract-message"), f.name).toBe(zh(f.key, f.name));
      // Nothing of the earlier document is left to pass for this one's.
      expect(await page.$$eval("#targets-body tr[data-index]", (trs) => trs.length)).toBe(0);
      expect(await page.isHidden("#review-body")).toBe(true);
      expect(await page.isHidden("#doc-meta")).toBe(true);
      expect(await page.isHidden("#doc-year-box")).toBe(true);
      expect(await page.textContent("#review-empty")).toBe(translate("zh-CN", "noDocument"));
      await page.selectOption("#seed-select", ""); // so the same seed can be chosen again
    }
  });
});

describe("the stub engine of these tests", () => {
  it("keeps to the contract it stands in for: the user's year wins and re-dates only this-year targets", () => {
    const inferred = stubExtract(REPORT, "d");
    const set = stubExtract(REPORT, "d", 2025);
    expect([inferred.document.docYear, inferred.document.docYearSource]).toEqual([2026, "title"]);
    expect([set.document.docYear, set.document.docYearSource]).toEqual([2025, "user"]);
    const yearOf = (r: typeof set, name: string): number | null | undefined => r.targets.find((t) => t.indicator === name)?.year;
    for (const name of ["地区生产总值", "城镇新增就业", "单位地区生产总值能耗", "困难群众提供免费体检", "断头路"]) {
      expect([yearOf(inferred, name), yearOf(set, name)]).toEqual([2026, 2025]);
    }
    for (const name of ["常住人口城镇化率", "每年培训农民工"]) expect(yearOf(set, name)).toBe(yearOf(inferred, name));
    // The engine's own targets are untouched but for the year; every engine target is there.
    expect(inferred.targets.filter((t) => t.confidence !== "low").map((t) => t.text)).toEqual(extractInNode(REPORT, "d").targets.map((t) => t.text));
    expect(stubExtract(seedText("002"), "002").targets.every((t) => t.sentenceStart <= t.start && t.end <= t.sentenceEnd)).toBe(true);
  });
});

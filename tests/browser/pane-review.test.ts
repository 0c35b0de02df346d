// The review table in chromium: low-confidence targets, the document year, reductions, kind labels shared with
// the sheet, a 320 px pane, and failed reads in the pane's language.
import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { readFileSync } from "node:fs";
import path from "node:path";
import { KIND_LABELS } from "../../src/core/sheet/labels";
import { extract } from "../../src/core/index";
import { docYearSourceKey } from "../../taskpane/doc-year";
import { lowReasonLabel, translate } from "../../taskpane/i18n";
import { kindOf } from "../../taskpane/review-model";
import { ROOT } from "./support/ensure-dist";
import { excelHostScript } from "./support/excel-host";
import { extractInNode } from "./support/engine-node";
import { checkAndClose, extractSeed, hasChromium, openPane } from "./support/pane-browser";
import { paneSuite } from "./support/pane-suite";

/**
 * A real work report (海拉尔区2014年政府工作报告; see tests/real/dev6/SOURCES.md): its year is stated in its text, many
 * targets are 今年's, and the engine is unsure of some counted clauses. What the pane must show is what the engine finds
 * in it, run here in Node.
 */
const REPORT = readFileSync(path.join(ROOT, "tests/real/dev6/hailaer_gov-work-report_2014.txt"), "utf8");

interface Row {
  index: number;
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
        index: Number(tr.getAttribute("data-index")),
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

/** Every row passing the filters, scrolled into view in turn (the table renders only the rows in view). */
async function allRows(page: Page): Promise<Row[]> {
  const total = Number(await page.getAttribute("#targets-table", "aria-rowcount")) - 1;
  const seen = new Map<number, Row>();
  for (let top = 0; seen.size < total; top += 200) {
    await page.$eval("#table-wrap", (w, y) => (w.scrollTop = y), top);
    await page.evaluate(() => new Promise(requestAnimationFrame));
    for (const r of await rows(page)) seen.set(r.index, r);
    if (top > (await page.$eval("#table-wrap", (w) => w.scrollHeight))) break;
  }
  await page.$eval("#table-wrap", (w) => (w.scrollTop = 0));
  return [...seen.values()].sort((a, b) => a.index - b.index);
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

const checkbox = (index: number): string => `#targets-body tr[data-index="${index}"] input[type=checkbox]`;

/** Clicks a row's tick box, scrolling the table until the row is rendered (the table renders only the rows in view). */
async function clickTick(page: Page, index: number): Promise<void> {
  for (let top = 0; !(await page.$(checkbox(index))); top += 200) {
    if (top > (await page.$eval("#table-wrap", (w) => w.scrollHeight))) throw new Error(`row ${index} is not in the table`);
    await page.$eval("#table-wrap", (w, y) => (w.scrollTop = y), top);
    await page.evaluate(() => new Promise(requestAnimationFrame));
  }
  await page.click(checkbox(index));
}

if (!hasChromium() && !process.env.CI) {
  console.warn("Chromium (/usr/bin/chromium) is not installed: skipping the review-table browser tests.");
}
describe.skipIf(!hasChromium() && !process.env.CI)("review table in chromium", () => {
  const suite = paneSuite();
  let zhHost = "";

  beforeAll(async () => {
    zhHost = await excelHostScript("zh-CN");
  });

  it("lists low-confidence targets unticked and marked with their reason, counted apart; a ticked one is imported", async () => {
    const pane = await suite.open({ locale: "zh-CN", excelHostScript: zhHost });
    const { page } = pane;
    const expected = extractInNode(REPORT, "pasted").targets;
    const lowIndices = expected.flatMap((t, i) => (t.confidence === "low" ? [i] : []));
    expect(lowIndices.length).toBeGreaterThanOrEqual(2); // one to tick, one to leave
    expect(await pasteAndExtract(page, REPORT)).toBe(expected.length);

    const shown = await allRows(page);
    expect(shown.map((r) => r.index)).toEqual(expected.map((_, i) => i));
    expect(shown.filter((r) => r.low).map((r) => r.index)).toEqual(lowIndices);
    for (const r of shown.filter((x) => x.low)) {
      const reason = lowReasonLabel("zh-CN", expected[r.index].reason ?? "");
      expect(reason, expected[r.index].reason).not.toBeNull(); // the engine's reason, in Chinese
      expect(r.name).toBe(expected[r.index].indicator);
      expect(r.checked).toBe(false);
      expect(r.mark).toBe("待确认");
      expect(r.reason).toBe(`待确认：${reason}`);
      expect(r.title).toBe(r.reason); // the tooltip says the same
    }
    for (const r of shown.filter((x) => !x.low)) expect(r.checked).toBe(true);
    const high = expected.length - lowIndices.length;
    expect(await page.textContent("#counts")).toBe(`共 ${high} 个目标，另有 ${lowIndices.length} 个待确认 · 显示 ${expected.length} 个 · 已勾选 ${high} 个`);

    // The confidence filter lists the ones to review.
    await page.selectOption("#filter-confidence", "low");
    expect((await rows(page)).map((r) => r.index)).toEqual(lowIndices);
    await page.selectOption("#filter-confidence", "");

    // Ticking one includes it: it is imported, the other low-confidence targets are not.
    const [ticked, ...left] = lowIndices;
    await clickTick(page, ticked);
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
    const ids = tables[0].values.map((r) => r[tables[0].headers.indexOf("ID")]);
    expect(ids).toEqual(expected.filter((t, i) => t.confidence !== "low" || i === ticked).map((t) => t.id));
    for (const i of left) expect(ids).not.toContain(expected[i].id);
    // One label per kind: the sheet's kind column says what the pane said for the same targets.
    const kinds = tables[0].values.map((r) => r[tables[0].headers.indexOf("类型")]);
    const paneKinds = (await allRows(page)).filter((r) => r.checked).map((r) => r.kind);
    expect(kinds).toEqual(paneKinds);
  });

  it("shows the document year and where it came from; a new year re-dates 今年 targets and keeps the ticks", async () => {
    const pane = await suite.open({ locale: "zh-CN" });
    const { page } = pane;
    const before = extractInNode(REPORT, "pasted");
    const year = before.document.docYear!;
    expect(year).toBe(2014); // the report's own year, from its text
    await pasteAndExtract(page, REPORT);
    expect(await page.inputValue("#doc-year")).toBe(String(year));
    expect(await page.textContent("#doc-year-source")).toBe(translate("zh-CN", docYearSourceKey(before.document)));
    expect(await page.textContent("#doc-year-source")).toBe("取自正文");
    const shownBefore = await allRows(page);
    expect(shownBefore.map((r) => r.year)).toEqual(before.targets.map((t) => (t.year === null ? "" : String(t.year))));
    // The targets the report sets for 今年 / 全年 / 年内 / 本年.
    const thisYear = before.targets.flatMap((t, i) => (/今年|全年|年内|本年/.test(REPORT.slice(t.sentenceStart, t.start)) ? [i] : []));
    expect(thisYear.length).toBeGreaterThan(0);
    for (const i of thisYear) expect(before.targets[i].year).toBe(year);

    // The user's own choices: untick a sure 今年 target, tick one to review.
    const untick = thisYear[0];
    const tick = before.targets.findIndex((t) => t.confidence === "low");
    expect(before.targets[untick].confidence).toBe("high");
    await clickTick(page, untick);
    await clickTick(page, tick);
    await page.fill("#filter-search", "增长");
    const filteredBefore = await allRows(page);

    const newYear = year - 1;
    const after = extract(REPORT, { docId: "pasted", docYear: newYear });
    await page.fill("#doc-year", String(newYear));
    await page.dispatchEvent("#doc-year", "change");
    await page.waitForFunction((y) => new RegExp(`已按 ${y} 年重新提取|失败`).test(document.querySelector("#extract-message")?.textContent ?? ""), newYear);
    expect(await page.textContent("#extract-message")).toBe(`已按 ${newYear} 年重新提取：${after.targets.length} 个目标，您的勾选已保留。`);
    expect(await page.textContent("#doc-year-source")).toBe("由您设定");
    expect(await page.inputValue("#filter-search")).toBe("增长"); // the filters stay too
    expect((await allRows(page)).map((r) => r.name)).toEqual(filteredBefore.map((r) => r.name));

    await page.fill("#filter-search", "");
    const shownAfter = await allRows(page);
    // Every row has the year the engine gives with the user's year; the 今年 targets moved to it.
    expect(shownAfter.map((r) => r.year)).toEqual(after.targets.map((t) => (t.year === null ? "" : String(t.year))));
    const placeOf = (t: { start: number; end: number; indicator: string }): string => `${t.start}:${t.end}:${t.indicator}`;
    const afterIndex = (i: number): number => after.targets.findIndex((t) => placeOf(t) === placeOf(before.targets[i]));
    for (const i of thisYear) expect(shownAfter[afterIndex(i)].year, before.targets[i].indicator).toBe(String(newYear));
    // The ticks survive although every re-dated target has a new id.
    expect(after.targets[afterIndex(untick)].id).not.toBe(before.targets[untick].id);
    expect(shownAfter[afterIndex(untick)].checked).toBe(false);
    expect(shownAfter[afterIndex(tick)].checked).toBe(true);
    for (const [i, t] of after.targets.entries()) {
      if (i !== afterIndex(untick) && i !== afterIndex(tick)) expect(shownAfter[i].checked, t.indicator).toBe(t.confidence !== "low");
    }

    // Not a year: said in the pane's language, and the field shows the document's year again.
    await page.fill("#doc-year", "26");
    await page.dispatchEvent("#doc-year", "change");
    expect(await page.textContent("#extract-message")).toBe("“26”不是有效年份。请输入 1900 至 2100 之间的年份。");
    expect(await page.inputValue("#doc-year")).toBe(String(newYear));
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
      const probe = await openPane(suite.browser, suite.server.origin, { locale, viewport: { width: 320, height: 900 } });
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
        // Down the whole table, so every row is rendered and checked once.
        const checkEveryRow = async (what: string): Promise<void> => {
          for (let top = 0; ; top += 300) {
            await probe.page.$eval(".table-wrap", (w, y) => (w.scrollTop = y), top);
            await probe.page.evaluate(() => new Promise(requestAnimationFrame));
            await check(`${what} at ${top}`);
            if (top > (await probe.page.$eval(".table-wrap", (w) => w.scrollHeight))) break;
          }
        };
        for (const seed of ["000", "001", "002", "003", "004"]) {
          await extractSeed(probe.page, seed);
          await checkEveryRow(`seed ${seed}`);
        }
        await pasteAndExtract(probe.page, REPORT); // the marks and reasons of low-confidence rows
        await checkEveryRow("low-confidence report");
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

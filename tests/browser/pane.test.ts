// The task pane in a real browser (Debian chromium via playwright-core) against the built dist/ on localhost.
import { beforeAll, describe, expect, it } from "vitest";
import { measureOf } from "../../src/core/measure";
import type { Page } from "playwright-core";
import iconv from "iconv-lite";
import type { Target } from "../../src/core/model";
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DIST } from "./support/ensure-dist";
import { excelHostScript } from "./support/excel-host";
import { makeDocx } from "./support/make-docx";
import { bigPlanText, describeReport, pasteAndExtract, reviewTableKeystrokes } from "./support/big-paste";
import { extractInNode, seedText } from "./support/engine-node";
import { type Pane, extractSeed, hasChromium, openPane } from "./support/pane-browser";
import { paneSuite } from "./support/pane-suite";
import { screenshot } from "./support/screenshots";

const SEED = "002";

// Locally a missing browser skips with a message; in CI (which installs it) it fails the run.
if (!hasChromium() && !process.env.CI) {
  console.warn("Chromium (/usr/bin/chromium) is not installed: skipping the browser tests. Install chromium to run them.");
}
describe.skipIf(!hasChromium() && !process.env.CI)("task pane in chromium (browser preview)", () => {
  const suite = paneSuite();
  let seedTargets: Target[] = [];
  let seedOriginal = "";
  /** What the engine finds in the seed when run in Node: the pane must show the same. */
  const loadSeed = (): void => {
    if (seedOriginal) return;
    seedOriginal = seedText(SEED);
    seedTargets = extractInNode(seedOriginal, SEED).targets;
  };

  it("opens as a browser preview: import and highlight disabled with a note", async () => {
    const pane = await suite.open({ locale: "en-US" });
    const { page } = pane;
    expect(await page.evaluate(() => document.body.dataset.host)).toBe("browser");
    expect(await page.isVisible("#needs-excel")).toBe(true);
    expect(await page.textContent("#needs-excel")).toContain("Excel");
    expect(await page.isDisabled("#import-button")).toBe(true);
    expect(await page.isDisabled("#highlight-button")).toBe(true);
    expect(await page.isDisabled("#dashboard-button")).toBe(true);
    // Office.js came from the (routed) Microsoft CDN URL, as in production.
    expect(pane.office.some((u) => u.endsWith("/lib/1/hosted/office.js"))).toBe(true);
    // The page and its worker run under the Content-Security-Policy; the test host is not shipped.
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    for (const f of readdirSync(DIST).filter((n) => n.endsWith(".js") || n.endsWith(".html"))) {
      expect(readFileSync(path.join(DIST, f), "utf8")).not.toMatch(/installFakeExcel|__excelHost/);
    }
    // The seed list holds the five bundled documents.
    const seeds = await page.$$eval("#seed-select option", (os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(seeds).toEqual(["000", "001", "002", "003", "004"]);
  });

  it("has a harness that notices outside requests and CSP violations", async () => {
    const probe = await openPane(suite.browser, suite.server.origin);
    try {
      await probe.page.evaluate(() => fetch("https://example.com/data").catch(() => undefined));
      expect((await probe.cspViolations()).some((v) => v.startsWith("connect-src https://example.com"))).toBe(true);
      await probe.page.goto("https://example.com/").catch(() => undefined);
      expect(probe.outside).toContain("https://example.com/");
    } finally {
      await probe.close();
    }
  });

  it("follows the browser language outside Office and switches language from settings", async () => {
    const pane = await suite.open({ locale: "zh-CN" });
    const { page } = pane;
    expect(await page.textContent("#review-heading")).toBe("核对目标");
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
    await page.click("#settings summary");
    await page.selectOption("#setting-ui-language", "en-US");
    expect(await page.textContent("#review-heading")).toBe("Review targets");
    expect(await page.getAttribute("html", "lang")).toBe("en-US");
  });

  it("lists the targets of a chosen seed with the engine's count", async () => {
    const pane = await suite.open();
    const { page } = pane;
    loadSeed();
    const n = await extractSeed(page, SEED);
    expect(seedTargets.length).toBeGreaterThan(0);
    expect(n).toBe(seedTargets.length);
    expect(await shownCount(page)).toBe(seedTargets.length);
    expect(await page.textContent("#counts")).toBe(countsLine(seedTargets, seedTargets.length, highCount(seedTargets)));
    // Only the rows in view are in the page.
    const rendered = await page.$$eval("#targets-body tr[data-index]", (trs) => trs.length);
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(seedTargets.length);
    // The first row shows the first target's indicator and year as text.
    const first = await page.$$eval('#targets-body tr[data-index="0"] td', (tds) => tds.map((td) => td.textContent ?? ""));
    expect(await page.textContent('#targets-body tr[data-index="0"] .indicator')).toBe(seedTargets[0].indicator);
    const units = await page.$$eval('#targets-body tr[data-index="0"] .units', (ns) => ns.map((n) => n.textContent).join(""));
    expect(units).toBe(seedTargets[0].responsible.join("、"));
    expect(first[3]).toBe(seedTargets[0].year === null ? "" : String(seedTargets[0].year));

    // Scrolling down the table shows every target once, in document order, with no gap or overlap of rows.
    const seen: number[] = [];
    for (let top = 0; seen.length < seedTargets.length; top += 200) {
      await page.$eval("#table-wrap", (w, y) => (w.scrollTop = y), top);
      await page.evaluate(() => new Promise(requestAnimationFrame));
      // One evaluate: $$eval queries and then measures in two round trips, between which the table may render.
      const layout = await page.evaluate(() =>
        [...document.querySelectorAll("#targets-body tr:not([hidden])")].map((tr) => {
          const box = tr.getBoundingClientRect();
          return { index: tr.getAttribute("data-index"), top: box.top, bottom: box.bottom };
        }),
      );
      for (let i = 1; i < layout.length; i++) expect(Math.abs(layout[i].top - layout[i - 1].bottom)).toBeLessThan(1.5);
      for (const r of layout) if (r.index !== null && !seen.includes(Number(r.index))) seen.push(Number(r.index));
      if (top > 100_000) break;
    }
    expect(seen).toEqual(seedTargets.map((_, i) => i));
  });

  it("shows the last document chosen when choices follow each other quickly", async () => {
    const pane = await suite.open();
    const { page } = pane;
    loadSeed();
    await page.selectOption("#seed-select", "000");
    await page.selectOption("#seed-select", "003");
    const n = await extractSeed(page, SEED);
    expect(n).toBe(seedTargets.length);
    await page.waitForTimeout(300); // nothing late may overwrite it
    expect(Number(await page.evaluate(() => document.body.dataset.extracted))).toBe(seedTargets.length);
    expect(await page.textContent("#extract-message")).toContain(`Done: ${seedTargets.length} targets`);
    expect(await page.isHidden("#extract-spinner")).toBe(true);
  });

  it("filters by year, kind, responsible unit and text, with counts", async () => {
    const pane = await suite.open();
    const { page } = pane;
    loadSeed();
    await extractSeed(page, SEED);
    const shownRows = (): Promise<number> => shownCount(page);

    const years = seedTargets.map((t) => t.year).filter((y): y is number => y !== null);
    const year = mostCommon(years);
    await page.selectOption("#filter-year", String(year));
    const byYear = seedTargets.filter((t) => t.year === year);
    expect(await shownRows()).toBe(byYear.length);
    expect(await page.textContent("#counts")).toContain(`${byYear.length} shown`);

    const kind = mostCommon(byYear.map((t) => measureOf(t)));
    await page.selectOption("#filter-kind", kind);
    const byKind = byYear.filter((t) => measureOf(t) === kind);
    expect(await shownRows()).toBe(byKind.length);

    await page.selectOption("#filter-year", "");
    await page.selectOption("#filter-kind", "");
    const withUnits = seedTargets.filter((t) => t.responsible.length > 0);
    if (withUnits.length > 0) {
      const unit = mostCommon(withUnits.flatMap((t) => t.responsible));
      await page.selectOption("#filter-responsible", unit);
      expect(await shownRows()).toBe(seedTargets.filter((t) => t.responsible.includes(unit)).length);
      // Rows and their unit cells read in one evaluate, so no render falls between the two.
      const { cells, rowCount } = await page.evaluate(() => ({
        cells: [...document.querySelectorAll("#targets-body tr .units")].map((s) => s.textContent ?? ""),
        rowCount: document.querySelectorAll("#targets-body tr[data-index]").length,
      }));
      expect(cells.length).toBe(rowCount);
      for (const c of cells) expect(c.split("、")).toContain(unit);
      await page.selectOption("#filter-responsible", "");
    }

    const needle = seedTargets[Math.floor(seedTargets.length / 2)].indicator.slice(0, 4);
    await page.fill("#filter-search", needle);
    const bySearch = seedTargets.filter((t) =>
      `${t.indicator}\n${t.text}\n${t.responsible.join(" ")}\n${seedOriginal.slice(t.sentenceStart, t.sentenceEnd)}`.toLowerCase().includes(needle.toLowerCase()),
    );
    expect(bySearch.length).toBeGreaterThan(0);
    expect(await shownRows()).toBe(bySearch.length);
    // Bulk untick acts on the shown rows only (low-confidence targets start unticked).
    await page.click("#untick-shown");
    const highShown = highCount(bySearch);
    expect(await page.textContent("#counts")).toContain(` · ${highCount(seedTargets) - highShown} ticked`);
    await page.click("#tick-shown");
    expect(await page.textContent("#counts")).toContain(` · ${highCount(seedTargets) + bySearch.length - highShown} ticked`);

    await page.fill("#filter-search", "没有这样的指标zzz");
    expect(await shownRows()).toBe(0);
    expect(await page.textContent("#counts")).toContain("0 shown");
  });

  it("shows the selected row's source sentence with the target highlighted, by mouse and keyboard", async () => {
    const pane = await suite.open();
    const { page } = pane;
    loadSeed();
    await extractSeed(page, SEED);
    // A row followed by a sure target (ticked until Space unticks it).
    const k = seedTargets.findIndex((_, i) => i >= 3 && seedTargets[i + 1]?.confidence === "high");
    expect(k).toBeGreaterThanOrEqual(0);
    await page.click(`#targets-body tr[data-index="${k}"] td:nth-child(2)`);
    const t = seedTargets[k];
    expect(await page.textContent("#source-sentence mark")).toBe(t.text);
    expect(await page.textContent("#source-sentence")).toBe(seedOriginal.slice(t.sentenceStart, t.sentenceEnd));
    expect(await page.getAttribute(`#targets-body tr[data-index="${k}"]`, "aria-selected")).toBe("true");

    // Keyboard: the focused row moves with the arrows, Enter shows its source, Space unticks it.
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    const next = seedTargets[k + 1];
    expect(await page.textContent("#source-sentence mark")).toBe(next.text);
    const ticked = (): Promise<string> => page.textContent("#counts").then((s) => s ?? "");
    expect(await ticked()).toContain(` · ${highCount(seedTargets)} ticked`);
    await page.keyboard.press(" ");
    expect(await ticked()).toContain(` · ${highCount(seedTargets) - 1} ticked`);
    expect(await page.getAttribute(`#targets-body tr[data-index="${k + 1}"]`, "class")).toContain("excluded");
    expect(await page.isChecked(`#targets-body tr[data-index="${k + 1}"] input[type=checkbox]`)).toBe(false);
    // Tab order: one row is a tab stop (roving tabindex), checkboxes are reached through Space.
    expect(await page.$$eval('#targets-body tr[tabindex="0"]', (trs) => trs.length)).toBe(1);
  });

  it("reports an unsupported file in plain words and clears the earlier targets", async () => {
    const pane = await suite.open();
    const { page } = pane;
    loadSeed();
    await extractSeed(page, SEED);
    await page.setInputFiles("#file-input", { name: "plan.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4") });
    expect(await page.textContent("#extract-message")).toContain("not a supported file type");
    expect(await page.$$eval("#targets-body tr[data-index]", (trs) => trs.length)).toBe(0);
    expect(await page.isDisabled("#import-button")).toBe(true);
  });

  it("shows markup in a document as literal text and runs none of it", async () => {
    const pane = await suite.open();
    const { page } = pane;
    const img = "<img src=x onerror=\"window.__pwned=1\">";
    const script = "<script>window.__pwned=2</script>";
    const text =
      `一、主要目标\n到2025年,全市地区生产总值达到5000亿元${img},城镇新增就业人数达到3万人${script}。\n` +
      `二、保障措施\n到2025年,常住人口城镇化率达到60%。\n`;
    await page.click("#paste-box summary");
    await page.fill("#paste-text", text);
    await page.click("#paste-extract");
    await page.waitForFunction(() => document.body.dataset.extracted !== undefined || document.querySelector("#extract-message.error"));
    const expected = extractInNode(text, "pasted").targets;
    expect(Number(await page.evaluate(() => document.body.dataset.extracted))).toBe(expected.length);
    const k = expected.findIndex((t) => text.slice(t.sentenceStart, t.sentenceEnd).includes("<img"));
    expect(k).toBeGreaterThanOrEqual(0);
    await page.click(`#targets-body tr[data-index="${k}"] td:nth-child(2)`);
    const shown = await page.textContent("#source-sentence");
    expect(shown).toContain(img);
    expect(shown).toContain(script);
    // Nothing became markup anywhere in the pane, nothing ran, nothing was fetched for it.
    expect(await page.$$eval("main img, main script", (nodes) => nodes.length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(suite.server.requested.filter((p) => p === "/x")).toEqual([]);
  });

  it("reads an .html file as text: its scripts and handlers never run", async () => {
    const pane = await suite.open();
    const { page } = pane;
    const html =
      '<html><head><meta charset="utf-8"><script>window.__pwned=3</script><style>p{}</style></head><body>' +
      '<h1>示例规划</h1><p>到2025年,全市地区生产总值达到5000亿元<img src=x onerror="window.__pwned=4">。</p>' +
      "<table><tr><td>常住人口城镇化率</td><td>60%</td></tr></table></body></html>";
    await page.setInputFiles("#file-input", { name: "plan.html", mimeType: "text/html", buffer: Buffer.from(html) });
    await page.waitForFunction(() => document.body.dataset.extracted !== undefined || document.querySelector("#extract-message.error"));
    expect(await page.$eval("#extract-message", (n) => n.className)).not.toContain("error");
    expect(Number(await page.evaluate(() => document.body.dataset.extracted))).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(suite.server.requested.filter((p) => p === "/x")).toEqual([]);
  });

  it("reads a .docx with the lazily loaded reader, and GBK text", async () => {
    const pane = await suite.open();
    const { page } = pane;
    const lines = ["一、主要目标", "到2025年,全市地区生产总值达到5000亿元,常住人口城镇化率达到60%。"];
    const docxChunk = (): string[] => suite.server.requested.filter((p) => /\/docx\.[0-9a-f]+\.js$/.test(p));
    expect(docxChunk()).toEqual([]); // not part of the pane's start-up
    await page.setInputFiles("#file-input", { name: "plan.docx", mimeType: "application/octet-stream", buffer: await makeDocx(lines) });
    await page.waitForFunction(() => document.body.dataset.extracted !== undefined || document.querySelector("#extract-message.error"));
    expect(await page.$eval("#extract-message", (n) => n.className)).not.toContain("error");
    const expected = extractInNode(lines.join("\n"), "plan").targets;
    expect(expected.length).toBeGreaterThan(0);
    expect(Number(await page.evaluate(() => document.body.dataset.extracted))).toBe(expected.length);
    expect(docxChunk()).toHaveLength(1);
    const indicators = await page.$$eval("#targets-body .indicator", (ns) => ns.map((n) => n.textContent));
    expect(indicators).toEqual(expected.map((t) => t.indicator));

    // The same text in GBK bytes gives the same targets.
    const gbkBytes = iconv.encode(lines.join("\n"), "gbk");
    await page.setInputFiles("#file-input", { name: "plan-gbk.txt", mimeType: "text/plain", buffer: gbkBytes });
    await page.waitForFunction(() => document.body.dataset.extracted !== undefined || document.querySelector("#extract-message.error"));
    expect(await page.$$eval("#targets-body .indicator", (ns) => ns.map((n) => n.textContent))).toEqual(expected.map((t) => t.indicator));

    // A broken .docx is reported in plain words; the targets of the earlier file go (they are not this file's).
    await page.setInputFiles("#file-input", { name: "broken.docx", mimeType: "application/octet-stream", buffer: Buffer.from("not a zip at all") });
    await page.waitForSelector("#extract-message.error");
    expect(await page.textContent("#extract-message")).toContain("not a readable .docx file");
    expect(await page.$$eval("#targets-body tr[data-index]", (trs) => trs.length)).toBe(0);
  });

  it("cancels a long extraction at once and keeps the targets already shown", async () => {
    const pane = await suite.open();
    const { page } = pane;
    loadSeed();
    await extractSeed(page, SEED);
    await page.setInputFiles("#file-input", bigDocument());
    await page.waitForSelector("#cancel-extract", { state: "visible" });
    await page.click("#cancel-extract");
    expect(await page.textContent("#extract-message")).toBe("Extraction cancelled.");
    expect(await page.isHidden("#extract-spinner")).toBe(true);
    expect(await shownCount(page)).toBe(seedTargets.length);
    // The pane still extracts afterwards (a fresh worker).
    expect(await extractSeed(page, "004")).toBe(extractInNode(seedText("004"), "004").targets.length);
  });

  it("keeps the pane responsive while a 10 MB document is extracted", async () => {
    const pane = await suite.open();
    const { page } = pane;
    // From a file on disk, as a user would open it (a Buffer would be built inside the page by the harness).
    const file = bigDocument();
    expect(statSync(file).size).toBeGreaterThanOrEqual(10 * 1024 * 1024);
    await page.click("#paste-box summary");
    await page.evaluate(() => {
      const w = window as unknown as Probe;
      w.__lat = [];
      w.__long = [];
      w.__window = [0, 0];
      document.querySelector("#file-input")!.addEventListener("change", () => (w.__window[0] = performance.now()));
      new MutationObserver(() => {
        if (document.body.dataset.extracted !== undefined && !w.__window[1]) w.__window[1] = performance.now();
      }).observe(document.body, { attributes: true });
      document.querySelector("#paste-text")!.addEventListener("input", (e) => {
        w.__lat.push({ delay: performance.now() - e.timeStamp, busy: !document.querySelector("#extract-spinner")!.hasAttribute("hidden") });
      });
      new PerformanceObserver((list) => list.getEntries().forEach((en) => w.__long.push({ start: en.startTime, duration: en.duration }))).observe({
        type: "longtask",
      });
    });
    await page.setInputFiles("#file-input", file);
    await page.waitForSelector("#extract-spinner", { state: "visible" });
    await page.focus("#paste-text");
    const roundTrips: number[] = [];
    const started = Date.now();
    while (Date.now() - started < 120_000 && (await page.isVisible("#extract-spinner"))) {
      const t0 = Date.now();
      await page.keyboard.press("a");
      roundTrips.push(Date.now() - t0);
      await page.waitForTimeout(20);
    }
    await page.waitForFunction(() => document.body.dataset.extracted !== undefined || document.querySelector("#extract-message.error"));
    expect(await page.$eval("#extract-message", (n) => n.className)).not.toContain("error");
    expect(Number(await page.evaluate(() => document.body.dataset.extracted))).toBeGreaterThan(0);
    const probe = await page.evaluate(() => {
      const w = window as unknown as Probe;
      return { lat: w.__lat, long: w.__long, window: w.__window };
    });
    const busy = probe.lat.filter((l) => l.busy);
    const [from, to] = probe.window;
    const longDuring = probe.long.filter((t) => t.start + t.duration > from && t.start < to);
    const max = (xs: number[]): number => (xs.length ? Math.max(...xs) : 0);
    console.log(
      `10 MB document: extraction ${(to - from).toFixed(0)} ms, ${busy.length} keystrokes handled during it, ` +
        `max input delay ${max(busy.map((l) => l.delay)).toFixed(1)} ms, main-thread long tasks during it ` +
        `[${longDuring.map((t) => `${t.duration.toFixed(0)} at +${(t.start - from).toFixed(0)}`).join(", ") || "none"}] ms, key round trips via CDP median ` +
        `${[...roundTrips].sort((a, b) => a - b)[Math.floor(roundTrips.length / 2)]} ms / max ${max(roundTrips)} ms`,
    );
    // The typing really overlapped the extraction ...
    expect(busy.length).toBeGreaterThanOrEqual(5);
    // ... and the main thread never froze while the worker extracted: a frozen pane holds a keystroke for seconds.
    // (How fast each keystroke is answered is a speed goal, 100 ms, measured by `npm run bench`, not asserted here:
    // on a CPU shared with other processes it stretches with their load.)
    expect(max(busy.map((l) => l.delay))).toBeLessThanOrEqual(1000);
    expect(max(longDuring.map((t) => t.duration))).toBeLessThanOrEqual(1000);

    // Thousands of targets are listed, with only those in view in the page; End reaches the last one.
    const total = Number(await page.evaluate(() => document.body.dataset.extracted));
    expect(total).toBeGreaterThan(400);
    expect(await shownCount(page)).toBe(total);
    expect(await page.$$eval("#targets-body tr[data-index]", (trs) => trs.length)).toBeLessThan(100);
    await page.click('#targets-body tr[data-index="0"] td:nth-child(2)');
    await page.keyboard.press("End");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-rowindex"))).toBe(String(total + 1));
    const expected = extractInNode(readFileSync(file, "utf8"), "big-plan").targets;
    expect(total).toBe(expected.length);
    expect(await page.textContent("#counts")).toBe(countsLine(expected, total, highCount(expected)));
  }, 180_000);

  // The latency of each keystroke (key event → next paint) is the figure users feel; `npm run bench` measures it
  // against its goal (100 ms). This check holds what keeps it low — the table renders only the rows in view (the
  // pane took 90–270 ms per keystroke before its table was virtualised) — and that every key does its work; the
  // pane's own main-thread time per keystroke is reported and bounded only against a freeze.
  it("answers keystrokes in the review table after a 10 MB paste, rendering only the rows in view", async () => {
    const pane = await suite.open();
    const { page, context } = pane;
    const text = bigPlanText();
    expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(10 * 1024 * 1024);
    const total = await pasteAndExtract(context, page, suite.server.origin, text);
    expect(total).toBeGreaterThan(1000);
    const report = await reviewTableKeystrokes(suite.browser, page);
    console.log(`10 MB paste, ${total} targets, review table: ${describeReport(report)}`);
    expect(report.cpu).toHaveLength(report.keystrokes);
    expect(Math.max(...report.cpu)).toBeLessThanOrEqual(1000);
    expect(await page.$$eval("#targets-body tr[data-index]", (trs) => trs.length)).toBeLessThan(100);
    // The keys really did their work: the search narrowed the table and emptied back, End and Home moved.
    expect(report.gdpRows).toBeGreaterThan(0);
    expect(report.gdpRows).toBeLessThan(total);
    expect(await shownCount(page)).toBe(total);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-rowindex"))).toBe("2");
    // Space toggled one row: a sure one unticks, one to review ticks.
    const expected = extractInNode(text, "pasted").targets;
    expect(total).toBe(expected.length);
    const toggledLow = expected[report.toggled]!.confidence === "low";
    expect(await page.textContent("#counts")).toContain(` · ${highCount(expected) + (toggledLow ? 1 : -1)} ticked`);
    expect(report.keystrokes).toBeGreaterThanOrEqual(30);
  }, 300_000);
});

/** Targets the engine is sure of: ticked at first. */
const highCount = (targets: readonly Target[]): number => targets.filter((t) => t.confidence !== "low").length;

/** The counts line of the English pane for the engine's targets. */
function countsLine(targets: readonly Target[], shown: number, ticked: number): string {
  const low = targets.length - highCount(targets);
  const head = low > 0 ? `${targets.length - low} targets, ${low} more to review` : `${targets.length} targets`;
  return `${head} · ${shown} shown · ${ticked} ticked`;
}

/** Targets passing the filters: the table's row count (aria-rowcount) less its header row. */
async function shownCount(page: Page): Promise<number> {
  return Number(await page.getAttribute("#targets-table", "aria-rowcount")) - 1;
}

/** A ≥ 10 MB plan document on disk: the five seeds repeated. */
function bigDocument(): string {
  const big = Buffer.from(bigPlanText());
  const file = path.join(mkdtempSync(path.join(tmpdir(), "pane-")), "big-plan.txt");
  writeFileSync(file, big);
  return file;
}

interface Probe {
  __lat: { delay: number; busy: boolean }[];
  __long: { start: number; duration: number }[];
  __window: [number, number];
}

function mostCommon<T>(items: T[]): T {
  const counts = new Map<T, number>();
  for (const x of items) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
}

describe.skipIf(!hasChromium() && !process.env.CI)("task pane in chromium inside the test Excel host", () => {
  const suite = paneSuite();
  let pane: Pane | null = null;
  let seedTargets: Target[] = [];
  const hostScripts = new Map<string, string>();

  beforeAll(async () => {
    for (const lang of ["zh-CN", "en-US"]) hostScripts.set(lang, await excelHostScript(lang));
  });

  const open = async (lang: "zh-CN" | "en-US"): Promise<Pane> => {
    pane = await suite.open({ locale: lang, excelHostScript: hostScripts.get(lang), viewport: { width: 380, height: 1000 } });
    if (seedTargets.length === 0) seedTargets = extractInNode(seedText(SEED), SEED).targets;
    return pane;
  };

  interface SheetSnapshot {
    name: string;
    tables: { name: string; headers: string[]; rows: number; values: unknown[][] }[];
  }
  const workbook = (p: Pane): Promise<SheetSnapshot[]> =>
    p.page.evaluate(() => (window as unknown as { __excelHost: { snapshot(): SheetSnapshot[] } }).__excelHost.snapshot());

  it("follows Office's display language, enables import and shares the runtime with the custom functions", async () => {
    const { page } = await open("zh-CN");
    expect(await page.evaluate(() => document.body.dataset.host)).toBe("excel");
    expect(await page.textContent("#import-heading")).toBe("导入 Excel");
    expect(await page.isHidden("#needs-excel")).toBe(true);
    expect(await page.isDisabled("#import-button")).toBe(true); // nothing extracted yet
    await extractSeed(page, SEED);
    expect(await page.isEnabled("#import-button")).toBe(true);
    const associated = await page.evaluate(() => (window as unknown as { __excelHost: { associated: string[] } }).__excelHost.associated);
    expect(associated.length).toBeGreaterThan(0);
  });

  it("loads the extraction engine for PLAN.PARSE on its first call, from the add-in's own origin", async () => {
    const { page } = await open("en-US");
    // (webpack drops a chunk's script element once it has run: the page's resource timings keep what was fetched)
    const engineScripts = (): Promise<string[]> =>
      page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name).filter((n) => /\/engine\.[0-9a-f]+\.js$/.test(n)));
    expect(await engineScripts()).toEqual([]);
    const rows = await page.evaluate(async () => {
      const f = (window as unknown as { __excelHost: { functions: Record<string, (text: string, invocation: object) => Promise<unknown[][]>> } }).__excelHost.functions;
      return await f.PARSE!("到2025年，地区生产总值突破970亿元。", { functionName: "PARSE" });
    });
    expect(rows[0]?.slice(1, 5)).toEqual([">", 970, "亿元", 2025]);
    const fetched = await engineScripts();
    expect(fetched).toHaveLength(1);
    expect(new URL(fetched[0]!).origin).toBe(await page.evaluate(() => location.origin));
  });

  it("waits for Office however long it takes to start, then enables import", async () => {
    pane = await suite.open({ locale: "zh-CN", excelHostScript: await excelHostScript("zh-CN", 4500), viewport: { width: 380, height: 1000 } });
    const { page } = pane;
    expect(await page.evaluate(() => document.body.dataset.host)).toBe("excel");
    await extractSeed(page, SEED);
    expect(await page.isEnabled("#import-button")).toBe(true);
  });

  it("imports the ticked targets into a table of the recorded workbook, with progress and a summary", async () => {
    const { page } = await open("zh-CN");
    await extractSeed(page, SEED);
    await page.evaluate(() => {
      const w = window as unknown as { __progress: string[] };
      w.__progress = [];
      const bar = document.querySelector("#import-progress")!;
      new MutationObserver(() => w.__progress.push(bar.getAttribute("aria-valuenow") ?? "")).observe(bar, { attributes: true });
    });
    // Toggle the second target (a sure one is left out).
    await page.click('#targets-body tr[data-index="1"] input[type=checkbox]');
    await page.click('#targets-body tr[data-index="0"] td:nth-child(2)');
    await page.click("#import-button");
    await page.waitForSelector("#import-message.success, #import-message.error", { timeout: 60_000 });
    const message = (await page.textContent("#import-message")) ?? "";
    // What was ticked: the sure targets (low-confidence ones start unticked), the second one toggled.
    const kept = seedTargets.filter((t, i) => (t.confidence !== "low") !== (i === 1));
    expect(message).toContain(`新增 ${kept.length} 个`);
    const sheets = await workbook(pane!);
    const tables = sheets.flatMap((s) => s.tables);
    expect(tables).toHaveLength(1);
    const table = tables[0];
    expect(table.rows).toBe(kept.length);
    expect(table.headers).toEqual(expect.arrayContaining(["ID", "指标", "目标值", "状态"]));
    const idCol = table.headers.indexOf("ID");
    const indicatorCol = table.headers.indexOf("指标");
    expect(table.values.map((r) => r[idCol])).toEqual(kept.map((t) => t.id));
    expect(table.values.map((r) => r[indicatorCol])).toEqual(kept.map((t) => t.indicator));
    const progress = await page.evaluate(() => (window as unknown as { __progress: string[] }).__progress);
    expect(progress).toContain("100");
    expect(await page.isEnabled("#import-button")).toBe(true);
    await screenshot(page, "taskpane-zh-CN.png");

    // Importing again updates the same table instead of adding a sheet.
    await page.click("#import-button");
    // Wait for the second import's own summary (the first one's message is still on screen until then).
    await page.waitForFunction(() => /更新 [1-9]|失败/.test(document.querySelector("#import-message")?.textContent ?? ""), null, {
      timeout: 60_000,
    });
    expect(await page.textContent("#import-message")).toContain(`更新 ${kept.length} 个`);
    expect((await workbook(pane!)).flatMap((s) => s.tables)).toHaveLength(1);

    // The dashboard sheet summarises the imported table.
    await page.click("#dashboard-button");
    await page.waitForFunction(() => /概览表|失败/.test(document.querySelector("#import-message")?.textContent ?? ""));
    const dashboard = /概览表「(.+)」已更新：1 个文件，(\d+) 个指标/.exec((await page.textContent("#import-message")) ?? "");
    expect(dashboard).not.toBeNull();
    expect(Number(dashboard![2])).toBe(kept.length);
    expect((await workbook(pane!)).map((s) => s.name)).toContain(dashboard![1]);
  });

  it("imports with the header language chosen in settings, which persist across reloads", async () => {
    const { page } = await open("zh-CN");
    await page.click("#settings summary");
    await page.selectOption("#setting-header-language", "en-US");
    await page.selectOption("#setting-method", "growth");
    await page.fill("#setting-tolerance", "-3");
    await page.dispatchEvent("#setting-tolerance", "change");
    expect(await page.inputValue("#setting-tolerance")).toBe("5"); // an out-of-range tolerance falls back
    await page.fill("#setting-tolerance", "2.5");
    await page.dispatchEvent("#setting-tolerance", "change");
    await page.reload();
    await page.waitForSelector("body[data-ready='true']");
    expect(await page.inputValue("#setting-header-language")).toBe("en-US");
    expect(await page.inputValue("#setting-method")).toBe("growth");
    expect(await page.inputValue("#setting-tolerance")).toBe("2.5");
    expect(await page.textContent("#review-heading")).toBe("核对目标"); // the pane itself still follows Office
    await extractSeed(page, SEED);
    await page.click("#import-button");
    await page.waitForSelector("#import-message.success, #import-message.error");
    expect(await page.$eval("#import-message", (n) => n.className)).toContain("success");
    const headers = (await workbook(pane!)).flatMap((s) => s.tables)[0].headers;
    expect(headers).toEqual(expect.arrayContaining(["ID", "Indicator"]));
    expect(headers).not.toContain("指标");
  });

  it("labels every control and keeps a sensible tab order", async () => {
    const { page } = await open("en-US");
    await extractSeed(page, SEED);
    const unlabelled = await page.$$eval("input, select, textarea, button", (nodes) =>
      nodes
        .filter((n) => {
          const e = n as HTMLInputElement;
          const labelled = (e.labels?.length ?? 0) > 0 || e.getAttribute("aria-label") || e.getAttribute("aria-labelledby");
          const text = e.tagName === "BUTTON" && (e.textContent ?? "").trim() !== "";
          return !labelled && !text;
        })
        .map((n) => n.outerHTML.slice(0, 80)),
    );
    expect(unlabelled).toEqual([]);
    // Tabbing from the seed list reaches the file input, then the paste box, then onwards into the table.
    await page.focus("#seed-select");
    const order: string[] = [];
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press("Tab");
      order.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || ""));
    }
    expect(order[0]).toBe("file-input");
    expect(order.indexOf("filter-search")).toBeGreaterThan(order.indexOf("filter-year"));
    expect(order).toContain("TR"); // the table's single tab stop
    expect(order.filter((id) => id === "TR")).toHaveLength(1);
  });

  it("puts Excel's errors in plain words with what to do", async () => {
    const { page } = await open("en-US");
    await extractSeed(page, SEED);
    await page.evaluate(() => {
      const excel = (window as unknown as { Excel: { run: () => Promise<never> } }).Excel;
      excel.run = () => Promise.reject(Object.assign(new Error("The operation is not allowed in cell edit mode"), { code: "InvalidOperationInCellEditMode" }));
    });
    await page.click("#import-button");
    await page.waitForSelector("#import-message.error");
    expect(await page.textContent("#import-message")).toContain("Press Enter or Esc");
    expect(await page.isEnabled("#import-button")).toBe(true);
  });

  it("highlights lagging rows in the user's own selection with the mapped columns", async () => {
    const { page } = await open("en-US");
    await page.evaluate(() => {
      const h = (window as unknown as { __excelHost: { userSheet(n: string, rows: (string | number)[][], a: string): void } }).__excelHost;
      h.userSheet(
        "My indicators",
        [
          ["Indicator", "Base year", "Base", "Latest year", "Latest", "Target year", "Target"],
          ["GDP", 2020, 100, 2023, 105, 2025, 150],
          ["Jobs", 2020, 10, 2023, 19, 2025, 20],
        ],
        "A1:G3",
      );
    });
    await page.click("#highlight-box summary");
    // A missing column is reported before Excel is touched.
    await page.click("#highlight-button");
    expect(await page.textContent("#highlight-message")).toContain("Base value column");
    const fill: Record<string, string> = { base: "c", baseYear: "B", latest: "E", latestYear: "D", target: "G", targetYear: "F" };
    for (const [k, v] of Object.entries(fill)) await page.fill(`#map-${k}`, v);
    await page.fill("#map-kind", "7x");
    await page.click("#highlight-button");
    expect(await page.textContent("#highlight-message")).toContain("“7X” is not a column letter");
    await page.fill("#map-kind", "");
    await page.click("#highlight-button");
    await page.waitForSelector("#highlight-message.success, #highlight-message.error");
    expect(await page.textContent("#highlight-message")).toContain("2 rows");
    // the status codes go into the first free column right of the data (H), and the message says where
    expect(await page.textContent("#highlight-message")).toContain("status code is in column H");
    const sheet = (await workbook(pane!)).find((s) => s.name === "My indicators") as unknown as { cfs: number };
    expect(sheet.cfs).toBeGreaterThan(0);
    // The mapping is remembered for next time.
    await page.reload();
    await page.waitForSelector("body[data-ready='true']");
    expect(await page.inputValue("#map-base")).toBe("C");
  });

  it("renders the English pane for the screenshot", async () => {
    const { page } = await open("en-US");
    await extractSeed(page, SEED);
    await page.click('#targets-body tr[data-index="0"] td:nth-child(2)');
    expect(await page.textContent("#review-heading")).toBe("Review targets");
    await screenshot(page, "taskpane-en-US.png");
  });
});

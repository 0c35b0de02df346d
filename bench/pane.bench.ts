// Task pane cost: minified+gzipped bundle sizes (goal: pane ≤ 350 KB) and, in chromium, the time from page load
// to the first extracted table for seed 002 and how fast the review table answers keystrokes after a 10 MB paste
// (goal: every keystroke painted within 100 ms).
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { DIST, ensureDist } from "../tests/browser/support/ensure-dist";
import { extractSeed, hasChromium, launchChromium, openPane } from "../tests/browser/support/pane-browser";
import { serveDirectory } from "../tests/browser/support/static-server";
import { bigPlanText, describeReport, pasteAndExtract, reviewTableKeystrokes } from "../tests/browser/support/big-paste";

const GOAL_KB = 350;
const RUNS = 5;

const gz = (file: string): number => gzipSync(readFileSync(path.join(DIST, file)), { level: 9 }).length;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

function bundleSizes(): void {
  const files = readdirSync(DIST);
  const pick = (re: RegExp): string[] => files.filter((f) => re.test(f));
  // What the pane loads up front: its page, styles, entry and the extraction worker it starts.
  const pane = ["taskpane.html", "taskpane.css", "taskpane.js", ...pick(/^extract-worker\..*\.js$/)];
  const functions = pick(/^functions\.js$/);
  const paneBytes = pane.reduce((s, f) => s + gz(f), 0);
  const functionsBytes = functions.reduce((s, f) => s + gz(f), 0);
  const lazy = files.filter((f) => f.endsWith(".js") && !pane.includes(f) && !functions.includes(f) && f !== "commands.js");
  for (const f of pane) console.log(`  ${f.padEnd(34)} ${kb(gz(f))} gz`);
  console.log(`task pane bundle (html+css+js+worker), min+gz: ${kb(paneBytes)}  (goal ≤ ${GOAL_KB} KB: ${paneBytes <= GOAL_KB * 1024 ? "met" : "MISSED"})`);
  if (functions.length) console.log(`custom functions on the same page (functions.js), min+gz: ${kb(functionsBytes)}; page total ${kb(paneBytes + functionsBytes)}`);
  // Loaded on demand: the .docx reader when a .docx is opened, the bulletin reader when a bulletin is added.
  for (const f of lazy) console.log(`loaded on demand: ${f}, min+gz: ${kb(gz(f))}`);
}

async function timeToFirstTable(): Promise<void> {
  if (!hasChromium()) {
    console.log("time to first table: skipped (no /usr/bin/chromium; install it with apt-get install chromium)");
    return;
  }
  const server = await serveDirectory(DIST);
  const browser = await launchChromium();
  const runs: Record<string, number>[] = [];
  let targets = 0;
  try {
    for (let i = 0; i < RUNS; i++) {
      const pane = await openPane(browser, server.origin);
      targets = await extractSeed(pane.page, "002");
      await pane.page.waitForSelector("#targets-body tr[data-index]");
      // The pane's own performance marks, in ms since navigation start.
      runs.push(
        await pane.page.evaluate(() =>
          Object.fromEntries(performance.getEntriesByType("mark").map((m) => [m.name.replace("plan-targets:", ""), m.startTime])),
        ),
      );
      await pane.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const median = (f: (r: Record<string, number>) => number): string => {
    const xs = runs.map(f).sort((a, b) => a - b);
    return xs[Math.floor(xs.length / 2)].toFixed(0);
  };
  console.log(`seed 002 in chromium, median of ${RUNS} (ms since navigation start):`);
  console.log(`  pane ready ${median((r) => r["ready"])} (of which waiting for Office.js ${median((r) => r["office-ready"] - r["office-wait"])})`);
  console.log(`  seed chosen → table shown (fetch, worker extraction, render) ${median((r) => r["table-shown"] - r["extract-start"])}`);
  console.log(`  page load → first extracted table ${median((r) => r["table-shown"])} (${targets} targets)`);
}

async function keystrokesAfterBigPaste(): Promise<void> {
  if (!hasChromium()) return;
  const server = await serveDirectory(DIST);
  const browser = await launchChromium();
  try {
    const pane = await openPane(browser, server.origin);
    const text = bigPlanText();
    const started = performance.now();
    const targets = await pasteAndExtract(pane.context, pane.page, server.origin, text);
    const ms = performance.now() - started;
    const report = await reviewTableKeystrokes(browser, pane.page);
    console.log(`10 MB paste (${(Buffer.byteLength(text) / 1048576).toFixed(1)} MB): pasted and extracted in ${ms.toFixed(0)} ms, ${targets} targets`);
    console.log(`  review table keystrokes: ${describeReport(report)}  (goal ≤ 100 ms: ${report.max <= 100 ? "met" : "MISSED"})`);
    await pane.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

export default async function bench(): Promise<void> {
  ensureDist();
  bundleSizes();
  await timeToFirstTable();
  await keystrokesAfterBigPaste();
}

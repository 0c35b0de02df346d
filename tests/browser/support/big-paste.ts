// A 10 MB plan document pasted into the pane, and how fast the review table then answers the keyboard.
// Shared by the browser check (which asserts the bound) and `npm run bench` (which reports the figure).
import type { Browser, BrowserContext, Page } from "playwright-core";
import { availableParallelism, loadavg } from "node:os";
import { seedText } from "./engine-node";

/** The five seeds repeated to at least 10 MB of UTF-8. */
export function bigPlanText(): string {
  const unit = ["000", "001", "002", "003", "004"].map(seedText).join("\n");
  return unit.repeat(Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(unit)));
}

/** Pastes `text` into the paste box through the system clipboard (Ctrl+V), extracts it, returns the target count. */
export async function pasteAndExtract(context: BrowserContext, page: Page, origin: string, text: string): Promise<number> {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
  if (!(await page.isVisible("#paste-text"))) await page.click("#paste-box summary");
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.focus("#paste-text");
  await page.keyboard.press("Control+V");
  await page.waitForFunction((n) => (document.querySelector("#paste-text") as HTMLTextAreaElement).value.length === n, text.length, {
    timeout: 60_000,
  });
  await page.click("#paste-extract");
  await page.waitForFunction(() => document.body.dataset.extracted !== undefined || document.querySelector("#extract-message.error"), null, {
    timeout: 180_000,
  });
  const error = await page.$eval("#extract-message", (n) => (n.classList.contains("error") ? n.textContent : null));
  if (error) throw new Error(`extraction failed in the pane: ${error}`);
  return Number(await page.evaluate(() => document.body.dataset.extracted));
}

interface SlowEvent {
  name: string;
  /** The id of the control the key went to. */
  target: string;
  duration: number;
}

export interface KeystrokeReport {
  /** Keys pressed (or characters typed). */
  keystrokes: number;
  /**
   * Main-thread CPU time from each keystroke to the next, ms: its handlers, style, layout and paint, and any
   * other work of the page in between. Unlike the latency it does not grow when other processes share the CPU.
   */
  cpu: number[];
  /** Event Timing entries of 16 ms or more (shorter ones are not reported by the browser): event → next paint. */
  slow: SlowEvent[];
  /** The longest event → next paint of any keyboard or input event, ms (0: every one under 16 ms). */
  max: number;
  /** Rows the table listed while the search "gdp" was typed. */
  gdpRows: number;
  /** The row (its target's index) whose tick Space toggled. */
  toggled: number;
}

const PAUSE_MS = 60;

/**
 * Types a search, clears it, then moves through the table with the arrow, page and Home/End keys and ticks a
 * row, measuring each keystroke with the browser's Event Timing API (from the key event's time stamp to the
 * next frame painted after its handlers ran, as Interaction to Next Paint counts it) and, from a trace of the
 * page, the main-thread CPU time each keystroke took.
 */
export async function reviewTableKeystrokes(browser: Browser, page: Page): Promise<KeystrokeReport> {
  await page.evaluate(() => {
    const w = window as unknown as { __events: SlowEvent[] };
    w.__events = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as PerformanceEventTiming[]) {
        const target = e.target instanceof Element ? e.target.id || e.target.tagName : "a row no longer in the page";
        if (/^(key|beforeinput|input)/.test(e.name)) w.__events.push({ name: e.name, target, duration: e.duration });
      }
    }).observe({ type: "event", durationThreshold: 16 } as PerformanceObserverInit);
  });
  await browser.startTracing(page, { categories: ["toplevel", "devtools.timeline"] });
  let keystrokes = 0;
  const press = async (key: string): Promise<void> => {
    await page.keyboard.press(key);
    keystrokes++;
    await page.waitForTimeout(PAUSE_MS);
  };
  await page.focus("#filter-search");
  for (const key of ["g", "d", "p"]) await press(key);
  const gdpRows = Number(await page.getAttribute("#targets-table", "aria-rowcount")) - 1;
  for (let i = 0; i < 3; i++) await press("Backspace");
  for (const ch of "地区生产总值") {
    await page.keyboard.insertText(ch);
    keystrokes++;
    await page.waitForTimeout(PAUSE_MS);
  }
  for (let i = 0; i < 6; i++) await press("Backspace");
  await page.focus('#targets-body tr[tabindex="0"]');
  for (let i = 0; i < 15; i++) await press("ArrowDown");
  for (const key of ["PageDown", "PageDown", "PageUp"]) await press(key);
  const toggled = Number(await page.evaluate(() => document.activeElement?.getAttribute("data-index")));
  for (const key of [" ", "End", "ArrowUp", "Home"]) await press(key);
  // Let the last frames be painted and reported.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
  const trace = JSON.parse((await browser.stopTracing()).toString("utf8")) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const slow = await page.evaluate(() => (window as unknown as { __events: SlowEvent[] }).__events);
  const cpu = cpuPerKeystroke(Array.isArray(trace) ? trace : trace.traceEvents);
  return { keystrokes, cpu, slow, max: slow.reduce((m, e) => Math.max(m, e.duration), 0), gdpRows, toggled };
}

interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  /** Wall and thread (CPU) duration, µs. */
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { type?: string } };
}

/** From a Chrome trace: main-thread CPU from each keystroke (a task dispatching keydown, or beforeinput alone) to the next, ms. */
export function cpuPerKeystroke(events: TraceEvent[]): number[] {
  const main = new Set(
    events.filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = (e: TraceEvent): boolean => main.has(`${e.pid}:${e.tid}`);
  const tasks = events.filter((e) => e.ph === "X" && e.cat === "toplevel" && onMain(e)).sort((a, b) => a.ts - b.ts);
  const keys = events.filter((e) => e.ph === "X" && e.name === "EventDispatch" && onMain(e) && /^(keydown|beforeinput)$/.test(e.args?.data?.type ?? ""));
  const starts = tasks.filter((t) => keys.some((k) => k.ts >= t.ts && k.ts <= t.ts + (t.dur ?? 0))).map((t) => t.ts);
  return starts.map((from, i) => {
    const to = starts[i + 1] ?? Infinity;
    return tasks.filter((t) => t.ts >= from && t.ts < to).reduce((sum, t) => sum + (t.tdur ?? 0), 0) / 1000;
  });
}

export function describeReport(r: KeystrokeReport): string {
  const longest = [...r.slow].sort((a, b) => b.duration - a.duration).slice(0, 5);
  const list = longest.map((e) => `${e.duration} (${e.name} in ${e.target})`).join(", ") || "none";
  const cpu = [...r.cpu].sort((a, b) => a - b);
  return (
    `${r.keystrokes} keystrokes, longest event → next paint ${r.max} ms; ${r.slow.length} key/input events of 16 ms or more, ` +
    `longest ${list} ms; main-thread CPU per keystroke median ${cpu[Math.floor(cpu.length / 2)]?.toFixed(1)} ms, ` +
    `max ${cpu[cpu.length - 1]?.toFixed(1)} ms; load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`
  );
}

// Drives the built pane in Debian's chromium: serves dist/, answers Office's CDN script from the npm copy,
// blocks (and records) every other request that leaves localhost, and collects CSP violations and page errors.
import { existsSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { expect } from "vitest";
import { ROOT } from "./ensure-dist";

export const CHROMIUM = "/usr/bin/chromium";
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_NPM = path.join(ROOT, "node_modules/@microsoft/office-js/dist");

// Office.js opens a telemetry frame on this host; the pane's CSP refuses it, which is the intended outcome.
const OFFICE_TELEMETRY_FRAME = /^frame-src https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\b/;

export const hasChromium = (): boolean => existsSync(CHROMIUM);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

export interface PaneOptions {
  locale?: string;
  /** Script run before any page script: the test-only Excel host (Office shim + fake Excel). */
  excelHostScript?: string;
  viewport?: { width: number; height: number };
}

export interface Pane {
  context: BrowserContext;
  page: Page;
  /** Requests to hosts other than localhost (each one fails the test). */
  outside: string[];
  /** Requests to Office's CDN, answered from the npm copy (expected: Office.js and its own files). */
  office: string[];
  pageErrors: string[];
  /** CSP violations other than Office.js's refused telemetry frame (each one fails the test). */
  cspViolations(): Promise<string[]>;
  close(): Promise<void>;
}

function isLocal(url: URL): boolean {
  return url.hostname === "localhost" || url.hostname === "127.0.0.1";
}

export async function openPane(browser: Browser, origin: string, options: PaneOptions = {}): Promise<Pane> {
  const context = await browser.newContext({
    locale: options.locale ?? "en-US",
    viewport: options.viewport ?? { width: 380, height: 900 },
    deviceScaleFactor: 1,
  });
  const outside: string[] = [];
  const office: string[] = [];
  await context.route("**/*", async (route) => {
    const raw = route.request().url();
    const url = new URL(raw);
    if (url.protocol === "data:" || url.protocol === "blob:" || isLocal(url)) return route.continue();
    if (raw.startsWith(OFFICE_CDN)) {
      office.push(raw);
      const rel = decodeURIComponent(url.pathname.slice("/lib/1/hosted/".length));
      if (options.excelHostScript && rel === "office.js") {
        // Inside the fake Excel host the shim plays Office.js; the real script would replace it.
        return route.fulfill({ status: 200, contentType: "text/javascript", body: "/* Office.js is played by the test host */" });
      }
      const file = path.join(OFFICE_NPM, rel);
      if (file.startsWith(OFFICE_NPM + path.sep) && existsSync(file)) return route.fulfill({ path: file });
      return route.abort("blockedbyclient");
    }
    // Anything else (the CSP already refuses Office.js's telemetry frame before it reaches the network).
    outside.push(raw);
    return route.abort("blockedbyclient");
  });
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`),
    );
  });
  if (options.excelHostScript) await context.addInitScript({ content: options.excelHostScript });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (err) => pageErrors.push(err.message));
  await page.goto(`${origin}/taskpane.html`);
  await page.waitForSelector("body[data-ready='true']", { timeout: 20_000 });
  return {
    context,
    page,
    outside,
    office,
    pageErrors,
    cspViolations: async () =>
      (await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp.slice())).filter((v) => !OFFICE_TELEMETRY_FRAME.test(v)),
    close: () => context.close(),
  };
}

/** Chooses a bundled seed and waits for its targets; returns the count the pane reports. */
export async function extractSeed(page: Page, seedId: string): Promise<number> {
  await page.selectOption("#seed-select", seedId);
  await page.waitForFunction(() => document.body.dataset.extracted !== undefined || document.querySelector("#extract-message.error"), null, {
    timeout: 60_000,
  });
  const error = await page.$eval("#extract-message", (n) => (n.classList.contains("error") ? n.textContent : null));
  if (error) throw new Error(`extraction failed in the pane: ${error}`);
  return Number(await page.evaluate(() => document.body.dataset.extracted));
}

/** After every test: nothing left localhost, nothing broke the CSP, no uncaught page error; then close the page. */
export async function checkAndClose(pane: Pane): Promise<void> {
  expect(pane.outside).toEqual([]);
  expect(await pane.cspViolations()).toEqual([]);
  expect(pane.pageErrors).toEqual([]);
  await pane.close();
}

// Where the pane runs: it waits for Office as long as Office takes, showing a preview meanwhile.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { watchHost, type HostInfo } from "../../taskpane/host";

const g = globalThis as { Office?: unknown };
const browserLanguage = typeof navigator !== "undefined" ? navigator.language : "en-US";

describe("watchHost", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    delete g.Office;
  });

  it("reports Excel when Office becomes ready, even after a minute", async () => {
    g.Office = {
      context: { displayLanguage: "zh-CN" },
      onReady: () => new Promise((resolve) => setTimeout(() => resolve({ host: "Excel", platform: "PC" }), 60_000)),
    };
    const seen: HostInfo[] = [];
    const done = watchHost((info) => seen.push(info));
    expect(seen).toEqual([{ inExcel: false, waiting: true, displayLanguage: browserLanguage }]);
    await vi.advanceTimersByTimeAsync(59_000);
    expect(seen).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await done).toEqual({ inExcel: true, waiting: false, displayLanguage: "zh-CN" });
    expect(seen.at(-1)).toEqual({ inExcel: true, waiting: false, displayLanguage: "zh-CN" });
  });

  it("is a browser preview without Office.js, or when Office reports no host", async () => {
    expect(await watchHost(() => undefined)).toEqual({ inExcel: false, waiting: false, displayLanguage: browserLanguage });
    g.Office = { onReady: () => Promise.resolve({ host: null, platform: null }) };
    const seen: HostInfo[] = [];
    expect(await watchHost((info) => seen.push(info))).toMatchObject({ inExcel: false, waiting: false });
    expect(seen.map((s) => s.waiting)).toEqual([true, false]);
  });
});

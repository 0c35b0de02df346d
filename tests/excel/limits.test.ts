// Excel on the web answers at most 5 MB per sync: a large table is read in pieces, on re-import and for the
// dashboard, and the user's values still come through.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Target } from "../../src/core/model";
import { columnIndex } from "../../src/core/sheet";
import { buildDashboard, importTargets, type ImportOptions } from "../../src/excel";
import { PAYLOAD_LIMIT, installFakeExcel, type FakeExcelHost } from "../fakes/fake-excel";
import { DOC, manyTargets } from "../sheet/fixtures";

const options: ImportOptions = { language: "zh-CN", method: "time", tolerance: 0.05 };
let host: FakeExcelHost;
beforeEach(() => (host = installFakeExcel()));
afterEach(() => host.uninstall());

/** Rows with source sentences as long as real plan documents have (about 250 characters). */
function longTargets(n: number): Target[] {
  const sentence = "坚持稳中求进工作总基调,完整准确全面贯彻新发展理念,加快构建新发展格局,着力推动高质量发展,".repeat(5);
  return manyTargets(n).map((t, i) => ({ ...t, text: `${sentence}到${t.year}年第${i}项指标达到${t.value}亿元。` }));
}

describe("reads stay under the 5 MB response limit", () => {
  it("re-imports a table of 6,000 long rows, keeping the user's values", async () => {
    const targets = longTargets(6000);
    await importTargets(DOC, targets, options);
    const s = host.state.sheets[0]!;
    for (const r of [1, 3000, 6000]) s.cell(r, columnIndex("latest")).value = r;
    const before = host.stats.syncs;
    const summary = await importTargets(DOC, targets, options);
    // kept: the three typed rows, and the rows whose document names a base year (filled into 基期年 at import)
    const stated = targets.filter((t, i) => t.baseYear != null && ![0, 2999, 5999].includes(i)).length;
    expect(stated).toBeGreaterThan(0);
    expect(summary).toMatchObject({ updated: 6000, kept: 3 + stated, imported: 0, missing: 0 });
    expect(Math.max(...host.stats.responseBytes)).toBeLessThan(PAYLOAD_LIMIT);
    expect(host.stats.maxPayload).toBeLessThan(PAYLOAD_LIMIT);
    expect(summary.syncs).toBe(host.stats.syncs - before);
    for (const r of [1, 3000, 6000]) expect(s.cell(r, columnIndex("latest")).value).toBe(r);
  });

  it("builds the dashboard over tables of 6,000 long rows", async () => {
    await importTargets(DOC, longTargets(6000), options);
    await importTargets({ ...DOC, id: "second", title: "第二个文件" }, longTargets(6000).map((t) => ({ ...t, docId: "second", id: `second-${t.id}` })), options);
    const summary = await buildDashboard({ language: "zh-CN", chartLimit: 10 });
    expect(summary).toMatchObject({ documents: 2, indicators: 10 });
    expect(Math.max(...host.stats.responseBytes)).toBeLessThan(PAYLOAD_LIMIT);
  });
});

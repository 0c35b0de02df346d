// Writing base and latest values from a statistical bulletin into a document's table on the in-memory Excel:
// only empty cells are filled; a typed value is never overwritten silently, and is replaced only when the entry
// says so for that row and the row still holds what the user was shown. A re-import keeps what was written.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Target } from "../../src/core/model";
import { columnIndex, columnSpec, type ColumnKey } from "../../src/core/sheet";
import { importTargets, writeValues, type ImportOptions, type ValueEntry } from "../../src/excel";
import { installFakeExcel, type FakeExcelHost, type FakeSheet } from "../fakes/fake-excel";
import { DOC, makeTarget } from "../sheet/fixtures";
import { asFirstRelease } from "./older-table";

const options: ImportOptions = { language: "zh-CN", method: "time", tolerance: 0.05 };
const identity = { key: DOC.id, fingerprint: "" };
let host: FakeExcelHost;
beforeEach(() => (host = installFakeExcel()));
afterEach(() => host.uninstall());

const BULLETIN = "bulletin-2022.txt";
const gdp = makeTarget({ indicator: "地区生产总值", value: 970, unit: "亿元", year: 2025 });
const forest = makeTarget({ indicator: "森林覆盖率", value: 45, unit: "%", kind: "share", year: 2025 });
const trade = makeTarget({ indicator: "进出口总值", value: 300, unit: "亿元", year: 2025 });

const latest = (t: Target, value: number, replace?: ValueEntry["replace"]): ValueEntry => ({
  targetId: t.id,
  source: { use: "latest", value, unit: t.unit, year: 2022, file: BULLETIN, quote: `${t.indicator}${value}${t.unit}` },
  ...(replace ? { replace } : {}),
});

const sheet = (): FakeSheet => host.state.sheets[0]!;
/** The 0-based sheet row of a target (row 0 is the header). */
const rowOf = (t: Target): number => {
  for (let r = 1; r <= sheet().tables[0]!.rows; r++) if (sheet().peek(r, columnIndex("id"))?.value === t.id) return r;
  throw new Error(`no row for ${t.id}`);
};
const cell = (t: Target, key: ColumnKey) => sheet().peek(rowOf(t), columnIndex(key))?.value ?? "";
const type = (t: Target, key: ColumnKey, v: string | number) => void (sheet().cell(rowOf(t), columnIndex(key)).value = v);

describe("writeValues", () => {
  it("fills empty cells with the value, its year and its source, and leaves a typed value with both shown", async () => {
    await importTargets(DOC, [gdp, forest, trade], options);
    type(forest, "latest", 41.5); // the user's own figure
    const summary = await writeValues([latest(gdp, 1806), latest(forest, 30.06), latest(trade, 204.9)], { identity, language: "zh-CN" });

    expect(summary).toMatchObject({ sheetName: sheet().name, unmarked: false, missing: [], already: [], replaced: [] });
    expect(summary!.filled).toEqual([{ targetId: gdp.id, use: "latest" }, { targetId: trade.id, use: "latest" }]);
    expect([cell(gdp, "latestYear"), cell(gdp, "latest")]).toEqual([2022, 1806]);
    expect(cell(gdp, "valueSource")).toBe(`最新值 1806 亿元（2022年）取自 ${BULLETIN}：「地区生产总值1806亿元」`);
    // The typed value stays, untouched and unmarked; the pane gets both values.
    expect([cell(forest, "latestYear"), cell(forest, "latest"), cell(forest, "valueSource")]).toEqual(["", 41.5, ""]);
    expect(summary!.conflicts).toEqual([
      { targetId: forest.id, use: "latest", existing: { year: "", value: 41.5 }, proposed: { year: 2022, value: 30.06 } },
    ]);
  });

  it("replaces a typed value only on the user's choice for that row, and only while the row holds what they saw", async () => {
    await importTargets(DOC, [gdp, forest], options);
    type(forest, "latestYear", 2021);
    type(forest, "latest", 41.5);

    // Asked again without a choice: still a conflict.
    expect((await writeValues([latest(forest, 30.06)], { identity, language: "zh-CN" }))!.conflicts).toHaveLength(1);
    expect(cell(forest, "latest")).toBe(41.5);

    // The user chose to replace 2021 / 41.5, but typed 42 since: nothing is replaced, the new figure is shown.
    type(forest, "latest", 42);
    const stale = await writeValues([latest(forest, 30.06, { year: 2021, value: 41.5 })], { identity, language: "zh-CN" });
    expect(stale!.replaced).toEqual([]);
    expect(stale!.conflicts[0]!.existing).toEqual({ year: 2021, value: 42 });
    expect([cell(forest, "latestYear"), cell(forest, "latest")]).toEqual([2021, 42]);

    // Replacing what the row holds: both cells and the source line.
    const chosen = await writeValues([latest(forest, 30.06, { year: 2021, value: 42 }), latest(gdp, 1806)], { identity, language: "en-US" });
    expect(chosen!.replaced).toEqual([{ targetId: forest.id, use: "latest" }]);
    expect(chosen!.filled).toEqual([{ targetId: gdp.id, use: "latest" }]);
    expect([cell(forest, "latestYear"), cell(forest, "latest")]).toEqual([2022, 30.06]);
    expect(cell(forest, "valueSource")).toBe(`Latest value 30.06 % (2022) from ${BULLETIN}: “森林覆盖率30.06%”`);
  });

  it("an averaged growth rate brings the base year it runs from into an empty base-year cell, never over a typed one", async () => {
    const growth = makeTarget({ indicator: "地区生产总值", value: 6.5, unit: "%", kind: "growth", year: 2025, text: "地区生产总值年均增长6.5%" });
    const rate = makeTarget({ indicator: "居民人均可支配收入", value: 6.5, unit: "%", kind: "growth", year: 2025, text: "居民人均可支配收入年均增长6.5%" });
    await importTargets(DOC, [growth, rate], options);
    type(rate, "baseYear", 2019); // the user's own base year
    const averaged = (t: Target, value: number): ValueEntry => ({ ...latest(t, value), averagesFrom: 2020 });
    const summary = await writeValues([averaged(growth, 4.69), averaged(rate, 7.08)], { identity, language: "zh-CN" });
    expect([cell(growth, "baseYear"), cell(growth, "latestYear"), cell(growth, "latest")]).toEqual([2020, 2022, 4.69]);
    expect([cell(rate, "baseYear"), cell(rate, "latest")]).toEqual([2019, 7.08]);
    expect(summary!.baseYears).toEqual([{ targetId: growth.id, year: 2020 }]);
  });

  it("a year the user typed is a conflict too; a value already there is left as it is", async () => {
    await importTargets(DOC, [gdp, forest], options);
    type(gdp, "latestYear", 2023);
    type(forest, "latestYear", 2022);
    type(forest, "latest", 30.06);
    const summary = await writeValues([latest(gdp, 1806), latest(forest, 30.06)], { identity, language: "zh-CN" });
    expect(summary!.conflicts.map((c) => [c.targetId, c.existing])).toEqual([[gdp.id, { year: 2023, value: "" }]]);
    expect(summary!.already).toEqual([{ targetId: forest.id, use: "latest" }]);
    expect(cell(gdp, "latest")).toBe("");
    expect(cell(forest, "valueSource")).toBe("");
  });

  it("keeps the base line when the latest one is written, and the user's own line", async () => {
    const stated = { ...gdp, baseYear: 2020, baseValue: 320, baseSource: { start: 0, end: 6 } };
    await importTargets(DOC, [stated], { ...options, valueTexts: { own: "2020年地区生产总值达到320亿元。" } });
    expect(cell(gdp, "valueSource")).toBe("基期值 320 亿元（2020年）取自本文件：「2020年地区生产总值达到320亿元」");
    type(gdp, "valueSource", `${cell(gdp, "valueSource")}\n已与统计局核对`);
    await writeValues([latest(gdp, 1806)], { identity, language: "zh-CN" });
    expect(String(cell(gdp, "valueSource")).split("\n")).toEqual([
      "基期值 320 亿元（2020年）取自本文件：「2020年地区生产总值达到320亿元」",
      "已与统计局核对",
      `最新值 1806 亿元（2022年）取自 ${BULLETIN}：「地区生产总值1806亿元」`,
    ]);
  });

  it("written values survive a re-import like typed ones", async () => {
    await importTargets(DOC, [gdp, forest], options);
    await writeValues([latest(gdp, 1806)], { identity, language: "zh-CN" });
    const again = await importTargets(DOC, [gdp, forest], options);
    expect(again).toMatchObject({ updated: 2, kept: 1 });
    expect([cell(gdp, "latestYear"), cell(gdp, "latest")]).toEqual([2022, 1806]);
    expect(cell(gdp, "valueSource")).toContain("最新值 1806 亿元");
  });

  it("writes nothing before the document is imported, and reports targets the table lacks", async () => {
    expect(await writeValues([latest(gdp, 1806)], { identity, language: "zh-CN" })).toBeNull();
    await importTargets(DOC, [gdp], options);
    expect(await writeValues([latest(gdp, 1806)], { identity: { key: "another", fingerprint: "" }, language: "zh-CN" })).toBeNull();
    const summary = await writeValues([latest(forest, 30.06), latest(gdp, 1806)], { identity, language: "zh-CN" });
    expect(summary).toMatchObject({ missing: [forest.id], filled: [{ targetId: gdp.id, use: "latest" }] });
    expect(summary!.syncs).toBe(4);
  });

  it("a table of the first release (no 数值来源 column) gets the values unmarked; a re-import adds the column", async () => {
    await importTargets(DOC, [gdp, forest], options);
    asFirstRelease(sheet());
    // Columns of a first-release table sit elsewhere: read them by header.
    const at = (t: Target, key: ColumnKey) => sheet().peek(rowOf(t), sheet().tables[0]!.headers().indexOf(columnSpec(key).header["zh-CN"]))?.value ?? "";
    expect(sheet().tables[0]!.headers()).not.toContain(columnSpec("valueSource").header["zh-CN"]);
    const summary = await writeValues([latest(gdp, 1806)], { identity, language: "zh-CN" });
    expect(summary).toMatchObject({ unmarked: true, filled: [{ targetId: gdp.id, use: "latest" }] });
    expect([at(gdp, "latestYear"), at(gdp, "latest")]).toEqual([2022, 1806]);
    const again = await importTargets(DOC, [gdp, forest, trade], { ...options });
    expect(again).toMatchObject({ imported: 1, updated: 2 });
    expect(again.addedColumns).toContain(columnSpec("valueSource").header["zh-CN"]);
    expect([at(gdp, "latest"), at(gdp, "valueSource"), at(trade, "valueSource")]).toEqual([1806, "", ""]);
  });
});

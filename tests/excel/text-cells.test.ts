// Text reaches Excel as written. Range.values reads a string as if typed: "- …", "+ …" and "=…" become formulas
// (Excel.Range.values reference), "1-2" a date, "5%" a number (office-js #229); in cells formatted as Text (@) it
// stays text. Bulleted lines are common in text pasted from web pages, Markdown and PDF conversions.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Target } from "../../src/core/model";
import { columnIndex, type ColumnKey } from "../../src/core/sheet";
import { assignIds } from "../../src/core/extract/refiners/ids";
import { buildDashboard, importTargets, type ImportOptions } from "../../src/excel";
import { installFakeExcel, type FakeExcelHost, type FakeSheet } from "../fakes/fake-excel";
import { DOC, makeTarget } from "../sheet/fixtures";
import { asFirstRelease } from "./older-table";

const options: ImportOptions = { language: "zh-CN", method: "time", tolerance: 0.05 };
let host: FakeExcelHost;
beforeEach(() => (host = installFakeExcel()));
afterEach(() => host.uninstall());

const BULLETED = [
  { indicator: "+ 森林覆盖率", text: "- 到2025年，森林覆盖率达到45%", section: ["- 三、生态"] },
  { indicator: "-- 2025年城镇化率", text: "-- 2025年城镇化率达到65%", section: ["1-2"] },
  { indicator: "=单位GDP能耗", text: "=单位GDP能耗下降13.5%", section: ["5%"] },
];
const DOC_1_2 = { ...DOC, id: "1-2", title: "1-2" };

function targets(): Target[] {
  const ts = BULLETED.map((b, i) => makeTarget({ ...b, docId: DOC_1_2.id, value: 40 + i, responsible: ["+ 市发改委"] }));
  assignIds(ts);
  return ts;
}

/** Every text cell of the table holds the model's text as a value, not a formula or a number. */
function expectTexts(s: FakeSheet, ts: Target[]): void {
  const rows = ts.length;
  const keys: ColumnKey[] = ["indicator", "source", "section", "document", "responsible"];
  for (let r = 1; r <= rows; r++) {
    for (const k of keys) {
      const cell = s.peek(r, columnIndex(k));
      expect(cell?.formula ?? null, `${k} of row ${r}`).toBeNull();
      expect(typeof cell?.value, `${k} of row ${r}: ${String(cell?.value)}`).toBe("string");
    }
  }
  expect(new Set(Array.from({ length: rows }, (_, i) => s.peek(i + 1, columnIndex("indicator"))?.value))).toEqual(new Set(BULLETED.map((b) => b.indicator)));
}

describe("text that Excel would read as a formula, a number or a date", () => {
  it("is written as text on a first import", async () => {
    const ts = targets();
    await importTargets(DOC_1_2, ts, options);
    const s = host.state.sheets[0]!;
    expectTexts(s, ts);
    expect(s.peek(1, columnIndex("document"))?.value).toBe("1-2");
  });

  it("stays text on a re-import, which then finds every row unchanged", async () => {
    const ts = targets();
    await importTargets(DOC_1_2, ts, options);
    const summary = await importTargets(DOC_1_2, ts, options);
    expect(summary).toMatchObject({ updated: 3, imported: 0, missing: 0, toCheck: 0 });
    expectTexts(host.state.sheets[0]!, ts);
  });

  it("is written as text into a table of an earlier release, whose text cells were General", async () => {
    const ts = targets();
    await importTargets(DOC_1_2, ts.slice(0, 1), options);
    const s = host.state.sheets[0]!;
    asFirstRelease(s);
    for (const cell of s.cells.values()) if (cell.numberFormat === "@") cell.numberFormat = "General";
    await importTargets(DOC_1_2, ts, options);
    const t = s.tables[0]!;
    const at = (r: number, header: string) => s.peek(r, t.headers().indexOf(header));
    for (let r = 1; r <= 3; r++) {
      expect(at(r, "指标")?.formula ?? null).toBeNull();
      expect(typeof at(r, "原文")?.value).toBe("string");
    }
  });

  it("is written as text on the dashboard: titles, indicators and ids", async () => {
    await importTargets(DOC_1_2, targets(), options);
    const summary = await buildDashboard({ language: "zh-CN" });
    const d = host.state.sheet(summary.sheetName)!;
    expect(d.peek(3, 0)).toMatchObject({ value: "1-2", formula: null });
    const indicators = [...d.cells.values()].filter((c) => BULLETED.some((b) => b.indicator === c.value));
    expect(indicators).toHaveLength(3);
  });

  it("is cut to the 32,767 characters a cell holds, ending in …, instead of failing the import", async () => {
    const long = `到2025年，${"坚持稳中求进".repeat(7000)}地区生产总值达到970亿元`;
    const t = makeTarget({ docId: DOC_1_2.id, text: long, indicator: "地区生产总值" });
    await importTargets(DOC_1_2, [t], options);
    const source = String(host.state.sheets[0]!.peek(1, columnIndex("source"))?.value);
    expect(source).toHaveLength(32_767);
    expect(source.endsWith("…")).toBe(true);
    expect(source.startsWith("到2025年，坚持稳中求进")).toBe(true);
  });
});

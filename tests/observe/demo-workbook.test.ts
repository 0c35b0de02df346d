// The demo's real-data sheet: the 平潭 十四五 outline with base values from the real 2020 bulletin and latest values
// from the real 2022 bulletin (examples/pingtan). Every value points at its number in a bulletin; recalculated by
// LibreOffice, every row with a base and a latest value has a status, and no other row has one.
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { demoWorkbookInputs, REAL_DATA, realDataResult } from "../../src/cli/demo";
import { parseActualsCsv } from "../../src/cli/actuals";
import { writeWorkbook } from "../../src/cli/xlsx";
import { columnIndex } from "../../src/core/sheet";
import { findSoffice, recalcWorkbook } from "../libreoffice/recalc";

const ROOT = path.resolve(__dirname, "../..");
const soffice = findSoffice();

describe("the demo's real-data document", () => {
  const { result } = realDataResult();
  const bulletins = new Map(REAL_DATA.bulletins.map((f) => [path.basename(f), readFileSync(f, "utf8")]));

  it("takes its base values from the 2020 bulletin and its latest values from the 2022 bulletin, each at its source", () => {
    const filled = result.targets.filter((t) => t.baseValue != null || t.latestValue != null);
    expect(result.targets.filter((t) => t.baseValue != null && t.latestValue != null).length).toBeGreaterThanOrEqual(3);
    for (const t of filled) {
      for (const [year, value, source] of [[t.baseYear, t.baseValue, t.baseSource], [t.latestYear, t.latestValue, t.latestSource]] as const) {
        if (value == null) continue;
        expect(year === 2020 || year === 2022).toBe(true);
        const text = bulletins.get(source!.file!)!;
        expect(source!.file).toBe(`bulletin-${year}.txt`);
        // the number at the source is the value (in the bulletin's unit, which these targets share)
        expect(Number(/[\d.]+/.exec(text.slice(source!.start, source!.end))![0])).toBeCloseTo(value, 9);
      }
    }
  });

  it("gets no illustrative values", () => {
    const illustrative = parseActualsCsv(readFileSync(path.join(ROOT, "examples", "actuals-illustrative.csv"), "utf8"));
    expect(result.targets.filter((t) => illustrative.byId.has(t.id))).toEqual([]);
  });
});

if (!soffice && !process.env.CI) console.warn("LibreOffice (soffice) is not installed: skipping the real-data sheet recalculation.");

describe.skipIf(!soffice && !process.env.CI)("the demo workbook's real-data sheet, recalculated by LibreOffice", () => {
  const WORK = path.join(ROOT, "tests", "artifacts", "real-data");
  const { results, options } = demoWorkbookInputs();
  const real = results[results.length - 1]!;
  let rows: string[][] = [];

  beforeAll(async () => {
    rmSync(WORK, { recursive: true, force: true });
    mkdirSync(WORK, { recursive: true });
    const file = path.join(WORK, "demo.xlsx");
    await writeWorkbook(results, file, options);
    const sheets = recalcWorkbook(soffice!, file, WORK);
    const ids = new Set(real.targets.map((t) => t.id));
    rows = [...sheets.values()].find((r) => r.slice(1).some((row) => ids.has(row[columnIndex("id")]!)))!.slice(1);
  });

  it("has a status on every row with a base and a latest value, and none on the others", () => {
    const byId = new Map(real.targets.map((t) => [t.id, t]));
    const cell = (row: string[], key: Parameters<typeof columnIndex>[0]) => (row[columnIndex(key)] ?? "").trim();
    let withStatus = 0;
    for (const row of rows) {
      const t = byId.get(cell(row, "id"))!;
      const both = t.baseValue != null && t.latestValue != null;
      expect([t.indicator, cell(row, "base") !== "", cell(row, "latest") !== ""]).toEqual([t.indicator, t.baseValue != null, t.latestValue != null]);
      if (both) {
        expect(cell(row, "status"), t.indicator).not.toBe("");
        withStatus++;
      } else expect(cell(row, "status"), t.indicator).toBe("");
    }
    expect(rows.length).toBe(real.targets.length);
    expect(withStatus).toBeGreaterThanOrEqual(3);
  });
});

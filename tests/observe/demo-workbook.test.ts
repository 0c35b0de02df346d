// The demo's real-data sheet: the 平潭 十四五 outline with base values from the real 2020 bulletin and latest values
// from the real 2022 bulletin (examples/pingtan), a growth rate's averaged with the 2021 bulletin's. Every value
// points at its number in a bulletin; recalculated by LibreOffice, every row with the values its measure reads (a
// base and a latest value; a growth rate's latest rate) has a status, and no other row has one.
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { demoWorkbookInputs, REAL_DATA, realDataResult } from "../../src/cli/demo";
import { parseActualsCsv } from "../../src/cli/actuals";
import { writeWorkbook } from "../../src/cli/xlsx";
import { measureOf } from "../../src/core/measure";
import { columnIndex } from "../../src/core/sheet";
import { findSoffice, recalcWorkbook } from "../libreoffice/recalc";

const ROOT = path.resolve(__dirname, "../..");
const soffice = findSoffice();

describe("the demo's real-data document", () => {
  const { result, text: planText } = realDataResult();
  const bulletins = new Map(REAL_DATA.bulletins.map((f) => [path.basename(f), readFileSync(f, "utf8")]));

  it("takes its base values from the plan's 2020 column or the 2020 bulletin and its latest values from the 2022 bulletin, each at its source", () => {
    const filled = result.targets.filter((t) => t.baseValue != null || t.latestValue != null);
    expect(result.targets.filter((t) => t.baseValue != null && t.latestValue != null).length).toBeGreaterThanOrEqual(3);
    for (const t of filled) {
      for (const [year, value, source] of [[t.baseYear, t.baseValue, t.baseSource], [t.latestYear, t.latestValue, t.latestSource]] as const) {
        if (value == null) continue;
        expect(year === 2020 || year === 2022).toBe(true);
        // a base value the plan states itself (its 2020 column) points into the plan; the others into a bulletin
        const fromPlan = source!.file === undefined;
        const text = fromPlan ? planText : bulletins.get(source!.file!)!;
        if (fromPlan) expect(year).toBe(2020);
        else expect(source!.file).toBe(`bulletin-${year}.txt`);
        // the number at the source is the value (in the bulletin's unit, which these targets share); a growth rate's
        // latest value averages it with the 2021 bulletin's rate of the same indicator
        const atSource = Number(/[\d.]+/.exec(text.slice(source!.start, source!.end))![0]);
        if (!fromPlan && year === t.latestYear && measureOf(t) === "growth") {
          // the 2021 rate the average implies is one the 2021 bulletin states
          // (a 下降 before the number makes the rate negative)
          const signed = /下降$/.test(text.slice(source!.start - 2, source!.start)) ? -atSource : atSource;
          const rate2021 = ((1 + value / 100) ** 2 / (1 + signed / 100) - 1) * 100;
          const stated = `${rate2021 < 0 ? "下降" : "增长"}${Math.abs(rate2021).toFixed(1).replace(".", "\\.")}\\d?%`;
          expect(bulletins.get("bulletin-2021.txt")).toMatch(new RegExp(stated));
        } else expect(value).toBeCloseTo(atSource, 9);
      }
    }
  });

  it("gives the GDP growth target (地区生产总值增速在6.5～7.5%) the average real growth of 2021 and 2022, and no base value", () => {
    const gdp = result.targets.find((t) => t.indicator === "地区生产总值" && measureOf(t) === "growth")!;
    expect(bulletins.get("bulletin-2021.txt")).toContain("全年实现生产总值339.20亿元，按可比价格计算，比上年增长5.8%");
    expect(bulletins.get("bulletin-2022.txt")).toContain("全年实现生产总值367.71亿元，按可比价格计算，比上年增长3.6%");
    expect([gdp.baseValue ?? null, gdp.latestYear]).toEqual([null, 2022]);
    expect(gdp.latestValue).toBeCloseTo((Math.sqrt(1.058 * 1.036) - 1) * 100, 9);
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

  it("has a status on every row with the values its measure reads, and none on the others; growth rows from the real rates", () => {
    const byId = new Map(real.targets.map((t) => [t.id, t]));
    const cell = (row: string[], key: Parameters<typeof columnIndex>[0]) => (row[columnIndex(key)] ?? "").trim();
    let withStatus = 0;
    let rates = 0;
    for (const row of rows) {
      const t = byId.get(cell(row, "id"))!;
      const rate = measureOf(t) === "growth";
      // a growth rate's measures read its latest rate and no base value (docs/measures.md)
      const filled = t.latestValue != null && (rate || t.baseValue != null);
      expect([t.indicator, cell(row, "base") !== "", cell(row, "latest") !== ""]).toEqual([t.indicator, t.baseValue != null, t.latestValue != null]);
      if (filled) {
        expect(cell(row, "status"), t.indicator).not.toBe("");
        withStatus++;
        if (rate) rates++;
      } else expect(cell(row, "status"), t.indicator).toBe("");
    }
    expect(rows.length).toBe(real.targets.length);
    expect(withStatus).toBeGreaterThanOrEqual(4);
    expect(rates).toBeGreaterThanOrEqual(1);
    // 地区生产总值增速在6.5～7.5%: 4.69% a year over 2021–2022 is 0.72 of the lower bound, moderate (预警)
    const gdp = rows.find((r) => cell(r, "indicator") === "地区生产总值" && cell(r, "kind") === "增速")!;
    expect([cell(gdp, "statusCode"), cell(gdp, "status")]).toEqual(["moderate", "预警"]);
    expect(parseFloat(cell(gdp, "achGrowth"))).toBeCloseTo(4.694, 3);
  });
});

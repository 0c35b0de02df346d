// Every worked example of docs/measures.md is a test: src/core/measure, the sheet's native formulas and its PLAN.*
// formulas each give the documented value (tests/libreoffice recalculates the same rows in LibreOffice).
import { describe, expect, it } from "vitest";
import { MEASURE_KINDS, MEASURE_NEEDS, ROW_MEASURES, isMeasureError, rowMeasure } from "../../src/core/measure";
import { buildSheetModel, type Flavour } from "../../src/core/sheet";
import { DOC, kindFields, makeTarget } from "../sheet/fixtures";
import type { XlValue } from "../sheet/evaluate";
import { planCall, rowValues } from "../sheet/rows";
import { workedExamples, type Documented, type WorkedExample } from "./worked-examples";

const examples = workedExamples();

function expectDocumented(got: unknown, want: Documented, what: string): void {
  if (want.kind === "blank") expect(got === null || got === "" || got === "unknown", `${what}: ${String(got)}`).toBe(true);
  else if (want.kind === "text") expect(got, what).toBe(want.value);
  else {
    expect(typeof got, `${what}: ${String(got)}`).toBe("number");
    expect(Math.abs((got as number) - want.value), `${what}: ${String(got)}`).toBeLessThanOrEqual(want.within);
  }
}

/** The example as one row of a sheet, in either flavour. */
export function exampleSheet(ex: WorkedExample, flavour: Flavour) {
  const { row } = ex;
  const target = makeTarget({
    ...kindFields(row.kind), comparator: row.comparator, value: row.target!, valueMax: row.targetMax ?? null, year: row.targetYear,
  });
  const actuals = new Map([[target.id, { baseYear: row.baseYear, base: row.base, latestYear: row.latestYear, latest: row.latest }]]);
  return buildSheetModel(DOC, [target], { language: "zh-CN", method: ex.method, tolerance: 0.05, flavour, actuals });
}

describe("the worked examples of docs/measures.md", () => {
  it("cover every measure of every kind, and both methods", () => {
    expect(examples.length).toBeGreaterThanOrEqual(17);
    for (const kind of MEASURE_KINDS) {
      const shown = new Set(examples.filter((e) => e.row.kind === kind).flatMap((e) => e.results.map(([k]) => k)));
      for (const key of ROW_MEASURES) if (MEASURE_NEEDS[key][kind]) expect(shown, `${key} of a ${kind} target`).toContain(key);
    }
    expect(new Set(examples.map((e) => e.method))).toEqual(new Set(["time", "growth"]));
  });

  it.each(examples.map((e) => [e.name, e] as const))("src/core/measure: %s", (_, ex) => {
    for (const [key, want] of ex.results) {
      let got: unknown;
      try {
        got = rowMeasure(key, ex.row, { method: ex.method, tolerance: 0.05 });
      } catch (e) {
        if (!isMeasureError(e)) throw e;
        got = e.kind;
      }
      expectDocumented(got, want, key);
    }
  });

  it.each(examples.map((e) => [e.name, e] as const))("the sheet's native and PLAN.* formulas: %s", (_, ex) => {
    for (const flavour of ["native", "custom"] as const) {
      const values = rowValues(exampleSheet(ex, flavour), 0, flavour === "custom" ? planCall("en-US") : undefined);
      for (const [key, want] of ex.results) {
        const got: XlValue = values[key === "status" ? "statusCode" : key]!;
        expectDocumented(got, want, `${flavour} ${key}`);
      }
    }
  });
});

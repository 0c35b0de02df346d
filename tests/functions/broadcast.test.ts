import { describe, expect, it } from "vitest";
import { isError, makePlan, outcome } from "./fixtures";

const { plan } = makePlan();

describe("broadcasting", () => {
  it("takes single values as 1×1 ranges and returns a 1×1 result", () => {
    const r = plan.REQGROWTH([[100]], [[121]], [[2]]);
    expect(r).toHaveLength(1);
    expect(r[0]).toHaveLength(1);
    expect(r[0]![0]).toBeCloseTo(0.1, 14);
  });

  it("accepts bare scalars as well as ranges", () => {
    expect((plan.REQGROWTH(100, 121, 2)[0]![0] as number)).toBeCloseTo(0.1, 14);
  });

  it("spreads a column against single values, keeping the column's shape", () => {
    const bases = [[100], [200], [50]];
    const r = plan.REQGROWTH(bases, [[121]], [[2]]);
    expect(r.map((row) => row.length)).toEqual([1, 1, 1]);
    r.forEach((row, i) => expect(row[0] as number).toBeCloseTo(Math.sqrt(121 / bases[i]![0]!) - 1, 14));
  });

  it("combines ranges of the same shape cell by cell (2×2)", () => {
    const r = plan.PROJECT([[100, 200], [300, 400]], [[0.1, 0], [0.5, -0.5]], [[1]]);
    expect(r).toEqual([[110.00000000000001, 200], [450, 200]]);
  });

  it("returns an error in the failing cell only", () => {
    const r = plan.REQGROWTH([[100], [0], ["abc"], [null], [100]], [[121]], [[2]]);
    expect(r[0]![0]).toBeCloseTo(0.1, 14);
    expect(r[1]![0]).toMatchObject({ code: "#NUM!" });
    expect(r[2]![0]).toMatchObject({ code: "#VALUE!" });
    expect(r[3]![0]).toMatchObject({ code: "#N/A" });
    expect(r[4]![0]).toBeCloseTo(0.1, 14);
  });

  it("passes an error value from an input cell through to the same cell", () => {
    const r = plan.PROGRESS([[{ code: "#DIV/0!" }], [1]], [[3]], [[5]]);
    expect(r[0]![0]).toEqual({ code: "#DIV/0!" });
    expect(r[1]![0]).toBeCloseTo(0.5, 14);
  });

  it("rejects ranges of different shapes as a whole with #VALUE! naming both", () => {
    const e = outcome(() => plan.GAP([[1], [2], [3]], [[1, 2, 3]]));
    expect(isError(e) && e.code).toBe("#VALUE!");
    expect(isError(e) && e.message).toMatch(/target is 1×3 but actual is 3×1/);
    const e2 = outcome(() => plan.REQGROWTH([[1], [2]], [[1], [2], [3]], 2));
    expect(isError(e2) && e2.code).toBe("#VALUE!");
  });

  it("rejects a ragged array", () => {
    const e = outcome(() => plan.CAGR([[1, 2], [3]], 2, 2));
    expect(isError(e) && e.code).toBe("#VALUE!");
  });

  it("reads numbers typed as text the way Excel does", () => {
    expect(plan.PROGRESS([["100"]], [["1,300"]], [["2500"]])[0]![0]).toBeCloseTo(0.5, 14);
    expect(plan.PROJECT(100, "10%", 1)[0]![0]).toBeCloseTo(110, 12);
  });
});

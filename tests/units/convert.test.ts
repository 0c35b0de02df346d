import { describe, expect, it } from "vitest";
import { MeasureError } from "../../src/core/measure";
import { UNIT_CATALOGUE, compatibleUnits, convertUnit, resolveUnit, unitNames } from "../../src/core/units";

function failure(f: () => unknown): MeasureError {
  try {
    f();
  } catch (e) {
    if (e instanceof MeasureError) return e;
    throw e;
  }
  throw new Error("expected a MeasureError");
}

describe("unit conversion", () => {
  it.each<[number, string, string, number]>([
    [970, "亿元", "万元", 9_700_000],
    [970, "亿元", "元", 97_000_000_000],
    [3.5, "万元", "亿元", 0.00035],
    [120, "万人", "人", 1_200_000],
    [15, "亩", "公顷", 1],
    [1, "公顷", "亩", 15],
    [30, "万亩", "公顷", 20000],
    [1, "万亩", "平方公里", 6.66666666666667],
    [250, "万千瓦", "千瓦", 2_500_000],
    [12, "万吨", "吨", 120000],
    [3.2, "亿立方米", "立方米", 320_000_000],
    [1, "亿立方米", "万立方米", 10000],
    [120, "公里", "米", 120000],
    [180, "公里/百平方公里", "公里/平方公里", 1.8],
    [55, "%", "‰", 550],
    [300, "个", "家", 300],
    [2, "万家", "个", 20000],
    [16, "亿千瓦时", "万千瓦时", 160000],
    [5, "万人次", "人次", 50000],
    [50, "万平方米", "平方公里", 0.5],
    [1, "平方公里", "公顷", 100],
  ])("%s %s = %s %s", (v, from, to, expected) => {
    expect(convertUnit(v, from, to)).toBeCloseTo(expected, 9);
  });

  it("round-trips every catalogue unit to every compatible one", () => {
    for (const a of UNIT_CATALOGUE) {
      for (const b of UNIT_CATALOGUE) {
        if (a.dimension !== b.dimension) continue;
        const there = convertUnit(123.456, a.name, b.name);
        expect(convertUnit(there, b.name, a.name)).toBeCloseTo(123.456, 9);
      }
    }
  });

  it("converts within a dimension and never across dimensions", () => {
    for (const a of UNIT_CATALOGUE) {
      for (const b of UNIT_CATALOGUE) {
        expect(compatibleUnits(a.name, b.name)).toBe(a.dimension === b.dimension);
      }
    }
  });

  it("reads common spellings: full-width %, 千米, ASCII units", () => {
    expect(convertUnit(5, "％", "‰")).toBe(50);
    expect(convertUnit(3, "千米", "米")).toBe(3000);
    expect(convertUnit(1, "MW", "万千瓦")).toBeCloseTo(0.1, 12);
    expect(convertUnit(2, "万kW", "千瓦")).toBe(20000);
    expect(resolveUnit(" 亿元 ").name).toBe("亿元");
  });

  it("leaves no binary noise from scaling by powers of ten", () => {
    expect(convertUnit(0.1, "亿元", "万元")).toBe(1000);
    expect(convertUnit(0.3, "万元", "元")).toBe(3000);
    expect(convertUnit(7, "万元", "亿元")).toBe(0.0007);
  });

  it("explains a conversion across dimensions", () => {
    const e = failure(() => convertUnit(1, "亿元", "万人"));
    expect(e.kind).toBe("value");
    expect(e.message).toMatch(/亿元.*money.*万人.*people/);
    expect(failure(() => convertUnit(1, "人", "人次")).message).toMatch(/visits/);
  });

  it("names the accepted units for an unknown one", () => {
    const e = failure(() => convertUnit(1, "斤", "吨"));
    expect(e.kind).toBe("value");
    for (const n of ["亿元", "万亩", "公里/百平方公里", "%"]) expect(e.message).toContain(n);
    expect(failure(() => convertUnit(1, "", "吨")).kind).toBe("value");
    expect(failure(() => convertUnit(1, "blorp", "吨")).kind).toBe("value");
  });

  it("lists every unit the product promises", () => {
    const required = ["元", "万元", "亿元", "人", "万人", "亩", "万亩", "公顷", "千瓦", "万千瓦", "吨", "万吨", "立方米", "亿立方米",
      "公里", "公里/百平方公里", "%", "个", "家", "千瓦时", "万千瓦时", "亿千瓦时", "人次", "万人次", "平方米", "万平方米", "平方公里"];
    for (const u of required) expect(unitNames()).toContain(u);
  });
});

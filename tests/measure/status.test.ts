import { describe, expect, it } from "vitest";
import { MeasureError, parseMeasureKind, parseStatusMethod, status, type StatusInput } from "../../src/core/measure";
import type { Status } from "../../src/core/model";

// Base 100 in 2020, target 150 in 2025; time progress in 2023 is 0.6.
const floor = { base: 100, baseYear: 2020, latestYear: 2023, target: 150, targetYear: 2025 };

describe("status, time method (时间过半、任务过半)", () => {
  const cases: [string, Partial<StatusInput>, Status][] = [
    ["met floor", { latest: 150 }, "achieved"],
    ["ahead of time", { latest: 130 }, "on-track"],
    ["just behind time, within tolerance", { latest: 128 }, "moderate"],
    ["behind time beyond tolerance", { latest: 126 }, "lagging"],
    ["below base", { latest: 99 }, "away"],
    ["wider tolerance forgives", { latest: 126, tolerance: 0.1 }, "moderate"],
    ["zero tolerance: any delay lags", { latest: 129.9, tolerance: 0 }, "lagging"],
    ["zero tolerance, exactly on time", { latest: 130, tolerance: 0 }, "on-track"],
    ["cap met", { base: 30, latest: 22, target: 25, comparator: "<=" }, "achieved"],
    ["cap on track", { base: 30, latest: 26.5, target: 25, comparator: "<=" }, "on-track"],
    ["cap lagging", { base: 30, latest: 28, target: 25, comparator: "<=" }, "lagging"],
    ["cap worsening", { base: 30, latest: 31, target: 25, comparator: "<=" }, "away"],
    ["base already beyond a floor, latest short of it", { base: 160, latest: 140 }, "away"],
    ["inside a range is met", { latest: 150, comparator: "range", targetMax: 160 }, "achieved"],
    ["above a range lags, whatever the pace", { latest: 170, comparator: "range", targetMax: 160 }, "lagging"],
    ["a range without its upper bound has no status", { latest: 150, comparator: "range" }, "unknown"],
  ];
  it.each(cases)("%s", (_, over, expected) => {
    expect(status({ ...floor, latest: null, ...over, method: "time" })).toBe(expected);
  });
});

describe("status, growth-ratio method (Eurostat)", () => {
  // Required growth 100→150 over 5 years is 8.447%; achieved growth over 3 years decides the ratio.
  const required = Math.pow(1.5, 1 / 5) - 1;
  const latestAt = (ratio: number) => 100 * Math.pow(1 + ratio * required, 3);
  const cases: [string, number, Status][] = [
    ["ratio 1.0", latestAt(1), "on-track"],
    ["ratio 0.96", latestAt(0.96), "on-track"],
    ["ratio 0.94", latestAt(0.94), "moderate"],
    ["ratio 0.61", latestAt(0.61), "moderate"],
    ["ratio 0.59", latestAt(0.59), "lagging"],
    ["ratio 0.01", latestAt(0.01), "lagging"],
    ["ratio -0.1", latestAt(-0.1), "away"],
    ["met", 150, "achieved"],
  ];
  it.each(cases)("%s", (_, latest, expected) => {
    expect(status({ ...floor, latest, method: "growth" })).toBe(expected);
  });

  it("keeps the ratio's meaning for caps (both growths negative)", () => {
    const cap = { base: 30, baseYear: 2020, latestYear: 2023, target: 25, targetYear: 2025, comparator: "<=" as const, method: "growth" as const };
    expect(status({ ...cap, latest: 26.5 })).toBe("on-track");
    expect(status({ ...cap, latest: 29 })).toBe("lagging");
    expect(status({ ...cap, latest: 31 })).toBe("away");
  });

  it("is unknown for values growth cannot be computed from", () => {
    expect(status({ ...floor, base: -5, latest: 20, method: "growth" })).toBe("unknown");
  });
});

describe("status, growth-rate targets", () => {
  // 年均增长6%: target 6 (percent); 100 → 119.1016 over 3 years is exactly 6% a year.
  const g = { base: 100, baseYear: 2020, latestYear: 2023, target: 6, targetYear: 2025, kind: "growth" as const };
  it.each<[number, Status]>([
    [119.2, "on-track"],
    [100 * 1.058 ** 3, "on-track"],
    [100 * 1.05 ** 3, "moderate"],
    [100 * 1.03 ** 3, "lagging"],
    [95, "away"],
  ])("latest %s → %s", (latest, expected) => {
    expect(status({ ...g, latest })).toBe(expected);
  });
  it("is achieved only once the target year is reached", () => {
    expect(status({ ...g, latest: 100 * 1.07 ** 5, latestYear: 2025 })).toBe("achieved");
  });
  it("inverts for a growth cap (增速不超过)", () => {
    const cap = { ...g, target: 3, comparator: "<=" as const };
    expect(status({ ...cap, latest: 100 * 1.02 ** 3 })).toBe("on-track");
    expect(status({ ...cap, latest: 100 * 1.04 ** 3 })).toBe("lagging");
    expect(status({ ...cap, latest: 100 * 1.02 ** 5, latestYear: 2025 })).toBe("achieved");
  });
  it("calls a shortfall against a non-positive rate lagging", () => {
    expect(status({ ...g, target: 0, latest: 95 })).toBe("lagging");
  });
});

describe("status, unknown and invalid input", () => {
  it.each<[string, Partial<StatusInput>]>([
    ["no latest", { latest: null }],
    ["no base", { base: null, latest: 130 }],
    ["latest year not after base", { latest: 130, latestYear: 2020 }],
    ["target year not after base", { latest: 130, targetYear: 2020 }],
    ["NaN", { latest: Number.NaN }],
  ])("%s → unknown", (_, over) => {
    expect(status({ ...floor, latest: null, ...over })).toBe("unknown");
  });
  it("rejects a tolerance outside [0, 1) with #NUM!", () => {
    for (const tolerance of [-0.1, 1, 5]) {
      try {
        status({ ...floor, latest: 130, tolerance });
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(MeasureError);
        expect((e as MeasureError).kind).toBe("num");
      }
    }
  });
  it("parses methods and kinds in both languages", () => {
    expect(parseStatusMethod("增速")).toBe("growth");
    expect(parseStatusMethod("TIME")).toBe("time");
    expect(parseMeasureKind("比重")).toBe("share");
    expect(parseMeasureKind("growth rate")).toBe("growth");
    expect(parseMeasureKind("累计变化")).toBe("change");
    expect(parseMeasureKind("annual increment")).toBe("annual");
    expect(() => parseStatusMethod("trend")).toThrow(/time.*growth/);
    expect(() => parseMeasureKind("stock")).toThrow(/level, share, growth, change, increment, annual/);
  });
});

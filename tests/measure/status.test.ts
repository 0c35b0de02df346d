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
  // 年均增长6% from 2020 to 2025: target 6 (percent); the latest value is the achieved average rate in %.
  const g = { base: null, baseYear: 2020, latestYear: 2023, target: 6, targetYear: 2025, kind: "growth" as const };
  it.each<[number, Status]>([
    [6.2, "on-track"],
    [5.8, "on-track"],
    [5, "moderate"],
    [3, "lagging"],
    [-1.5, "away"],
  ])("latest %s%% → %s", (latest, expected) => {
    expect(status({ ...g, latest })).toBe(expected);
    expect(status({ ...g, latest, method: "growth" })).toBe(expected);
  });
  it("is achieved only once the target year is reached", () => {
    expect(status({ ...g, latest: 7, latestYear: 2025 })).toBe("achieved");
  });
  it("reads no base value: a level or a rate in the base cell changes nothing", () => {
    for (const base of [320, 5.4, -3, 0]) expect(status({ ...g, base, latest: 5 })).toBe("moderate");
  });
  it("needs no base year: a one-year target is judged on the year's rate (今年增长6%左右)", () => {
    const year = { base: null, baseYear: null, latest: 5.4, latestYear: 2024, target: 6, targetYear: 2024, comparator: "~" as const, kind: "growth" as const };
    expect(status(year)).toBe("moderate");
    expect(status({ ...year, latest: 6.1 })).toBe("achieved");
    expect(status({ ...year, latestYear: null })).toBe("unknown");
    // a base year given must come before the latest year
    expect(status({ ...year, baseYear: 2024 })).toBe("unknown");
  });
  it("inverts for a growth cap (增速不超过3%): met or lagging, no ratio", () => {
    const cap = { ...g, target: 3, comparator: "<=" as const };
    expect(status({ ...cap, latest: 2 })).toBe("on-track");
    expect(status({ ...cap, latest: 4 })).toBe("lagging");
    expect(status({ ...cap, latest: 2, latestYear: 2025 })).toBe("achieved");
  });
  it("judges a fall per year (年均下降3%, the cap −3) by the ratio of the falls", () => {
    const fall = { ...g, target: -3, comparator: "<=" as const };
    expect(status({ ...fall, latest: -3.2 })).toBe("on-track");
    expect(status({ ...fall, latest: -2.4 })).toBe("moderate");
    expect(status({ ...fall, latest: -1 })).toBe("lagging");
    expect(status({ ...fall, latest: 0.5 })).toBe("away");
  });
  it("lags above a range, and below it by the ratio", () => {
    const range = { ...g, target: 6.5, targetMax: 7.5, comparator: "range" as const };
    expect(status({ ...range, latest: 8 })).toBe("lagging");
    expect(status({ ...range, latest: 7 })).toBe("on-track");
    expect(status({ ...range, latest: 5.9 })).toBe("moderate");
  });
  it("calls a shortfall against a non-positive rate lagging", () => {
    expect(status({ ...g, target: 0, latest: -1 })).toBe("lagging");
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

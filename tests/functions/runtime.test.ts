// functions.ts as Excel runs it: CustomFunctions.Error for errors, Office's display language for labels.
import { afterEach, describe, expect, it, vi } from "vitest";

class FakeCustomFunctionsError {
  constructor(readonly code: string, readonly message?: string) {}
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe("functions.ts in the Office runtime", () => {
  it("returns CustomFunctions.Error values, with messages only where Excel shows them", async () => {
    vi.stubGlobal("CustomFunctions", { Error: FakeCustomFunctionsError, ErrorCode: {} });
    const f = await import("../../src/functions/functions");
    const r = f.reqGrowth([[100], ["abc"], [0]], [[121]], [[2]]);
    expect(r[0]![0]).toBeCloseTo(0.1, 14);
    expect(r[1]![0]).toBeInstanceOf(FakeCustomFunctionsError);
    expect(r[1]![0]).toMatchObject({ code: "#VALUE!", message: 'base must be a number, not "abc"' });
    expect(r[2]![0]).toBeInstanceOf(FakeCustomFunctionsError);
    expect((r[2]![0] as FakeCustomFunctionsError).code).toBe("#NUM!");
    expect((r[2]![0] as FakeCustomFunctionsError).message).toBeUndefined();
    expect(() => f.gap([[1], [2]], [[1, 2]])).toThrow(FakeCustomFunctionsError);
  });

  it("labels STATUS in Chinese when Office displays Chinese, in English otherwise", async () => {
    vi.stubGlobal("Office", { context: { displayLanguage: "zh-CN" } });
    const f = await import("../../src/functions/functions");
    expect(f.status([[100]], [[2020]], [[150]], [[2023]], [[150]], [[2025]])).toEqual([["已完成"]]);
    vi.stubGlobal("Office", { context: { displayLanguage: "fr-FR" } });
    expect(f.status([[100]], [[2020]], [[150]], [[2023]], [[150]], [[2025]])).toEqual([["Achieved"]]);
    vi.unstubAllGlobals();
    expect(f.status([[100]], [[2020]], [[130]], [[2023]], [[150]], [[2025]])).toEqual([["On track"]]);
  });
});

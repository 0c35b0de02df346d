// The fake must behave like Excel where the renderer depends on it, or the renderer tests prove nothing.
import { afterEach, describe, expect, it } from "vitest";
import { PAYLOAD_LIMIT, installFakeExcel, shiftFormula, type FakeExcelHost } from "../fakes/fake-excel";

let host: FakeExcelHost;
afterEach(() => host?.uninstall());

describe("fake Excel host", () => {
  it("needs load + sync before a property is read", async () => {
    host = installFakeExcel();
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.add("S");
      const r = ws.getRange("A1:B1");
      r.values = [[1, "x"]];
      expect(() => r.values).toThrow(/not available/);
      r.load("values");
      await context.sync();
      expect(r.values).toEqual([[1, "x"]]);
    });
    expect(host.stats.syncs).toBe(1);
  });

  it("fails a missing getItem at sync with ItemNotFound, and gives null objects for OrNullObject", async () => {
    host = installFakeExcel();
    await expect(Excel.run(async (context) => {
      context.workbook.worksheets.getItem("nope");
      await context.sync();
    })).rejects.toMatchObject({ code: "ItemNotFound" });
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject("nope");
      ws.load("name");
      await context.sync();
      expect(ws.isNullObject).toBe(true);
    });
  });

  it("rejects 2-D arrays that do not match the range, and turns '=' strings into formulas", async () => {
    host = installFakeExcel();
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.add("S");
      expect(() => (ws.getRange("A1:B2").values = [[1, 2]])).toThrow(/doesn't match/);
      ws.getRange("A1").values = [["=1+1"]];
      await context.sync();
    });
    expect(host.state.sheets[0]!.get("A1")).toBe("=1+1");
  });

  it("refuses a sync whose request exceeds 5 MB", async () => {
    host = installFakeExcel();
    await expect(Excel.run(async (context) => {
      const ws = context.workbook.worksheets.add("S");
      const big = "字".repeat(1000);
      ws.getRangeByIndexes(0, 0, 2000, 1).values = Array.from({ length: 2000 }, () => [big]);
      await context.sync();
    })).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(host.stats.maxPayload).toBeGreaterThan(PAYLOAD_LIMIT);
  });

  it("shifts relative references when copying formulas, leaving strings and absolutes alone", () => {
    expect(shiftFormula('=A1+$B1+C$1+$D$1&"A1"', 2, 1)).toBe('=B3+$B3+D$1+$D$1&"A1"');
    expect(shiftFormula("=[@基期值]+1", 5, 0)).toBe("=[@基期值]+1");
  });

  it("lists the conditional formats that intersect a range, with a null custom object for other types, and deletes once", async () => {
    host = installFakeExcel();
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.add("S");
      ws.getRange("A2:C5").conditionalFormats.add(Excel.ConditionalFormatType.custom).custom.rule.formula = "=$A2>1";
      ws.getRange("B2:B5").conditionalFormats.add(Excel.ConditionalFormatType.dataBar);
      ws.getRange("A9:C9").conditionalFormats.add(Excel.ConditionalFormatType.custom).custom.rule.formula = "=TRUE";
      await context.sync();
      const cfs = ws.getRange("C4:D20").conditionalFormats.load("items/id,items/type,items/customOrNullObject/rule/formula");
      await context.sync();
      expect(cfs.items.map((c) => c.type)).toEqual(["Custom", "Custom"]);
      expect(cfs.items.map((c) => c.customOrNullObject.rule.formula)).toEqual(["=$A2>1", "=TRUE"]);
      const bar = ws.getRange("B3").conditionalFormats.load("items/id,items/type,items/customOrNullObject/rule/formula");
      await context.sync();
      expect(bar.items.map((c) => c.type)).toEqual(["Custom", "DataBar"]);
      expect(bar.items[1]!.customOrNullObject.isNullObject).toBe(true);
      expect(() => bar.items[1]!.customOrNullObject.rule.formula).toThrow(/not a custom format/);
      cfs.items[0]!.delete();
      await context.sync();
      cfs.items[0]!.delete();
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
    expect(host.state.sheets[0]!.cfs.map((c) => c.address)).toEqual(["B2:B5", "A9:C9"]);
  });
});

// The fake must behave like Excel where the renderer depends on it, or the renderer tests prove nothing.
import { afterEach, describe, expect, it } from "vitest";
import { PAYLOAD_LIMIT, installFakeExcel, sheetNameProblem, shiftFormula, tableNameProblem, type FakeExcelHost } from "../fakes/fake-excel";

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

  it("refuses ranges outside the 1,048,576 × 16,384 grid at sync, as getOffsetRange and getResizedRange do in Excel", async () => {
    host = installFakeExcel();
    const sheet = host.state.addSheet("S");
    host.state.selection = { sheet, address: "A:J" };
    await Excel.run(async (context) => {
      const columns = context.workbook.getSelectedRange().load("address,rowCount,columnCount");
      await context.sync();
      expect(columns.address).toBe("S!A:J");
      expect([columns.rowCount, columns.columnCount]).toEqual([1048576, 10]);
    });
    const fails = (make: (context: Excel.RequestContext) => Excel.Range) =>
      expect(Excel.run(async (context) => {
        make(context).load("address");
        await context.sync();
      })).rejects.toMatchObject({ code: "InvalidArgument" });
    await fails((context) => context.workbook.getSelectedRange().getOffsetRange(1, 0));
    await fails((context) => context.workbook.getSelectedRange().getResizedRange(1, 0));
    await fails((context) => context.workbook.worksheets.getItem("S").getRange("A1").getOffsetRange(-1, 0));
    await fails((context) => context.workbook.worksheets.getItem("S").getRangeByIndexes(0, 16380, 1, 5));
    await Excel.run(async (context) => {
      const body = context.workbook.getSelectedRange().getResizedRange(-1, 0).getOffsetRange(1, 0).load("address");
      await context.sync();
      expect(body.address).toBe("S!A2:J1048576");
    });
  });

  it("clears conditional formats from every cell of the range, keeping the parts of formats that reach beyond it", async () => {
    host = installFakeExcel();
    const s = host.state.addSheet("S");
    s.cfs.push({ id: "wide", type: "custom", address: "A1:D10", formula: "=TRUE" });
    s.cfs.push({ id: "inside", type: "custom", address: "B3:C4", formula: "=TRUE" });
    s.cfs.push({ id: "beyond", type: "dataBar", address: "F1:F10" });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("B2:C5").conditionalFormats.clearAll();
      await context.sync();
    });
    expect(s.cfs.map((c) => c.id)).toEqual(["wide", "beyond"]);
    expect(s.cfsAt("B2")).toEqual([]);
    expect(s.cfsAt("C5")).toEqual([]);
    expect(s.cfsAt("A5").map((c) => c.id)).toEqual(["wide"]);
    expect(s.cfsAt("D2").map((c) => c.id)).toEqual(["wide"]);
    expect(s.cfsAt("B6").map((c) => c.id)).toEqual(["wide"]);
    expect(s.cfs[1]!.address).toBe("F1:F10");
  });

  it("refuses a sync whose response exceeds 5 MB", async () => {
    host = installFakeExcel();
    const s = host.state.addSheet("S");
    for (let r = 0; r < 2000; r++) s.cell(r, 0).value = "字".repeat(1000);
    await expect(Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1:A2000").load("values");
      await context.sync();
    })).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    await Excel.run(async (context) => {
      const half = context.workbook.worksheets.getItem("S").getRange("A1:A1000").load("values");
      await context.sync();
      expect(half.values).toHaveLength(1000);
    });
    expect(host.stats.responseBytes.at(-1)).toBeLessThan(PAYLOAD_LIMIT);
  });

  it("names tables and sheets by Excel's rules", () => {
    for (const ok of ["PlanTargets_000", "_x", "\\back", "规划目标", "a.b_1"]) expect(tableNameProblem(ok, []), ok).toBeNull();
    for (const bad of ["1abc", "my table", "A1", "xfd1048576", "R1C1", "R2", "C3", "rc", "r", "C", "a-b", "x".repeat(256)]) {
      expect(tableNameProblem(bad, []), bad).not.toBeNull();
    }
    expect(tableNameProblem("PlanTargets_a", ["planTARGETS_A"])).toMatch(/another/);
    for (const ok of ["仪表板 (2)", "x".repeat(31), "it's"]) expect(sheetNameProblem(ok, []), ok).toBeNull();
    for (const bad of ["", "  ", "x".repeat(32), "a:b", "a/b", "a\\b", "a?", "a*", "[a]", "'a", "a'", "History", "history"]) {
      expect(sheetNameProblem(bad, []), bad).not.toBeNull();
    }
    expect(sheetNameProblem("sheet1", ["Sheet1"])).toMatch(/another/);
  });

  it("applies the naming rules when a table is renamed or a sheet added, and loads nested collections", async () => {
    host = installFakeExcel();
    host.state.names.push("Totals");
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.add("S");
      ws.getRange("A1:B2").values = [["ID", "指标"], [1, "x"]];
      const t = ws.tables.add("A1:B2", true);
      expect(() => (t.name = "A1")).toThrow(/cell reference/);
      expect(() => (t.name = "totals")).toThrow(/another/);
      t.name = "PlanTargets_1";
      expect(() => context.workbook.worksheets.add("History")).toThrow(/reserved/);
      const tables = context.workbook.tables.load("items/name,items/worksheet/name,items/columns/items/name");
      await context.sync();
      expect(tables.items.map((x) => [x.name, x.worksheet.name, x.columns.items.map((c) => c.name)])).toEqual([["PlanTargets_1", "S", ["ID", "指标"]]]);
    });
  });
});

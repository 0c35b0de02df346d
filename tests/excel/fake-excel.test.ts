// The fake must behave like Excel where the renderer depends on it, or the renderer tests prove nothing.
import { afterEach, describe, expect, it } from "vitest";
import {
  FakeTableState, PAYLOAD_LIMIT, installFakeExcel, sheetNameProblem, shiftFormula, tableNameProblem, type FakeExcelHost, type FakeSheet,
} from "../fakes/fake-excel";

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

  it("rejects 2-D arrays that do not match the range at sync, and turns '=' strings into formulas", async () => {
    host = installFakeExcel();
    await expect(Excel.run(async (context) => {
      const ws = context.workbook.worksheets.add("S");
      ws.getRange("A1:B2").values = [[1, 2]];
      await context.sync();
    })).rejects.toMatchObject({ code: "InvalidArgument", message: expect.stringMatching(/doesn't match/) });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1").values = [["=1+1"]];
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
    const rename = (name: string) => Excel.run(async (context) => {
      context.workbook.tables.getItem("PlanTargets_1").name = name;
      await context.sync();
    });
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.add("S");
      ws.getRange("A1:B2").values = [["ID", "指标"], [1, "x"]];
      ws.tables.add("A1:B2", true).name = "PlanTargets_1";
      const tables = context.workbook.tables.load("items/name,items/worksheet/name,items/columns/items/name");
      await context.sync();
      expect(tables.items.map((x) => [x.name, x.worksheet.name, x.columns.items.map((c) => c.name)])).toEqual([["PlanTargets_1", "S", ["ID", "指标"]]]);
    });
    await expect(rename("A1")).rejects.toThrow(/cell reference/);
    await expect(rename("totals")).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    await expect(Excel.run(async (context) => {
      context.workbook.worksheets.add("History");
      await context.sync();
    })).rejects.toThrow(/reserved/);
  });
});

describe("fake Excel host: batches", () => {
  it("runs a batch at sync in order: the first failing command stops it, those before it stay done, those after never run", async () => {
    host = installFakeExcel();
    const s = host.state.addSheet("S");
    const run = Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      ws.getRange("A1").values = [["before"]];
      expect(s.get("A1")).toBe(""); // nothing happens before the sync
      ws.getRange("A1:B1").values = [["too short"]];
      ws.getRange("A2").values = [["after"]];
      context.workbook.worksheets.add("Later");
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(s.get("A1")).toBe("before");
    expect(s.get("A2")).toBe("");
    expect(host.state.sheets.map((x) => x.name)).toEqual(["S"]);
  });

  it("refuses a request over 5 MB before any of it runs", async () => {
    host = installFakeExcel();
    const s = host.state.addSheet("S");
    await expect(Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      ws.getRange("A1").values = [["small"]];
      ws.getRangeByIndexes(1, 0, 2000, 1).values = Array.from({ length: 2000 }, () => ["字".repeat(1000)]);
      await context.sync();
    })).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(s.get("A1")).toBe("");
  });

  it("answers a load as of its place in the batch", async () => {
    host = installFakeExcel();
    host.state.addSheet("S").cell(0, 0).value = "old";
    await Excel.run(async (context) => {
      const a1 = context.workbook.worksheets.getItem("S").getRange("A1");
      const before = a1.load("values");
      a1.values = [["new"]];
      await context.sync();
      expect(before.values).toEqual([["old"]]);
    });
  });

  it("fails a run without delayForCellEdit while the user edits a cell; one with it waits and runs", async () => {
    host = installFakeExcel();
    host.state.addSheet("S");
    host.state.editingCell = true;
    const write = (context: Excel.RequestContext) => {
      context.workbook.worksheets.getItem("S").getRange("A1").values = [[1]];
      return context.sync();
    };
    await expect(Excel.run(write)).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    await Excel.run({ delayForCellEdit: true }, write);
    expect(host.state.sheets[0]!.get("A1")).toBe(1);
  });
});

describe("fake Excel host: what a write does to a cell", () => {
  const write = async (rows: unknown[][], address = "A1", prepare?: (ws: Excel.Worksheet) => void) =>
    Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      prepare?.(ws);
      ws.getRange(address).values = rows as never;
      await context.sync();
    });

  it("leaves a cell for null and clears it for an empty string", async () => {
    host = installFakeExcel();
    const s = host.state.addSheet("S");
    s.cell(0, 0).value = "kept";
    s.cell(0, 1).value = "cleared";
    await write([[null, ""]], "A1:B1");
    expect([s.get("A1"), s.get("B1")]).toEqual(["kept", ""]);
  });

  it("reads text as typed: = + - start formulas, number-, percent- and date-like text becomes numbers", async () => {
    host = installFakeExcel();
    const s = host.state.addSheet("S");
    await write([["+ 森林覆盖率", "1-2", "5%", "1,000", "007", "TRUE", "-12.5", "text"]], "A1:H1");
    expect(s.peek(0, 0)).toMatchObject({ formula: "=+ 森林覆盖率", value: "" });
    expect(typeof s.get("B1")).toBe("number");
    expect(s.peek(0, 1)!.numberFormat).toBe("m/d/yyyy");
    expect([s.get("C1"), s.get("D1"), s.get("E1"), s.get("F1"), s.get("G1"), s.get("H1")]).toEqual([0.05, 1000, 7, true, -12.5, "text"]);
    // A bulleted sentence is no formula Excel can read: the batch fails.
    await expect(write([["- 到2025年，地区生产总值达到970亿元"]])).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("keeps text as written in cells formatted as Text (@), even text that looks like a formula or a number", async () => {
    host = installFakeExcel();
    const s = host.state.addSheet("S");
    const texts = ["- 到2025年，地区生产总值达到970亿元", "+ 森林覆盖率", "=单位GDP能耗", "1-2", "5%"];
    await write([texts], "A1:E1", (ws) => (ws.getRange("A1:E1").numberFormat = [texts.map(() => "@")]));
    expect(texts.map((_, j) => s.peek(0, j))).toEqual(texts.map((t) => ({ value: t, formula: null, numberFormat: "@" })));
  });

  it("refuses formulas Excel cannot read, and structured references to tables or columns that do not exist", async () => {
    host = installFakeExcel();
    const s = host.state.addSheet("S");
    s.cell(0, 0).value = "ID";
    s.cell(0, 1).value = "状态";
    s.tables.push(new FakeTableState("T", s, 0, 0, 1, 2, "1"));
    const ok = ["=COUNTA(T[ID])", '=COUNTIF(T[[状态]],"滞后")', "=T[]", '=IF([@状态]="","",1)', "=SUM(T[[#This Row],[ID]:[状态]])", `="a，b"&'S'!A1`];
    const bad = ["=COUNTA(T[[]])", "=COUNTA(T[状态(自动)])", "=COUNTA(U[ID])", "=(1", '="open', "=到2025年，达到", "=2025年城镇化率"];
    for (const f of ok) await expect(write([[f]], "B2"), f).resolves.toBeUndefined();
    for (const f of bad) await expect(write([[f]], "B2"), f).rejects.toMatchObject({ code: "InvalidArgument" });
    // [@列] needs the cell to be in a table; conditional formats take no structured reference at all.
    await expect(write([["=[@状态]"]], "D5")).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A2").conditionalFormats.add(Excel.ConditionalFormatType.custom).custom.rule.formula = '=[@状态]="滞后"';
      await context.sync();
    })).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("copies every format with copyFrom formats: number format, fill and font", async () => {
    host = installFakeExcel();
    const s = host.state.addSheet("S");
    Object.assign(s.cell(0, 0), { numberFormat: "0.00%", fill: "#FFFF00", fontColor: "#FF0000", bold: true });
    s.cell(1, 0).fill = "#00FF00";
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      ws.getRange("A2:A3").copyFrom(ws.getRange("A1"), Excel.RangeCopyType.formats);
      await context.sync();
    });
    expect(s.peek(1, 0)).toMatchObject({ numberFormat: "0.00%", fill: "#FFFF00", fontColor: "#FF0000", bold: true });
    expect(s.peek(2, 0)).toMatchObject({ numberFormat: "0.00%", fill: "#FFFF00" });
  });

  it("lists constant cells of a range as special cells, a null object when there are none", async () => {
    host = installFakeExcel();
    const s = host.state.addSheet("S");
    for (let r = 0; r < 6; r++) s.cell(r, 0).formula = "=1";
    s.cell(2, 0).formula = null;
    s.cell(2, 0).value = "typed";
    s.cell(3, 0).formula = null;
    s.cell(3, 0).value = 5;
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      const some = ws.getRange("A1:A6").getSpecialCellsOrNullObject(Excel.SpecialCellType.constants).load("address");
      const none = ws.getRange("A5:A6").getSpecialCellsOrNullObject(Excel.SpecialCellType.constants).load("address");
      await context.sync();
      expect([some.isNullObject, some.address]).toEqual([false, "S!A3:A4"]);
      expect(none.isNullObject).toBe(true);
    });
  });
});

describe("fake Excel host: rows and columns added to a table", () => {
  function table(host: FakeExcelHost): FakeSheet {
    const s = host.state.addSheet("S");
    ["ID", "值"].forEach((h, j) => (s.cell(0, j).value = h));
    s.cell(1, 0).value = "a";
    s.tables.push(new FakeTableState("T", s, 0, 0, 1, 2, "1"));
    return s;
  }
  const addRows = (rows: unknown[][]) => Excel.run(async (context) => {
    context.workbook.tables.getItem("T").rows.add(undefined, rows as never);
    await context.sync();
  });

  it("inserts rows, moving what lies below the table's columns down", async () => {
    host = installFakeExcel();
    const s = table(host);
    s.cell(3, 0).value = "备注：数据来源统计局";
    s.cell(3, 5).value = "beside";
    await addRows([["b", 1], ["c", 2]]);
    expect(s.tables[0]!.rows).toBe(3);
    expect([s.get("A2"), s.get("A3"), s.get("A4")]).toEqual(["a", "b", "c"]);
    expect(s.get("A6")).toBe("备注：数据来源统计局");
    expect(s.get("F4")).toBe("beside");
  });

  it("refuses to split a table below that is only partly under the columns (InsertDeleteConflict)", async () => {
    host = installFakeExcel();
    const s = table(host);
    s.cell(4, 1).value = "X";
    s.tables.push(new FakeTableState("Below", s, 4, 1, 1, 3, "2"));
    await expect(addRows([["b", 1]])).rejects.toMatchObject({ code: "InsertDeleteConflict" });
    expect(s.tables[0]!.rows).toBe(1);
  });

  it("takes the cells beside the table as a new last column; Range.insert moves them out of the way first", async () => {
    host = installFakeExcel();
    const s = table(host);
    s.cell(1, 2).value = "mine";
    await Excel.run(async (context) => {
      context.workbook.tables.getItem("T").columns.add(undefined, undefined, "新列");
      await context.sync();
    });
    expect(s.get("C2")).toBe("mine"); // now inside the table's new column
    host.uninstall();
    host = installFakeExcel();
    const t = table(host);
    t.cell(1, 2).value = "mine";
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("C1:C2").insert(Excel.InsertShiftDirection.right);
      context.workbook.tables.getItem("T").columns.add(undefined, undefined, "新列");
      await context.sync();
    });
    expect([t.get("C1"), t.get("C2"), t.get("D2")]).toEqual(["新列", "", "mine"]);
  });
});

// A re-import never moves, drops or overwrites what the user put in or around the table: cells typed in the blank
// row of an empty table, values typed over formulas, their own formatting, notes below the table. Excel's own
// behaviour (null leaves a cell, rows.add shifts the cells below, copyFrom copies every format) is the fake's.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Target } from "../../src/core/model";
import { columnIndex, type ColumnKey } from "../../src/core/sheet";
import { assignIds } from "../../src/core/extract/refiners/ids";
import { importTargets, type ImportOptions } from "../../src/excel";
import { areaRows } from "../../src/excel/import";
import { FakeTableState, installFakeExcel, type FakeExcelHost, type FakeSheet } from "../fakes/fake-excel";
import { DOC, makeTarget } from "../sheet/fixtures";

const options: ImportOptions = { language: "zh-CN", method: "time", tolerance: 0.05 };
let host: FakeExcelHost;
beforeEach(() => (host = installFakeExcel()));
afterEach(() => host.uninstall());

const ids = (ts: Target[]): Target[] => {
  const c = ts.map((t) => ({ ...t }));
  assignIds(c);
  return c;
};
const gdp = () => makeTarget({ indicator: "地区生产总值", value: 970, unit: "亿元", year: 2027, text: "到2027年地区生产总值突破970亿元" });
const forest = () => makeTarget({ indicator: "森林覆盖率", value: 45, unit: "%", kind: "share", year: 2027, text: "森林覆盖率稳定在45%以上" });
const grain = () => makeTarget({ indicator: "粮食产量", value: 50, unit: "万吨", year: 2027, text: "粮食产量稳定在50万吨" });
const col = (k: ColumnKey) => columnIndex(k);

/** The user widens the table by a column of their own, as Excel does when they type a header beside it. */
function addUserColumn(s: FakeSheet, header: string): number {
  const t = s.tables[0]!;
  const c = t.left + t.cols;
  s.cell(t.top, c).value = header;
  t.cols++;
  return c;
}

/** The 0-based sheet row whose `key` cell holds `value`. */
function rowWhere(s: FakeSheet, key: ColumnKey, value: string | number): number {
  const t = s.tables[0]!;
  for (let r = t.top + 1; r <= t.top + t.rows; r++) if (s.peek(r, col(key))?.value === value) return r;
  throw new Error(`no row with ${key} = ${value}`);
}

describe("the blank row of an empty table", () => {
  it("keeps what the user typed in a column of their own: the row stays theirs, new targets get rows of their own", async () => {
    await importTargets(DOC, [], options);
    const s = host.state.sheets[0]!;
    const mine = addUserColumn(s, "负责人");
    s.cell(1, mine).value = "张三";
    const summary = await importTargets(DOC, ids([gdp()]), options);
    expect(summary).toMatchObject({ imported: 1 });
    expect(s.peek(1, mine)?.value).toBe("张三");
    expect(s.peek(1, col("id"))?.value ?? "").toBe(""); // 张三 did not silently become GDP's
    expect(rowWhere(s, "indicator", "地区生产总值")).toBe(2);
  });

  it("keeps a value typed into one of our user columns on the row it was typed on", async () => {
    await importTargets(DOC, [], options);
    const s = host.state.sheets[0]!;
    s.cell(1, col("latest")).value = 123;
    await importTargets(DOC, ids([gdp()]), options);
    expect(s.peek(1, col("latest"))?.value).toBe(123);
    expect(s.peek(rowWhere(s, "indicator", "地区生产总值"), col("latest"))?.value ?? "").toBe("");
  });

  it("takes the first new target when it is blank, leaving the user's columns as they are (null, not \"\")", async () => {
    await importTargets(DOC, [], options);
    const s = host.state.sheets[0]!;
    const mine = addUserColumn(s, "负责人");
    s.cell(1, mine).numberFormat = "0.0"; // formatted, still blank
    await importTargets(DOC, ids([gdp(), forest()]), options);
    expect(s.tables[0]!.rows).toBe(2);
    expect(s.peek(1, col("indicator"))?.value).toBe("地区生产总值");
    expect(s.peek(1, mine)?.numberFormat).toBe("0.0");
  });
});

describe("values typed over formulas", () => {
  it("stay, and the row's flag says so; every other row gets its formula back", async () => {
    const v1 = ids([gdp(), forest()]);
    await importTargets(DOC, v1, options);
    const s = host.state.sheets[0]!;
    const r = rowWhere(s, "indicator", "地区生产总值");
    Object.assign(s.cell(r, col("status")), { formula: null, value: "已完成(人工)" });
    Object.assign(s.cell(r, col("gap")), { formula: null, value: 12.5 });
    const summary = await importTargets(DOC, v1, options);
    expect(s.peek(r, col("status"))).toMatchObject({ formula: null, value: "已完成(人工)" });
    expect(s.peek(r, col("gap"))).toMatchObject({ formula: null, value: 12.5 });
    expect(s.peek(r, col("flag"))?.value).toBe("请核对：差距为手填值，未更新；状态为手填值，未更新");
    expect(summary.toCheck).toBe(1);
    const other = rowWhere(s, "indicator", "森林覆盖率");
    expect(s.peek(other, col("status"))?.formula).toMatch(/^=/);
    expect(s.peek(other, col("flag"))?.value ?? "").toBe("");
    // Once the user clears their value, the formula comes back and the flag goes.
    Object.assign(s.cell(r, col("status")), { formula: null, value: "" });
    Object.assign(s.cell(r, col("gap")), { formula: null, value: "" });
    await importTargets(DOC, v1, options);
    expect(s.peek(r, col("status"))?.formula).toMatch(/^=/);
    expect(s.peek(r, col("flag"))?.value).toBe("");
  });
});

describe("the user's formatting", () => {
  it("is never copied over by a re-import: formats go only to the rows it adds", async () => {
    await importTargets(DOC, ids([gdp(), forest()]), options);
    const s = host.state.sheets[0]!;
    const r = rowWhere(s, "indicator", "地区生产总值");
    Object.assign(s.cell(r, col("latest")), { fill: "#FFFF00", numberFormat: "0.0%" });
    Object.assign(s.cell(r, col("indicator")), { bold: true, fontColor: "#FF0000" });
    const other = rowWhere(s, "indicator", "森林覆盖率");
    await importTargets(DOC, ids([gdp(), forest(), grain()]), options);
    expect(s.peek(r, col("latest"))).toMatchObject({ fill: "#FFFF00", numberFormat: "0.0%" });
    expect(s.peek(other, col("latest"))?.fill).toBeUndefined();
    expect(s.peek(other, col("latest"))?.numberFormat).toBe("#,##0.00");
    expect(s.peek(r, col("indicator"))).toMatchObject({ bold: true, fontColor: "#FF0000" });
    expect(s.peek(other, col("indicator"))?.bold).toBeUndefined();
    const added = rowWhere(s, "indicator", "粮食产量");
    expect(s.peek(added, col("latest"))).toMatchObject({ numberFormat: "#,##0.00" });
    expect(s.peek(added, col("latest"))?.fill).toBeUndefined();
    expect(s.peek(added, col("progress"))?.numberFormat).toBe("0.00%");
  });
});

describe("what lies below the table", () => {
  it("moves down when new targets are appended, instead of being written over", async () => {
    await importTargets(DOC, ids([gdp()]), options);
    const s = host.state.sheets[0]!;
    s.cell(3, 0).value = "备注：数据来源统计局"; // one blank row below the one-row table
    await importTargets(DOC, ids([gdp(), forest(), grain()]), options);
    const notes = [...s.cells.entries()].filter(([, c]) => c.value === "备注：数据来源统计局").map(([k]) => k);
    expect(notes).toEqual(["5,0"]);
    expect(s.tables[0]!.rows).toBe(3);
  });

  it("stops the import with a clear message, changing nothing, when another table below would be split", async () => {
    await importTargets(DOC, ids([gdp()]), options);
    const s = host.state.sheets[0]!;
    s.cell(3, 3).value = "其他";
    s.cell(3, 60).value = "x";
    s.tables.push(new FakeTableState("Other", s, 3, 3, 1, 58, "99")); // spans past the table's last column
    const before = JSON.stringify([...s.cells.entries()]);
    await expect(importTargets(DOC, ids([gdp(), forest()]), options)).rejects.toThrow(
      "表格下方或右侧的内容无法移开（例如那里有另一个表格），本次导入未作任何更改：请移开这些内容后再导入",
    );
    expect(JSON.stringify([...s.cells.entries()])).toBe(before);
    expect(s.tables[0]!.rows).toBe(1);
  });
});

describe("typed values as Excel lists them", () => {
  it("are taken only from the formula column's own cells in the table body", () => {
    const body = { rowIndex: 1, rowCount: 3 };
    // Special cells of a single cell may list the whole sheet's: other columns and rows outside the body are not ours.
    expect([...areaRows("'某市, 规划'!AE2,'某市, 规划'!B2:B9,'某市, 规划'!AE4:AF9,'某市, 规划'!AE40", body, 30)]).toEqual([0, 2]);
    expect([...areaRows("Sheet1!$AE$3", body, 30)]).toEqual([1]);
  });
});

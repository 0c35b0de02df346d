// A re-import writes by the row positions it read one round trip earlier. A co-author who sorts the table in
// between makes every write land beside another target's values: the import must notice, flag those rows and say so.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { columnIndex, type ColumnKey } from "../../src/core/sheet";
import { importTargets, type ImportOptions } from "../../src/excel";
import { installFakeExcel, type FakeExcelHost, type FakeSheet } from "../fakes/fake-excel";
import { DOC, makeTarget } from "../sheet/fixtures";
import { withEngineIds } from "./engine-ids";

const options: ImportOptions = { language: "zh-CN", method: "time", tolerance: 0.05 };
let host: FakeExcelHost;
beforeEach(() => (host = installFakeExcel()));
afterEach(() => host.uninstall());

const cell = (s: FakeSheet, row: number, key: ColumnKey) => s.peek(row, columnIndex(key))?.value ?? "";
const gdp = (value: number) => makeTarget({ indicator: "地区生产总值", value, unit: "亿元", year: 2027, text: `到2027年,地区生产总值突破${value}亿元。` });
const forest = () => makeTarget({ indicator: "森林覆盖率", value: 45, unit: "%", kind: "share", year: 2027, text: "森林覆盖率稳定在45%以上。" });
const grain = () => makeTarget({ indicator: "粮食产量", value: 30, unit: "万吨", year: 2027, text: "粮食产量稳定在30万吨。" });

/** A table of three targets with the user's base values 776, 40 and 28 in rows 1–3. */
async function filledTable(): Promise<FakeSheet> {
  await importTargets(DOC, withEngineIds([gdp(970), forest(), grain()]), options);
  const s = host.state.sheets[0]!;
  [776, 40, 28].forEach((v, i) => (s.cell(1 + i, columnIndex("base")).value = v));
  return s;
}
const revision = () => withEngineIds([gdp(1000), forest(), grain()]);

describe("a co-author changes the table while it is re-imported", () => {
  it("flags the rows whose values may now sit beside another target, and says how many", async () => {
    const s = await filledTable();
    // Between the re-import's reads (sync 2) and its writes (sync 3), a co-author sorts the table: the rows reverse.
    host.state.beforeSync = (n) => { if (n === 3) s.tables[0]!.sortRows([2, 1, 0]); };
    const summary = await importTargets(DOC, revision(), options);
    host.state.beforeSync = null;

    // Row 1 now holds 粮食产量 (base 28) but took the revised GDP target's cells; row 3 holds GDP (776).
    expect([cell(s, 1, "base"), cell(s, 1, "target")]).toEqual([28, 1000]);
    const flags = [1, 2, 3].map((r) => String(cell(s, r, "flag")));
    expect(flags[0]).toMatch(/导入期间表格被改动/);
    expect(flags[2]).toMatch(/导入期间表格被改动/);
    // The middle row (森林覆盖率) stayed in place: its values still match what the import read.
    expect(flags[1]).not.toMatch(/导入期间表格被改动/);
    expect(summary.changedWhileImporting).toBe(2);
    expect(summary.toCheck).toBe(2);
  });

  it("flags nothing when no one changed the table in between", async () => {
    const s = await filledTable();
    const summary = await importTargets(DOC, revision(), options);
    expect(summary.changedWhileImporting).toBe(0);
    expect([1, 2, 3].map((r) => String(cell(s, r, "flag")))).not.toContainEqual(expect.stringMatching(/导入期间表格被改动/));
    expect(cell(s, 1, "target")).toBe(1000);
  });

  it("flags the appended rows when a co-author's row changes the table's length", async () => {
    const s = await filledTable();
    host.state.beforeSync = (n) => {
      if (n !== 3) return;
      // The co-author adds a row at the end of the table: the revision's new target is written over it.
      const t = s.tables[0]!;
      t.rows++;
      s.cell(t.top + t.rows, t.left + columnIndex("indicator")).value = "他人新增";
    };
    const summary = await importTargets(DOC, withEngineIds([gdp(970), forest(), grain(), makeTarget({ indicator: "常住人口", value: 80, unit: "万人", year: 2027 })]), options);
    host.state.beforeSync = null;
    expect(summary.imported).toBe(1);
    expect(summary.changedWhileImporting).toBe(1);
    expect(String(cell(s, 4, "flag"))).toMatch(/导入期间表格被改动/);
  });
});

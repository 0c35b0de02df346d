// Re-import of a revised document and the identity of documents: the user's typed values stay with their
// target, uncertain matches are flagged, and two different documents never share a table.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { PlanDocument, Target } from "../../src/core/model";
import { COLUMNS, FIRST_RELEASE, MISSING_FLAG, columnIn, columnIndex, tableConditionalRules, type ColumnKey } from "../../src/core/sheet";
import { OWNER_PROPERTY, importTargets, type ImportOptions } from "../../src/excel";
import { colLetter, installFakeExcel, type FakeExcelHost, type FakeSheet } from "../fakes/fake-excel";
import { asFirstRelease } from "./older-table";
import { evaluate } from "../sheet/evaluate";
import { DOC, makeTarget } from "../sheet/fixtures";
import { withEngineIds } from "./engine-ids";
import { checkFlag, keptFlag } from "../../src/excel/merge";

const options: ImportOptions = { language: "zh-CN", method: "time", tolerance: 0.05 };
let host: FakeExcelHost;
beforeEach(() => (host = installFakeExcel()));
afterEach(() => host.uninstall());

const cell = (s: FakeSheet, row: number, key: Parameters<typeof columnIndex>[0]) => s.peek(row, columnIndex(key))?.value ?? "";
const bodyRows = (s: FakeSheet) => s.tables[0]!.rows;
/** The 1-based sheet row whose column `key` holds `value`. */
function rowWhere(s: FakeSheet, key: Parameters<typeof columnIndex>[0], value: string | number): number {
  for (let r = 1; r <= bodyRows(s); r++) if (cell(s, r, key) === value) return r;
  throw new Error(`no row with ${key} = ${value}`);
}

const GDP_SECTION = ["二、主要目标", "(一)经济发展"];
const gdp = (p: Partial<Target> = {}): Target =>
  makeTarget({ indicator: "地区生产总值", value: 970, unit: "亿元", year: 2027, section: GDP_SECTION, text: "到2027年,地区生产总值突破970亿元。", ...p });
const forest = (p: Partial<Target> = {}): Target =>
  makeTarget({ indicator: "森林覆盖率", value: 45, unit: "%", kind: "share", year: 2027, section: ["三、生态"], text: "森林覆盖率稳定在45%以上。", ...p });

describe("re-import of a revised document: typed values follow their target", () => {
  it("keeps a row's values on its target when the revision states an equal target earlier", async () => {
    const v1 = withEngineIds([gdp(), forest()]);
    await importTargets(DOC, v1, options);
    const s = host.state.sheets[0]!;
    const row = rowWhere(s, "indicator", "地区生产总值");
    s.cell(row, columnIndex("base")).value = 776;
    s.cell(row, columnIndex("latest")).value = 850;

    // The revision adds an equal target in an earlier section; the engine's ids shift to it.
    const earlier = gdp({ section: ["一、总体要求"], text: "力争全市地区生产总值突破970亿元,综合实力迈上新台阶。" });
    const v2 = withEngineIds([earlier, gdp(), forest()]);
    expect(v2[0]!.id).toBe(v1[0]!.id);
    const summary = await importTargets(DOC, v2, options);

    expect(summary).toMatchObject({ imported: 1, updated: 2, missing: 0 });
    const typed = rowWhere(s, "base", 776);
    expect(cell(s, typed, "latest")).toBe(850);
    expect(cell(s, typed, "section")).toBe(GDP_SECTION.join(" › "));
    expect(cell(s, typed, "source")).toBe("到2027年,地区生产总值突破970亿元。");
    expect(cell(s, typed, "flag")).toBe("");
    const added = rowWhere(s, "section", "一、总体要求");
    expect(cell(s, added, "base")).toBe("");
    expect(cell(s, added, "latest")).toBe("");
  });

  it("moves a revised value onto the same row, keeps the typed values and asks the user to check it", async () => {
    const v1 = withEngineIds([gdp(), forest()]);
    await importTargets(DOC, v1, options);
    const s = host.state.sheets[0]!;
    const row = rowWhere(s, "indicator", "地区生产总值");
    s.cell(row, columnIndex("base")).value = 776;

    const v2 = withEngineIds([gdp({ value: 1000, text: "到2027年,地区生产总值突破1000亿元。" }), forest()]);
    expect(v2[0]!.id).not.toBe(v1[0]!.id);
    const summary = await importTargets(DOC, v2, options);

    expect(summary).toMatchObject({ imported: 0, updated: 2, missing: 0, toCheck: 1 });
    expect(bodyRows(s)).toBe(2);
    expect(cell(s, row, "target")).toBe(1000);
    expect(cell(s, row, "base")).toBe(776);
    expect(cell(s, row, "id")).toBe(v2[0]!.id);
    expect(cell(s, row, "flag")).toBe("请核对：目标值原为 970");
    expect(cell(s, rowWhere(s, "indicator", "森林覆盖率"), "flag")).toBe("");
    // A re-import of the same revision is no check by the user: the flag stays until they clear it.
    const again = await importTargets(DOC, v2, options);
    expect(again).toMatchObject({ updated: 2, toCheck: 1 });
    expect(cell(s, row, "flag")).toBe("请核对：目标值原为 970");
    s.cell(row, columnIndex("flag")).value = "";
    expect(await importTargets(DOC, v2, options)).toMatchObject({ updated: 2, toCheck: 0 });
    expect(cell(s, row, "flag")).toBe("");
  });

  it("keeps a check of a change until the user clears it, in either language; a typed value's note follows the value", () => {
    for (const language of ["zh-CN", "en-US"] as const) {
      const changed = checkFlag({ changed: [{ key: "target", was: 970 }], ambiguous: false }, language);
      const uncertain = checkFlag({ changed: [], ambiguous: true }, language);
      const moved = checkFlag({ changed: [], ambiguous: false }, language, [], true);
      const typedOnly = checkFlag({ changed: [], ambiguous: false }, language, ["gap"]);
      for (const f of [changed, uncertain, moved]) expect(keptFlag("", f), f).toBe(f);
      expect(keptFlag("", typedOnly)).toBe("");
      expect(keptFlag(typedOnly, changed)).toBe(typedOnly);
    }
    expect([keptFlag("", MISSING_FLAG["zh-CN"]), keptFlag("", "我的备注"), keptFlag("", null)]).toEqual(["", "", ""]);
  });

  it("mutes rows the document no longer contains, not rows to check", () => {
    const rule = tableConditionalRules().find((r) => r.name === "missing-row")!;
    if (rule.type !== "expression") throw new Error("missing-row is an expression rule");
    const muted = (flag: string) => evaluate(rule.when, (k) => (k === "flag" ? flag : null));
    expect(muted(MISSING_FLAG["zh-CN"])).toBe(true);
    expect(muted(MISSING_FLAG["en-US"])).toBe(true);
    expect(muted("请核对：目标值原为 970")).toBe(false);
    expect(muted("")).toBe(false);
  });

  it("flags rows the revision no longer contains and never deletes them", async () => {
    await importTargets(DOC, withEngineIds([gdp(), forest()]), options);
    const s = host.state.sheets[0]!;
    s.cell(rowWhere(s, "indicator", "森林覆盖率"), columnIndex("latest")).value = 44;
    const summary = await importTargets(DOC, withEngineIds([gdp()]), options);
    expect(summary).toMatchObject({ updated: 1, missing: 1 });
    const gone = rowWhere(s, "latest", 44);
    expect(cell(s, gone, "indicator")).toBe("森林覆盖率");
    expect(cell(s, gone, "flag")).toBe(MISSING_FLAG["zh-CN"]);
  });

  it("says which header was renamed instead of adding a column", async () => {
    await importTargets(DOC, [gdp(), forest()], options);
    const s = host.state.sheets[0]!;
    s.cell(0, columnIndex("target")).value = "目标";
    const width = s.tables[0]!.cols;
    await expect(importTargets(DOC, [gdp(), forest()], options)).rejects.toThrow(
      "表格中找不到“目标值”列，可能是标题被改过了：请把标题改回原样后再导入",
    );
    await expect(importTargets(DOC, [gdp(), forest()], { ...options, language: "en-US" })).rejects.toThrow(
      /^the table has no column headed Target: a header may have been renamed; rename it back and import again$/,
    );
    expect(s.tables[0]!.cols).toBe(width);
    expect(host.state.sheets).toHaveLength(1);
  });

  it("finds its table after the user renamed it, instead of making a second sheet", async () => {
    await importTargets(DOC, [gdp(), forest()], options);
    const s = host.state.sheets[0]!;
    s.tables[0]!.name = "我的目标表";
    s.cell(1, columnIndex("latest")).value = 900;
    const summary = await importTargets(DOC, [gdp(), forest()], options);
    expect(summary).toMatchObject({ updated: 2, imported: 0, tableName: "我的目标表" });
    expect(host.state.sheets).toHaveLength(1);
    expect(s.cell(1, columnIndex("latest")).value).toBe(900);
  });
});

describe("tables of an earlier release", () => {
  const later = COLUMNS.filter((c) => !columnIn(c, FIRST_RELEASE));
  const headerAt = (s: FakeSheet, j: number) => s.peek(0, j)?.value;

  it("get the columns of later releases appended, with formulas and formats, and keep the user's values", async () => {
    await importTargets(DOC, [gdp(), forest({ binding: true })], options);
    const s = host.state.sheets[0]!;
    asFirstRelease(s);
    const first = s.tables[0]!.cols;
    const at = (key: ColumnKey) => s.tables[0]!.headers().indexOf(COLUMNS[columnIndex(key)]!.header["zh-CN"]);
    const forestRow = 1 + [1, 2].findIndex((r) => s.peek(r, at("indicator"))?.value === "森林覆盖率");
    s.cell(forestRow, at("latest")).value = 44;
    s.cell(forestRow, at("notes")).value = "统计局口径";
    s.cell(1, first).value = "旁注"; // right beside the table: moved aside, never taken into a new column
    const grain = makeTarget({ indicator: "粮食产量", value: 50, unit: "万吨", year: 2027, binding: false, text: "粮食产量稳定在50万吨。" });
    const summary = await importTargets(DOC, [gdp(), forest({ binding: true }), grain], options);
    expect(summary.addedColumns).toEqual(later.map((c) => c.header["zh-CN"]));
    expect(summary).toMatchObject({ updated: 2, imported: 1, missing: 0 });
    expect(s.peek(3, at("binding"))?.value).toBe("预期性"); // the new target's row has the new columns' cells too
    expect(s.peek(3, at("statusCode"))?.formula).toMatch(/^=/);
    const t = s.tables[0]!;
    expect(t.cols).toBe(first + later.length);
    expect(t.headers().slice(first)).toEqual(later.map((c) => c.header["zh-CN"]));
    expect(s.peek(forestRow, at("latest"))?.value).toBe(44);
    expect(s.peek(forestRow, at("notes"))?.value).toBe("统计局口径");
    expect(s.peek(forestRow, at("binding"))?.value).toBe("约束性");
    expect(s.peek(1, first + later.length)?.value).toBe("旁注");
    for (const c of later.filter((x) => x.kind === "formula")) {
      expect(s.peek(forestRow, at(c.key))?.formula, c.key).toMatch(/^=/);
      if (c.numberFormat !== "General") expect(s.peek(forestRow, at(c.key))?.numberFormat, c.key).toBe(c.numberFormat);
    }
    // The status column now shows the code column, and the status rules read the code.
    expect(s.peek(forestRow, at("status"))?.formula).toContain("[@状态代码]");
    expect(s.cfs.filter((cf) => cf.formula?.includes(`$${colLetter(at("statusCode"))}2`)).length).toBeGreaterThan(0);
    // Now of this release: a second re-import adds nothing.
    expect((await importTargets(DOC, [gdp(), forest({ binding: true }), grain], options)).addedColumns).toEqual([]);
    expect(s.tables[0]!.cols).toBe(first + later.length);
  });

  it("still refuse, naming it, a column of their own release that was renamed", async () => {
    await importTargets(DOC, [gdp(), forest()], options);
    const s = host.state.sheets[0]!;
    asFirstRelease(s);
    s.cell(0, s.tables[0]!.headers().indexOf("最新值")).value = "最新值(万元)";
    const width = s.tables[0]!.cols;
    await expect(importTargets(DOC, [gdp(), forest()], options)).rejects.toThrow("表格中找不到“最新值”列");
    expect(s.tables[0]!.cols).toBe(width);
  });

  it("while a table of this release with a later column renamed is refused, not given a second one", async () => {
    await importTargets(DOC, [gdp(), forest()], options);
    const s = host.state.sheets[0]!;
    s.cell(0, columnIndex("statusCode")).value = "代码";
    const width = s.tables[0]!.cols;
    await expect(importTargets(DOC, [gdp(), forest()], options)).rejects.toThrow("表格中找不到“状态代码”列");
    expect(s.tables[0]!.cols).toBe(width);
    expect(headerAt(s, width)).toBeUndefined();
  });
});

describe("document identity: two different documents never share a table", () => {
  const pasted = (title: string | null): PlanDocument => ({ ...DOC, id: "pasted", title, issuer: null, region: null });

  it("gives a second pasted document its own sheet and leaves the first one's rows alone", async () => {
    const a = pasted("某市2025年政府工作报告");
    const b = pasted("某县乡村振兴行动方案");
    await importTargets(a, [gdp({ docId: "pasted", id: "pasted-1" })], options);
    const first = host.state.sheets[0]!;
    first.cell(1, columnIndex("base")).value = 776;
    const summary = await importTargets(b, [forest({ docId: "pasted", id: "pasted-1" })], options);
    expect(summary).toMatchObject({ imported: 1, updated: 0, missing: 0 });
    expect(host.state.sheets).toHaveLength(2);
    expect(host.state.tables().map((t) => t.name)).toEqual(["PlanTargets_pasted", "PlanTargets_pasted_2"]);
    expect(cell(first, 1, "indicator")).toBe("地区生产总值");
    expect(cell(first, 1, "flag")).toBe("");
    expect(cell(first, 1, "base")).toBe(776);
    // Each re-import finds its own document's table.
    expect(await importTargets(b, [forest({ docId: "pasted", id: "pasted-1" })], options)).toMatchObject({ updated: 1, tableName: "PlanTargets_pasted_2" });
    expect(await importTargets(a, [gdp({ docId: "pasted", id: "pasted-1" })], options)).toMatchObject({ updated: 1, tableName: "PlanTargets_pasted" });
    expect(host.state.sheets).toHaveLength(2);
  });

  it("tells untitled documents apart by their content", async () => {
    const doc = pasted(null);
    await importTargets(doc, [gdp({ docId: "pasted", id: "pasted-a" }), forest({ docId: "pasted", id: "pasted-b" })], options);
    const other = [makeTarget({ docId: "pasted", id: "pasted-c", indicator: "城镇新增就业", value: 3, unit: "万人", text: "每年城镇新增就业3万人。" })];
    const summary = await importTargets(doc, other, options);
    expect(summary.imported).toBe(1);
    expect(host.state.sheets).toHaveLength(2);
    expect(cell(host.state.sheets[0]!, 1, "flag")).toBe("");
    // A revision of the first (one value changed) still merges into it.
    const revised = await importTargets(doc, [gdp({ docId: "pasted", id: "pasted-a", value: 1000 }), forest({ docId: "pasted", id: "pasted-b" })], options);
    expect(revised).toMatchObject({ updated: 2, tableName: "PlanTargets_pasted" });
  });

  it("tells documents with the same file name apart by their fingerprint and title", async () => {
    const identity = { key: "规划", fingerprint: "aaaa" };
    const a = { ...DOC, id: "规划", title: "某市“十四五”规划" };
    const b = { ...DOC, id: "规划", title: "某区“十四五”规划" };
    await importTargets(a, [gdp({ docId: "规划", id: "规划-1" })], { ...options, identity });
    await importTargets(b, [forest({ docId: "规划", id: "规划-1" })], { ...options, identity: { key: "规划", fingerprint: "bbbb" } });
    expect(host.state.sheets).toHaveLength(2);
    // The same text again is the same document, whatever its metadata says.
    const same = await importTargets({ ...a, title: null }, [gdp({ docId: "规划", id: "规划-1" })], { ...options, identity });
    expect(same).toMatchObject({ updated: 1, sheetName: host.state.sheets[0]!.name });
  });

  it("keeps documents whose names differ only in non-ASCII letters apart", async () => {
    const a = { ...DOC, id: "规划", title: null };
    const b = { ...DOC, id: "方案", title: null };
    await importTargets(a, [gdp({ docId: "规划", id: "规划-1" })], options);
    await importTargets(b, [forest({ docId: "方案", id: "方案-1" })], options);
    const again = await importTargets(b, [forest({ docId: "方案", id: "方案-1" })], options);
    expect(again).toMatchObject({ updated: 1, imported: 0 });
    expect(host.state.sheets).toHaveLength(2);
    const names = host.state.tables().map((t) => t.name);
    expect(new Set(names).size).toBe(2);
    expect(host.state.sheets.map((s) => s.customProperties.get(OWNER_PROPERTY))).toEqual(["规划", "方案"]);
  });

  it("picks a table name no table or defined name of the workbook uses", async () => {
    const mine = host.state.addSheet("Mine");
    host.state.names.push("PlanTargets_doc_test_2");
    // A user table with our name, and one with the suffix a count of sheets would give.
    await Excel.run(async (context) => {
      for (const [sheet, name] of [["Mine", "PlanTargets_doc_test"], ["Other", "PlanTargets_doc_test_3"]] as const) {
        const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
        await context.sync();
        const target = ws.isNullObject ? context.workbook.worksheets.add(sheet) : ws;
        target.getRange("A1:A2").values = [["x"], [1]];
        target.tables.add("A1:A2", true).name = name;
        await context.sync();
      }
    });
    const summary = await importTargets(DOC, [gdp()], options);
    expect(summary.tableName).toBe("PlanTargets_doc_test_4");
    expect(mine.get("A2")).toBe(1);
  });
});

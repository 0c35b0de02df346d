import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { status as measureStatus } from "../../src/core/measure";
import { renderExpr, statusFormula } from "../../src/core/sheet";
import { DASHBOARD_PROPERTY, buildDashboard, highlightSelection, importTargets, type HighlightMapping } from "../../src/excel";
import { HIGHLIGHT_MARK, mappedInputs, resolveMapping, statusCodeFormula } from "../../src/excel/highlight";
import { installFakeExcel, type FakeExcelHost } from "../fakes/fake-excel";
import { evaluate } from "../sheet/evaluate";
import { asFirstRelease } from "./older-table";
import { DOC, manyTargets } from "../sheet/fixtures";

let host: FakeExcelHost;
beforeEach(() => (host = installFakeExcel()));
afterEach(() => host.uninstall());

const opts = { language: "zh-CN" as const, method: "time" as const, tolerance: 0.05 };
// The user's own layout: 指标 | 基期年 | 基期值 | 最新年 | 最新值 | 目标值 | 目标年
const mapping: HighlightMapping = { baseYear: "B", base: "C", latestYear: "D", latest: "E", target: "F", targetYear: "G" };
const data: (string | number)[][] = [
  ["指标", "基期年", "基期值", "最新年", "最新值", "目标值", "目标年"],
  ["GDP", 2020, 80, 2023, 101, 100, 2025],
  ["人口", 2020, 80, 2022, 90, 100, 2025],
  ["投资", 2020, 80, 2023, 85, 100, 2025],
  ["出口", 2020, 80, 2022, 70, 100, 2025],
];

function userSheet() {
  const s = host.state.addSheet("我的表");
  data.forEach((row, r) => row.forEach((v, c) => (s.cell(r, c).value = v)));
  host.state.selection = { sheet: s, address: "A1:G5" };
  return s;
}

describe("highlightSelection", () => {
  it("adds one status fill rule per status over the selected rows, below a detected header", async () => {
    const s = userSheet();
    const summary = await highlightSelection(mapping, opts);
    expect(summary).toMatchObject({ rows: 4, rules: 5, replaced: 0 });
    expect(summary.syncs).toBeLessThanOrEqual(3);
    expect(host.lastRunSyncs()).toBe(summary.syncs);
    expect(s.cfs.map((c) => c.address)).toEqual(Array(5).fill("A2:G5"));
    // Each data row's status code is computed once, in the first empty column (H), under its own header; the
    // rules compare that cell, short as the table's own rules.
    expect(summary.statusColumn).toBe("H");
    expect(s.cfs[3]!.formula).toBe(`=AND(ISTEXT("${HIGHLIGHT_MARK}"),$H2="lagging")`);
    expect(s.get("H1")).toBe("状态代码");
    // The status code cells hold the status formula on the mapped cells of their own row, and mean what
    // src/core/measure says, row by row.
    for (let r = 1; r < data.length; r++) {
      const row = data[r]!;
      const rowExpr = statusFormula(mappedInputs(resolveMapping(mapping), r + 1), opts);
      expect(s.get(`H${r + 1}`)).toBe(statusCodeFormula(rowExpr));
      const at = (ref: string) => {
        const col = ref.replace(/[$\d]/g, "").charCodeAt(0) - 65;
        return row[col] ?? null;
      };
      const want = measureStatus({ baseYear: row[1] as number, base: row[2] as number, latestYear: row[3] as number, latest: row[4] as number, target: row[5] as number, targetYear: row[6] as number });
      expect(evaluate(rowExpr, at)).toBe(want === "unknown" ? "" : want);
    }
    expect(renderExpr(statusFormula(mappedInputs(resolveMapping(mapping), 2), opts), { flavour: "native", ref: (k) => k })).toContain("$C2");
    // The user's cells are as they were.
    data.forEach((row, r) => row.forEach((v, c) => expect(s.peek(r, c)?.value).toBe(v)));
  });

  it("writes rules of a few dozen characters, whatever the kind and comparator columns (Excel: a formula ≤ 8,192 characters)", async () => {
    const s = userSheet();
    await highlightSelection({ ...mapping, comparator: "I", kind: "J", targetMax: "K" }, { ...opts, method: "growth" });
    expect(s.cfs).toHaveLength(5);
    for (const cf of s.cfs) expect(cf.formula!.length, cf.formula).toBeLessThanOrEqual(60);
    // The status code column lies right of the mapped columns too.
    expect(s.get("L2")).toMatch(/^=IF\(ISTEXT\("PlanTargets\.highlight"\),/);
  });

  it("says so when no column is left right of the data for the status codes", async () => {
    userSheet();
    await expect(highlightSelection({ ...mapping, targetMax: "XFD" }, opts)).rejects.toThrow("数据右侧已没有空列可放状态代码：请少选几列，或把数据移到靠左的列");
  });

  it("keeps its status code column on a second run, and moves right of the user's data when they typed into it", async () => {
    const s = userSheet();
    await highlightSelection(mapping, opts);
    const again = await highlightSelection(mapping, { ...opts, method: "growth" });
    expect(again.statusColumn).toBe("H");
    expect(s.get("I2")).toBe("");
    Object.assign(s.cell(2, 7), { value: "备注", formula: null }); // the user types over H3
    const moved = await highlightSelection(mapping, opts);
    expect(moved.statusColumn).toBe("I");
    expect(s.get("H3")).toBe("备注");
    expect(s.cfs.filter((c) => c.formula?.includes(HIGHLIGHT_MARK)).map((c) => c.formula)).toContain(`=AND(ISTEXT("${HIGHLIGHT_MARK}"),$I2="lagging")`);
  });

  it("can colour only the target column", async () => {
    const s = userSheet();
    await highlightSelection(mapping, { ...opts, wholeRow: false });
    expect(new Set(s.cfs.map((c) => c.address))).toEqual(new Set(["F2:F5"]));
  });

  it("explains a bad mapping in plain words, in the sheet's language, before touching Excel", async () => {
    userSheet();
    await expect(highlightSelection({ ...mapping, base: "" }, opts)).rejects.toThrow("请填写基期值所在的列（列字母，如 D）");
    await expect(highlightSelection({ ...mapping, latest: "4" }, opts)).rejects.toThrow("“4”不是列字母：请用 D、AB 这样的字母填写最新值所在的列");
    const en = { ...opts, language: "en-US" as const };
    await expect(highlightSelection({ ...mapping, targetYear: " " }, en)).rejects.toThrow("say which column holds the target year (a column letter such as D)");
    await expect(highlightSelection({ ...mapping, latest: "4" }, en)).rejects.toThrow("“4” is not a column letter: give the column of the latest value as letters such as D or AB");
    expect(host.stats.syncs).toBe(0);
  });

  it("says so when the selection holds only a header row", async () => {
    const s = userSheet();
    host.state.selection = { sheet: s, address: "A1:G1" };
    await expect(highlightSelection(mapping, opts)).rejects.toThrow("所选区域只有标题行：请连同要标记的数据行一起选择");
    await expect(highlightSelection(mapping, { ...opts, language: "en-US" })).rejects.toThrow(/^the selection holds only a header row: select the rows to highlight as well$/);
  });

  it("replaces its own earlier rules on the range instead of stacking them, and leaves other rules alone", async () => {
    const s = userSheet();
    // The user's own rules on the same cells: one naming a status label, one data bar.
    s.cfs.push({ id: "user-1", type: "custom", address: "A2:G5", formula: '=$E2="滞后"', fill: "#00FF00" });
    s.cfs.push({ id: "user-2", type: "dataBar", address: "E2:E5" });
    // Our rules on other rows of the sheet, from an earlier highlight there.
    host.state.selection = { sheet: s, address: "A20:G22" };
    await highlightSelection(mapping, { ...opts, hasHeader: false });
    const elsewhere = s.cfs.filter((c) => c.address === "A20:G22").map((c) => c.id);
    expect(elsewhere).toHaveLength(5);

    host.state.selection = { sheet: s, address: "A1:G5" };
    const first = await highlightSelection(mapping, opts);
    expect(first.replaced).toBe(0);
    const second = await highlightSelection(mapping, opts);
    expect(second).toMatchObject({ rules: 5, replaced: 5 });
    expect(second.syncs).toBe(4); // one more to learn where the earlier rules apply
    expect(host.lastRunSyncs()).toBe(4);
    const ours = s.cfs.filter((c) => c.address === "A2:G5" && c.formula?.includes(HIGHLIGHT_MARK));
    expect(ours).toHaveLength(5);
    expect(ours.map((c) => c.fill)).toEqual(["#BDD7EE", "#C6EFCE", "#FFEB9C", "#FFC7CE", "#FF8080"]);
    expect(s.cfs.map((c) => c.id)).toEqual(expect.arrayContaining(["user-1", "user-2", ...elsewhere]));
    expect(s.cfs).toHaveLength(2 + 5 + 5);

    // Switching to the target column only replaces the whole-row rules too; a third run still stacks nothing.
    const column = await highlightSelection(mapping, { ...opts, wholeRow: false });
    expect(column.replaced).toBe(5);
    expect(s.cfs.filter((c) => c.formula?.includes(HIGHLIGHT_MARK) && c.address !== "A20:G22").map((c) => c.address)).toEqual(Array(5).fill("F2:F5"));
    expect(s.cfs).toHaveLength(2 + 5 + 5);
  });

  it("keeps an earlier highlight that reaches rows outside the new selection: those rows stay coloured", async () => {
    const s = userSheet();
    await highlightSelection(mapping, opts); // A2:G5
    host.state.selection = { sheet: s, address: "A3:G4" };
    const inner = await highlightSelection(mapping, { ...opts, hasHeader: false });
    expect(inner.replaced).toBe(0);
    const ours = s.cfs.filter((c) => c.formula?.includes(HIGHLIGHT_MARK));
    expect(ours.map((c) => c.address)).toEqual([...Array(5).fill("A2:G5"), ...Array(5).fill("A3:G4")]);
    // Both read the same status code cells: on the rows they share they agree.
    expect(new Set(ours.map((c) => c.formula!.match(/\$H\d+/)![0]))).toEqual(new Set(["$H2", "$H3"]));
    // A selection covering the earlier one replaces both.
    host.state.selection = { sheet: s, address: "A1:G5" };
    expect((await highlightSelection(mapping, opts)).replaced).toBe(10);
    expect(s.cfs.filter((c) => c.formula?.includes(HIGHLIGHT_MARK)).map((c) => c.address)).toEqual(Array(5).fill("A2:G5"));
  });

  it("works on whole columns (A:G), below the header to the grid's last row", async () => {
    const s = userSheet();
    host.state.selection = { sheet: s, address: "A:G" };
    const summary = await highlightSelection(mapping, opts);
    expect(summary).toMatchObject({ address: "我的表!A:G", rows: 4, rules: 5, replaced: 0 });
    expect(s.cfs.map((c) => c.address)).toEqual(Array(5).fill("A2:G1048576"));
    const again = await highlightSelection(mapping, { ...opts, wholeRow: false });
    expect(again).toMatchObject({ rows: 4, replaced: 5 });
    expect(s.cfs.map((c) => c.address)).toEqual(Array(5).fill("F2:F1048576"));
  });

  it("finds its earlier target-column rules even when the target column lies outside the selection", async () => {
    const s = userSheet();
    host.state.selection = { sheet: s, address: "A1:E5" }; // the target column F is not selected
    await highlightSelection(mapping, { ...opts, wholeRow: false, hasHeader: true });
    expect(s.cfs.map((c) => c.address)).toEqual(Array(5).fill("F2:F5"));
    const again = await highlightSelection(mapping, { ...opts, hasHeader: true });
    expect(again.replaced).toBe(5);
    expect(s.cfs.map((c) => c.address)).toEqual(Array(5).fill("A2:E5"));
  });
});

describe("buildDashboard", () => {
  it("counts statuses per imported document with live formulas and charts progress vs time", async () => {
    await importTargets(DOC, manyTargets(5), opts);
    await importTargets({ ...DOC, id: "second", title: "第二个文件" }, manyTargets(3, "second"), opts);
    const user = host.state.addSheet("仪表板"); // a user's sheet with the name we would use
    user.cell(0, 0).value = "mine";
    const summary = await buildDashboard({ language: "zh-CN" });
    expect(summary).toMatchObject({ documents: 2, indicators: 8 });
    expect(summary.syncs).toBeLessThanOrEqual(3);
    expect(summary.sheetName).toBe("仪表板 (2)");
    expect(user.get("A1")).toBe("mine");
    const d = host.state.sheet(summary.sheetName)!;
    expect(JSON.parse(d.customProperties.get(DASHBOARD_PROPERTY)!)).toEqual({ blocks: ["A1:A1", "A3:I6", "A8:A8", "A9:D17"], chart: "PlanTargets.progressChart" });
    expect(d.get("A3")).toBe("文件");
    expect(d.get("B3")).toBe("约束性滞后");
    expect(d.get("D3")).toBe("已完成");
    expect(d.get("B4")).toBe('=SUMPRODUCT(COUNTIFS(PlanTargets_doc_test[状态代码],{"lagging","away"},PlanTargets_doc_test[属性],{"约束性";"Binding"}))');
    expect(d.get("C4")).toBe("=COUNTA(PlanTargets_doc_test[ID])");
    expect(d.get("G5")).toBe('=COUNTIF(PlanTargets_second[状态代码],"lagging")');
    expect(d.get("C6")).toBe("=SUM(C4:C5)");
    expect(d.charts).toHaveLength(1);
    expect(d.charts[0]).toMatchObject({ type: "BarClustered", seriesBy: "Columns" });
    expect(d.charts[0]!.source).toBe("A9:C17");
    expect(String(d.get("B10"))).toContain("INDEX(PlanTargets_doc_test[完成进度],MATCH(\"doc_test-0\",PlanTargets_doc_test[ID],0))");
    // Rebuilding replaces our dashboard, not the user's sheet.
    const again = await buildDashboard({ language: "zh-CN" });
    expect(again.sheetName).toBe("仪表板 (2)");
    expect(host.state.sheets.filter((s) => s.customProperties.has(DASHBOARD_PROPERTY))).toHaveLength(1);
    expect(user.get("A1")).toBe("mine");
  });

  it("is rebuilt in place: the sheet, the user's notes on it and references to it from other sheets survive", async () => {
    await importTargets(DOC, manyTargets(3), opts);
    const first = await buildDashboard({ language: "zh-CN" });
    const d = host.state.sheet(first.sheetName)!;
    d.cell(2, 12).value = "我的批注"; // M3, beside the counts
    d.cell(30, 0).value = "备注"; // A31, below the chart data
    const elsewhere = host.state.addSheet("汇报");
    elsewhere.cell(0, 0).formula = `='${first.sheetName}'!C4`;
    await importTargets({ ...DOC, id: "second", title: "第二个文件" }, manyTargets(4, "second"), opts);
    const again = await buildDashboard({ language: "zh-CN" });
    expect(again).toMatchObject({ sheetName: first.sheetName, documents: 2, indicators: 7 });
    expect(again.previous).toBeUndefined();
    expect(host.state.sheet(first.sheetName)).toBe(d); // the same sheet, never deleted
    expect([d.get("M3"), d.get("A31")]).toEqual(["我的批注", "备注"]);
    expect(d.get("C4")).toBe("=COUNTA(PlanTargets_doc_test[ID])");
    expect(d.get("A5")).toBe("第二个文件");
    expect(d.charts).toHaveLength(1);
    expect(d.charts[0]!.source).toBe("A9:C16");
    expect(elsewhere.get("A1")).toBe(`='${first.sheetName}'!C4`);
    expect(again.syncs).toBeLessThanOrEqual(4);
  });

  it("leaves an earlier dashboard to the user, writing a new one, when the new counts or chart would cover their cells", async () => {
    await importTargets(DOC, manyTargets(3), opts);
    const first = await buildDashboard({ language: "zh-CN" });
    const d = host.state.sheet(first.sheetName)!;
    d.cell(13, 1).value = "我的批注"; // B14, just below the chart data, where a longer chart will go
    await importTargets({ ...DOC, id: "second", title: "第二个文件" }, manyTargets(4, "second"), opts);
    const again = await buildDashboard({ language: "zh-CN" });
    expect(again.previous).toBe(first.sheetName);
    expect(again.sheetName).not.toBe(first.sheetName);
    expect(d.get("B14")).toBe("我的批注");
    expect(d.customProperties.has(DASHBOARD_PROPERTY)).toBe(false);
    expect(host.state.sheets.filter((s) => s.customProperties.has(DASHBOARD_PROPERTY)).map((s) => s.name)).toEqual([again.sheetName]);
  });

  it("names a renamed header of a table instead of writing formulas Excel refuses, before touching the dashboard", async () => {
    await importTargets(DOC, manyTargets(3), opts);
    const first = await buildDashboard({ language: "zh-CN" });
    const table = host.state.sheets[0]!;
    table.cell(0, table.tables[0]!.headers().indexOf("完成进度")).value = "完成进度(自动)";
    const before = JSON.stringify([...host.state.sheet(first.sheetName)!.cells.entries()]);
    await expect(buildDashboard({ language: "zh-CN" })).rejects.toThrow(
      "“某市关于印发《某市“十四五”发展规划》的通知”的表格中找不到“完成进度”列，可能是标题被改过了：请把标题改回原样后再生成概览表",
    );
    expect(JSON.stringify([...host.state.sheet(first.sheetName)!.cells.entries()])).toBe(before);
  });

  it("works while the user edits a cell: Excel waits instead of failing (delayForCellEdit)", async () => {
    host.state.editingCell = true;
    await importTargets(DOC, manyTargets(3), opts);
    await importTargets(DOC, manyTargets(4), opts);
    await buildDashboard({ language: "zh-CN" });
    userSheet();
    await highlightSelection(mapping, opts);
    expect(host.runOptions.every((o) => o?.delayForCellEdit === true)).toBe(true);
  });

  it("asks for a re-import of a table made before status codes, rather than counting nothing", async () => {
    await importTargets(DOC, manyTargets(3), opts);
    asFirstRelease(host.state.sheets.find((x) => x.customProperties.has("PlanTargets.docId"))!);
    await expect(buildDashboard({ language: "zh-CN" })).rejects.toThrow(/由旧版本导入，缺少“状态代码”或“属性”列：请重新导入该文件/);
    await importTargets(DOC, manyTargets(3), opts); // the re-import adds the missing column back
    await expect(buildDashboard({ language: "en-US" })).resolves.toMatchObject({ documents: 1 });
  });
});

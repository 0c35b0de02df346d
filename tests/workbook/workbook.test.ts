// Reads the demo workbook back with ExcelJS: the same table, native formulas, formats, validation and
// conditional formats as the sheet model, one sheet per seed plus the dashboard.
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSheetModel, columnIndex, columnLetter, formulaA1, tableNameFor, type FormulaKey } from "../../src/core/sheet";
import { buildWorkbook, chartXml, writeWorkbook } from "../../src/cli/xlsx";
import { ROOT, illustrativeRows, seedResults } from "../../scripts/make-illustrative-actuals";

const OUT = path.join(ROOT, "tests", "artifacts", "targets.xlsx");
const ACTUALS = path.join(ROOT, "examples", "actuals-illustrative.csv");
const seeds = seedResults();
const NOTE = "Actuals are illustrative, not official statistics / 实际值为示例数据，非官方统计";
let wb: ExcelJS.Workbook;
let summary: Awaited<ReturnType<typeof writeWorkbook>>;

beforeAll(async () => {
  mkdirSync(path.dirname(OUT), { recursive: true });
  summary = await writeWorkbook(seeds.results, OUT, { actualsPath: ACTUALS, sourceTexts: seeds.texts, note: NOTE });
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(OUT);
});

type TableModel = { name: string; tableRef: string; columns: { name: string }[] };
const tableOf = (ws: ExcelJS.Worksheet): TableModel => {
  const tables = Object.values((ws as unknown as { tables: Record<string, { table: TableModel }> }).tables);
  expect(tables).toHaveLength(1);
  return tables[0]!.table;
};

describe("the demo workbook", () => {
  it("has one sheet per seed and a dashboard; every illustrative id matches a target", () => {
    expect(summary.sheets).toBe(seeds.results.length + 1);
    expect(wb.worksheets.map((w) => w.name).at(-1)).toBe("仪表板");
    expect(summary.rows).toBe(seeds.results.reduce((n, r) => n + r.targets.length, 0));
    expect(summary.warnings).toEqual([]);
  });

  it("the shipped illustrative CSV is what the generator gives for the current engine", () => {
    const text = readFileSync(ACTUALS, "utf8");
    expect(text).toMatch(/ILLUSTRATIVE DATA, NOT OFFICIAL STATISTICS/);
    const ids = text.split("\n").filter((l) => /^\d{3}-/.test(l)).map((l) => l.split(",")[0]);
    expect(ids).toEqual(illustrativeRows().map((r) => r.id));
  });

  it("holds each document as one table with the model's headers, values and native formulas", () => {
    seeds.results.forEach((r, i) => {
      const ws = wb.worksheets[i]!;
      const model = buildSheetModel(r.document, r.targets, { language: "zh-CN", method: "time", tolerance: 0.05, flavour: "native" });
      const table = tableOf(ws);
      expect(table.name).toBe(tableNameFor(r.document.id));
      expect(table.columns.map((c) => c.name)).toEqual(model.columns.map((c) => c.header));
      expect(ws.getRow(1).values).toEqual([undefined, ...model.columns.map((c) => c.header)]);
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      model.rows.forEach((row, k) => {
        const excelRow = ws.getRow(k + 2);
        expect(excelRow.getCell(columnIndex("id") + 1).value).toBe(row.id);
        expect(excelRow.getCell(columnIndex("target") + 1).value).toBe(row.cells[columnIndex("target")]);
        // Shared formulas: ExcelJS gives each cell its translated text, the model's formula for that row.
        for (const c of model.columns.filter((x) => x.formula)) {
          const f = excelRow.getCell(columnIndex(c.key) + 1).formula;
          expect(`=${f}`, `${c.key} of row ${k + 2}`).toBe(formulaA1(model, c.key as FormulaKey, k + 2, true));
          expect(f).not.toMatch(/PLAN\.|\[@/);
        }
        expect(excelRow.getCell(columnIndex("reqGrowth") + 1).formula).toContain("_xlfn.RRI(");
        expect(excelRow.getCell(columnIndex("progress") + 1).numFmt).toBe("0.00%");
        expect(excelRow.getCell(columnIndex("baseYear") + 1).numFmt).toBe("0");
      });
    });
  });

  it("fills the user columns from the actuals file", () => {
    const rows = illustrativeRows();
    const byId = new Map<string, ExcelJS.Row>();
    for (const ws of wb.worksheets.slice(0, -1)) ws.eachRow((row) => byId.set(String(row.getCell(1).value), row));
    for (const r of rows) {
      const row = byId.get(r.id)!;
      expect(row.getCell(columnIndex("baseYear") + 1).value).toBe(r.baseYear);
      expect(row.getCell(columnIndex("base") + 1).value).toBe(r.base);
      expect(row.getCell(columnIndex("latest") + 1).value).toBe(r.latest);
    }
  });

  it("carries the conditional formats and validation of the model", () => {
    const ws = wb.worksheets[0]!;
    const n = seeds.results[0]!.targets.length + 1;
    const cfs = (ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string; formulae?: string[]; cfvo?: { value: number }[]; style?: { fill?: { bgColor?: { argb: string } } } }[] }[] }).conditionalFormattings;
    const st = columnLetter(columnIndex("status"));
    const code = columnLetter(columnIndex("statusCode"));
    const statusRules = cfs.filter((c) => c.ref === `${st}2:${st}${n}`).map((c) => c.rules[0]!);
    expect(statusRules.map((r) => r.formulae![0])).toEqual(["achieved", "on-track", "moderate", "lagging", "away"].map((c) => `$${code}2="${c}"`));
    expect(statusRules.map((r) => r.style!.fill!.bgColor!.argb)).toEqual(["FFBDD7EE", "FFC6EFCE", "FFFFEB9C", "FFFFC7CE", "FFFF8080"]);
    const pr = columnLetter(columnIndex("progress"));
    const bar = cfs.find((c) => c.ref === `${pr}2:${pr}${n}` && c.rules[0]!.type === "dataBar")!;
    expect(bar.rules[0]!.cfvo!.map((v) => v.value)).toEqual([0, 1]);
    const tp = columnLetter(columnIndex("timeProgress"));
    expect(cfs.find((c) => c.ref === `${tp}2:${tp}${n}`)!.rules[0]!.formulae![0]).toBe(`AND(ISNUMBER($${pr}2),ISNUMBER($${tp}2),$${pr}2<$${tp}2)`);
    const cmp = columnLetter(columnIndex("comparator"));
    const dv = ws.getCell(`${cmp}2`).dataValidation;
    expect(dv).toMatchObject({ type: "list", formulae: ['">,≥,＝,≈,≤,<,～"'] });
    expect(ws.getCell(`${columnLetter(columnIndex("latestYear"))}3`).dataValidation).toMatchObject({ type: "whole", formulae: [1949, 2100] });
  });

  it("shows the note as a visible line under the dashboard's title, moving nothing else", () => {
    const d = wb.getWorksheet("仪表板")!;
    expect(d.getCell("A1").value).toBe("目标完成情况");
    expect(d.getCell("A2").value).toBe(NOTE);
    expect(d.getCell("A2").font).toMatchObject({ bold: true, color: { argb: "FFC00000" } });
    for (const col of ["B", "C", "D", "E", "F", "G", "H"]) expect(d.getCell(`${col}2`).value, `${col}2 left empty so the note shows`).toBeNull();
    const plain = buildWorkbook(seeds.results.slice(0, 1), {}).workbook.getWorksheet("仪表板")!;
    expect(plain.getCell("A2").value).toBeNull();
    expect(plain.getCell("A3").value).toBe("文件");
  });

  it("has a dashboard of live counts per document and chart data per indicator", () => {
    const d = wb.getWorksheet("仪表板")!;
    expect(d.getCell("A3").value).toBe("文件");
    expect(d.getCell("A4").value).toBe(seeds.results[0]!.document.title);
    const first = wb.worksheets[0]!.name;
    const code = columnLetter(columnIndex("statusCode"));
    expect(d.getCell("D3").value).toBe("已完成");
    expect((d.getCell("D4").value as ExcelJS.CellFormulaValue).formula).toMatch(
      new RegExp(`^COUNTIF\\('${first.replace(/[()]/g, "\\$&")}'!\\$${code}\\$2:\\$${code}\\$\\d+,"achieved"\\)$`),
    );
    expect(d.getCell("B3").value).toBe("约束性滞后");
  });

  it("carries a bar chart of progress and time progress per indicator with actuals on the dashboard", async () => {
    const zip = await JSZip.loadAsync(readFileSync(OUT));
    const chart = await zip.file("xl/charts/chart1.xml")!.async("string");
    const n = illustrativeRows().length;
    expect(chart).toContain('<c:barDir val="bar"/>');
    expect(chart).toContain(`<c:f>'仪表板'!$A$13:$A$${12 + n}</c:f>`);
    expect(chart).toContain(`<c:f>'仪表板'!$B$13:$B$${12 + n}</c:f>`);
    expect(chart).toContain(`<c:f>'仪表板'!$C$13:$C$${12 + n}</c:f>`);
    const d = wb.getWorksheet("仪表板")!;
    expect(d.getCell("A12").value).toBe("指标");
    expect(d.getCell(`D${12 + n}`).value).toBe(illustrativeRows().at(-1)!.id);
    const book = await zip.file("xl/workbook.xml")!.async("string");
    const rid = /<sheet [^>]*name="仪表板"[^>]*r:id="([^"]+)"/.exec(book)![1];
    const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(await zip.file("xl/_rels/workbook.xml.rels")!.async("string"))![1]!;
    const sheetPart = `xl/${target.replace(/^\/?xl\//, "")}`;
    expect(await zip.file(sheetPart)!.async("string")).toMatch(/<drawing r:id="rIdPlanChart"\/>(<legacyDrawing|<tableParts|<extLst|<\/worksheet>)/);
    expect(await zip.file(sheetPart.replace(/worksheets\/(.+)$/, "worksheets/_rels/$1.rels"))!.async("string")).toContain("../drawings/drawing1.xml");
    expect(await zip.file("xl/drawings/_rels/drawing1.xml.rels")!.async("string")).toContain("../charts/chart1.xml");
    expect(await zip.file("[Content_Types].xml")!.async("string")).toContain('PartName="/xl/charts/chart1.xml"');
  });

  it("escapes sheet names and titles in the chart part", () => {
    const xml = chartXml({ sheetName: "R&D's <plan>", title: "a<b>&c", headerRow: 1, firstRow: 2, lastRow: 3 });
    expect(xml).toContain("<c:f>'R&amp;D''s &lt;plan&gt;'!$A$2:$A$3</c:f>");
    expect(xml).toContain("<a:t>a&lt;b&gt;&amp;c</a:t>");
  });

  it("reports ids in the actuals that match no target, without failing", () => {
    const { summary: s } = buildWorkbook(seeds.results.slice(0, 1), { actualsText: "id,base_year,base,latest_year,latest\nnope,2020,1,2021,2\n" });
    expect(s.warnings).toEqual(["actuals line 2: id nope matches no extracted target"]);
    expect(() => buildWorkbook([], { actualsPath: "/no/such/file.csv" })).toThrow(/cannot read the actuals file \/no\/such\/file\.csv/);
  });
});

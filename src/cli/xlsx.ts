// ExcelJS renderer of the sheet model for the headless CLI: one sheet per document holding one Excel table
// with native formulas (A1 references, `_xlfn.` prefixes, so Excel without the add-in and LibreOffice compute
// them), number formats, validation and conditional formats, plus a dashboard sheet.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import type { ExtractionResult, Language } from "../core/model";
import {
  FORMULA_KEYS, buildDashboard, buildSheetModel, columnIndex, columnLetter, quoteSheet, renderExpr, uniqueSheetName,
  type CellStyle, type ColumnKey, type ConditionalRule, type DashboardCell, type SheetModel, type ValidationRule,
} from "../core/sheet";
import { parseActualsCsv, type ActualsTable } from "./actuals";

export interface WorkbookOptions {
  /** Actuals CSV (id, base year, base value, latest year, latest value): a file path, or the CSV text itself. */
  actualsCsv?: string;
  language?: Language;
  /** Original document texts by document id, to show each target's whole source sentence. */
  sourceTexts?: ReadonlyMap<string, string>;
}

export interface WorkbookSummary {
  sheets: number;
  rows: number;
  /** Non-fatal findings, e.g. actuals ids that match no target. */
  warnings: string[];
}

const argb = (hex: string): string => `FF${hex.replace("#", "").toUpperCase()}`;

function readActuals(spec: string): ActualsTable {
  if (existsSync(spec)) return parseActualsCsv(readFileSync(spec, "utf8"));
  if (spec.includes("\n")) return parseActualsCsv(spec);
  throw new Error(`actuals file not found: ${spec}`);
}

function cfStyle(s: CellStyle): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (s.fill) style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(s.fill) }, fgColor: { argb: argb(s.fill) } };
  if (s.font || s.italic) style.font = { ...(s.font ? { color: { argb: argb(s.font) } } : {}), ...(s.italic ? { italic: true } : {}) };
  return style;
}

/** Column range of the table body, e.g. W2:W41. */
function bodyRange(model: SheetModel, key: ColumnKey | number, absolute = false): string {
  const idx = typeof key === "number" ? key : columnIndex(key);
  const letter = columnLetter(idx);
  const last = Math.max(2, model.rows.length + 1);
  return absolute ? `$${letter}$2:$${letter}$${last}` : `${letter}2:${letter}${last}`;
}

function addConditionalFormats(ws: ExcelJS.Worksheet, model: SheetModel): void {
  let priority = 1;
  const lastCol = columnLetter(model.columns.length - 1);
  const last = Math.max(2, model.rows.length + 1);
  for (const rule of model.conditional as ConditionalRule[]) {
    if (rule.type === "dataBar") {
      for (const key of rule.columns) {
        ws.addConditionalFormatting({
          ref: bodyRange(model, key),
          rules: [{
            type: "dataBar", priority: priority++, gradient: false,
            cfvo: [{ type: "num", value: rule.min }, { type: "num", value: rule.max }],
            color: { argb: argb(rule.color) },
          } as ExcelJS.DataBarRuleType],
        });
      }
      continue;
    }
    // Relative references resolve against the first body row; columns absolute so a whole-row rule works.
    const formula = renderExpr(rule.when, {
      flavour: "native",
      ref: (k) => `$${columnLetter(columnIndex(k as ColumnKey))}2`,
      filePrefix: true,
    });
    const refs = rule.columns === "*" ? [`A2:${lastCol}${last}`] : rule.columns.map((k) => bodyRange(model, k));
    for (const ref of refs) {
      ws.addConditionalFormatting({
        ref,
        rules: [{ type: "expression", priority: priority++, formulae: [formula], style: cfStyle(rule.style) }],
      });
    }
  }
}

function addValidation(ws: ExcelJS.Worksheet, model: SheetModel, v: ValidationRule): void {
  const base = { allowBlank: true, showErrorMessage: true, errorStyle: "stop" as const, error: v.message };
  const ref = bodyRange(model, v.column);
  // ExcelJS has range validations at run time but not in its typings.
  const dv = (ws as unknown as { dataValidations: { add(ref: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  if (v.rule.type === "list") {
    dv.add(ref, { ...base, type: "list", formulae: [`"${v.rule.values.join(",")}"`] });
  } else if (v.rule.type === "wholeNumber") {
    dv.add(ref, { ...base, type: "whole", operator: "between", formulae: [v.rule.min, v.rule.max] });
  } else {
    dv.add(ref, { ...base, type: "decimal", operator: "between", formulae: [-1e15, 1e15] });
  }
}

/** Writes one document's table into a new worksheet. */
export function addTargetsSheet(wb: ExcelJS.Workbook, model: SheetModel, sheetName: string): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheetName, { views: [{ state: "frozen", xSplit: model.freeze.columns, ySplit: model.freeze.rows }] });
  // Each formula column is one shared formula (master in the first body row): the same text per row would
  // multiply the file size and the write time by the row count.
  const last = model.rows.length + 1;
  const formulaCols = model.columns
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.formula)
    .map(({ c, i }) => ({
      i,
      letter: columnLetter(i),
      text: renderExpr(c.formula!.expr, {
        flavour: "native",
        ref: (k) => `${columnLetter(columnIndex(k as ColumnKey))}2`,
        filePrefix: true,
      }),
    }));
  const rows = model.rows.map((r, ri) => {
    const cells: ExcelJS.CellValue[] = r.cells.map((v) => (v === null ? null : v));
    for (const f of formulaCols) {
      cells[f.i] = (ri === 0
        ? last > 2 ? { formula: f.text, shareType: "shared", ref: `${f.letter}2:${f.letter}${last}` } : { formula: f.text }
        : { sharedFormula: `${f.letter}2` }) as ExcelJS.CellValue;
    }
    return cells;
  });
  ws.addTable({
    name: model.tableName,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: model.columns.map((c) => ({ name: c.header, filterButton: true })),
    // A table needs at least one body row; an empty document gets one blank row to type into.
    rows: rows.length ? rows : [model.columns.map(() => null)],
  });
  // Formats only where the model asks for one: every styled cell costs write time at 10,000 rows.
  model.columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    if (c.numberFormat === "General" && !c.wrap) return;
    const style: Partial<ExcelJS.Style> = {
      ...(c.numberFormat !== "General" ? { numFmt: c.numberFormat } : {}),
      ...(c.wrap ? { alignment: { vertical: "top", wrapText: true } } : {}),
    };
    for (let r = 2; r <= last; r++) ws.getCell(r, i + 1).style = style;
  });
  ws.getRow(1).font = { bold: true };
  for (const v of model.validation) addValidation(ws, model, v);
  addConditionalFormats(ws, model);
  return ws;
}

function addDashboardSheet(
  wb: ExcelJS.Workbook,
  models: { model: SheetModel; sheetName: string; title: string }[],
  language: Language,
): void {
  const name = uniqueSheetName(language === "zh-CN" ? "仪表板" : "Dashboard", wb.worksheets.map((w) => w.name));
  const dash = buildDashboard(
    models.map((m) => ({ title: m.title, indicators: m.model.rows.map((r) => ({ id: r.id, indicator: String(r.cells[columnIndex("indicator")] ?? "") })) })),
    (i, key) => `${quoteSheet(models[i]!.sheetName)}!${bodyRange(models[i]!.model, key, true)}`,
    language,
  );
  const ws = wb.addWorksheet(name);
  const put = (row: number, col: number, v: DashboardCell) => {
    const cell = ws.getCell(row, col);
    if (v !== null && typeof v === "object") cell.value = { formula: v.formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
    else if (v !== null) cell.value = v;
  };
  ws.getCell(1, 1).value = dash.title;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  dash.counts.forEach((row, r) => row.forEach((v, c) => put(3 + r, 1 + c, v)));
  ws.getRow(3).font = { bold: true };
  ws.getRow(3 + dash.counts.length - 1).font = { bold: true };
  const chartTop = 3 + dash.counts.length + 2;
  ws.getCell(chartTop - 1, 1).value = dash.chartTitle;
  ws.getCell(chartTop - 1, 1).font = { bold: true };
  dash.chart.forEach((row, r) => row.forEach((v, c) => put(chartTop + r, 1 + c, v)));
  ws.getRow(chartTop).font = { bold: true };
  const last = chartTop + dash.chart.length - 1;
  if (dash.chart.length > 1) {
    for (const col of [3, 4]) {
      for (let r = chartTop + 1; r <= last; r++) ws.getCell(r, col).numFmt = dash.percentFormat;
    }
    // ExcelJS cannot write chart parts: in-cell bars stand in for the chart (the add-in draws a real chart).
    ws.addConditionalFormatting({
      ref: `C${chartTop + 1}:C${last}`,
      rules: [{ type: "dataBar", priority: 1, gradient: false, cfvo: [{ type: "num", value: 0 }, { type: "num", value: 1 }], color: { argb: "FF5B9BD5" } } as ExcelJS.DataBarRuleType],
    });
    ws.addConditionalFormatting({
      ref: `D${chartTop + 1}:D${last}`,
      rules: [{ type: "dataBar", priority: 2, gradient: false, cfvo: [{ type: "num", value: 0 }, { type: "num", value: 1 }], color: { argb: "FFA5A5A5" } } as ExcelJS.DataBarRuleType],
    });
  }
  [28, 10, 10, 10, 10, 10, 10, 10].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.getColumn(2).width = 28;
}

/** Builds the workbook in memory (tests and benchmarks use it without touching the disk). */
export function buildWorkbook(results: ExtractionResult[], options: WorkbookOptions = {}): { workbook: ExcelJS.Workbook; summary: WorkbookSummary } {
  const language = options.language ?? "zh-CN";
  const actuals = options.actualsCsv !== undefined ? readActuals(options.actualsCsv) : null;
  const wb = new ExcelJS.Workbook();
  wb.creator = "Plan Targets for Excel";
  wb.calcProperties.fullCalcOnLoad = true;
  const made: { model: SheetModel; sheetName: string; title: string }[] = [];
  const known = new Set<string>();
  let rows = 0;
  for (const r of results) {
    const model = buildSheetModel(r.document, r.targets, {
      language, method: "time", tolerance: 0.05, flavour: "native",
      ...(actuals ? { actuals: actuals.byId } : {}),
      ...(options.sourceTexts?.has(r.document.id) ? { sourceText: options.sourceTexts.get(r.document.id)! } : {}),
    });
    const sheetName = uniqueSheetName(model.sheetName, wb.worksheets.map((w) => w.name));
    addTargetsSheet(wb, model, sheetName);
    made.push({ model, sheetName, title: r.document.title ?? r.document.id });
    r.targets.forEach((t) => known.add(t.id));
    rows += model.rows.length;
  }
  addDashboardSheet(wb, made, language);
  const warnings: string[] = [];
  if (actuals) {
    for (const [id, line] of actuals.lineOf) {
      if (!known.has(id)) warnings.push(`actuals line ${line}: id ${id} matches no extracted target`);
    }
  }
  return { workbook: wb, summary: { sheets: wb.worksheets.length, rows, warnings } };
}

export async function writeWorkbook(
  results: ExtractionResult[],
  outPath: string,
  options: WorkbookOptions = {},
): Promise<WorkbookSummary> {
  const { workbook, summary } = buildWorkbook(results, options);
  mkdirSync(path.dirname(path.resolve(outPath)), { recursive: true });
  await workbook.xlsx.writeFile(outPath);
  return summary;
}

export { FORMULA_KEYS };

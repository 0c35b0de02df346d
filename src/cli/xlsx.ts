// ExcelJS renderer of the sheet model for the headless CLI: one sheet per document holding one Excel table
// with native formulas (A1 references, `_xlfn.` prefixes, so Excel without the add-in and LibreOffice compute
// them), number formats, validation and conditional formats, plus a dashboard sheet.
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { ExtractionResult, Language, StatusMethod } from "../core/model";
import type { StatusVocabulary } from "../core/measure";
import {
  buildDashboard, buildSheetModel, columnIndex, columnLetter, quoteSheet, renderExpr, uniqueSheetName, uniqueTableName,
  type CellStyle, type ColumnKey, type ConditionalRule, type DashboardCell, type SheetModel, type ValidationRule,
} from "../core/sheet";
import { parseActualsCsv, type ActualsTable } from "./actuals";
import { writeOutput } from "./output";

export interface WorkbookOptions {
  /** Path of an actuals CSV file (id, base year, base value, latest year, latest value) to fill the user columns. */
  actualsPath?: string;
  /** The actuals CSV text itself (same columns as `actualsPath`). Give one of the two, not both. */
  actualsText?: string;
  /** A line shown at the top of the dashboard sheet, e.g. that the actuals are illustrative. */
  note?: string;
  language?: Language;
  /** Lagging method of the status column (default time progress) and its tolerance (default 0.05). */
  method?: StatusMethod;
  tolerance?: number;
  /** Words of the status column and the dashboard (default standard; counts key on codes whatever it is). */
  vocabulary?: StatusVocabulary;
  /** Original document texts by document id, to show each target's whole source sentence. */
  sourceTexts?: ReadonlyMap<string, string>;
  /** Statistical bulletins' texts by file name, to quote the sentences base and latest values came from. */
  bulletinTexts?: ReadonlyMap<string, string>;
}

export interface WorkbookSummary {
  sheets: number;
  rows: number;
  /** Non-fatal findings, e.g. actuals ids that match no target. */
  warnings: string[];
}

const argb = (hex: string): string => `FF${hex.replace("#", "").toUpperCase()}`;

/** The actuals table from whichever option was given, or null without actuals. */
function readActuals(o: WorkbookOptions): ActualsTable | null {
  const given = [o.actualsPath, o.actualsText].filter((x) => x !== undefined).length;
  if (given > 1) throw new Error("give the actuals either as a file path or as CSV text, not both");
  if (o.actualsText !== undefined) return parseActualsCsv(o.actualsText);
  if (o.actualsPath !== undefined) {
    let text: string;
    try {
      text = readFileSync(o.actualsPath, "utf8");
    } catch {
      throw new Error(`cannot read the actuals file ${o.actualsPath}`);
    }
    return parseActualsCsv(text);
  }
  return null;
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

/** Where the dashboard's chart data sits, for the chart part added after ExcelJS has written the file. */
export interface ChartSpec {
  sheetName: string;
  title: string;
  /** 1-based rows: series names in `headerRow`, one indicator per row from `firstRow` to `lastRow` (A: name, B/C: values). */
  headerRow: number;
  firstRow: number;
  lastRow: number;
}

/** Row of the dashboard's note (1-based), just below the title, and its colour. */
export const NOTE_ROW = 2;
const NOTE_COLOR = "#C00000";

function addDashboardSheet(
  wb: ExcelJS.Workbook,
  models: { model: SheetModel; sheetName: string; title: string }[],
  language: Language,
  vocabulary: StatusVocabulary,
  charted: (id: string) => boolean,
  note?: string,
): ChartSpec | null {
  const name = uniqueSheetName(language === "zh-CN" ? "仪表板" : "Dashboard", wb.worksheets.map((w) => w.name));
  const dash = buildDashboard(
    models.map((m) => ({
      title: m.title,
      indicators: m.model.rows
        .filter((r) => charted(r.id))
        .map((r) => ({ id: r.id, indicator: String(r.cells[columnIndex("indicator")] ?? "") })),
    })),
    (i, key) => `${quoteSheet(models[i]!.sheetName)}!${bodyRange(models[i]!.model, key, true)}`,
    language,
    undefined,
    vocabulary,
  );
  const ws = wb.addWorksheet(name);
  const put = (row: number, col: number, v: DashboardCell) => {
    const cell = ws.getCell(row, col);
    if (v !== null && typeof v === "object") cell.value = { formula: v.formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
    else if (v !== null) cell.value = v;
  };
  ws.getCell(1, 1).value = dash.title;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  // The note takes the empty row between the title and the counts, so nothing below moves.
  if (note !== undefined && note.trim() !== "") {
    ws.getCell(NOTE_ROW, 1).value = note.trim();
    ws.getCell(NOTE_ROW, 1).font = { bold: true, color: { argb: argb(NOTE_COLOR) } };
  }
  dash.counts.forEach((row, r) => row.forEach((v, c) => put(3 + r, 1 + c, v)));
  ws.getRow(3).font = { bold: true };
  ws.getRow(3 + dash.counts.length - 1).font = { bold: true };
  const chartTop = 3 + dash.counts.length + 2;
  ws.getCell(chartTop - 1, 1).value = dash.chartTitle;
  ws.getCell(chartTop - 1, 1).font = { bold: true };
  dash.chart.forEach((row, r) => row.forEach((v, c) => put(chartTop + r, 1 + c, v)));
  ws.getRow(chartTop).font = { bold: true };
  const last = chartTop + dash.chart.length - 1;
  for (let r = chartTop + 1; r <= last; r++) for (const col of [2, 3]) ws.getCell(r, col).numFmt = dash.percentFormat;
  [34, 10, 10, 10, 10, 10, 10, 10].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.pageSetup = { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  return dash.chart.length > 1 ? { sheetName: name, title: dash.chartTitle, headerRow: chartTop, firstRow: chartTop + 1, lastRow: last } : null;
}

// ---- chart part ----------------------------------------------------------------------------------------
// ExcelJS writes no charts, so the dashboard's bar chart (progress vs time progress per indicator) is added
// to the package afterwards: a chart part, a drawing anchoring it, and the relationships and content types.

const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const xmlEscape = (t: string): string => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function chartXml(c: ChartSpec): string {
  const sheet = quoteSheet(c.sheetName);
  const range = (col: string) => xmlEscape(`${sheet}!$${col}$${c.firstRow}:$${col}$${c.lastRow}`);
  const series = (idx: number, col: string, color: string) =>
    `<c:ser><c:idx val="${idx}"/><c:order val="${idx}"/><c:tx><c:strRef><c:f>${xmlEscape(`${sheet}!$${col}$${c.headerRow}`)}</c:f></c:strRef></c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
    `<c:cat><c:strRef><c:f>${range("A")}</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>${range(col)}</c:f></c:numRef></c:val></c:ser>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS_REL}">` +
    `<c:roundedCorners val="0"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${xmlEscape(c.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    series(0, "B", "5B9BD5") + series(1, "C", "A5A5A5") +
    `<c:gapWidth val="60"/><c:axId val="5001"/><c:axId val="5002"/></c:barChart>` +
    `<c:catAx><c:axId val="5001"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="low"/><c:crossAx val="5002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
    `<c:valAx><c:axId val="5002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/><c:numFmt formatCode="0%" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="5001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="t"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/** The chart sits right of the chart data (indicator, progress, time progress, ID) with a column between. */
const CHART_FROM_COL = 5;

function drawingXml(c: ChartSpec): string {
  // Right of the chart data, as tall as the data block (at least 18 rows).
  const rows = Math.max(18, c.lastRow - c.firstRow + 2);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
    `<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>${CHART_FROM_COL}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${c.headerRow - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:to><xdr:col>${CHART_FROM_COL + 10}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${c.headerRow - 1 + rows}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${xmlEscape(c.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${NS_REL}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`
  );
}

const RELS_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`;

/** Adds the dashboard chart to a written .xlsx package. */
export async function addChartPart(xlsx: Uint8Array, c: ChartSpec): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  const text = async (name: string) => {
    const f = zip.file(name);
    if (!f) throw new Error(`workbook package lacks ${name}`);
    return f.async("string");
  };
  // Find the dashboard's sheet part through workbook.xml and its relationships.
  const book = await text("xl/workbook.xml");
  const sheetTag = new RegExp(`<sheet [^>]*name="${xmlEscape(c.sheetName).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*/>`).exec(book)?.[0];
  const rid = sheetTag && /r:id="([^"]+)"/.exec(sheetTag)?.[1];
  const bookRels = await text("xl/_rels/workbook.xml.rels");
  const target = rid && new RegExp(`<Relationship [^>]*Id="${rid}"[^>]*/>`).exec(bookRels)?.[0].match(/Target="([^"]+)"/)?.[1];
  if (!target) throw new Error(`workbook package has no sheet part for ${c.sheetName}`);
  const sheetPath = `xl/${target.replace(/^\/?xl\//, "")}`;
  const relsPath = sheetPath.replace(/worksheets\/([^/]+)$/, "worksheets/_rels/$1.rels");

  zip.file("xl/charts/chart1.xml", chartXml(c));
  zip.file("xl/drawings/drawing1.xml", drawingXml(c));
  zip.file("xl/drawings/_rels/drawing1.xml.rels", `${RELS_HEAD}<Relationship Id="rId1" Type="${NS_REL}/chart" Target="../charts/chart1.xml"/></Relationships>`);
  const drawingRel = `<Relationship Id="rIdPlanChart" Type="${NS_REL}/drawing" Target="../drawings/drawing1.xml"/>`;
  const rels = zip.file(relsPath) ? (await text(relsPath)).replace("</Relationships>", `${drawingRel}</Relationships>`) : `${RELS_HEAD}${drawingRel}</Relationships>`;
  zip.file(relsPath, rels);
  // <drawing> goes before legacyDrawing / tableParts / extLst, as the worksheet schema orders them.
  const sheet = await text(sheetPath);
  const at = ["<legacyDrawing", "<tableParts", "<extLst", "</worksheet>"].map((t) => sheet.indexOf(t)).filter((i) => i >= 0)[0]!;
  zip.file(sheetPath, `${sheet.slice(0, at)}<drawing r:id="rIdPlanChart"/>${sheet.slice(at)}`);
  const types = (await text("[Content_Types].xml")).replace(
    "</Types>",
    `<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>` +
      `<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>`,
  );
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 1 } });
}

/** Builds the workbook in memory (tests and benchmarks use it without touching the disk). */
export function buildWorkbook(
  results: ExtractionResult[],
  options: WorkbookOptions = {},
): { workbook: ExcelJS.Workbook; summary: WorkbookSummary; chart: ChartSpec | null } {
  const language = options.language ?? "zh-CN";
  const vocabulary = options.vocabulary ?? "standard";
  const actuals = readActuals(options);
  const wb = new ExcelJS.Workbook();
  wb.creator = "Plan Targets for Excel";
  wb.calcProperties.fullCalcOnLoad = true;
  const made: { model: SheetModel; sheetName: string; title: string }[] = [];
  const known = new Set<string>();
  let rows = 0;
  // Two documents may map to one table name (non-Latin file names, names differing in case): each table gets its own.
  const tableNames: string[] = [];
  for (const r of results) {
    const built = buildSheetModel(r.document, r.targets, {
      language, method: options.method ?? "time", tolerance: options.tolerance ?? 0.05, flavour: "native", vocabulary,
      ...(actuals ? { actuals: actuals.byId } : {}),
      ...(options.sourceTexts?.has(r.document.id) ? { sourceText: options.sourceTexts.get(r.document.id)! } : {}),
      valueTexts: { own: options.sourceTexts?.get(r.document.id), files: options.bulletinTexts },
    });
    const model = { ...built, tableName: uniqueTableName(built.tableName, tableNames) };
    tableNames.push(model.tableName);
    const sheetName = uniqueSheetName(model.sheetName, wb.worksheets.map((w) => w.name));
    addTargetsSheet(wb, model, sheetName);
    made.push({ model, sheetName, title: r.document.title ?? r.document.id });
    r.targets.forEach((t) => known.add(t.id));
    rows += model.rows.length;
  }
  // With actuals, the chart shows the indicators that have them; without, every indicator.
  const chart = addDashboardSheet(wb, made, language, vocabulary, (id) => !actuals || actuals.byId.has(id), options.note);
  const warnings: string[] = [];
  if (actuals) {
    for (const [id, line] of actuals.lineOf) {
      if (!known.has(id)) warnings.push(`actuals line ${line}: id ${id} matches no extracted target`);
    }
  }
  return { workbook: wb, summary: { sheets: wb.worksheets.length, rows, warnings }, chart };
}

export async function writeWorkbook(
  results: ExtractionResult[],
  outPath: string,
  options: WorkbookOptions = {},
): Promise<WorkbookSummary> {
  const { workbook, summary, chart } = buildWorkbook(results, options);
  // Stored (uncompressed) by ExcelJS, compressed once, fast, when the chart part is added: at 10,000 rows
  // the default deflate level spends most of the write time for ~30 % size.
  const written = new Uint8Array(await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } } as ExcelJS.XlsxWriteOptions));
  const bytes = chart
    ? await addChartPart(written, chart)
    : await (await JSZip.loadAsync(written)).generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 1 } });
  writeOutput(outPath, bytes);
  return summary;
}


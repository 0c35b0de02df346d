// docs/images/workbook.png: the demo workbook as LibreOffice renders it (PDF → PNG), showing the status
// fills, progress bars and behind-time fills; docs/images/dashboard.png: its dashboard sheet with the chart. Reads out/targets.xlsx (written by `npm run demo`), makes a
// print copy of its first sheet (rows with actuals, the columns that matter, one page wide), then
// LibreOffice → PDF → pdftoppm → PNG.
//   npx tsx scripts/render-workbook-screenshot.ts [in.xlsx] [out.png]
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { columnIndex, type ColumnKey } from "../src/core/sheet";
import { findSoffice, sofficeConvert } from "../tests/libreoffice/recalc";
import { ROOT } from "./make-illustrative-actuals";

/** Columns left out of the picture (long text); the table keeps them. */
const BLANK_ROWS = 4;
const DPI = 130;
const HIDDEN: ColumnKey[] = [
  "id", "region", "document", "section", "responsible", "source", "targetMax", "remGrowth", "remChange", "anticipated",
  "statusCode", "measureNote", "notes", "flag",
];

async function printCopy(input: string, output: string): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  const ws = wb.worksheets[0]!;
  const latest = columnIndex("latest") + 1;
  let shown = 0;
  let blanks = 0;
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const filled = row.getCell(latest).value !== null && row.getCell(latest).value !== undefined;
    // Rows with actuals, and a few without to show that empty inputs stay blank.
    const show = filled || blanks++ < BLANK_ROWS;
    row.hidden = !show;
    if (filled) shown++;
  });
  for (const k of HIDDEN) ws.getColumn(columnIndex(k) + 1).hidden = true;
  ws.getColumn(columnIndex("indicator") + 1).width = 22;
  ws.pageSetup = { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.2, right: 0.2, top: 0.2, bottom: 0.2, header: 0, footer: 0 } };
  // Only the first sheet is printed.
  for (const other of wb.worksheets.slice(1)) other.state = "hidden";
  await wb.xlsx.writeFile(output);
  return shown;
}

/**
 * A print copy showing only the dashboard (the last sheet). Edited in the package itself: reading and
 * re-writing with ExcelJS would drop the chart.
 */
async function dashboardCopy(input: string, output: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(input));
  const book = await zip.file("xl/workbook.xml")!.async("string");
  const tags = book.match(/<sheet [^>]*\/>/g) ?? [];
  let edited = book;
  tags.forEach((tag, i) => {
    const state = i === tags.length - 1 ? "visible" : "hidden";
    const next = /state="[^"]*"/.test(tag) ? tag.replace(/state="[^"]*"/, `state="${state}"`) : tag.replace("<sheet ", `<sheet state="${state}" `);
    edited = edited.replace(tag, next);
  });
  const view = `<bookViews><workbookView activeTab="${tags.length - 1}" firstSheet="${tags.length - 1}"/></bookViews>`;
  edited = /<bookViews>[\s\S]*?<\/bookViews>/.test(edited) ? edited.replace(/<bookViews>[\s\S]*?<\/bookViews>/, view) : edited.replace("<sheets>", `${view}<sheets>`);
  zip.file("xl/workbook.xml", edited);
  writeFileSync(output, await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
}

/** Page 1 of a PDF as PNG, cropped below its lowest text when `crop` (the chart page is kept whole). */
function pageToPng(pdfPath: string, outStem: string, cropToText: boolean): void {
  if (!cropToText) {
    execFileSync("pdftoppm", ["-png", "-r", String(DPI), "-f", "1", "-l", "1", "-singlefile", pdfPath, outStem]);
    return;
  }
  const bbox = execFileSync("pdftotext", ["-bbox", "-f", "1", "-l", "1", pdfPath, "-"], { encoding: "utf8" });
  const bottom = Math.max(...[...bbox.matchAll(/yMax="([\d.]+)"/g)].map((m) => Number(m[1])));
  const crop = Number.isFinite(bottom) ? ["-x", "0", "-y", "0", "-W", String(Math.round((842 * DPI) / 72)), "-H", String(Math.round(((bottom + 12) * DPI) / 72))] : [];
  execFileSync("pdftoppm", ["-png", "-r", String(DPI), "-f", "1", "-l", "1", "-singlefile", ...crop, pdfPath, outStem]);
}

async function main(): Promise<void> {
  const input = path.resolve(process.argv[2] ?? path.join(ROOT, "out", "targets.xlsx"));
  const output = path.resolve(process.argv[3] ?? path.join(ROOT, "docs", "images", "workbook.png"));
  const dashboardOutput = path.join(path.dirname(output), "dashboard.png");
  if (!existsSync(input)) throw new Error(`${path.relative(ROOT, input)} not found: run \`npm run demo\` first`);
  const soffice = findSoffice();
  if (!soffice) throw new Error("LibreOffice (soffice) is needed: apt-get install -y --no-install-recommends libreoffice-calc-nogui");
  const work = mkdtempSync(path.join(os.tmpdir(), "workbook-shot-"));
  try {
    const copy = path.join(work, "targets-print.xlsx");
    const rows = await printCopy(input, copy);
    if (rows === 0) throw new Error("the workbook has no rows with actuals: run the demo with examples/actuals-illustrative.csv");
    const dash = path.join(work, "dashboard-print.xlsx");
    await dashboardCopy(input, dash);
    // One soffice call for both; the recalculating profile makes LibreOffice compute the formulas first.
    sofficeConvert(soffice, path.join(work, "profile"), "pdf", path.join(work, "pdf"), [copy, dash]);
    for (const [stem, out, crop] of [["targets-print", output, true], ["dashboard-print", dashboardOutput, false]] as const) {
      const pdf = path.join(work, "pdf", `${stem}.pdf`);
      if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no ${stem}.pdf`);
      pageToPng(pdf, path.join(work, stem), crop);
      mkdirSync(path.dirname(out), { recursive: true });
      copyFileSync(path.join(work, `${stem}.png`), out);
    }
    console.log(`wrote ${path.relative(ROOT, output)} (${rows} rows with actuals) and ${path.relative(ROOT, dashboardOutput)}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});

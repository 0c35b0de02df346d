import { writeWorkbook } from "/work/main/src/cli/xlsx";
import { DOC, statusCases } from "/work/main/tests/sheet/fixtures";
import { findSoffice, recalcWorkbook } from "/work/main/tests/libreoffice/recalc";
const cases = statusCases();
const csv = "id,base_year,base,latest_year,latest\n" + cases.map(c => [c.target.id, c.actuals.baseYear ?? "", c.actuals.base ?? "", c.actuals.latestYear ?? "", c.actuals.latest ?? ""].join(",")).join("\n");
const s = await writeWorkbook([{ document: DOC, targets: cases.map(c => c.target) }], "/tmp/sheet-lo/book.xlsx", { actualsCsv: csv });
console.log(s);
const t0 = Date.now();
const sheets = recalcWorkbook(findSoffice()!, "/tmp/sheet-lo/book.xlsx", "/tmp/sheet-lo/work");
console.log(Date.now() - t0, [...sheets.keys()]);
for (const [n, rows] of sheets) { console.log(n); for (const r of rows) console.log(r.slice(0,1).concat(r.slice(13)).join(" | ")); }

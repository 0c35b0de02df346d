import ExcelJS from "exceljs";
async function run(label: string, f: (ws: ExcelJS.Worksheet) => void) {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet("S");
  f(ws);
  const t0 = performance.now(); await wb.xlsx.writeBuffer(); console.log(label, Math.round(performance.now() - t0));
}
const F = "IF(OR(O2=\"\",N2=\"\"),\"\"," + "X".repeat(900) + ")";
await run("values only", (ws) => { for (let r = 2; r < 10002; r++) { const row = ws.getRow(r); for (let c = 1; c <= 25; c++) row.getCell(c).value = c < 19 ? "abc" + r : null; } });
await run("values+6 formulas", (ws) => { for (let r = 2; r < 10002; r++) { const row = ws.getRow(r); for (let c = 1; c <= 25; c++) row.getCell(c).value = c < 19 ? "abc" + r : c < 25 ? { formula: F } as any : null; } });
await run("values+numFmt+align", (ws) => { for (let r = 2; r < 10002; r++) { const row = ws.getRow(r); for (let c = 1; c <= 25; c++) { const cell = row.getCell(c); cell.value = c < 19 ? "abc" + r : null; cell.numFmt = "0.00%"; cell.alignment = { vertical: "top" }; } } });
await run("values+shared formulas", (ws) => { for (let r = 2; r < 10002; r++) { const row = ws.getRow(r); for (let c = 1; c <= 25; c++) row.getCell(c).value = c < 19 ? "abc" + r : c < 25 ? (r === 2 ? { formula: F, shareType: "shared", ref: `${String.fromCharCode(64 + c)}2:${String.fromCharCode(64 + c)}10001` } : { sharedFormula: `${String.fromCharCode(64 + c)}2` }) as any : null; } });

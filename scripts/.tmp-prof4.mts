import ExcelJS from "exceljs";
import { buildSheetModel } from "../src/core/sheet";
import { addTargetsSheet } from "../src/cli/xlsx";
import { DOC, manyTargets } from "../tests/sheet/fixtures";
const targets = manyTargets(10000);
let t0 = performance.now();
const model = buildSheetModel(DOC, targets, { language: "zh-CN", method: "time", tolerance: 0.05, flavour: "native" });
console.log("model", Math.round(performance.now() - t0));
for (const wrap of [true, false]) {
  if (!wrap) for (const c of model.columns) delete c.wrap;
  const wb = new ExcelJS.Workbook();
  t0 = performance.now();
  addTargetsSheet(wb, model, "S");
  console.log("sheet", wrap, Math.round(performance.now() - t0));
  t0 = performance.now();
  await wb.xlsx.writeBuffer();
  console.log("write", wrap, Math.round(performance.now() - t0));
}

import { buildWorkbook } from "../src/cli/xlsx";
import { DOC, manyTargets } from "../tests/sheet/fixtures";
const targets = manyTargets(10000);
let t0 = performance.now();
const { workbook } = buildWorkbook([{ document: DOC, targets }], {});
console.log("build", performance.now() - t0);
t0 = performance.now();
const buf = await workbook.xlsx.writeBuffer();
console.log("write", performance.now() - t0, buf.byteLength);

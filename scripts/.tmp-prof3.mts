import { buildWorkbook } from "../src/cli/xlsx";
import { DOC, manyTargets } from "../tests/sheet/fixtures";
const targets = manyTargets(10000);
for (let rep = 0; rep < 2; rep++)
for (const opts of [{}, { useSharedStrings: false }, { zip: { compression: "DEFLATE", compressionOptions: { level: 1 } } }, { zip: { compression: "STORE" } }]) {
  let t0 = performance.now();
  const { workbook } = buildWorkbook([{ document: DOC, targets }], {});
  const b = performance.now() - t0;
  t0 = performance.now();
  const buf = await workbook.xlsx.writeBuffer(opts as any);
  console.log(JSON.stringify(opts), Math.round(b), Math.round(performance.now() - t0), buf.byteLength);
}

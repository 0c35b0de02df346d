import path from "node:path";
import { writeWorkbook } from "../src/cli/xlsx";
import { ROOT, seedResults } from "./seed-results";
const s = seedResults();
console.log(await writeWorkbook(s.results, path.join(ROOT, "out", "targets.xlsx"), { actualsCsv: path.join(ROOT, "examples", "actuals-illustrative.csv"), sourceTexts: s.texts }));

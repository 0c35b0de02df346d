// Real documents, seven-hundred-and-seventy-seventh development set (tests/real/dev777): inland waterway and port goals of 2018–2026 (河南's waterways of 2023 and 2026, 湖北's ports, 安徽's 十四五 capacity, 长兴's waterways) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-seventy-seventh development set", path.join(__dirname, "dev777"), 5,
  { precision: 0.92, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.92 }, 3);

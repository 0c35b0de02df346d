// Real documents, five-hundred-and-ninety-fifth development set (tests/real/dev595): intellectual-property goals of 2021–2026 (湖北's and 武汉's 十四五 plans, 泉州's demonstration plan; no fresh comparison of the pages: the store's search budget was spent) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-ninety-fifth development set", path.join(__dirname, "dev595"), 3,
  { precision: 0.87, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);

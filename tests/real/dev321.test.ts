// Real documents, three-hundred-and-twenty-first development set (tests/real/dev321): provincial livelihood lists and grain goals of 2025 (湖北, 湖南, 四川, 江西) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-twenty-first development set", path.join(__dirname, "dev321"), 4,
  { precision: 0.85, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.84 }, 0);

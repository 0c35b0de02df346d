// Real documents, six-hundred-and-sixty-ninth development set (tests/real/dev669): county-commerce and rural-delivery goals of 2021–2025 (四川's three-year action in a pinyin-glossed mirror, 河北's county commerce plan, the national rural delivery targets) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-sixty-ninth development set", path.join(__dirname, "dev669"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 2);

// Real documents, eight-hundred-and-thirty-third development set (tests/real/dev833): textile and apparel goals of 2018–2025 (赣州's chain-leader plan, 湖北's three-year action, 新疆's plan to 2023, 河南's apparel opinions) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-thirty-third development set", path.join(__dirname, "dev833"), 4,
  { precision: 0.92, recall: 0.69, reviewRecall: 0.95, year: 0.54, kind: 0.91 }, 2);

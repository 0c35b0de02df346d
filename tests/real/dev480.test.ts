// Real documents, four-hundred-and-eightieth development set (tests/real/dev480): 上海's autonomous-driving plan of 2026 in two Taiwan reports, and its micro-drama measures of 2024 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-eightieth development set", path.join(__dirname, "dev480"), 3,
  { precision: 0.8, recall: 0.87, reviewRecall: 0.87, year: 0.95, kind: 0.61 }, 0);

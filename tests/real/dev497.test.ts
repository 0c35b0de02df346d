// Real documents, four-hundred-and-ninety-seventh development set (tests/real/dev497): action plans of 2025–2026 (青岛 digital economy, 沈抚 industry, 奉贤 new materials in a pinyin-glossed mirror) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-ninety-seventh development set", path.join(__dirname, "dev497"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);

// Real documents, four-hundred-and-eighty-first development set (tests/real/dev481): budget reports' goals of 2025–2026 (浙江, 广东 in a pinyin-glossed mirror, 三亚's education budget, 新北's 2026 budget in Taiwan's press) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-eighty-first development set", path.join(__dirname, "dev481"), 4,
  { precision: 0.95, recall: 0.8, reviewRecall: 0.8, year: 0.9, kind: 0.9 }, 0);

// Real documents, four-hundred-and-sixtieth development set (tests/real/dev460): 2025–2026 city goals as mirrors and the Hong Kong press printed them (惠州's report and livelihood list, 北京's report) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-sixtieth development set", path.join(__dirname, "dev460"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);

// Real documents, four-hundred-and-sixty-second development set (tests/real/dev462): rural-revitalisation plans of 2024–2025 under the No. 1 document (大同, 新疆, 江西) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-sixty-second development set", path.join(__dirname, "dev462"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);

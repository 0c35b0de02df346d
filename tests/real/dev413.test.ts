// Real documents, four-hundred-and-thirteenth development set (tests/real/dev413): departments' work meetings of 2025–2026 (长沙 education, 柳州 and 黄冈 transport) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-thirteenth development set", path.join(__dirname, "dev413"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);

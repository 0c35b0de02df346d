// Real documents, four-hundred-and-fifty-third development set (tests/real/dev453): development-and-reform targets of 2026 (济宁, 宝鸡) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-fifty-third development set", path.join(__dirname, "dev453"), 2,
  { precision: 0.95, recall: 0.78, reviewRecall: 0.78, year: 0.95, kind: 0.55 }, 1);

// Real documents, four-hundred-and-twenty-sixth development set (tests/real/dev426): water and forestry goals of 2010–2018 (抚顺, 渭南, 慈利, 杭州 江干, 青岛) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-twenty-sixth development set", path.join(__dirname, "dev426"), 5,
  { precision: 0.86, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.91 }, 2);

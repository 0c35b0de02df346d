// Real documents, four-hundred-and-thirty-third development set (tests/real/dev433): progress reports that restate the year's targets, 2020–2024 (怀柔, 鄂尔多斯, 闽侯, 岳阳楼) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-thirty-third development set", path.join(__dirname, "dev433"), 4,
  { precision: 0.61, recall: 0.79, reviewRecall: 0.79, year: 0.95, kind: 0.9 }, 0);

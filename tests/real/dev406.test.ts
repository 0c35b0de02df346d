// Real documents, four-hundred-and-sixth development set (tests/real/dev406): district work reports and a livelihood list of 2020–2024 (佛山 南海 twice, 厦门 集美, 苏州 姑苏) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-sixth development set", path.join(__dirname, "dev406"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.85 }, 1);

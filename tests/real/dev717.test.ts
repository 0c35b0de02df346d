// Real documents, seven-hundred-and-seventeenth development set (tests/real/dev717): green-mine goals of 2017–2020 (浙江's and 宁夏's mineral plans, 山东's restoration rate, 丰润's abandoned mines) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-seventeenth development set", path.join(__dirname, "dev717"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.76 }, 3);

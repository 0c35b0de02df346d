// Real documents, six-hundred-and-eightieth development set (tests/real/dev680): elevator-retrofit goals of 2017–2025 (北碚's old-elevator renewal, 北京's 2017 and 2018 lift additions) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-eightieth development set", path.join(__dirname, "dev680"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);

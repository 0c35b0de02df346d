// Real documents, five-hundred-and-seventh development set (tests/real/dev507): commerce and investment goals of 2022–2025 (湖北's consumption plan, 四川's investment drive, 广西's parks, 浙江's services trade, 西藏's commerce meeting) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-seventh development set", path.join(__dirname, "dev507"), 5,
  { precision: 0.85, recall: 0.85, reviewRecall: 0.85, year: 0.95, kind: 0.88 }, 1);

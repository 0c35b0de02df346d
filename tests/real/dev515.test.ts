// Real documents, five-hundred-and-fifteenth development set (tests/real/dev515): energy and charging goals of 2022–2023 (山东's green energy plan, 广东's 十四五 energy plan, 福州 and 重庆 charging plans) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-fifteenth development set", path.join(__dirname, "dev515"), 4,
  { precision: 0.95, recall: 0.85, reviewRecall: 0.85, year: 0.95, kind: 0.6 }, 1);

// Real documents, five-hundred-and-ninety-eighth development set (tests/real/dev598): disabled persons' work and 十四五 plans of 2021–2023 (宁波's tasks, 江苏, 福州 and 南通 plans, a 济宁 federation's tasks in a pinyin-glossed mirror) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-ninety-eighth development set", path.join(__dirname, "dev598"), 5,
  { precision: 0.86, recall: 0.95, reviewRecall: 0.95, year: 0.82, kind: 0.91 }, 1);

// Real documents, six-hundred-and-eighteenth development set (tests/real/dev618): power-grid goals of 2021–2025 (广西's rural grid plan, 浙江's grid investment, the southern grid's 十四五 plan in a pinyin-glossed mirror, 甘肃's grid construction) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-eighteenth development set", path.join(__dirname, "dev618"), 4,
  { precision: 0.87, recall: 0.84, reviewRecall: 0.88, year: 0.95, kind: 0.68 }, 0);

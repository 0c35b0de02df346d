// Real documents, six-hundred-and-twelfth development set (tests/real/dev612): medical-insurance goals of 2021–2025 (山西's 十四五 plan, 镇江's work targets, 宁夏's plan in a pinyin-glossed mirror, 临沂's task sheet) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-twelfth development set", path.join(__dirname, "dev612"), 4,
  { precision: 0.77, recall: 0.92, reviewRecall: 0.95, year: 0.88, kind: 0.92 }, 1);

// Real documents, six-hundred-and-tenth development set (tests/real/dev610): manufacturing upgrading and digital-transformation goals of 2021–2025 (江苏's textile measures, 辽宁's digital plan, the national petrochemical guidance, 太仓's measures in a pinyin-glossed mirror, 金华's year tasks) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-tenth development set", path.join(__dirname, "dev610"), 5,
  { precision: 0.95, recall: 0.88, reviewRecall: 0.88, year: 0.95, kind: 0.91 }, 3);

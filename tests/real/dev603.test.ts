// Real documents, six-hundred-and-third development set (tests/real/dev603): integrated-circuit, biomedicine and new-materials plans of 2021–2024 (临港's chip and biomedicine plans, 杭州's chip opinions in a pinyin-glossed mirror, 重庆's advanced-materials plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-third development set", path.join(__dirname, "dev603"), 4,
  { precision: 0.95, recall: 0.9, reviewRecall: 0.95, year: 0.95, kind: 0.9 }, 2);

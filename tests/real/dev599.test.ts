// Real documents, five-hundred-and-ninety-ninth development set (tests/real/dev599): traditional Chinese medicine goals of 2022–2023 (天津's conference tasks, the national 十四五 plan, 云南's task division in a pinyin-glossed mirror, 河南's 十四五 plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-ninety-ninth development set", path.join(__dirname, "dev599"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 3);

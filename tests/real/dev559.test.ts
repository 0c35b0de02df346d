// Real documents, five-hundred-and-fifty-ninth development set (tests/real/dev559): port and trade goals of 2022–2023 (连云港's work report in a pinyin-glossed mirror, 厦门 and 武汉 container targets, 山东's port-cluster plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-fifty-ninth development set", path.join(__dirname, "dev559"), 4,
  { precision: 0.61, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);

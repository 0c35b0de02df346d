// Real documents, six-hundred-and-eighty-ninth development set (tests/real/dev689): green-building and prefabricated-building goals of 2017–2025 (江西's prefab shares, 河北's work points and 山西's 十四五 plan in pinyin-glossed mirrors, 山东's 十三五 targets, 水城's yearly targets) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-eighty-ninth development set", path.join(__dirname, "dev689"), 5,
  { precision: 0.91, recall: 0.91, reviewRecall: 0.91, year: 0.91, kind: 0.95 }, 2);

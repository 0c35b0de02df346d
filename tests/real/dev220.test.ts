// Real documents, two-hundred-and-twentieth development set (tests/real/dev220): 2025–2026 goals and livelihood projects of Jiangxi, Shanxi and Xizang, traditional-character and pinyin-glossed copies among them — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-twentieth development set", path.join(__dirname, "dev220"), 4,
  { precision: 0.9, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);

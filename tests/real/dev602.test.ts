// Real documents, six-hundred-and-second development set (tests/real/dev602): cultural-heritage and museum goals to 2025 (宁夏's and 甘肃's 十四五 heritage plans, the latter an indicator table, the national heritage science plan and 安徽's museum plan, two in pinyin-glossed mirrors) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-second development set", path.join(__dirname, "dev602"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.85 }, 3);

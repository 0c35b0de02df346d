// Real documents, six-hundred-and-twenty-third development set (tests/real/dev623): water-saving goals of 2021–2025 (宁夏's 十四五 water-saving society, 河南's receiving-area task list, 陕西's six actions, 浙江's efficiency plan, the national urban water-saving guideline) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-twenty-third development set", path.join(__dirname, "dev623"), 5,
  { precision: 0.91, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);

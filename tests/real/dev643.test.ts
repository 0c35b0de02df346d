// Real documents, six-hundred-and-forty-third development set (tests/real/dev643): preschool goals of 2019–2025 (郑州's kindergartens, 宁夏's preschool places, 河南's county preschool assessment) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-forty-third development set", path.join(__dirname, "dev643"), 3,
  { precision: 0.95, recall: 0.88, reviewRecall: 0.88, year: 0.55, kind: 0.95 }, 1);

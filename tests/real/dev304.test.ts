// Real documents, three-hundred-and-fourth development set (tests/real/dev304): provincial work reports' and livelihood goals as the press reported them (福建, 河南, 吉林, 辽宁, 山西), 2023–2025 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-fourth development set", path.join(__dirname, "dev304"), 5,
  { precision: 0.83, recall: 0.95, reviewRecall: 0.95, year: 0.81, kind: 0.88 }, 1);

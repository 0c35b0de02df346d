// Real documents, six-hundred-and-eighth development set (tests/real/dev608): urban drainage and waterlogging goals of 2023–2025 (永定's rainwater project, 西安's drainage plan and 烟台's sponge city in pinyin-glossed mirrors, 辽宁's pipe renewal) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-eighth development set", path.join(__dirname, "dev608"), 4,
  { precision: 0.95, recall: 0.76, reviewRecall: 0.85, year: 0.95, kind: 0.95 }, 1);

// Real documents, seven-hundredth development set (tests/real/dev700): back-alley renovation goals of 2018–2025 (铜梁, 广西, 北京, 贵阳 and 黔东南) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundredth development set", path.join(__dirname, "dev700"), 5,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.9, kind: 0.9 }, 2);

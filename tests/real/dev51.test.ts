// Real documents, fifty-first development set (tests/real/dev51): ten topic action and implementation plans of
// 2023–2025 (低空经济, 人工智能, 设备更新, 县域商业, 智改数转, 银发经济, 高校毕业生就业) of a province, cities and districts —
// labelled without sight of the engine and first scored unseen (README.md); the engine has since been developed
// against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, fifty-first development set", path.join(__dirname, "dev51"), 10,
  { precision: 0.95, recall: 0.97, reviewRecall: 0.97, year: 0.97, kind: 0.9 }, 3);

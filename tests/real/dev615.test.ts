// Real documents, six-hundred-and-fifteenth development set (tests/real/dev615): civil-aviation goals of 2021–2025 (新疆's 2024 routes, the 成渝 airport cluster, the 2023 national targets, 广西's 十四五 airports and the national 十四五 capacity, three in pinyin-glossed mirrors) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-fifteenth development set", path.join(__dirname, "dev615"), 5,
  { precision: 0.76, recall: 0.89, reviewRecall: 0.89, year: 0.95, kind: 0.83 }, 1);

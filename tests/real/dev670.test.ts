// Real documents, six-hundred-and-seventieth development set (tests/real/dev670): water-quality goals of 2016–2025 (贵州's and 河北's action plans, 临汾's 2018 plan, 广东's 十四五 plan in traditional characters, 南通's 2019 plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-seventieth development set", path.join(__dirname, "dev670"), 5,
  { precision: 0.95, recall: 0.9, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 3);

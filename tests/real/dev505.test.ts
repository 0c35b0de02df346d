// Real documents, five-hundred-and-fifth development set (tests/real/dev505): transport plans of 2019–2023 (重庆's village roads, 烟台's rural roads, 绵阳's transport meeting, 福州's logistics, 日照's port) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-fifth development set", path.join(__dirname, "dev505"), 5,
  { precision: 0.85, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.85 }, 1);

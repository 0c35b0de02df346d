// Real documents, seven-hundred-and-first development set (tests/real/dev701): vegetable-supply base goals of 2019–2021 (济南's 菜篮子 in two documents, 贵阳's and 贵州's vegetable bases in traditional-character mirrors) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-first development set", path.join(__dirname, "dev701"), 4,
  { precision: 0.95, recall: 0.92, reviewRecall: 0.95, year: 0.95, kind: 0.85 }, 3);

// Real documents, seven-hundred-and-twenty-seventh development set (tests/real/dev727): township and county work goals of 2007–2021 (金塔's 西坝 town, 伽师's 铁日木 township, 化隆's vegetable bases) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-twenty-seventh development set", path.join(__dirname, "dev727"), 3,
  { precision: 0.47, recall: 0.83, reviewRecall: 0.91, year: 0.95, kind: 0.81 }, 1);

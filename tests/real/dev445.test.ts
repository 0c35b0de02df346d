// Real documents, four-hundred-and-forty-fifth development set (tests/real/dev445): 北京's 十四五 forestry plan and a district reading-space standard of 2022 (蚌埠 龙子湖) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-forty-fifth development set", path.join(__dirname, "dev445"), 2,
  { precision: 0.95, recall: 0.9, reviewRecall: 0.9, year: 0.95, kind: 0.84 }, 1);

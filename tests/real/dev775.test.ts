// Real documents, seven-hundred-and-seventy-fifth development set (tests/real/dev775): flower and seedling goals of 2016–2021 (河北's 十三五 flowers, 南阳's roses, 山东's upgrading, 贵州's action plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-seventy-fifth development set", path.join(__dirname, "dev775"), 4,
  { precision: 0.88, recall: 0.91, reviewRecall: 0.95, year: 0.76, kind: 0.91 }, 3);

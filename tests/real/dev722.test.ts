// Real documents, seven-hundred-and-twenty-second development set (tests/real/dev722): rural power-grid goals of 2016–2019 (the national grid indicators, 湖南, 广西, 陕西 and 四川's upgrades) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-twenty-second development set", path.join(__dirname, "dev722"), 5,
  { precision: 0.83, recall: 0.87, reviewRecall: 0.87, year: 0.82, kind: 0.73 }, 2);

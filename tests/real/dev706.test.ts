// Real documents, seven-hundred-and-sixth development set (tests/real/dev706): geological-hazard goals of 2017–2023 (杭州's hazard sites, 四川's three-year remediation, the national 十三五 and 十四五 plans) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-sixth development set", path.join(__dirname, "dev706"), 5,
  { precision: 0.9, recall: 0.9, reviewRecall: 0.95, year: 0.81, kind: 0.54 }, 3);

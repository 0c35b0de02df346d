// Real documents, seven-hundred-and-thirty-third development set (tests/real/dev733): poverty-alleviation goals of 2017–2019 (泰兴's rural income, 安徽's and 河北's county exits, the national reduction plans) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-thirty-third development set", path.join(__dirname, "dev733"), 5,
  { precision: 0.91, recall: 0.91, reviewRecall: 0.91, year: 0.95, kind: 0.79 }, 2);

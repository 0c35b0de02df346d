// Real documents, six-hundred-and-fifty-fourth development set (tests/real/dev654): grain and seed goals of 2022–2030 (成都's 天府粮仓, 四川's action plan and high-yield plots, 吉林's grain output, 河南's seed industry) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-fifty-fourth development set", path.join(__dirname, "dev654"), 5,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.86, kind: 0.9 }, 3);

// Real documents, six-hundred-and-eighty-third development set (tests/real/dev683): sports-industry goals of 2015–2035 (成都's 十四五 sports industry, 安徽's sports-consumption opinions) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-eighty-third development set", path.join(__dirname, "dev683"), 2,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);

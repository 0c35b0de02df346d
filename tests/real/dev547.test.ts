// Real documents, five-hundred-and-forty-seventh development set (tests/real/dev547): provincial work-report and annual-plan goals of 2018–2020 (新疆, 四川 in a pinyin-glossed mirror, 甘肃 and 山东 in traditional characters) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-forty-seventh development set", path.join(__dirname, "dev547"), 4,
  { precision: 0.85, recall: 0.85, reviewRecall: 0.91, year: 0.95, kind: 0.95 }, 0);

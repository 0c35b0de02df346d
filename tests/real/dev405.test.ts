// Real documents, four-hundred-and-fifth development set (tests/real/dev405): provincial departments' work meetings of 2014–2019 (甘肃 transport, 贵州 and 山东 forestry, 江苏 water) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-fifth development set", path.join(__dirname, "dev405"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);

// Real documents, 1111th development set (tests/real/dev1111): biomedicine and medical devices: city and park industry plans — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1111th development set", path.join(__dirname, "dev1111"), 6,
  { precision: 0.78, recall: 0.87, reviewRecall: 0.95, year: 0.95, kind: 0.92 }, 1);

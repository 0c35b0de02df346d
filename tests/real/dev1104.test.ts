// Real documents, 1104th development set (tests/real/dev1104): LED and optoelectronics — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1104th development set", path.join(__dirname, "dev1104"), 6,
  { precision: 0.55, recall: 0.59, reviewRecall: 0.7, year: 0.95, kind: 0.78 }, 4);

// Real documents, 1168th development set (tests/real/dev1168): maternal and child health — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1168th development set", path.join(__dirname, "dev1168"), 6,
  { precision: 0.95, recall: 0.4, reviewRecall: 0.4, year: 0.95, kind: 0.72 }, 2);

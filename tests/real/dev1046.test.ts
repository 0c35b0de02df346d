// Real documents, 1046th development set (tests/real/dev1046): peaches and cherries — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1046th development set", path.join(__dirname, "dev1046"), 2,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.79, kind: 0.79 }, 1);

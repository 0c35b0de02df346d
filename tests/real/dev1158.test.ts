// Real documents, 1158th development set (tests/real/dev1158): energy storage and pumped hydro — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1158th development set", path.join(__dirname, "dev1158"), 5,
  { precision: 0.9, recall: 0.95, reviewRecall: 0.95, year: 0.86, kind: 0.9 }, 3);

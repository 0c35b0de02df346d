// Real documents, 1178th development set (tests/real/dev1178): industrial parks and development zones — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1178th development set", path.join(__dirname, "dev1178"), 6,
  { precision: 0.69, recall: 0.8, reviewRecall: 0.8, year: 0.95, kind: 0.69 }, 2);

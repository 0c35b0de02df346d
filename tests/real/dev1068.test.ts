// Real documents, 1068th development set (tests/real/dev1068): germplasm banks — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1068th development set", path.join(__dirname, "dev1068"), 4,
  { precision: 0.95, recall: 0.87, reviewRecall: 0.87, year: 0.28, kind: 0.7 }, 2);

// Real documents, 1040th development set (tests/real/dev1040): geographic indications — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1040th development set", path.join(__dirname, "dev1040"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.78 }, 2);

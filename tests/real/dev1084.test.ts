// Real documents, 1084th development set (tests/real/dev1084): standardisation — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1084th development set", path.join(__dirname, "dev1084"), 4,
  { precision: 0.9, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.77 }, 4);

// Real documents, 1066th development set (tests/real/dev1066): oral, eye and hearing health — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1066th development set", path.join(__dirname, "dev1066"), 5,
  { precision: 0.73, recall: 0.76, reviewRecall: 0.85, year: 0.95, kind: 0.56 }, 1);

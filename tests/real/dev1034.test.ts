// Real documents, 1034th development set (tests/real/dev1034): olives — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1034th development set", path.join(__dirname, "dev1034"), 5,
  { precision: 0.75, recall: 0.89, reviewRecall: 0.95, year: 0.95, kind: 0.7 }, 2);

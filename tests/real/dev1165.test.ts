// Real documents, 1165th development set (tests/real/dev1165): pre-hospital emergency care — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1165th development set", path.join(__dirname, "dev1165"), 6,
  { precision: 0.7, recall: 0.89, reviewRecall: 0.89, year: 0.83, kind: 0.78 }, 3);

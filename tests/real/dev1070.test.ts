// Real documents, 1070th development set (tests/real/dev1070): hospice and dementia care — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1070th development set", path.join(__dirname, "dev1070"), 3,
  { precision: 0.68, recall: 0.82, reviewRecall: 0.82, year: 0.87, kind: 0.52 }, 0);

// Real documents, 1126th development set (tests/real/dev1126): special equipment safety: elevators, boilers and pressure vessels — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1126th development set", path.join(__dirname, "dev1126"), 4,
  { precision: 0.95, recall: 0.86, reviewRecall: 0.86, year: 0.95, kind: 0.95 }, 3);

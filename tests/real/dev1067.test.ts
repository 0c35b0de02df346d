// Real documents, 1067th development set (tests/real/dev1067): farm film and pesticide-packaging recycling — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1067th development set", path.join(__dirname, "dev1067"), 4,
  { precision: 0.95, recall: 0.85, reviewRecall: 0.85, year: 0.72, kind: 0.95 }, 1);

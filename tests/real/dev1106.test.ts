// Real documents, 1106th development set (tests/real/dev1106): tailings ponds and non-coal mines — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1106th development set", path.join(__dirname, "dev1106"), 6,
  { precision: 0.87, recall: 0.71, reviewRecall: 0.71, year: 0.87, kind: 0.79 }, 2);

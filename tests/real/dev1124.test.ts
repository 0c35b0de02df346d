// Real documents, 1124th development set (tests/real/dev1124): hemp, flax and ramie: planting and bast-fibre textiles — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1124th development set", path.join(__dirname, "dev1124"), 6,
  { precision: 0.65, recall: 0.71, reviewRecall: 0.91, year: 0.73, kind: 0.95 }, 4);

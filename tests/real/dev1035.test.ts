// Real documents, 1035th development set (tests/real/dev1035): cashmere and wool — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1035th development set", path.join(__dirname, "dev1035"), 4,
  { precision: 0.65, recall: 0.81, reviewRecall: 0.95, year: 0.95, kind: 0.79 }, 2);

// Real documents, 1057th development set (tests/real/dev1057): hydropower and small hydro — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1057th development set", path.join(__dirname, "dev1057"), 6,
  { precision: 0.85, recall: 0.76, reviewRecall: 0.76, year: 0.8, kind: 0.87 }, 1);

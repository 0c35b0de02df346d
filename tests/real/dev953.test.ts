// Real documents, nine-hundred-and-fifty-third development set (tests/real/dev953): maternal and child health — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-fifty-third development set", path.join(__dirname, "dev953"), 5,
  { precision: 0.87, recall: 0.8, reviewRecall: 0.95, year: 0.95, kind: 0.78 }, 2);

// Real documents, nine-hundred-and-ninety-third development set (tests/real/dev993): black soil protection — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-ninety-third development set", path.join(__dirname, "dev993"), 5,
  { precision: 0.66, recall: 0.75, reviewRecall: 0.75, year: 0.95, kind: 0.75 }, 1);

// Real documents, nine-hundred-and-eleventh development set (tests/real/dev911): inclusive finance and small-firm credit — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-eleventh development set", path.join(__dirname, "dev911"), 3,
  { precision: 0.7, recall: 0.95, reviewRecall: 0.95, year: 0.72, kind: 0.83 }, 1);

// Real documents, nine-hundred-and-eighty-eighth development set (tests/real/dev988): sports venues and fitness facilities — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-eighty-eighth development set", path.join(__dirname, "dev988"), 4,
  { precision: 0.95, recall: 0.88, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);

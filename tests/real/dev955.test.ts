// Real documents, nine-hundred-and-fifty-fifth development set (tests/real/dev955): edible fungi — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-fifty-fifth development set", path.join(__dirname, "dev955"), 4,
  { precision: 0.9, recall: 0.77, reviewRecall: 0.9, year: 0.95, kind: 0.79 }, 2);

// Real documents, nine-hundred-and-nineteenth development set (tests/real/dev919): meal help for the elderly — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-nineteenth development set", path.join(__dirname, "dev919"), 3,
  { precision: 0.54, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.79 }, 2);

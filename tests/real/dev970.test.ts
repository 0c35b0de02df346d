// Real documents, nine-hundred-and-seventieth development set (tests/real/dev970): bonded zones — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-seventieth development set", path.join(__dirname, "dev970"), 1,
  { precision: 0.95, recall: 0.45, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);

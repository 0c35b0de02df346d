// Real documents, nine-hundred-and-thirteenth development set (tests/real/dev913): follow-up support for relocated households — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-thirteenth development set", path.join(__dirname, "dev913"), 3,
  { precision: 0.28, recall: 0.72, reviewRecall: 0.72, year: 0.37, kind: 0.95 }, 1);

// Real documents, 1022nd development set (tests/real/dev1022): goji — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1022nd development set", path.join(__dirname, "dev1022"), 3,
  { precision: 0.79, recall: 0.95, reviewRecall: 0.95, year: 0.76, kind: 0.95 }, 1);

// Real documents, nine-hundred-and-thirty-third development set (tests/real/dev933): food safety sampling — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-thirty-third development set", path.join(__dirname, "dev933"), 3,
  { precision: 0.95, recall: 0.89, reviewRecall: 0.95, year: 0.95, kind: 0.3 }, 0);

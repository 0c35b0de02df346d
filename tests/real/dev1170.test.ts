// Real documents, 1170th development set (tests/real/dev1170): school buses, canteens and campus safety — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1170th development set", path.join(__dirname, "dev1170"), 6,
  { precision: 0.77, recall: 0.77, reviewRecall: 0.8, year: 0.86, kind: 0.9 }, 2);

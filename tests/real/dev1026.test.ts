// Real documents, 1026th development set (tests/real/dev1026): natural rubber — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1026th development set", path.join(__dirname, "dev1026"), 3,
  { precision: 0.79, recall: 0.86, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 3);

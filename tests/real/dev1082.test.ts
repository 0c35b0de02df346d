// Real documents, 1082nd development set (tests/real/dev1082): the bamboo industry — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1082nd development set", path.join(__dirname, "dev1082"), 6,
  { precision: 0.88, recall: 0.91, reviewRecall: 0.95, year: 0.91, kind: 0.95 }, 2);

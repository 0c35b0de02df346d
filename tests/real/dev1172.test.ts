// Real documents, 1172nd development set (tests/real/dev1172): agricultural industrial parks and one village one product — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1172nd development set", path.join(__dirname, "dev1172"), 6,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.92 }, 4);

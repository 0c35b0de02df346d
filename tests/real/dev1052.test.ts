// Real documents, 1052nd development set (tests/real/dev1052): karst rocky desertification — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1052nd development set", path.join(__dirname, "dev1052"), 4,
  { precision: 0.88, recall: 0.88, reviewRecall: 0.95, year: 0.52, kind: 0.73 }, 2);

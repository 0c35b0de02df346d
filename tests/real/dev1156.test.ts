// Real documents, 1156th development set (tests/real/dev1156): publishing and reading — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1156th development set", path.join(__dirname, "dev1156"), 5,
  { precision: 0.82, recall: 0.77, reviewRecall: 0.77, year: 0.95, kind: 0.73 }, 3);

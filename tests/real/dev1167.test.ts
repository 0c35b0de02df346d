// Real documents, 1167th development set (tests/real/dev1167): grain reserves and storage — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1167th development set", path.join(__dirname, "dev1167"), 5,
  { precision: 0.83, recall: 0.83, reviewRecall: 0.95, year: 0.95, kind: 0.63 }, 2);

// Real documents, 1033rd development set (tests/real/dev1033): laver — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1033rd development set", path.join(__dirname, "dev1033"), 2,
  { precision: 0.95, recall: 0.45, reviewRecall: 0.45, year: 0, kind: 0.95 }, 2);

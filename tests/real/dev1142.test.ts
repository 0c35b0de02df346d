// Real documents, 1142nd development set (tests/real/dev1142): traditional crafts and arts-and-crafts industries — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1142nd development set", path.join(__dirname, "dev1142"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.87 }, 3);

// Real documents, 1062nd development set (tests/real/dev1062): venture capital and angel funds — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1062nd development set", path.join(__dirname, "dev1062"), 5,
  { precision: 0.88, recall: 0.88, reviewRecall: 0.95, year: 0.8, kind: 0.66 }, 1);

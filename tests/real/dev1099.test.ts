// Real documents, 1099th development set (tests/real/dev1099): a town's yearly projects — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1099th development set", path.join(__dirname, "dev1099"), 1,
  { precision: 0.95, recall: 0.83, reviewRecall: 0.95, year: 0.95, kind: 0.57 }, 0);

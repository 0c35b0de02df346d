// Real documents, 1161st development set (tests/real/dev1161): rural labour transfer — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1161st development set", path.join(__dirname, "dev1161"), 4,
  { precision: 0.95, recall: 0.88, reviewRecall: 0.95, year: 0.95, kind: 0.88 }, 3);

// Real documents, 1077th development set (tests/real/dev1077): property services — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1077th development set", path.join(__dirname, "dev1077"), 3,
  { precision: 0.72, recall: 0.65, reviewRecall: 0.75, year: 0.8, kind: 0.66 }, 1);

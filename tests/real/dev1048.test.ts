// Real documents, 1048th development set (tests/real/dev1048): lotus root and aquatic vegetables — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1048th development set", path.join(__dirname, "dev1048"), 2,
  { precision: 0.25, recall: 0.75, reviewRecall: 0.95, year: 0.7, kind: 0.95 }, 1);

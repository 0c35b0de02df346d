// Real documents, 1080th development set (tests/real/dev1080): equipment renewal and consumer trade-in — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1080th development set", path.join(__dirname, "dev1080"), 3,
  { precision: 0.95, recall: 0.83, reviewRecall: 0.83, year: 0.95, kind: 0.95 }, 3);

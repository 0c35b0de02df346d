// Real documents, 1050th development set (tests/real/dev1050): the horse industry — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1050th development set", path.join(__dirname, "dev1050"), 4,
  { precision: 0.86, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);

// Real documents, 1021st development set (tests/real/dev1021): ginseng — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1021st development set", path.join(__dirname, "dev1021"), 3,
  { precision: 0.89, recall: 0.89, reviewRecall: 0.89, year: 0.95, kind: 0.95 }, 3);

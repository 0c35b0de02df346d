// Real documents, 1153rd development set (tests/real/dev1153): leisure agriculture and rural tourism — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1153rd development set", path.join(__dirname, "dev1153"), 6,
  { precision: 0.88, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.83 }, 0);

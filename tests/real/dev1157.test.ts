// Real documents, 1157th development set (tests/real/dev1157): household registration and settling in towns — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1157th development set", path.join(__dirname, "dev1157"), 4,
  { precision: 0.86, recall: 0.76, reviewRecall: 0.95, year: 0.81, kind: 0.76 }, 1);

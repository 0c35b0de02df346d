// Real documents, 1081st development set (tests/real/dev1081): commercial aerospace and satellites — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1081st development set", path.join(__dirname, "dev1081"), 6,
  { precision: 0.9, recall: 0.9, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 5);

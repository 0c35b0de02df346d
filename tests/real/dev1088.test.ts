// Real documents, 1088th development set (tests/real/dev1088): student physical health and school sports — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1088th development set", path.join(__dirname, "dev1088"), 4,
  { precision: 0.89, recall: 0.8, reviewRecall: 0.85, year: 0.89, kind: 0.83 }, 1);

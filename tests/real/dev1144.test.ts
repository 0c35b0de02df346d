// Real documents, 1144th development set (tests/real/dev1144): waste-free cities and solid-waste use — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1144th development set", path.join(__dirname, "dev1144"), 6,
  { precision: 0.9, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);

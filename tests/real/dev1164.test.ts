// Real documents, 1164th development set (tests/real/dev1164): new-energy vehicles and charging — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1164th development set", path.join(__dirname, "dev1164"), 6,
  { precision: 0.92, recall: 0.92, reviewRecall: 0.92, year: 0.85, kind: 0.82 }, 0);

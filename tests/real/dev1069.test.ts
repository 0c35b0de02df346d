// Real documents, 1069th development set (tests/real/dev1069): taxis and ride-hailing — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1069th development set", path.join(__dirname, "dev1069"), 5,
  { precision: 0.71, recall: 0.95, reviewRecall: 0.95, year: 0.84, kind: 0.95 }, 3);

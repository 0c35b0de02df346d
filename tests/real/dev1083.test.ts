// Real documents, 1083rd development set (tests/real/dev1083): the under-forest economy — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1083rd development set", path.join(__dirname, "dev1083"), 5,
  { precision: 0.89, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.93 }, 2);

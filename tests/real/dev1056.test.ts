// Real documents, 1056th development set (tests/real/dev1056): supply-and-marketing cooperatives — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1056th development set", path.join(__dirname, "dev1056"), 5,
  { precision: 0.82, recall: 0.95, reviewRecall: 0.95, year: 0.66, kind: 0.95 }, 1);

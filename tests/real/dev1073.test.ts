// Real documents, 1073rd development set (tests/real/dev1073): street lighting — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1073rd development set", path.join(__dirname, "dev1073"), 5,
  { precision: 0.76, recall: 0.88, reviewRecall: 0.88, year: 0.95, kind: 0.91 }, 2);

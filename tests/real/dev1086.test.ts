// Real documents, 1086th development set (tests/real/dev1086): nuclear power and nuclear technology — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1086th development set", path.join(__dirname, "dev1086"), 5,
  { precision: 0.95, recall: 0.91, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);

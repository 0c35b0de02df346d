// Real documents, 1054th development set (tests/real/dev1054): state-owned enterprise reform — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1054th development set", path.join(__dirname, "dev1054"), 5,
  { precision: 0.9, recall: 0.82, reviewRecall: 0.86, year: 0.71, kind: 0.95 }, 4);

// Real documents, 1150th development set (tests/real/dev1150): medical and elderly care — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1150th development set", path.join(__dirname, "dev1150"), 5,
  { precision: 0.95, recall: 0.63, reviewRecall: 0.67, year: 0.61, kind: 0.95 }, 2);

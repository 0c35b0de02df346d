// Real documents, 1125th development set (tests/real/dev1125): cybersecurity and data security industry — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1125th development set", path.join(__dirname, "dev1125"), 6,
  { precision: 0.89, recall: 0.92, reviewRecall: 0.95, year: 0.95, kind: 0.86 }, 3);

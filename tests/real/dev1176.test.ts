// Real documents, 1176th development set (tests/real/dev1176): wholesale markets and trade logistics — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1176th development set", path.join(__dirname, "dev1176"), 6,
  { precision: 0.8, recall: 0.89, reviewRecall: 0.92, year: 0.53, kind: 0.92 }, 4);

// Real documents, 1177th development set (tests/real/dev1177): gig markets and job services — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1177th development set", path.join(__dirname, "dev1177"), 5,
  { precision: 0.95, recall: 0.66, reviewRecall: 0.66, year: 0.15, kind: 0.75 }, 3);

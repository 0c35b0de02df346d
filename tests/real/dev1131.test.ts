// Real documents, 1131st development set (tests/real/dev1131): sports venues, fitness centres, sports parks and football pitches — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1131st development set", path.join(__dirname, "dev1131"), 5,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.8 }, 1);

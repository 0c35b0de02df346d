// Real documents, one-thousand-and-thirteenth development set (tests/real/dev1013): leather and footwear — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, one-thousand-and-thirteenth development set", path.join(__dirname, "dev1013"), 5,
  { precision: 0.57, recall: 0.8, reviewRecall: 0.85, year: 0.17, kind: 0.83 }, 1);

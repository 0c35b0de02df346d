// Real documents, one-thousand-and-fourteenth development set (tests/real/dev1014): Beidou satellite navigation — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, one-thousand-and-fourteenth development set", path.join(__dirname, "dev1014"), 4,
  { precision: 0.9, recall: 0.95, reviewRecall: 0.95, year: 0.71, kind: 0.85 }, 2);

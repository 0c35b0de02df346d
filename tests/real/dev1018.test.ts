// Real documents, one-thousand-and-eighteenth development set (tests/real/dev1018): mangoes — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, one-thousand-and-eighteenth development set", path.join(__dirname, "dev1018"), 4,
  { precision: 0.88, recall: 0.95, reviewRecall: 0.95, year: 0.45, kind: 0.8 }, 1);

// Real documents, one-thousand-and-second development set (tests/real/dev1002): ceramics — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, one-thousand-and-second development set", path.join(__dirname, "dev1002"), 6,
  { precision: 0.73, recall: 0.89, reviewRecall: 0.89, year: 0.83, kind: 0.95 }, 3);

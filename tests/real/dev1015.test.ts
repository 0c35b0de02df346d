// Real documents, one-thousand-and-fifteenth development set (tests/real/dev1015): blockchain — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, one-thousand-and-fifteenth development set", path.join(__dirname, "dev1015"), 5,
  { precision: 0.91, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.75 }, 1);

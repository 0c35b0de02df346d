// Real documents, one-thousand-and-sixth development set (tests/real/dev1006): grapes and wine — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, one-thousand-and-sixth development set", path.join(__dirname, "dev1006"), 5,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.89, kind: 0.77 }, 3);

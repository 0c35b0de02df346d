// Real documents, one-thousand-and-first development set (tests/real/dev1001): water and soil conservation — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, one-thousand-and-first development set", path.join(__dirname, "dev1001"), 4,
  { precision: 0.4, recall: 0.79, reviewRecall: 0.79, year: 0.58, kind: 0.85 }, 2);

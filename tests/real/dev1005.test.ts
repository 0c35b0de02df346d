// Real documents, one-thousand-and-fifth development set (tests/real/dev1005): hotels and catering — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, one-thousand-and-fifth development set", path.join(__dirname, "dev1005"), 6,
  { precision: 0.79, recall: 0.91, reviewRecall: 0.91, year: 0.95, kind: 0.91 }, 3);

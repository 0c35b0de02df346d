// Real documents, one-thousand-and-third development set (tests/real/dev1003): furniture and home furnishing — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, one-thousand-and-third development set", path.join(__dirname, "dev1003"), 6,
  { precision: 0.72, recall: 0.95, reviewRecall: 0.95, year: 0.52, kind: 0.85 }, 2);

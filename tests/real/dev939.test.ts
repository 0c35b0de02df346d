// Real documents, nine-hundred-and-thirty-ninth development set (tests/real/dev939): high-level talent programmes — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-thirty-ninth development set", path.join(__dirname, "dev939"), 5,
  { precision: 0.65, recall: 0.95, reviewRecall: 0.95, year: 0.37, kind: 0.8 }, 3);

// Real documents, one-thousand-and-seventh development set (tests/real/dev1007): crayfish and crabs — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, one-thousand-and-seventh development set", path.join(__dirname, "dev1007"), 5,
  { precision: 0.92, recall: 0.95, reviewRecall: 0.95, year: 0.84, kind: 0.92 }, 2);

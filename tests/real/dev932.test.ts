// Real documents, nine-hundred-and-thirty-second development set (tests/real/dev932): rural homestays — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-thirty-second development set", path.join(__dirname, "dev932"), 5,
  { precision: 0.82, recall: 0.88, reviewRecall: 0.88, year: 0.8, kind: 0.66 }, 2);

// Real documents, nine-hundred-and-fifty-second development set (tests/real/dev952): child and adolescent myopia — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-fifty-second development set", path.join(__dirname, "dev952"), 4,
  { precision: 0.89, recall: 0.71, reviewRecall: 0.71, year: 0.83, kind: 0.76 }, 0);

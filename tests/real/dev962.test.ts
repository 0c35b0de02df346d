// Real documents, nine-hundred-and-sixty-second development set (tests/real/dev962): general aviation and air rescue — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-sixty-second development set", path.join(__dirname, "dev962"), 5,
  { precision: 0.91, recall: 0.72, reviewRecall: 0.78, year: 0.61, kind: 0.49 }, 1);

// Real documents, nine-hundred-and-twentieth development set (tests/real/dev920): forest fire prevention — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-twentieth development set", path.join(__dirname, "dev920"), 3,
  { precision: 0.78, recall: 0.95, reviewRecall: 0.95, year: 0.65, kind: 0.85 }, 1);

// Real documents, nine-hundred-and-ninety-eighth development set (tests/real/dev998): film and cinemas — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-ninety-eighth development set", path.join(__dirname, "dev998"), 5,
  { precision: 0.83, recall: 0.95, reviewRecall: 0.95, year: 0.81, kind: 0.85 }, 3);

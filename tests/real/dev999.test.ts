// Real documents, nine-hundred-and-ninety-ninth development set (tests/real/dev999): street lighting — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-ninety-ninth development set", path.join(__dirname, "dev999"), 4,
  { precision: 0.91, recall: 0.81, reviewRecall: 0.81, year: 0.91, kind: 0.72 }, 2);

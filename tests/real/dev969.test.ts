// Real documents, nine-hundred-and-sixty-ninth development set (tests/real/dev969): listed companies — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-sixty-ninth development set", path.join(__dirname, "dev969"), 5,
  { precision: 0.92, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.55 }, 1);

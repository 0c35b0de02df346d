// Real documents, nine-hundred-and-fifty-eighth development set (tests/real/dev958): wind power — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-fifty-eighth development set", path.join(__dirname, "dev958"), 5,
  { precision: 0.68, recall: 0.95, reviewRecall: 0.95, year: 0.85, kind: 0.81 }, 3);

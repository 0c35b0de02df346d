// Real documents, four-hundred-and-thirty-seventh development set (tests/real/dev437): 2026 goals of 福建 and 厦门–漳州 as Taiwan's press printed them, in traditional characters — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-thirty-seventh development set", path.join(__dirname, "dev437"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);

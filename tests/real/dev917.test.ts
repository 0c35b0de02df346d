// Real documents, nine-hundred-and-seventeenth development set (tests/real/dev917): nature reserves and national parks — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-seventeenth development set", path.join(__dirname, "dev917"), 4,
  { precision: 0.9, recall: 0.87, reviewRecall: 0.91, year: 0.34, kind: 0.73 }, 3);

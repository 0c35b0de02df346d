// Real documents, 1171st development set (tests/real/dev1171): air pollution and blue-sky campaigns — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1171st development set", path.join(__dirname, "dev1171"), 3,
  { precision: 0.95, recall: 0.76, reviewRecall: 0.95, year: 0.85, kind: 0.95 }, 0);

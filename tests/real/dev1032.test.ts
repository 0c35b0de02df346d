// Real documents, 1032nd development set (tests/real/dev1032): cold-water fish — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1032nd development set", path.join(__dirname, "dev1032"), 6,
  { precision: 0.87, recall: 0.83, reviewRecall: 0.91, year: 0.47, kind: 0.82 }, 4);

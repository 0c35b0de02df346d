// Real documents, 1102nd development set (tests/real/dev1102): transport work meetings — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1102nd development set", path.join(__dirname, "dev1102"), 3,
  { precision: 0.95, recall: 0.91, reviewRecall: 0.91, year: 0.95, kind: 0.87 }, 0);

// Real documents, 1059th development set (tests/real/dev1059): printing and packaging — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1059th development set", path.join(__dirname, "dev1059"), 5,
  { precision: 0.58, recall: 0.58, reviewRecall: 0.58, year: 0.37, kind: 0.95 }, 0);

// Real documents, one-thousand-and-seventeenth development set (tests/real/dev1017): citrus — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, one-thousand-and-seventeenth development set", path.join(__dirname, "dev1017"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.88 }, 1);

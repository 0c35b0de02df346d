// Real documents, one-thousand-and-nineteenth development set (tests/real/dev1019): chili peppers — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, one-thousand-and-nineteenth development set", path.join(__dirname, "dev1019"), 6,
  { precision: 0.69, recall: 0.83, reviewRecall: 0.83, year: 0.21, kind: 0.73 }, 3);

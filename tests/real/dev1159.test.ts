// Real documents, 1159th development set (tests/real/dev1159): county commerce and rural logistics — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1159th development set", path.join(__dirname, "dev1159"), 3,
  { precision: 0.95, recall: 0.76, reviewRecall: 0.76, year: 0.95, kind: 0.95 }, 1);

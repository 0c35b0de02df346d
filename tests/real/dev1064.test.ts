// Real documents, 1064th development set (tests/real/dev1064): farmers' markets and wholesale markets — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1064th development set", path.join(__dirname, "dev1064"), 6,
  { precision: 0.82, recall: 0.91, reviewRecall: 0.91, year: 0.8, kind: 0.83 }, 1);

// Real documents, 1166th development set (tests/real/dev1166): oil, gas and shale gas — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1166th development set", path.join(__dirname, "dev1166"), 5,
  { precision: 0.77, recall: 0.68, reviewRecall: 0.73, year: 0.95, kind: 0.95 }, 3);

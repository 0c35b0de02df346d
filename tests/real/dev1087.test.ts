// Real documents, 1087th development set (tests/real/dev1087): foreign investment and target-breakdown tables — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1087th development set", path.join(__dirname, "dev1087"), 4,
  { precision: 0.93, recall: 0.95, reviewRecall: 0.95, year: 0.86, kind: 0.77 }, 1);

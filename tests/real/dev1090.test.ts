// Real documents, 1090th development set (tests/real/dev1090): farmer cooperatives and family farms — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1090th development set", path.join(__dirname, "dev1090"), 5,
  { precision: 0.91, recall: 0.87, reviewRecall: 0.91, year: 0.95, kind: 0.91 }, 4);

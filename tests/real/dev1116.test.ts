// Real documents, 1116th development set (tests/real/dev1116): outdoor sports: water, mountain and air sports, camps, trails and yacht berths — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1116th development set", path.join(__dirname, "dev1116"), 5,
  { precision: 0.87, recall: 0.95, reviewRecall: 0.95, year: 0.79, kind: 0.59 }, 1);

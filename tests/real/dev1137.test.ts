// Real documents, 1137th development set (tests/real/dev1137): prepared food and the food industry — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1137th development set", path.join(__dirname, "dev1137"), 6,
  { precision: 0.79, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 3);

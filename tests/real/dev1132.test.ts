// Real documents, 1132nd development set (tests/real/dev1132): scrapped cars, used cars and car consumption — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1132nd development set", path.join(__dirname, "dev1132"), 5,
  { precision: 0.77, recall: 0.4, reviewRecall: 0.4, year: 0.89, kind: 0.95 }, 1);

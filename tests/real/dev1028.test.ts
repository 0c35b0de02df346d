// Real documents, 1028th development set (tests/real/dev1028): blueberries and strawberries — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1028th development set", path.join(__dirname, "dev1028"), 5,
  { precision: 0.78, recall: 0.95, reviewRecall: 0.95, year: 0.88, kind: 0.75 }, 4);

// Real documents, 1044th development set (tests/real/dev1044): layer hens and eggs — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1044th development set", path.join(__dirname, "dev1044"), 4,
  { precision: 0.92, recall: 0.89, reviewRecall: 0.92, year: 0.95, kind: 0.95 }, 0);

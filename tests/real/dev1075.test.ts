// Real documents, 1075th development set (tests/real/dev1075): land expropriation and resettlement housing — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1075th development set", path.join(__dirname, "dev1075"), 6,
  { precision: 0.79, recall: 0.86, reviewRecall: 0.86, year: 0.66, kind: 0.76 }, 0);

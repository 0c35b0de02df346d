// Real documents, 1136th development set (tests/real/dev1136): marine ranching, artificial reefs and deep-sea aquaculture — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1136th development set", path.join(__dirname, "dev1136"), 6,
  { precision: 0.86, recall: 0.7, reviewRecall: 0.73, year: 0.23, kind: 0.71 }, 0);

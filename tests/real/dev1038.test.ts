// Real documents, 1038th development set (tests/real/dev1038): surveying and mapping — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1038th development set", path.join(__dirname, "dev1038"), 5,
  { precision: 0.73, recall: 0.78, reviewRecall: 0.78, year: 0.88, kind: 0.95 }, 4);

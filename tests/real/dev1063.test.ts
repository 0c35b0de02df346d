// Real documents, 1063rd development set (tests/real/dev1063): pedestrian streets, first stores and night-time economy — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1063rd development set", path.join(__dirname, "dev1063"), 3,
  { precision: 0.8, recall: 0.8, reviewRecall: 0.87, year: 0.95, kind: 0.78 }, 2);

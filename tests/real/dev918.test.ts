// Real documents, nine-hundred-and-eighteenth development set (tests/real/dev918): road traffic safety — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-eighteenth development set", path.join(__dirname, "dev918"), 4,
  { precision: 0.81, recall: 0.79, reviewRecall: 0.87, year: 0.38, kind: 0.88 }, 3);

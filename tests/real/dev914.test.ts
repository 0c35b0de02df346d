// Real documents, nine-hundred-and-fourteenth development set (tests/real/dev914): sports events and mass fitness — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-fourteenth development set", path.join(__dirname, "dev914"), 4,
  { precision: 0.81, recall: 0.77, reviewRecall: 0.82, year: 0.95, kind: 0.58 }, 0);

// Real documents, nine-hundred-and-third development set (tests/real/dev903): hazardous chemicals and chemical parks — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-third development set", path.join(__dirname, "dev903"), 2,
  { precision: 0.72, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);

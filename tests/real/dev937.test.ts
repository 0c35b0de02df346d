// Real documents, nine-hundred-and-thirty-seventh development set (tests/real/dev937): critical care and reserve beds — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-thirty-seventh development set", path.join(__dirname, "dev937"), 4,
  { precision: 0.86, recall: 0.86, reviewRecall: 0.9, year: 0.35, kind: 0.67 }, 2);

// Real documents, two-hundred-and-eighty-seventh development set (tests/real/dev287): special plans' indicator tables, one cell per line and run together, 2011 and 2016 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-eighty-seventh development set", path.join(__dirname, "dev287"), 2,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 2);

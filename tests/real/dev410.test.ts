// Real documents, four-hundred-and-tenth development set (tests/real/dev410): county and city goals of 2009–2010 (大洼, 漳州, an unnamed county's farm work) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-tenth development set", path.join(__dirname, "dev410"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.92 }, 1);

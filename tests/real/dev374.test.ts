// Real documents, three-hundred-and-seventy-fourth development set (tests/real/dev374): prefecture cities' livelihood lists of 2009–2014 (盐城, 无锡, 威海, 苏州) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-seventy-fourth development set", path.join(__dirname, "dev374"), 4,
  { precision: 0.95, recall: 0.92, reviewRecall: 0.92, year: 0.95, kind: 0.95 }, 0);

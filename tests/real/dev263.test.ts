// Real documents, two-hundred-and-sixty-third development set (tests/real/dev263): open-economy and foreign-trade goals (Changsha free-trade airport zone, Chongqing, a city's 2004 meeting) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-sixty-third development set", path.join(__dirname, "dev263"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.9 }, 0);

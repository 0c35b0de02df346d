// Real documents, seven-hundred-and-nineteenth development set (tests/real/dev719): county-seat and local urbanisation goals of 2010–2015 (陕西's county seats, 江西's near-home urbanisation) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-nineteenth development set", path.join(__dirname, "dev719"), 2,
  { precision: 0.95, recall: 0.77, reviewRecall: 0.77, year: 0.95, kind: 0.73 }, 2);

// Real documents, 1130th development set (tests/real/dev1130): selenium-rich agriculture and functional farming — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1130th development set", path.join(__dirname, "dev1130"), 6,
  { precision: 0.86, recall: 0.92, reviewRecall: 0.92, year: 0.95, kind: 0.9 }, 4);

// Real documents, five-hundred-and-eleventh development set (tests/real/dev511): a district yearbook's review table of 十三五 targets (越城), read from a scan — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-eleventh development set", path.join(__dirname, "dev511"), 1,
  { precision: 0, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);

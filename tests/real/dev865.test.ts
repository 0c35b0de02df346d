// Real documents, eight-hundred-and-sixty-fifth development set (tests/real/dev865): fishing ports and coastal restoration — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-sixty-fifth development set", path.join(__dirname, "dev865"), 4,
  { precision: 0.64, recall: 0.59, reviewRecall: 0.59, year: 0.11, kind: 0.72 }, 1);

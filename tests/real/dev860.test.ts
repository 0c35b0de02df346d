// Real documents, eight-hundred-and-sixtieth development set (tests/real/dev860): data elements and the big-data industry — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-sixtieth development set", path.join(__dirname, "dev860"), 5,
  { precision: 0.95, recall: 0.9, reviewRecall: 0.95, year: 0.82, kind: 0.9 }, 2);

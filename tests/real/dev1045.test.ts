// Real documents, 1045th development set (tests/real/dev1045): bananas, coconuts and tropical fruit — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1045th development set", path.join(__dirname, "dev1045"), 4,
  { precision: 0.88, recall: 0.88, reviewRecall: 0.92, year: 0.92, kind: 0.85 }, 2);

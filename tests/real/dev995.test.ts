// Real documents, nine-hundred-and-ninety-fifth development set (tests/real/dev995): coal industry — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-ninety-fifth development set", path.join(__dirname, "dev995"), 4,
  { precision: 0.9, recall: 0.9, reviewRecall: 0.9, year: 0.95, kind: 0.87 }, 3);

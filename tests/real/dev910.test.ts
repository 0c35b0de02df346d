// Real documents, nine-hundred-and-tenth development set (tests/real/dev910): exhibitions and conventions — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-tenth development set", path.join(__dirname, "dev910"), 4,
  { precision: 0.92, recall: 0.8, reviewRecall: 0.82, year: 0.95, kind: 0.69 }, 3);

// Real documents, nine-hundred-and-ninety-first development set (tests/real/dev991): inland waterways — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-ninety-first development set", path.join(__dirname, "dev991"), 5,
  { precision: 0.8, recall: 0.91, reviewRecall: 0.91, year: 0.61, kind: 0.78 }, 1);

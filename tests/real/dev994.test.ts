// Real documents, nine-hundred-and-ninety-fourth development set (tests/real/dev994): contaminated land — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-ninety-fourth development set", path.join(__dirname, "dev994"), 3,
  { precision: 0.95, recall: 0.89, reviewRecall: 0.89, year: 0.95, kind: 0.78 }, 1);

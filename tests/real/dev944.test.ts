// Real documents, nine-hundred-and-forty-fourth development set (tests/real/dev944): invention patents — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-forty-fourth development set", path.join(__dirname, "dev944"), 3,
  { precision: 0.86, recall: 0.95, reviewRecall: 0.95, year: 0.63, kind: 0.95 }, 2);

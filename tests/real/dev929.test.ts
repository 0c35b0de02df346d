// Real documents, nine-hundred-and-twenty-ninth development set (tests/real/dev929): land consolidation — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-twenty-ninth development set", path.join(__dirname, "dev929"), 4,
  { precision: 0.95, recall: 0.78, reviewRecall: 0.85, year: 0.75, kind: 0.87 }, 2);

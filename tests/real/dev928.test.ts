// Real documents, nine-hundred-and-twenty-eighth development set (tests/real/dev928): rural domestic sewage — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-twenty-eighth development set", path.join(__dirname, "dev928"), 4,
  { precision: 0.78, recall: 0.73, reviewRecall: 0.84, year: 0.75, kind: 0.95 }, 1);

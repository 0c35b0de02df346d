// Real documents, nine-hundred-and-seventy-first development set (tests/real/dev971): special education — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-seventy-first development set", path.join(__dirname, "dev971"), 5,
  { precision: 0.8, recall: 0.7, reviewRecall: 0.95, year: 0.86, kind: 0.61 }, 4);

// Real documents, nine-hundred-and-seventy-second development set (tests/real/dev972): sugar cane — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-seventy-second development set", path.join(__dirname, "dev972"), 4,
  { precision: 0.95, recall: 0.84, reviewRecall: 0.84, year: 0.95, kind: 0.87 }, 1);

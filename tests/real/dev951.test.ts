// Real documents, nine-hundred-and-fifty-first development set (tests/real/dev951): soil and water conservation — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-fifty-first development set", path.join(__dirname, "dev951"), 5,
  { precision: 0.95, recall: 0.81, reviewRecall: 0.95, year: 0.95, kind: 0.75 }, 3);

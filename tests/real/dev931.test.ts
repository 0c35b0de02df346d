// Real documents, nine-hundred-and-thirty-first development set (tests/real/dev931): volunteer services — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-thirty-first development set", path.join(__dirname, "dev931"), 5,
  { precision: 0.81, recall: 0.81, reviewRecall: 0.88, year: 0.64, kind: 0.79 }, 3);

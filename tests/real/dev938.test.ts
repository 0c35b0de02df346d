// Real documents, nine-hundred-and-thirty-eighth development set (tests/real/dev938): rural e-commerce — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-thirty-eighth development set", path.join(__dirname, "dev938"), 5,
  { precision: 0.81, recall: 0.81, reviewRecall: 0.88, year: 0.83, kind: 0.79 }, 4);

// Real documents, nine-hundred-and-forty-eighth development set (tests/real/dev948): integrated circuits — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-forty-eighth development set", path.join(__dirname, "dev948"), 5,
  { precision: 0.85, recall: 0.81, reviewRecall: 0.9, year: 0.95, kind: 0.89 }, 3);

// Real documents, eight-hundred-and-eighty-third development set (tests/real/dev883): digital RMB and fintech — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-eighty-third development set", path.join(__dirname, "dev883"), 5,
  { precision: 0.67, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.83 }, 2);

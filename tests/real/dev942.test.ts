// Real documents, nine-hundred-and-forty-second development set (tests/real/dev942): wetland protection — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-forty-second development set", path.join(__dirname, "dev942"), 5,
  { precision: 0.95, recall: 0.9, reviewRecall: 0.9, year: 0.95, kind: 0.95 }, 2);

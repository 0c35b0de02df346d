// Real documents, nine-hundred-and-forty-seventh development set (tests/real/dev947): new-energy batteries — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-forty-seventh development set", path.join(__dirname, "dev947"), 4,
  { precision: 0.95, recall: 0.6, reviewRecall: 0.73, year: 0.95, kind: 0.88 }, 3);

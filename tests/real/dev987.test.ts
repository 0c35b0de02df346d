// Real documents, nine-hundred-and-eighty-seventh development set (tests/real/dev987): gas storage — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-eighty-seventh development set", path.join(__dirname, "dev987"), 5,
  { precision: 0.82, recall: 0.85, reviewRecall: 0.91, year: 0.74, kind: 0.81 }, 4);

// Real documents, nine-hundred-and-fortieth development set (tests/real/dev940): agricultural insurance — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-fortieth development set", path.join(__dirname, "dev940"), 4,
  { precision: 0.35, recall: 0.7, reviewRecall: 0.7, year: 0.95, kind: 0.61 }, 1);

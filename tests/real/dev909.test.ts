// Real documents, nine-hundred-and-ninth development set (tests/real/dev909): funeral reform and public cemeteries — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-ninth development set", path.join(__dirname, "dev909"), 4,
  { precision: 0.95, recall: 0.72, reviewRecall: 0.72, year: 0.95, kind: 0.95 }, 0);

// Real documents, nine-hundred-and-eighty-second development set (tests/real/dev982): government investment funds — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-eighty-second development set", path.join(__dirname, "dev982"), 5,
  { precision: 0.79, recall: 0.56, reviewRecall: 0.78, year: 0.58, kind: 0.76 }, 4);

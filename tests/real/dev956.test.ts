// Real documents, nine-hundred-and-fifty-sixth development set (tests/real/dev956): sericulture and silk — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-fifty-sixth development set", path.join(__dirname, "dev956"), 5,
  { precision: 0.79, recall: 0.88, reviewRecall: 0.95, year: 0.95, kind: 0.91 }, 3);

// Real documents, nine-hundred-and-twenty-first development set (tests/real/dev921): civil air defence — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-twenty-first development set", path.join(__dirname, "dev921"), 4,
  { precision: 0.95, recall: 0.73, reviewRecall: 0.73, year: 0.75, kind: 0.88 }, 2);

// Real documents, nine-hundred-and-eighty-first development set (tests/real/dev981): online government services — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-eighty-first development set", path.join(__dirname, "dev981"), 5,
  { precision: 0.85, recall: 0.88, reviewRecall: 0.88, year: 0.95, kind: 0.95 }, 3);

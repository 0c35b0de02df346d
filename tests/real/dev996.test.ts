// Real documents, nine-hundred-and-ninety-sixth development set (tests/real/dev996): lifts in old residential buildings — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-ninety-sixth development set", path.join(__dirname, "dev996"), 3,
  { precision: 0.82, recall: 0.82, reviewRecall: 0.82, year: 0.95, kind: 0.95 }, 2);

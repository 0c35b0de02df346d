// Real documents, nine-hundred-and-sixth development set (tests/real/dev906): desertification control — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-sixth development set", path.join(__dirname, "dev906"), 4,
  { precision: 0.73, recall: 0.95, reviewRecall: 0.95, year: 0.55, kind: 0.92 }, 3);

// Real documents, nine-hundred-and-sixtieth development set (tests/real/dev960): oral health — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-sixtieth development set", path.join(__dirname, "dev960"), 5,
  { precision: 0.76, recall: 0.95, reviewRecall: 0.95, year: 0.75, kind: 0.95 }, 0);

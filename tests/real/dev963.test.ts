// Real documents, nine-hundred-and-sixty-third development set (tests/real/dev963): cotton — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-sixty-third development set", path.join(__dirname, "dev963"), 5,
  { precision: 0.85, recall: 0.9, reviewRecall: 0.95, year: 0.79, kind: 0.89 }, 1);

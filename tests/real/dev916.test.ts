// Real documents, nine-hundred-and-sixteenth development set (tests/real/dev916): earthquake prevention and disaster reduction — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-sixteenth development set", path.join(__dirname, "dev916"), 5,
  { precision: 0.83, recall: 0.57, reviewRecall: 0.61, year: 0.95, kind: 0.68 }, 3);

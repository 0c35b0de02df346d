// Real documents, seven-hundred-and-eighty-ninth development set (tests/real/dev789): investment-attraction goals of 2018 (楚雄's development zone: funds from outside the prefecture and province) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-eighty-ninth development set", path.join(__dirname, "dev789"), 1,
  { precision: 0.55, recall: 0.95, reviewRecall: 0.95, year: 0, kind: 0.95 }, 0);

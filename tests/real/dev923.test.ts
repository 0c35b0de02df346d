// Real documents, nine-hundred-and-twenty-third development set (tests/real/dev923): fertiliser and pesticide reduction — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-twenty-third development set", path.join(__dirname, "dev923"), 5,
  { precision: 0.78, recall: 0.87, reviewRecall: 0.91, year: 0.87, kind: 0.95 }, 2);

// Real documents, nine-hundred-and-eightieth development set (tests/real/dev980): children's welfare — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-eightieth development set", path.join(__dirname, "dev980"), 5,
  { precision: 0.67, recall: 0.87, reviewRecall: 0.87, year: 0.71, kind: 0.95 }, 3);

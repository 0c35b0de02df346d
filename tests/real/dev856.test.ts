// Real documents, eight-hundred-and-fifty-sixth development set (tests/real/dev856): food and liquor industries — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-fifty-sixth development set", path.join(__dirname, "dev856"), 5,
  { precision: 0.91, recall: 0.86, reviewRecall: 0.89, year: 0.95, kind: 0.91 }, 1);

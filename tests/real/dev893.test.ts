// Real documents, eight-hundred-and-ninety-third development set (tests/real/dev893): pine-wilt disease control — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-ninety-third development set", path.join(__dirname, "dev893"), 5,
  { precision: 0.9, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.79 }, 2);

// Real documents, five-hundred-and-ninth development set (tests/real/dev509): science and talent goals of 2022 (常德's science bureau, 仙居's science missions, 郑州 airport zone's talent plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-ninth development set", path.join(__dirname, "dev509"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 2);

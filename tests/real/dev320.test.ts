// Real documents, three-hundred-and-twentieth development set (tests/real/dev320): 浦东's 十四五 outline and special plans, 2021 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-twentieth development set", path.join(__dirname, "dev320"), 3,
  { precision: 0.87, recall: 0.87, reviewRecall: 0.87, year: 0.95, kind: 0.87 }, 1);

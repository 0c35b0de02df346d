// Real documents, three-hundred-and-seventy-ninth development set (tests/real/dev379): 上海's greening, water and transport tasks of 2016–2018 as the press reported them — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-seventy-ninth development set", path.join(__dirname, "dev379"), 4,
  { precision: 0.88, recall: 0.88, reviewRecall: 0.95, year: 0.95, kind: 0.78 }, 0);

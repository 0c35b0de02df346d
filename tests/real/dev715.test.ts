// Real documents, seven-hundred-and-fifteenth development set (tests/real/dev715): dairy, beef and mutton goals of 2017–2020 (the national dairy actions, 河北's outline, 内蒙古's herd, 新疆's farming-area plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-fifteenth development set", path.join(__dirname, "dev715"), 4,
  { precision: 0.92, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.9 }, 0);

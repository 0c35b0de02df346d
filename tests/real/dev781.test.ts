// Real documents, seven-hundred-and-eighty-first development set (tests/real/dev781): minimum-living and destitute-support standards of 2019–2021 (东营, 潍坊, 宿州 and 淮南) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-eighty-first development set", path.join(__dirname, "dev781"), 4,
  { precision: 0.83, recall: 0.54, reviewRecall: 0.54, year: 0.95, kind: 0.95 }, 0);

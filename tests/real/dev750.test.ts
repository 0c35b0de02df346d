// Real documents, seven-hundred-and-fiftieth development set (tests/real/dev750): innovation-platform goals of 2017–2023 (海南's doubling plan, 石家庄's platforms, 浙江's key labs, 山东's centres, 苏州's new institutions) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-fiftieth development set", path.join(__dirname, "dev750"), 5,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.9 }, 1);

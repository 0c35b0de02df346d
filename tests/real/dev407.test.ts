// Real documents, four-hundred-and-seventh development set (tests/real/dev407): development zones' goals of 2014–2025 (苏州高新区, 雅安经开区, 新津, 章丘) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-seventh development set", path.join(__dirname, "dev407"), 4,
  { precision: 0.72, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.86 }, 0);

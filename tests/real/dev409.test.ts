// Real documents, four-hundred-and-ninth development set (tests/real/dev409): towns' goals of 2016–2022 (径山, 菁华铺, 魏集, 仁庄) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-ninth development set", path.join(__dirname, "dev409"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);

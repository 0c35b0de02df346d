// Real documents, three-hundred-and-sixty-first development set (tests/real/dev361): district and county livelihood lists of 2013 and 2020 (青岛 市南, 泉州 永春, 安康 岚皋) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-sixty-first development set", path.join(__dirname, "dev361"), 3,
  { precision: 0.91, recall: 0.88, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);

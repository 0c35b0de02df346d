// Real documents, four-hundred-and-eighth development set (tests/real/dev408): districts' five-year goals of 2021–2022 (青岛 市南, 咸宁 咸安) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-eighth development set", path.join(__dirname, "dev408"), 2,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);

// Real documents, two-hundred-and-seventh development set (tests/real/dev207): environment goals of a prefecture's work report, cities' water and waste-sorting plans and zero-waste plans, 2022–2023 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-seventh development set", path.join(__dirname, "dev207"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);

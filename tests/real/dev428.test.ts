// Real documents, four-hundred-and-twenty-eighth development set (tests/real/dev428): employment and civil-affairs targets of 2013–2022 (湖北, 福建 twice, 商洛, 铜陵) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-twenty-eighth development set", path.join(__dirname, "dev428"), 5,
  { precision: 0.95, recall: 0.92, reviewRecall: 0.95, year: 0.95, kind: 0.89 }, 1);

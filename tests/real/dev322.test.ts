// Real documents, three-hundred-and-twenty-second development set (tests/real/dev322): a province's 2021 work report and its five-year goals as reported (湖北) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-twenty-second development set", path.join(__dirname, "dev322"), 1,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.0, kind: 0.95 }, 0);

// Real documents, two-hundred-and-eighty-eighth development set (tests/real/dev288): county and district work reports, 2021 and 2026 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-eighty-eighth development set", path.join(__dirname, "dev288"), 2,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.81 }, 1);

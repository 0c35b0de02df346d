// Real documents, three-hundred-and-ninth development set (tests/real/dev309): 2026 provincial livelihood lists and work-report figures (广东, 江苏) and an energy-storage plan (山东) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-ninth development set", path.join(__dirname, "dev309"), 4,
  { precision: 0.75, recall: 0.8, reviewRecall: 0.8, year: 0.95, kind: 0.95 }, 2);

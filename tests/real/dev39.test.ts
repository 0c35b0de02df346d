// Real documents, thirty-ninth development set (tests/real/dev39): eleven 2022–2023 provincial action plans,
// implementation plans, opinions and work-report material — labelled without sight of the engine and first scored
// unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, thirty-ninth development set", path.join(__dirname, "dev39"), 11,
  { precision: 0.95, recall: 0.93, reviewRecall: 0.95, year: 0.8, kind: 0.95 }, 3);

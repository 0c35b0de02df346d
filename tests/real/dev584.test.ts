// Real documents, five-hundred-and-eighty-fourth development set (tests/real/dev584): grain, seed and farm-machinery goals of 2022–2026 (双牌's grain tasks, 山西's machinery targets, 四川's high-yield plan, 巍山's maize seed plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-eighty-fourth development set", path.join(__dirname, "dev584"), 4,
  { precision: 0.77, recall: 0.86, reviewRecall: 0.92, year: 0.82, kind: 0.52 }, 0);

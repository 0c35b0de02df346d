// Real documents, four-hundred-and-fifty-first development set (tests/real/dev451): budget performance-target tables of 2024–2025 (祁东's disease-control centre, 六安's farm-quality project, 蒙城's public-health project, 临邑's primary school) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-fifty-first development set", path.join(__dirname, "dev451"), 4,
  { precision: 0.95, recall: 0.86, reviewRecall: 0.86, year: 0.63, kind: 0.72 }, 0);

// Real documents, seven-hundred-and-twenty-ninth development set (tests/real/dev729): sewage-treatment goals of 2017–2024 (the national 十三五 plan, 北京's pipes, 福建's collection plan, the national pipe notice) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-twenty-ninth development set", path.join(__dirname, "dev729"), 4,
  { precision: 0.86, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.88 }, 2);

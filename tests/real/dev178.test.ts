// Real documents, hundred-and-seventy-eighth development set (tests/real/dev178): 上海's municipal and district plans with goals, 2023–2025 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-seventy-eighth development set", path.join(__dirname, "dev178"), 5,
  { precision: 0.98, recall: 0.92, reviewRecall: 0.92, year: 0.98, kind: 0.86 }, 2);

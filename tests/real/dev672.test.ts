// Real documents, six-hundred-and-seventy-second development set (tests/real/dev672): 西部科学城's science-and-technology goals for 2025 (a 2023 news repost) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-seventy-second development set", path.join(__dirname, "dev672"), 1,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);

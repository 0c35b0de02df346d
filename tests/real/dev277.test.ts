// Real documents, two-hundred-and-seventy-seventh development set (tests/real/dev277): livelihood-project lists of 2024 and 2025 (Jimo, Guangzhou, Hangzhou Xihu) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-seventy-seventh development set", path.join(__dirname, "dev277"), 3,
  { precision: 0.95, recall: 0.83, reviewRecall: 0.87, year: 0.95, kind: 0.9 }, 1);

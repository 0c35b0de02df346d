// Real documents, thirty-sixth development set (tests/real/dev36): twelve 2021–2025 pages of Shanghai's own municipal
// plans and their news summaries — labelled without sight of the engine and first scored unseen (README.md); the
// engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, thirty-sixth development set", path.join(__dirname, "dev36"), 12,
  { precision: 0.9, recall: 0.9, reviewRecall: 0.95, year: 0.93, kind: 0.8 }, 6);

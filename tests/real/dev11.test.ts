// Real documents, eleventh development set (tests/real/dev11): the openings of eleven 2019–2026 pages — 十四五 outlines
// and plans, multi-year action plans, Shanghai's 为民办实事 lists and plan report, a work-report digest — labelled without
// sight of the engine and first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eleventh development set", path.join(__dirname, "dev11"), 11,
  { precision: 0.98, recall: 0.98, reviewRecall: 0.98, year: 0.99, kind: 0.95 }, 5);

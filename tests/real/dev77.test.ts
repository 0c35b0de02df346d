// Real documents, seventy-seventh development set (tests/real/dev77): nine lists of livelihood projects and work-report
// goals of districts, counties and a city (one never states its year, given as a user would) — labelled without sight of
// the engine and first scored unseen (README.md).
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seventy-seventh development set", path.join(__dirname, "dev77"), 9,
  { precision: 0.95, recall: 0.9, reviewRecall: 0.93, year: 0.98, kind: 0.91 }, 1);

// Real documents, sixteenth development set (tests/real/dev16): the openings of twelve 2017–2026 pages — city work
// reports, progress reports, Shanghai district work points, a mid-year plan execution report — labelled without sight
// of the engine and first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, sixteenth development set", path.join(__dirname, "dev16"), 12,
  { precision: 0.93, recall: 0.91, reviewRecall: 0.91, year: 0.98, kind: 0.96 }, 2);

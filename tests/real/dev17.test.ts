// Real documents, seventeenth development set (tests/real/dev17): the openings of nine 2020–2026 pages — city work
// points and work reports, 民生实事 lists, Shanghai's 2025 report and a commentary on its 2026 report — labelled
// without sight of the engine and first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seventeenth development set", path.join(__dirname, "dev17"), 9,
  { precision: 0.97, recall: 0.98, reviewRecall: 0.98, year: 0.98, kind: 0.98 }, 1);

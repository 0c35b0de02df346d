// Real documents, fourteenth development set (tests/real/dev14): the openings of thirteen 2024–2026 pages — provincial
// work reports and plans, provincial lists of 民生实事, Shanghai district lists, a work plan, a notice and an action
// plan — labelled without sight of the engine and first scored unseen (README.md); the engine has since been developed
// against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, fourteenth development set", path.join(__dirname, "dev14"), 13,
  { precision: 0.98, recall: 0.97, reviewRecall: 0.98, year: 0.99, kind: 0.93 }, 3);

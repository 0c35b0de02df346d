// Real documents, three-hundred-and-sixteenth development set (tests/real/dev316): departments' work meetings: health (内蒙古, 2026), transport (广东 2018, 湖南 2015) and water supply (宁波, 2020) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-sixteenth development set", path.join(__dirname, "dev316"), 4,
  { precision: 0.95, recall: 0.92, reviewRecall: 0.95, year: 0.95, kind: 0.61 }, 2);

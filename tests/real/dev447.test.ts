// Real documents, four-hundred-and-forty-seventh development set (tests/real/dev447): 深圳 districts' yearly plans and work report of 2024–2025 (龙华, 坪山, 光明) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-forty-seventh development set", path.join(__dirname, "dev447"), 3,
  { precision: 0.88, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);

// Real documents, seven-hundred-and-sixty-seventh development set (tests/real/dev767): reading and library goals of 2018–2025 (宣城's reading circle, 济南's study rooms, 烟台's reading tasks, 宜昌's county libraries) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-sixty-seventh development set", path.join(__dirname, "dev767"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.65 }, 0);

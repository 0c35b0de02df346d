// Real documents, three-hundred-and-twenty-eighth development set (tests/real/dev328): 2025–2026 livelihood lists and a mayor's tasks (天津, 深圳, 大连) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-twenty-eighth development set", path.join(__dirname, "dev328"), 4,
  { precision: 0.9, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.9 }, 1);

// Real documents, four-hundred-and-forty-second development set (tests/real/dev442): action plans to 2027 of 2025 (青岛, 江苏 and 广东, 大连, 宁波) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-forty-second development set", path.join(__dirname, "dev442"), 4,
  { precision: 0.9, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.76 }, 3);

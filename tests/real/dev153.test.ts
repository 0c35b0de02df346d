// Real documents, hundred-and-fifty-third development set (tests/real/dev153): 2024–2026 county and district reports and lists in 江苏 and 浙江 (兴化, 钟楼's report and task table, 浦口, 余杭's 实事 done) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-fifty-third development set", path.join(__dirname, "dev153"), 5,
  { precision: 0.94, recall: 0.99, reviewRecall: 0.99, year: 0.99, kind: 0.94 }, 1);

// Real documents, three-hundred-and-thirty-second development set (tests/real/dev332): a province's 2026 work report and its 十五五 growth goal as reported (广东) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-thirty-second development set", path.join(__dirname, "dev332"), 1,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);

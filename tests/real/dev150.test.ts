// Real documents, hundred-and-fiftieth development set (tests/real/dev150): districts of 北京, 天津 and 重庆, 2022–2025 (a task division of a district report, lists of 实事, a new area's projects and plan, district reports) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-fiftieth development set", path.join(__dirname, "dev150"), 7,
  { precision: 0.96, recall: 0.94, reviewRecall: 0.99, year: 0.99, kind: 0.92 }, 1);

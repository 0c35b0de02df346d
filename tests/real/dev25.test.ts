// Real documents, twenty-fifth development set (tests/real/dev25): the openings of thirteen 2021–2025 pages from
// east, central and south China — action plans, implementation plans and special plans (summaries and plan texts),
// one with a county's 主要指标 table flattened one cell per line — labelled without sight of the engine and first
// scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, twenty-fifth development set", path.join(__dirname, "dev25"), 13,
  { precision: 0.98, recall: 0.98, reviewRecall: 0.98, year: 0.98, kind: 0.95 }, 6);

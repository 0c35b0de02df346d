// Real documents, twenty-second development set (tests/real/dev22): the openings of twelve 2017–2026 pages of provinces
// and cities — work reports and their summaries (十五五 and 今后五年 goals), tourism work targets, action plans and
// 民生实事 lists — labelled without sight of the engine and first scored unseen (README.md); the engine has since been
// developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, twenty-second development set", path.join(__dirname, "dev22"), 12,
  { precision: 0.95, recall: 0.92, reviewRecall: 0.95, year: 0.92, kind: 0.96 }, 1);

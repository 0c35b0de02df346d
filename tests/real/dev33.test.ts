// Real documents, thirty-third development set (tests/real/dev33): news summaries of nine provincial government work
// reports of 2023–2025 (河南, 内蒙古, 陕西, 江西, 海南, 湖南, 安徽, 河北, 福建) — each year's 主要预期目标 and numbered work
// targets — labelled without sight of the engine and first scored unseen (README.md); the engine has since been
// developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, thirty-third development set", path.join(__dirname, "dev33"), 9,
  { precision: 0.95, recall: 0.96, reviewRecall: 0.97, year: 0.98, kind: 0.95 }, 0);

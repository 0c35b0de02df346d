// Real documents, twenty-ninth development set (tests/real/dev29): the openings of eleven 2023–2025 provincial pages —
// work report summaries of 江苏, 山东, 新疆, 四川 and 广东, 浙江's 民生实事, 内蒙古's annual plan, and action plans or
// opinions of 江西, 青海, 湖北 and 山东 — labelled without sight of the engine and first scored unseen (README.md); the
// engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, twenty-ninth development set", path.join(__dirname, "dev29"), 11,
  { precision: 0.98, recall: 0.94, reviewRecall: 0.96, year: 0.98, kind: 0.95 }, 3);

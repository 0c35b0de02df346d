// Real documents, thirty-fourth development set (tests/real/dev34): eleven 2022–2025 pages of large cities' own
// action plans, implementation opinions and work-report task lists (北京, 杭州, 广州, 武汉, 成都, 西安, 南京, 宁波) —
// labelled without sight of the engine and first scored unseen (README.md); the engine has since been developed
// against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, thirty-fourth development set", path.join(__dirname, "dev34"), 11,
  { precision: 0.95, recall: 0.96, reviewRecall: 0.97, year: 0.98, kind: 0.9 }, 4);

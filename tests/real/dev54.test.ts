// Real documents, fifty-fourth development set (tests/real/dev54): twelve social-sector plans of counties, districts and
// cities, 2022–2025 (医共体, 养老托育, 就业, 学前教育, 托育, 老年助餐, 残疾人就业, 全民健身, 高校毕业生就业) — labelled without
// sight of the engine and first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, fifty-fourth development set", path.join(__dirname, "dev54"), 12,
  { precision: 0.97, recall: 0.95, reviewRecall: 0.97, year: 0.96, kind: 0.91 }, 1);

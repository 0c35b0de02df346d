// Real documents, four-hundred-and-eighty-ninth development set (tests/real/dev489): town and street pages of 2022–2025 (中梁山's 2024 livelihood projects, 界牌's 2025 tasks, 时堰's five-year goals) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-eighty-ninth development set", path.join(__dirname, "dev489"), 3,
  { precision: 0.8, recall: 0.8, reviewRecall: 0.95, year: 0.95, kind: 0.78 }, 1);

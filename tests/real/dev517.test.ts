// Real documents, five-hundred-and-seventeenth development set (tests/real/dev517): county work reports and lists of 2021–2024 (易门's five-year goals, 咸丰's farm and tourism tasks, 缙云's livelihood projects) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-seventeenth development set", path.join(__dirname, "dev517"), 3,
  { precision: 0.91, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.91 }, 1);

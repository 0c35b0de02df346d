// Real documents, two-hundred-and-eleventh development set (tests/real/dev211): county-commerce, artificial-intelligence and rural-revitalisation action and implementation plans of Zhejiang, Shanxi, Sichuan, Meishan and Guangxi, 2018–2023 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-eleventh development set", path.join(__dirname, "dev211"), 5,
  { precision: 0.95, recall: 0.85, reviewRecall: 0.9, year: 0.95, kind: 0.9 }, 4);

// Real documents, four-hundred-and-forty-third development set (tests/real/dev443): livelihood lists of 2025–2026 (兰州新区, 威海 环翠, 宿迁) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-forty-third development set", path.join(__dirname, "dev443"), 3,
  { precision: 0.95, recall: 0.92, reviewRecall: 0.92, year: 0.95, kind: 0.95 }, 0);

// Real documents, hundred-and-forty-seventh development set (tests/real/dev147): rural and park plans of 2023–2025 (a demonstration zone's 2024 work, 安徽's farmland tasks, 辽宁's grain goals, a chemical park's goals, 重庆's rural revitalisation) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-forty-seventh development set", path.join(__dirname, "dev147"), 5,
  { precision: 0.92, recall: 0.99, reviewRecall: 0.99, year: 0.99, kind: 0.99 }, 0);

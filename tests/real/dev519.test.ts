// Real documents, five-hundred-and-nineteenth development set (tests/real/dev519): safety goals of 2021–2025 (姚安's safe-city plan, the 兵团's and 天津's gas pipeline renewal) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-nineteenth development set", path.join(__dirname, "dev519"), 3,
  { precision: 0.95, recall: 0.79, reviewRecall: 0.87, year: 0.95, kind: 0.95 }, 1);

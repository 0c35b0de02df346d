// Real documents, five-hundred-and-eighteenth development set (tests/real/dev518): private economy and market-entity goals of 2021–2024 (青岛, 澧县, 重庆) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-eighteenth development set", path.join(__dirname, "dev518"), 3,
  { precision: 0.92, recall: 0.92, reviewRecall: 0.92, year: 0.95, kind: 0.92 }, 0);

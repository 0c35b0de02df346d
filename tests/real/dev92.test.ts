// Real documents, ninety-second development set (tests/real/dev92): seven 2024–2025 action and implementation plans with 2027 goals — labelled without sight of the engine and first
// scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, ninety-second development set", path.join(__dirname, "dev92"), 7,
  { precision: 0.995, recall: 0.982, reviewRecall: 0.982, year: 0.995, kind: 0.887 }, 0);

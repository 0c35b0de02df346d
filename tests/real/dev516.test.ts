// Real documents, five-hundred-and-sixteenth development set (tests/real/dev516): farm goals of 2020–2024 (融水's sugarcane, 北海's grain, 海门's vegetables, 合肥's pigs, 济宁's farm tasks) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-sixteenth development set", path.join(__dirname, "dev516"), 5,
  { precision: 0.77, recall: 0.85, reviewRecall: 0.85, year: 0.77, kind: 0.95 }, 1);

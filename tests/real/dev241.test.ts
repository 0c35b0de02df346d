// Real documents, two-hundred-and-forty-first development set (tests/real/dev241): report goals of Changping 2023, Tongzhou 2026, Chongqing 2025 and Tianjin 2025 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-forty-first development set", path.join(__dirname, "dev241"), 4,
  { precision: 0.65, recall: 0.85, reviewRecall: 0.9, year: 0.95, kind: 0.95 }, 1);

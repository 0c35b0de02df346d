// Real documents, two-hundred-and-eighth development set (tests/real/dev208): tourism, foreign-trade, high-tech-firm and 15-minute-life-circle goals of 2020–2026 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-eighth development set", path.join(__dirname, "dev208"), 5,
  { precision: 0.9, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.85 }, 0);

// Real documents, fiftieth development set (tests/real/dev50): ten work plans of the year of development zones,
// townships, sub-districts and bureaus, and one project's plan and progress (2024–2026) — labelled without sight of
// the engine and first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, fiftieth development set", path.join(__dirname, "dev50"), 10,
  { precision: 0.95, recall: 0.78, reviewRecall: 0.82, year: 0.97, kind: 0.95 }, 1);

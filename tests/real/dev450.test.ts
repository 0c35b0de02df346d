// Real documents, four-hundred-and-fiftieth development set (tests/real/dev450): town and township goals of 2024–2025 (凤岗, 鼎龙, 渔峡口) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-fiftieth development set", path.join(__dirname, "dev450"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.79 }, 0);

// Real documents, three-hundred-and-sixth development set (tests/real/dev306): provincial and county action plans for AI, smart manufacturing and equipment renewal, 2024–2025 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-sixth development set", path.join(__dirname, "dev306"), 4,
  { precision: 0.9, recall: 0.9, reviewRecall: 0.9, year: 0.95, kind: 0.85 }, 1);

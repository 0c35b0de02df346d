// Real documents, hundred-and-thirty-eighth development set (tests/real/dev138): district work reports and city action plans of 2025–2026 — labelled without sight of the engine and first
// scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-thirty-eighth development set", path.join(__dirname, "dev138"), 5,
  { precision: 0.82, recall: 0.99, reviewRecall: 0.99, year: 0.99, kind: 0.92 }, 1);

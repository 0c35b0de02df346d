// Real documents, three-hundred-and-tenth development set (tests/real/dev310): city work reports' main goals of 2025 (宣城, 运城, 池州) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-tenth development set", path.join(__dirname, "dev310"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.85 }, 1);

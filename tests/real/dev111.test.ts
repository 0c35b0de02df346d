// Real documents, hundred-and-eleventh development set (tests/real/dev111): city and district lists and plans of 2023–2026 — labelled without sight of the engine and first
// scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-eleventh development set", path.join(__dirname, "dev111"), 12,
  { precision: 0.94, recall: 0.95, reviewRecall: 0.96, year: 0.99, kind: 0.91 }, 0);

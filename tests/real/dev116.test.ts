// Real documents, hundred-and-sixteenth development set (tests/real/dev116): 上海's work reports' news, plans and goals of 2021–2025 — labelled without sight of the engine and first
// scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-sixteenth development set", path.join(__dirname, "dev116"), 9,
  { precision: 0.85, recall: 0.95, reviewRecall: 0.97, year: 0.95, kind: 0.9 }, 1);

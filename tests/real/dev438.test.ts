// Real documents, four-hundred-and-thirty-eighth development set (tests/real/dev438): a county congress's 2026 livelihood list (博野) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-thirty-eighth development set", path.join(__dirname, "dev438"), 1,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);

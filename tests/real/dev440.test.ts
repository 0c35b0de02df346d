// Real documents, four-hundred-and-fortieth development set (tests/real/dev440): 上海's complete-community plan of 2026 and 松江's science work points of 2024 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-fortieth development set", path.join(__dirname, "dev440"), 2,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);

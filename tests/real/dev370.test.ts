// Real documents, three-hundred-and-seventieth development set (tests/real/dev370): a county-level city's 2026 industry targets as its party secretary set them (仙桃; a second page dropped as AI-generated) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-seventieth development set", path.join(__dirname, "dev370"), 1,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.7 }, 1);

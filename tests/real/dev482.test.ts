// Real documents, four-hundred-and-eighty-second development set (tests/real/dev482): 2025–2026 year goals of a new area and a municipality in the press (湘江新区, 天津) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-eighty-second development set", path.join(__dirname, "dev482"), 2,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);

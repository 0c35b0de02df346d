// Real documents, two-hundred-and-eighty-ninth development set (tests/real/dev289): industry action plans to 2026–2027 (low-altitude economy, AI, vehicles, manufacturing) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-eighty-ninth development set", path.join(__dirname, "dev289"), 5,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.89 }, 5);

// Real documents, four-hundred-and-sixty-ninth development set (tests/real/dev469): a district's 2025 livelihood list (藁城) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-sixty-ninth development set", path.join(__dirname, "dev469"), 1,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);

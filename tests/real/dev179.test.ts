// Real documents, hundred-and-seventy-ninth development set (tests/real/dev179): cities' 2026 goals set at their first meetings of the year — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-seventy-ninth development set", path.join(__dirname, "dev179"), 3,
  { precision: 0.78, recall: 0.98, reviewRecall: 0.98, year: 0.98, kind: 0.98 }, 0);

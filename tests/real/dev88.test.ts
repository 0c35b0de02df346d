// Real documents, eighty-eighth development set (tests/real/dev88): seven provinces' livelihood lists and work-report summaries (one never states its year, given as a user would) — labelled without sight of the engine and first
// scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eighty-eighth development set", path.join(__dirname, "dev88"), 7,
  { precision: 0.99, recall: 0.99, reviewRecall: 0.99, year: 0.99, kind: 0.94 }, 1);

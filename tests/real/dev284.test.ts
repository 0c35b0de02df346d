// Real documents, two-hundred-and-eighty-fourth development set (tests/real/dev284): city plans' and work reports' goals of 2025 and 2026 (郴州, 锦州, 柳州) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-eighty-fourth development set", path.join(__dirname, "dev284"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);

// Real documents, hundred-and-ninety-first development set (tests/real/dev191): 2026 work plans of a district and of crop farming, and news of the national education work meeting — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-ninety-first development set", path.join(__dirname, "dev191"), 3,
  { precision: 0.95, recall: 0.88, reviewRecall: 0.95, year: 0.95, kind: 0.85 }, 0);
